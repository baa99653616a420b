package org.kaoping.plugin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.NotApplicableMark;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.points.Points;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.ConditionCredit;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.Rules;
import org.kaoping.core.scoring.Explanation;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;
import org.kaoping.core.scoring.UnusedEvidence;

/**
 * Issue 10.4 in the reports: every reason the engine gives for 未使用的证据 reads in Chinese, built here by core's own
 * scoring (so a change of the engine's wording fails this test), an item with missing inputs says what is missing,
 * and a composite rule states its declared condition-credit policy.
 */
class UnusedEvidenceWordingTest {
    static final Instant T0 = Instant.parse("2015-12-01T02:00:00Z");
    int seq;

    String id() {
        return String.format("e%04d", ++seq);
    }

    static Rubric rubric() {
        return Rubric.builder("t/county").version("1").title("县（区）").source("test").points("100").appliesTo(OrgKind.COUNTY_DISTRICT)
                .section("一、", "组织", "60", s -> s
                        .item("1、", "领导", "30", Rules.judgement())
                        .item("2、", "培训", "10", Rules.atLeast("training", 2, "次", Period.YEAR))
                        .item("3、", "月度学习", "10", Rules.atLeast("study", 1, "次", Period.MONTH))
                        .item("4、", "制度", "10", Rules.checklist(CreditPolicy.proportional(), "有制度", "有台账")))
                .section("二、", "安全", "40", s -> s
                        .item("1、", "无事故", "20", Rules.noIncident("accident"))
                        .item("2、", "宣传", "10", Rules.judgement())
                        .item("3、", "综合", "10", Rules.allOf(CreditPolicy.proportional(),
                                Rules.checklist(CreditPolicy.proportional(), "甲", "乙"), Rules.atLeast("drills", 1, "次", Period.YEAR))))
                .build();
    }

    static AssessmentPlan plan() {
        return AssessmentPlan.builder().id("p").year(2015).putRubric(OrgKind.COUNTY_DISTRICT, rubric())
                .addAdjustment(AdjustmentRule.bonus("commendation", Points.of(2)))
                .addVetoRules(VetoRule.capGrade("work-safety-accident", Grade.FAIL, IncidentSeverity.MAJOR, IncidentSeverity.EXTRAORDINARY))
                .build();
    }

    Judgement judge(String key, String rater, String level, SourceKind source, Instant at, int year) {
        return Judgement.builder().id(id()).unitId("u1").key(key).period(ReportingPeriod.year(year)).source(source).author(rater)
                .recordedAt(at).level(level).build();
    }

    Judgement judge(String key, String rater, String level) {
        return judge(key, rater, level, SourceKind.PANEL, T0, 2015);
    }

    MetricValue metric(String key, String value) {
        return MetricValue.builder().id(id()).unitId("u1").key(key).period(ReportingPeriod.year(2015)).source(SourceKind.HOST_SYSTEM)
                .author("host").recordedAt(T0).value(new BigDecimal(value)).unit("次").build();
    }

    Incident incident(String category, IncidentSeverity severity) {
        return Incident.builder().id(id()).unitId("u1").key(category).period(ReportingPeriod.year(2015)).source(SourceKind.HOST_SYSTEM)
                .author("host").recordedAt(T0).date(LocalDate.of(2015, 6, 1)).severity(severity).description(category).build();
    }

    ChecklistTick tick(String key, int requirement, boolean met, Instant at) {
        return ChecklistTick.builder().id(id()).unitId("u1").key(key).period(ReportingPeriod.year(2015)).source(SourceKind.PANEL)
                .author("panel").recordedAt(at).requirement(requirement).met(met).build();
    }

    NotApplicableMark na(String key, Instant at) {
        return NotApplicableMark.builder().id(id()).unitId("u1").key(key).period(ReportingPeriod.year(2015)).source(SourceKind.PANEL)
                .author("panel").recordedAt(at).reason("本地无此项工作").build();
    }

    ScoreOverride override(String key, String points, Instant at) {
        return ScoreOverride.builder().id(id()).unitId("u1").key(key).period(ReportingPeriod.year(2015)).source(SourceKind.PANEL)
                .author("张三").recordedAt(at).newPoints(Points.parse(points)).reason("复核").build();
    }

    Adjustment adjust(String category) {
        return Adjustment.builder().id(id()).unitId("u1").key(category).period(ReportingPeriod.year(2015)).source(SourceKind.PANEL)
                .author("office").recordedAt(T0).points(Points.of(1)).reason(category).build();
    }

    /** Scores a unit with evidence that exercises every reason the engine gives; returns the card. */
    Scorecard card() {
        List<Evidence> e = new ArrayList<>(Arrays.<Evidence>asList(
                judge("1.1", "a", "好"), metric("training", "2"), judge("2.2", "a", "好"), tick("1.4", 1, true, T0),
                tick("2.3", 1, true, T0)));
        e.add(judge("1.1", "b", "差", SourceKind.PANEL, T0, 2014)); // outside the plan year
        e.add(adjust("commendaton")); // a category the plan does not declare
        e.add(metric("trainings", "5")); // a metric key no rule reads
        e.add(judge("99", "a", "好")); // no such criterion
        e.add(incident("acident", IncidentSeverity.MAJOR)); // misspelled category
        e.add(incident("work-safety-accident", IncidentSeverity.GENERAL)); // below the veto's severities
        e.add(judge("2.2", "a", "差", SourceKind.PANEL, T0.minusSeconds(60), 2015)); // superseded by the same rater
        e.add(na("2.1", T0)); // 2.1 not applicable …
        e.add(na("2.1", T0.plusSeconds(60))); // … already
        e.add(incident("accident", IncidentSeverity.GENERAL)); // read by 2.1, which is not applicable
        e.add(judge("1", "a", "好")); // on a section
        e.add(judge("1.1", "me", "好", SourceKind.SELF, T0, 2015)); // a channel the panel's judgement precedes
        e.add(tick("1.4", 1, false, T0.minusSeconds(60))); // superseded by the later tick
        e.add(metric("study", "3")); // a whole year's figure for a monthly rule
        e.add(tick("2.2", 1, true, T0)); // a tick on a judgement item
        e.add(judge("1.2", "a", "好")); // on an item …
        e.add(override("1.2", "5", T0)); // … superseded override
        e.add(override("1.2", "6", T0.plusSeconds(60))); // … set by override
        OrgUnit unit = OrgUnit.of("u1", "甲县", OrgKind.COUNTY_DISTRICT, "c");
        return Scorer.of(plan()).score(unit, EvidenceIndex.of(e));
    }

    static final Pattern EVIDENCE_ID = Pattern.compile("e\\d{4}");
    static final Pattern BRACKETED = Pattern.compile("\\[[^\\]\\[]*\\]");

    @Test
    @DisplayName("every reason core gives for 未使用的证据 reads in Chinese, ids and keys kept exactly")
    void everyUnusedReasonInChinese() {
        Scorecard c = card();
        Map<String, String> byReason = new LinkedHashMap<>();
        for (UnusedEvidence u : c.unusedEvidence()) {
            byReason.put(u.reason(), Wording.ZH_CN.unusedReason(u.reason()));
        }
        assertTrue(byReason.size() >= 14, "the scenario exercises the engine's reasons: " + byReason.keySet());
        for (Map.Entry<String, String> r : byReason.entrySet()) {
            String zh = r.getValue();
            assertFalse(zh.startsWith("系统说明"), "recognized: " + r.getKey());
            // what stays ASCII is ids, keys and periods: remove the bracketed ids and evidence ids, no English word may remain
            String rest = EVIDENCE_ID.matcher(BRACKETED.matcher(zh).replaceAll("")).replaceAll("");
            assertFalse(Pattern.compile("[A-Za-z]{2,}").matcher(rest).find(), "no English left in [" + zh + "] from [" + r.getKey() + "]");
            assertEquals(r.getKey(), Wording.EN.unusedReason(r.getKey()), "English shows the engine's reason");
        }
        assertTrue(byReason.containsValue("考评方案 [p] 未设加减分类别 [commendaton]（已设类别：[commendation]）"), byReason.toString());
        assertTrue(byReason.containsValue("考评标准 [t/county] 没有条目 [99]"), byReason.toString());
        assertTrue(byReason.containsValue("考评标准 [t/county] 没有读取指标 [trainings] 的规则"), byReason.toString());
        assertTrue(byReason.containsValue("条目 [2.1] 已由更早的不适用标记定为不适用"), byReason.toString());
        assertTrue(byReason.containsValue("读取该事件的条目（2.1）：2.1 不适用"), byReason.toString());
        assertTrue(byReason.containsValue("该证据覆盖全年，不能计入按“每月”要求的条目"), byReason.toString());
        assertTrue(byReason.values().stream().anyMatch(v -> v.startsWith("一票否决（[work-safety-accident]（重大、特别重大）：等次最高为不合格）不适用于一般事件")),
                byReason.toString());
        assertTrue(byReason.values().stream().anyMatch(v -> v.startsWith("所属期间 2014 不在考评年度 2015 内")), byReason.toString());
        assertTrue(byReason.values().stream().anyMatch(v -> v.contains("按来源先后顺序已由来源“考核小组”判定")), byReason.toString());
    }

    @Test
    @DisplayName("a reason the wording does not know is shown as the engine's own text, visibly, never dropped")
    void unknownReasonShownAsGiven() {
        assertEquals("系统说明（未翻译）：something new", Wording.ZH_CN.unusedReason("something new"));
    }

    @Test
    @DisplayName("an item with missing inputs says what is missing: the unticked requirement, the undecided condition")
    void missingInputsInTheExplanation() {
        Scorecard c = card();
        assertTrue(c.node("1.4").hasMissingInputs());
        Explanation x = c.node("1.4").explanation();
        List<String> lines = ChineseExplanation.lines(x, c.node("1.4").criterion().rule().get(), plan().blendFor("1.4"), c.node("1.4").points(),
                2, k -> k, Wording.ZH_CN, false);
        assertTrue(lines.contains("缺少输入：第 (2) 项要求无人勾选，按未满足计：有台账"), lines.toString());

        Explanation y = c.node("2.3").explanation();
        List<String> composite = ChineseExplanation.lines(y, c.node("2.3").criterion().rule().get(), plan().blendFor("2.3"),
                c.node("2.3").points(), 2, k -> k, Wording.ZH_CN, false);
        assertTrue(String.join("\n", composite).contains("第 2 个条件无证据判定，按未满足计"), composite.toString());
        assertTrue(String.join("\n", composite).contains("第 (2) 项要求无人勾选"), composite.toString());
        assertTrue(String.join("\n", composite).contains("部分满足的条件按未满足计（条件须完全满足才计入）"), composite.toString());
        assertFalse(c.node("1.1").hasMissingInputs());
    }

    @Test
    @DisplayName("a composite rule states its condition-credit policy in both wordings")
    void conditionCreditInRule() {
        String met = Wording.ZH_CN.rule(Rules.allOf(CreditPolicy.proportional(), Rules.judgement()), k -> k);
        String share = Wording.ZH_CN.rule(Rules.allOf(CreditPolicy.proportional(), ConditionCredit.SHARE, Rules.judgement()), k -> k);
        assertTrue(met.endsWith("总体计分：按比例计分；部分满足的条件按未满足计（条件须完全满足才计入）"), met);
        assertTrue(share.endsWith("部分满足的条件按其得分比例计入"), share);
        assertTrue(Wording.EN.rule(Rules.allOf(CreditPolicy.proportional(), ConditionCredit.SHARE, Rules.judgement()), k -> k)
                .endsWith("a condition met in part counts its share"));
    }

    @Test
    @DisplayName("every format lists the unit's 未使用的证据 with the Chinese reason and flags items with missing inputs")
    void reportsShowUnusedAndMissing() throws Exception {
        Scorecard c = card();
        OrgTree tree = OrgTree.of(Arrays.asList(OrgUnit.root("c", "市", OrgKind.CITY), c.unit()));
        ReportData data = ReportData.builder().title("测试结果").tree(tree).plan(plan()).scorecards(Arrays.asList(c)).build();
        String reason = "考评标准 [t/county] 没有条目 [99]";
        String html = HtmlReport.toHtml(data);
        assertTrue(html.contains("未使用的证据") && html.contains(reason), "HTML");
        assertTrue(html.contains("缺少输入的条目：1.4、2.3"), "HTML flags the items");
        String json = new String(JsonReport.toBytes(data), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"unusedEvidence\"") && json.contains(reason) && json.contains("\"missingInputs\" : true"), "JSON");
        String csv = new String(CsvReport.toBytes(data), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("未使用的证据（条）") && csv.contains("1.4、2.3"), csv);
        java.io.StringWriter out = new java.io.StringWriter();
        ConsoleReport.scorecard(new java.io.PrintWriter(out), c, 2, false, java.util.Collections.<String, String>emptyMap());
        assertTrue(out.toString().contains("未使用的证据（" + c.unusedEvidence().size() + "）") && out.toString().contains(reason), out.toString());
        java.io.StringWriter ranks = new java.io.StringWriter();
        ConsoleReport.rankings(new java.io.PrintWriter(ranks), data);
        assertTrue(ranks.toString().contains(reason), ranks.toString());
    }
}

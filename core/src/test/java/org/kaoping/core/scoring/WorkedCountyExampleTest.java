package org.kaoping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.cycle.Obligation;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.cycle.ObligationStatus;
import org.kaoping.core.cycle.Obligations;
import org.kaoping.core.cycle.SpotCheck;
import org.kaoping.core.delegation.Delegation;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.MissingSourcePolicy;
import org.kaoping.core.plan.RaterCombination;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.ranking.Aggregates;
import org.kaoping.core.ranking.RollUp;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.Rules;

/**
 * One county, 海城区, through the 2015 cycle: monthly and annual self-reports, a spot check, the annual
 * review with panel and public, two villages whose results feed the county's coverage item, a bonus, and
 * an item that does not apply. Every number below follows from the comments by hand.
 */
class WorkedCountyExampleTest {
    static final Instant DEC31 = Instant.parse("2015-12-31T16:00:00Z"); // 2016-01-01 00:00 in Shanghai

    static final OrgTree TREE = OrgTree.of(Arrays.asList(
            OrgUnit.root("bh", "北海市", OrgKind.CITY),
            OrgUnit.of("office", "市依法治市办", OrgKind.CITY_PARTY_MASS, "bh"),
            OrgUnit.of("hc", "海城区", OrgKind.COUNTY_DISTRICT, "bh"),
            OrgUnit.of("t1", "某街道", OrgKind.TOWNSHIP, "hc"),
            OrgUnit.of("v1", "甲社区", OrgKind.VILLAGE_COMMUNITY, "t1"),
            OrgUnit.of("v2", "乙社区", OrgKind.VILLAGE_COMMUNITY, "t1")));

    /**
     * A county-shaped rubric of 100 points:
     * 一 组织领导 20: 1.1 领导重视 judgement 10; 1.2 按时报送 10 (full unless deducted: no reporting-failure incident).
     * 二 普法 30: 2.1 学法 ≥ 2 次 all-or-nothing 10; 2.2 参考率 ≥ 98 % proportional 10; 2.3 满意度 judgement 10.
     * 三 依法治理 30: 3.1 信访逐年下降 10; 3.2 无安全事故, 5 per incident 10; 3.3 民主法治村 100 % 10.
     * 四 档案 20: 4.1 档案规范 checklist of 4, 2 per miss 10; 4.2 海洋执法 judgement 10.
     */
    static final Rubric COUNTY = Rubric.builder("t/county").version("1").title("县（区）工作标准（测试）").source("test")
            .points("100").appliesTo(OrgKind.COUNTY_DISTRICT)
            .section("一、", "组织领导", "20", s -> s
                    .item("1、", "领导重视", "10", Rules.judgement())
                    .item("2、", "按时报送自查月报和年度自查报告", "10", Rules.noIncident("reporting-failure")))
            .section("二、", "普法", "30", s -> s
                    .item("1、", "领导干部学法每年不少于2次", "10", Rules.atLeast("leader-study", 2, "次", Period.YEAR))
                    .item("2、", "考试参考率不低于98%", "10", Rules.rateAtLeast("exam-participation", "98%", Rules.proportional()))
                    .item("3、", "群众满意度", "10", Rules.judgement()))
            .section("三、", "依法治理", "30", s -> s
                    .item("1、", "信访案件逐年下降", "10", Rules.falling("petitions"))
                    .item("2、", "无重大安全生产事故", "10", Rules.noIncident("safety-accident", "5"))
                    .item("3、", "民主法治村（社区）创建率100%", "10", Rules.rateAtLeast("village-coverage", "100%")))
            .section("四、", "档案", "20", s -> s
                    .item("1、", "档案规范", "10", Rules.checklist(Rules.deductEach("2"), "分类", "装订", "目录", "音像"))
                    .item("2、", "海洋执法", "10", Rules.judgement()))
            .build();

    /** A village rubric of one judged item, 100 points. */
    static final Rubric VILLAGE = Rubric.builder("t/village").version("1").title("村（社区）").source("test").points("100")
            .appliesTo(OrgKind.VILLAGE_COMMUNITY).item("1、", "民主法治村创建", "100", Rules.judgement()).build();

    static AssessmentPlan plan() {
        Map<Channel, Ratio> publicBlend = new HashMap<>();
        publicBlend.put(Channel.of(SourceKind.PANEL), Ratio.of(4, 1));
        publicBlend.put(Channel.of(SourceKind.PUBLIC), Ratio.of(1, 1));
        return AssessmentPlan.builder().id("beihai-2015-test").year(2015)
                .putRubric(OrgKind.COUNTY_DISTRICT, COUNTY).putRubric(OrgKind.VILLAGE_COMMUNITY, VILLAGE)
                .raters(RaterCombination.trimmedMean(3))
                .putCriterionBlend("2.3", SourceBlend.weighted(publicBlend, MissingSourcePolicy.RENORMALIZE))
                .addAdjustment(AdjustmentRule.bonus("national-commendation", Points.of(3)))
                .build();
    }

    static Instant shanghai(int month, int day) {
        return LocalDateTime.of(2015, month, day, 10, 0).atZone(AssessmentCycle.SHANGHAI).toInstant();
    }

    @Test
    void haichengThroughTheWholeCycle() {
        AssessmentPlan plan = plan();
        Scorer scorer = Scorer.of(plan);
        Ev hc = new Ev("hc", 2015);
        List<Evidence> county = new ArrayList<>();

        // Monthly self-reports on the 20th, except March (sent on the 26th: late) and July (never sent);
        // the annual report on 28 November (on time).
        for (int m = 1; m <= 12; m++) {
            if (m == 7) {
                continue;
            }
            county.add(SelfReport.builder().id("sr-" + m).unitId("hc").period(ReportingPeriod.month(2015, m))
                    .source(SourceKind.SELF).author("hc-clerk").recordedAt(shanghai(m, m == 3 ? 26 : 20))
                    .type(SelfReport.Type.MONTHLY).build());
        }
        county.add(SelfReport.builder().id("sr-annual").unitId("hc").period(ReportingPeriod.year(2015)).source(SourceKind.SELF)
                .author("hc-clerk").recordedAt(shanghai(11, 28)).type(SelfReport.Type.ANNUAL)
                .addTopics("组织建设", "经费保障", "措施办法", "创建效果").build());

        // The declared effect: 0.5 per late and 1 per missing monthly report, on 1.2 → 10 − 0.5 − 1 = 8.5.
        AssessmentCycle cycle = AssessmentCycle.of(2015);
        List<Obligation> obligations = Obligations.of(cycle, EvidenceIndex.of(county).unit("hc"), DEC31);
        assertEquals(13, obligations.size());
        assertEquals(ObligationStatus.LATE, obligations.get(2).status());
        assertEquals(ObligationStatus.MISSING, obligations.get(6).status());
        assertEquals(ObligationStatus.ON_TIME, obligations.get(12).status());
        county.addAll(ObligationEffect.of(SelfReport.Type.MONTHLY, "1.2", Points.parse("0.5"), Points.ONE)
                .deductions(obligations, "office", DEC31));

        // 1.1: four panel raters 好 100 %, 较好 80 %, 较好 80 %, 一般 60 %; the trimmed mean (from 3 raters)
        // drops 100 and 60: 80 % of 10 = 8.
        county.add(hc.judge("1.1", "r1", "好"));
        county.add(hc.judge("1.1", "r2", "较好"));
        county.add(hc.judge("1.1", "r3", "较好"));
        county.add(hc.judge("1.1", "r4", "一般"));
        // 2.1: 3 study sessions ≥ 2 → 10.
        county.add(hc.metric("leader-study", "3"));
        // 2.2: 485 of 500 sat the exam, 97 %; proportional to 98 %: 10 × 97/98 = 9.8979… → 9.90.
        county.add(hc.rate("exam-participation", 485, 500));
        // 2.3: panel 较好 80 % weighted 4, public 180 of 200 satisfied 90 % weighted 1: (3.2 + 0.9) / 5 = 82 % → 8.2.
        county.add(hc.judge("2.3", "r1", "较好"));
        county.add(hc.rating("2.3", 180, 200));
        // 3.1: petitions fell from 120 (2014) to 100 (2015) → 10.
        county.add(hc.metric("petitions", "120", SourceKind.HOST_SYSTEM, ReportingPeriod.year(2014)));
        county.add(hc.metric("petitions", "100"));
        // 3.2: one safety accident, 5 per incident → 5.
        county.add(hc.incident("safety-accident"));
        // 4.1: 3 of 4 archive requirements met, 2 per miss → 8; then a spot-check finding of 1.5 → 6.5.
        county.add(hc.tick("4.1", 1, true));
        county.add(hc.tick("4.1", 2, true));
        county.add(hc.tick("4.1", 3, true));
        county.add(hc.tick("4.1", 4, false));
        county.add(SpotCheck.finding("sc-0612", "hc", "4.1", Points.parse("1.5"), "音像资料未归档", "inspector-1", shanghai(6, 12)));
        // 4.2: 海城区 has no maritime enforcement duty: not applicable, 10 points leave the denominator.
        county.add(hc.notApplicable("4.2", "无海洋执法职能"));
        // A national commendation claims a bonus of 2 (category cap 3).
        county.add(Adjustment.builder().id("bonus-1").unitId("hc").key("national-commendation").period(ReportingPeriod.year(2015))
                .source(SourceKind.PANEL).author("office").recordedAt(DEC31).points(Points.of(2)).reason("全国法治县创建先进").build());

        // The villages, assessed by their township: v1 好 → 100 (优秀), v2 一般 → 60 (合格).
        Delegation delegation = Delegation.of(TREE, "office");
        assertTrue(delegation.mayAssess("t1", "v1") && delegation.mayAssess("t1", "v2"));
        assertFalse(delegation.mayAssess("hc", "v1"));
        assertTrue(delegation.mayAssess("office", "hc"));
        Ev t1v1 = new Ev("v1", 2015);
        Ev t1v2 = new Ev("v2", 2015);
        EvidenceIndex villageEvidence = EvidenceIndex.of(Arrays.asList(t1v1.judge("1", "t1-panel", "好"), t1v2.judge("1", "t1-panel", "一般")));
        Scorecard v1 = scorer.score(TREE.unit("v1"), villageEvidence);
        Scorecard v2 = scorer.score(TREE.unit("v2"), villageEvidence);
        assertEquals(Points.of(100), v1.finalTotal());
        assertEquals(Grade.EXCELLENT, v1.grade());
        assertEquals(Points.of(60), v2.finalTotal());
        assertEquals(Grade.PASS, v2.grade());

        // 3.3: both villages are 合格 or better: 2 of 2 = 100 % ≥ 100 % → 10.
        county.add(Aggregates.shareAtLeast(Arrays.asList(v1, v2), TREE, "hc", OrgKind.VILLAGE_COMMUNITY, Grade.PASS,
                "village-coverage", 2015, "derived-coverage", DEC31));

        Scorecard c = scorer.score(TREE.unit("hc"), EvidenceIndex.of(county));

        assertEquals(Points.of(8), c.awarded("1.1"));
        assertEquals(Points.parse("8.5"), c.awarded("1.2"));
        assertEquals(Points.parse("16.5"), c.awarded("1"));
        assertEquals(Points.of(10), c.awarded("2.1"));
        assertEquals(Points.parse("9.9"), c.awarded("2.2"));
        assertEquals(Points.parse("8.2"), c.awarded("2.3"));
        assertEquals(Points.parse("28.1"), c.awarded("2"));
        assertEquals(Points.of(10), c.awarded("3.1"));
        assertEquals(Points.of(5), c.awarded("3.2"));
        assertEquals(Points.of(10), c.awarded("3.3"));
        assertEquals(Points.of(25), c.awarded("3"));
        assertEquals(Points.parse("6.5"), c.awarded("4.1"));
        assertEquals(NodeState.NOT_APPLICABLE, c.node("4.2").state());
        assertEquals(Points.parse("6.5"), c.awarded("4"));
        assertEquals(Points.of(10), c.node("4").maximum());

        // Raw 16.5 + 28.1 + 25 + 6.5 = 76.1 of 90 applicable; 76.1 × 100 / 90 = 84.555… → 84.56.
        assertEquals(Points.parse("76.1"), c.rawTotal());
        assertEquals(Points.of(90), c.applicableMaximum());
        assertTrue(c.isRescaled());
        assertEquals(Points.parse("84.56"), c.itemTotal());
        // Plus the bonus of 2: 86.56, 良好.
        assertEquals(Points.of(2), c.bonus());
        assertEquals(Points.parse("86.56"), c.finalTotal());
        assertEquals(Grade.GOOD, c.grade());
        assertTrue(c.isComplete());
        assertTrue(c.isCommendable());
        // Deductions actually taken: 1.5 on 1.2 (reports) and 1.5 on 4.1 (spot check).
        assertEquals(Points.of(3), c.deductionsTaken());

        // The explanation leads back to the evidence: the late March report and the missing July one on 1.2 …
        Explanation x12 = c.node("1.2").explanation();
        assertEquals(Arrays.asList("obligation:hc:2015-03:MONTHLY", "obligation:hc:2015-07:MONTHLY"),
                Arrays.asList(x12.deductions().get(0).evidenceId(), x12.deductions().get(1).evidenceId()));
        // … the trimmed raters on 1.1, the public rating on 2.3, the spot check on 4.1.
        assertTrue(c.node("1.1").explanation().text().contains("trimmed mean drops the highest (100%) and the lowest (60%)"));
        assertTrue(c.node("2.3").explanation().text().contains("180 of 200 satisfied (90%)"), c.node("2.3").explanation().text());
        assertTrue(c.node("4.1").explanation().evidenceIds().contains("sc-0612"));
        assertTrue(c.node("3.3").explanation().evidenceIds().contains("derived-coverage"));

        // Roll-up of the area: 海城区 86.56 + 甲社区 100 + 乙社区 60 = 246.56 of 300.
        RollUp area = Aggregates.byArea(Arrays.asList(c, v1, v2), TREE, "hc");
        assertEquals(Points.parse("246.56"), area.awarded());
        assertEquals(Points.of(300), area.maximum());
    }
}

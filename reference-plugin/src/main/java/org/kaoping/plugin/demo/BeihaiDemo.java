package org.kaoping.plugin.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.cycle.SpotCheck;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.NotApplicableMark;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.GradeQuota;
import org.kaoping.core.plan.MissingSourcePolicy;
import org.kaoping.core.plan.RaterCombination;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.plan.TieBreak;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.RuleKind;
import org.kaoping.core.rule.RuleVisitor;
import org.kaoping.core.rule.TrendRule;
import org.kaoping.plugin.directory.CsvOrgDirectory;
import org.kaoping.plugin.imports.EvidenceCsvWriter;
import org.kaoping.plugin.imports.TextEncoding;
import org.kaoping.plugin.report.ReportData;
import org.kaoping.plugin.report.Reports;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.plugin.run.CycleRun;
import org.kaoping.plugin.run.CycleSetup;
import org.kaoping.plugin.run.Timings;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.spi.ResultSink;
import org.kaoping.spi.support.InMemoryEvidenceSource;
import org.kaoping.rubrics.beihai2015.Beihai2015;

/**
 * The Beihai demo: a full 2015 cycle of SYNTHETIC evidence for {@link BeihaiSampleCity}, generated from a fixed
 * seed (the same bytes on every run), scored under a 2015 plan that assesses each kind of unit by its Beihai
 * standard. Every evidence id starts with {@value #ID_PREFIX}, every free text with {@value #LABEL}, and every
 * report carries the notice {@value #SYNTHETIC}: nothing here is a real assessment result.
 *
 * <p>The cycle has monthly self-reports (some late, some missing, deducted by the plan's obligation effects),
 * the annual self-report, spot-check findings, five, four or three panel raters per unit (a trimmed mean from
 * five), public ratings blended with the panel on items about public satisfaction, metric values for every
 * quantitative item (trends with the 2014 value), one incident that costs a no-incident item its points, one
 * veto, a bonus, a penalty, a not-applicable item and a reviewed override.
 *
 * <p>Townships, subdistricts, villages and communities are not scored: the 2015 standards have no rubric for
 * them and the 考评办法 leaves their 目标考核 to the county offices and townships; the reports say so. The city
 * office is not scored either: it is the assessor.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BeihaiDemo {
    /** The seed of the synthetic data. */
    public static final long SEED = 20151130L;

    public static final int YEAR = 2015;

    /** The notice every report of the demo carries. */
    public static final String SYNTHETIC = ReportData.SYNTHETIC_NOTICE;

    /** The prefix of every synthetic evidence id: the marker by which every report knows its data is synthetic ({@link ReportData#isSynthetic()}). */
    public static final String ID_PREFIX = ReportData.SYNTHETIC_ID_PREFIX;

    /** The kinds of generated evidence as the office names them, the middle segment of a generated id. */
    private static final Map<String, String> ID_KIND_WORDS = idKindWords();

    private static Map<String, String> idKindWords() {
        Map<String, String> m = new HashMap<>();
        m.put("judgement", "评议");
        m.put("checklist", "达标");
        m.put("metric", "指标");
        m.put("self-report", "自查");
        m.put("public-rating", "群众评分");
        return Collections.unmodifiableMap(m);
    }

    /**
     * A generated evidence id: the synthetic prefix, the unit, the plan where it is not the city's, the kind in the
     * office's word (the ids are printed in every explanation) and a sequence number per unit.
     */
    static String evidenceId(String unitId, String planId, String kind, int sequence) {
        String word = ID_KIND_WORDS.get(kind);
        if (word == null) {
            throw new IllegalArgumentException("no office word for generated evidence of kind " + kind);
        }
        return ID_PREFIX + unitId + "/" + (planId == null ? "" : planId + "/") + word + "/" + sequence;
    }

    /** The label every synthetic free text starts with. */
    public static final String LABEL = "【示例数据】";

    public static final String TITLE = "北海争创全国法治城市活动 2015 年度考评结果（示例）";

    /** The file the demo writes the sample city's units to in its output folder, read back by {@code --org}. */
    public static final String UNITS_CSV = "units.csv";

    /** The incident category whose incident vetoes a unit: 重大安全生产责任事故. */
    public static final String VETO_CATEGORY = "major-work-safety-accident";

    /** The unit whose synthetic incident costs a no-incident item its points. */
    public static final String INCIDENT_UNIT = "beihai/tieshangang";

    /** The incident category of that incident: a normative document of an organization conflicting with the law. */
    public static final String INCIDENT_CATEGORY = "organization-normative-document-conflicting-with-law";

    /** The unit whose synthetic incident triggers the veto. */
    public static final String VETO_UNIT = "beihai/tourism-group";

    /** The date obligations are judged at and the annual review takes place: 2016-01-10, Asia/Shanghai. */
    public static final Instant REVIEW_DATE = at(2016, 1, 10, 9);

    /** Per rubric, the criterion late and missing self-reports are deducted from: its item on the campaign's organization. */
    static final Map<String, String> OBLIGATION_CRITERIA;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(Beihai2015.COUNTY_ID, "1.2");
        m.put(Beihai2015.JUDICIAL_ID, "1.1");
        m.put(Beihai2015.ADMINISTRATIVE_ID, "1.1");
        m.put(Beihai2015.PARTY_MASS_ID, "2");
        m.put(Beihai2015.ENTERPRISE_ID, "1.2");
        OBLIGATION_CRITERIA = Collections.unmodifiableMap(m);
    }

    /** The Chinese names of the plan's bonus, penalty, veto and incident categories, for the reports. */
    public static final Map<String, String> CATEGORY_LABELS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("superior-commendation", "上级机关表彰");
        m.put("media-exposure", "新闻媒体曝光");
        m.put(VETO_CATEGORY, "重大安全生产责任事故");
        m.put(INCIDENT_CATEGORY, "规范性文件与法律法规相抵触");
        CATEGORY_LABELS = Collections.unmodifiableMap(m);
    }

    static final String[] RATERS = {"示例评委01", "示例评委02", "示例评委03", "示例评委04", "示例评委05", "示例评委06",
        "示例评委07", "示例评委08"};
    static final String[] RATER_UNITS = {"beihai/organization", "beihai/propaganda", "beihai/political-legal", "beihai/justice",
        "beihai/court", "beihai/procuratorate", "beihai/audit", "beihai/finance"};

    private BeihaiDemo() {}

    // ---------------------------------------------------------------- plan

    /** The items scored with the public: judgement items whose text speaks of 满意 or 群众. */
    static boolean publicRated(Criterion c) {
        return c.isLeaf() && c.rule().isPresent() && c.rule().get().kind() == RuleKind.JUDGEMENT
                && (c.text().contains("满意") || c.text().contains("群众"));
    }

    /**
     * The 2015 plan of the demo: each kind of unit by its Beihai standard; panel first (precedence), but items on
     * public satisfaction blend panel 4 : public 1; raters combine by a trimmed mean from five; a bonus and a
     * penalty category; a veto capping the grade at 不合格 for a work-safety accident
     * graded 重大 or 特别重大 (a 一般 or 较大 one does not trigger it: it is listed as evidence no veto used); 优秀 at most a third
     * of each ranking; ties broken by the smaller penalty.
     */
    public static AssessmentPlan plan() {
        Map<OrgKind, Rubric> rubrics = new EnumMap<>(OrgKind.class);
        rubrics.put(OrgKind.COUNTY_DISTRICT, DemoLevels.derivedCounty(Beihai2015.county())); // 六.2 rolled up from the villages
        rubrics.put(OrgKind.CITY_JUDICIAL, Beihai2015.judicial());
        rubrics.put(OrgKind.CITY_ADMINISTRATIVE, Beihai2015.administrative());
        rubrics.put(OrgKind.CITY_PARTY_MASS, Beihai2015.partyMass());
        rubrics.put(OrgKind.ENTERPRISE_INSTITUTION, Beihai2015.enterprise());
        Map<Channel, Ratio> panelAndPublic = new LinkedHashMap<>();
        panelAndPublic.put(Channel.of(SourceKind.PANEL), Ratio.of(4, 1));
        panelAndPublic.put(Channel.of(SourceKind.PUBLIC), Ratio.of(1, 1));
        SourceBlend blended = SourceBlend.weighted(panelAndPublic, MissingSourcePolicy.RENORMALIZE);
        org.kaoping.core.plan.AssessmentPlan.Builder b = AssessmentPlan.builder().id("beihai-2015-demo").year(YEAR).rubrics(rubrics)
                .raters(RaterCombination.trimmedMean(5))
                .addAdjustments(AdjustmentRule.bonus("superior-commendation", Points.of(2)))
                .addAdjustments(AdjustmentRule.penalty("media-exposure", Points.of(3)))
                .bonusCap(Points.of(3)).penaltyCap(Points.of(5))
                .addVetoRules(VetoRule.capGrade(VETO_CATEGORY, Grade.FAIL, IncidentSeverity.MAJOR, IncidentSeverity.EXTRAORDINARY))
                .addQuotas(GradeQuota.of(Grade.EXCELLENT, Ratio.of(1, 3)))
                .addTieBreaks(TieBreak.lowerPenalty())
                .review(DemoReview.settings()); // issue 17: targets from above, a stage target, self-report sections
        for (Rubric r : rubrics.values()) {
            for (Criterion c : r.allCriteria()) {
                if (publicRated(c)) {
                    b.putCriterionBlend(c.id(), blended);
                }
            }
        }
        return b.build();
    }

    /** The plan with the cycle's deadlines, the obligation effects and the units left out, with reasons. */
    public static CycleSetup setup() {
        return setup(plan());
    }

    /**
     * The demo's setup around another plan (e.g. one rubric only): obligation effects for the Beihai rubrics the
     * plan uses, the same exclusions.
     */
    public static CycleSetup setup(AssessmentPlan plan) {
        CycleSetup.Builder b = DemoLevels.cityPart(CycleSetup.builder(plan).cycle(AssessmentCycle.of(YEAR)).asOf(REVIEW_DATE)
                .cityOffice(BeihaiSampleCity.OFFICE_ID));
        for (Map.Entry<String, String> e : OBLIGATION_CRITERIA.entrySet()) {
            boolean used = false;
            for (Rubric r : plan.rubrics().values()) {
                used |= r.id().equals(e.getKey()) && r.findCriterion(e.getValue()).isPresent();
            }
            if (!used) {
                continue;
            }
            b.effect(e.getKey(), ObligationEffect.of(SelfReport.Type.MONTHLY, e.getValue(), Points.parse("0.2"), Points.parse("0.5")));
            b.effect(e.getKey(), ObligationEffect.of(SelfReport.Type.ANNUAL, e.getValue(), Points.of(1), Points.of(2)));
        }
        String local = "2015 年工作标准没有乡镇（街道）、村（社区）的标准，考评办法规定其目标考核由县（区）依法治理办和乡镇、街道负责，本示例不将其纳入市级排名";
        b.exclude(OrgKind.TOWNSHIP, local);
        b.exclude(OrgKind.VILLAGE_COMMUNITY, local);
        b.exclude(BeihaiSampleCity.OFFICE_ID, "市依法治市领导小组办公室是考评的承办机构，不作为被考评对象");
        return b.build();
    }

    /** The notices of the demo's reports: synthetic data first. */
    public static List<String> notices() {
        return Arrays.asList(SYNTHETIC + "：单位名称中县（区）、乡镇、市级部门为真实名称，村（社区）与企事业单位为虚构；全部考评证据均为按固定种子生成的示例数据。",
                "考评方案 beihai-2015-demo：各类单位按《" + Beihai2015.SOURCE_DOCUMENT + "》对应标准评分；自查月报每月 25 日前报送，"
                        + "迟报每次扣 0.2 分、漏报每次扣 0.5 分；年度自查报告 11 月 30 日前报送，迟报扣 1 分、漏报扣 2 分。");
    }

    // ---------------------------------------------------------------- evidence

    /** The synthetic evidence of the 2015 cycle for every unit the demo scores; deterministic. */
    public static List<Evidence> evidence() {
        OrgTree tree = BeihaiSampleCity.tree();
        AssessmentPlan plan = plan();
        CycleSetup setup = setup(plan); // the same plan: building it again would only cost time
        List<Evidence> out = new ArrayList<>();
        for (OrgUnit u : tree.units()) {
            if (!plan.rubrics().containsKey(u.kind()) || setup.excludedUnits().containsKey(u.id()) || setup.excludedKinds().containsKey(u.kind())) {
                continue;
            }
            new UnitGenerator(u, plan.rubricFor(u.kind()), out).generate();
        }
        special(out);
        return Collections.unmodifiableList(out);
    }

    /** The demo's special cases: the incident, the veto, spot checks, adjustments, a not-applicable item, an override. */
    private static void special(List<Evidence> out) {
        out.add(Incident.builder().id(ID_PREFIX + INCIDENT_UNIT + "/incident/1").unitId(INCIDENT_UNIT).key(INCIDENT_CATEGORY)
                .period(ReportingPeriod.year(YEAR)).source(SourceKind.HOST_SYSTEM).author("示例业务系统").recordedAt(at(YEAR, 7, 14, 16))
                .date(LocalDate.of(YEAR, 7, 3)).severity(IncidentSeverity.GENERAL)
                .description(LABEL + "辖区一家企业制定的内部管理规定与劳动合同法相抵触，经备案审查后撤销").build());
        out.add(Incident.builder().id(ID_PREFIX + VETO_UNIT + "/incident/1").unitId(VETO_UNIT).key(VETO_CATEGORY)
                .period(ReportingPeriod.year(YEAR)).source(SourceKind.HOST_SYSTEM).author("示例业务系统").recordedAt(at(YEAR, 9, 2, 11))
                .date(LocalDate.of(YEAR, 8, 29)).severity(IncidentSeverity.MAJOR)
                .description(LABEL + "景区游乐设施发生重大安全生产责任事故").build());
        String[][] spot = {
            {"beihai/haicheng", "3", "0.5", "抽查发现：行政执法案卷评查资料归档不全", "5"},
            {"beihai/hepu", "7", "1", "抽查发现：普法宣传月活动台账缺失", "6"},
            {"beihai/public-security", "2", "0.5", "抽查发现：执法公开栏信息未及时更新", "8"},
            {"beihai/transport", "2", "1", "抽查发现：行政处罚决定书说理不充分", "9"},
            {"beihai/environment", "2", "0.5", "抽查发现：重大行政决策合法性审查记录缺失", "10"},
            {"beihai/port", "2", "1", "抽查发现：职工法律知识培训记录不全", "11"}};
        for (String[] s : spot) {
            out.add(org.kaoping.core.evidence.Deduction.builder().from(SpotCheck.finding(ID_PREFIX + s[0] + "/spot-check/" + s[4], s[0],
                    s[1], Points.parse(s[2]), LABEL + s[3], "市依法治市办示例检查组", at(YEAR, Integer.parseInt(s[4]), 17, 15)))
                    .authorUnitId(BeihaiSampleCity.OFFICE_ID).build()); // the gate counts an assessor's finding only under its unit
        }
        out.add(Adjustment.builder().id(ID_PREFIX + "beihai/yinhai/adjustment/1").unitId("beihai/yinhai").key("superior-commendation")
                .period(ReportingPeriod.year(YEAR)).source(SourceKind.HOST_SYSTEM).author("市依法治市办示例检查组").authorUnitId(BeihaiSampleCity.OFFICE_ID).recordedAt(at(YEAR, 11, 5, 10))
                .points(Points.parse("1.5")).reason(LABEL + "获自治区法治建设先进集体表彰").build());
        out.add(Adjustment.builder().id(ID_PREFIX + "beihai/land/adjustment/1").unitId("beihai/land").key("media-exposure")
                .period(ReportingPeriod.year(YEAR)).source(SourceKind.HOST_SYSTEM).author("市依法治市办示例检查组").authorUnitId(BeihaiSampleCity.OFFICE_ID).recordedAt(at(YEAR, 6, 22, 10))
                .points(Points.of(1)).reason(LABEL + "违法用地问题被媒体曝光").build());
        out.add(NotApplicableMark.builder().id(ID_PREFIX + "beihai/ocean/not-applicable/1").unitId("beihai/ocean").key("1.4")
                .period(ReportingPeriod.year(YEAR)).source(SourceKind.PANEL).author("市依法治市办示例检查组").authorUnitId(BeihaiSampleCity.OFFICE_ID).recordedAt(at(YEAR, 12, 20, 10))
                .reason(LABEL + "本年度无人大代表建议、政协委员提案交办").build());
        out.add(ScoreOverride.builder().id(ID_PREFIX + "beihai/hepu/override/1").unitId("beihai/hepu").key("2.1")
                .period(ReportingPeriod.year(YEAR)).source(SourceKind.PANEL).author("示例复核组").authorUnitId(BeihaiSampleCity.OFFICE_ID).recordedAt(at(2016, 1, 8, 15))
                .newPoints(Points.of(1)).reason(LABEL + "复核认定规章制度建设材料齐全，按满分计").build());
    }

    /** Generates one unit's evidence from its own seeded random numbers, leaf by leaf. */
    private static final class UnitGenerator implements RuleVisitor<Void> {
        private final OrgUnit unit;
        private final Rubric rubric;
        private final List<Evidence> out;
        private final Random random;
        /** The unit's quality: the chance, in thousandths, that a requirement is met. */
        private final int quality;
        private final Set<String> metricsDone = new HashSet<>();
        private Criterion leaf;
        private int sequence;

        UnitGenerator(OrgUnit unit, Rubric rubric, List<Evidence> out) {
            this.unit = unit;
            this.rubric = rubric;
            this.out = out;
            this.random = new Random(SEED ^ unit.id().hashCode());
            this.quality = 700 + random.nextInt(290);
        }

        void generate() {
            selfReports();
            for (Criterion c : rubric.leaves()) {
                leaf = c;
                if (c.rule().isPresent()) {
                    c.rule().get().accept(this);
                }
                if (publicRated(c)) {
                    publicRating(c);
                }
            }
        }

        private boolean chance() {
            return random.nextInt(1000) < quality;
        }

        private String id(String kind) {
            return evidenceId(unit.id(), null, kind, ++sequence);
        }

        private void selfReports() {
            int lateChance = (1000 - quality) / 3;
            for (int m = 1; m <= 12; m++) {
                int roll = random.nextInt(1000);
                if (roll < lateChance / 3) {
                    continue; // missing
                }
                int day = roll < lateChance ? 26 + random.nextInt(3) : 10 + random.nextInt(14);
                out.add(SelfReport.builder().id(id("self-report")).unitId(unit.id()).period(ReportingPeriod.month(YEAR, m))
                        .source(SourceKind.SELF).author(unit.name()).recordedAt(at(YEAR, m, day, 10 + random.nextInt(7)))
                        .type(SelfReport.Type.MONTHLY).sections(DemoReview.monthlySections(unit, m)).build());
            }
            boolean late = random.nextInt(1000) < lateChance / 2;
            out.add(SelfReport.builder().id(id("self-report")).unitId(unit.id()).period(ReportingPeriod.year(YEAR))
                    .source(SourceKind.SELF).author(unit.name()).recordedAt(late ? at(YEAR, 12, 3, 9) : at(YEAR, 11, 20 + random.nextInt(10), 9))
                    .type(SelfReport.Type.ANNUAL).addTopics("组织建设", "经费保障", "措施办法", "创建效果")
                    .sections(DemoReview.annualSections(unit)).build());
        }

        private void publicRating(Criterion c) {
            int respondents = 200 + random.nextInt(300);
            int satisfied = respondents * (quality - 100 + random.nextInt(120)) / 1000;
            out.add(PublicRating.builder().id(id("public-rating")).unitId(unit.id()).key(c.id()).period(ReportingPeriod.year(YEAR))
                    .source(SourceKind.PUBLIC).step(ReviewStep.PUBLIC_SCORING).author("示例满意度调查").recordedAt(at(YEAR, 12, 15, 10))
                    .respondents(respondents).satisfied(Math.min(satisfied, respondents)).build());
        }

        @Override
        public Void visitJudgement(JudgementRule rule) {
            int raters = unit.kind() == OrgKind.COUNTY_DISTRICT || unit.kind() == OrgKind.CITY_JUDICIAL ? 5
                    : unit.kind() == OrgKind.CITY_ADMINISTRATIVE ? 4 : 3;
            int levels = rule.levels().size();
            int slot = 0;
            for (int r = 0; r < raters; r++, slot++) {
                int level = 0;
                while (level < levels - 1 && !chance()) {
                    level++;
                }
                if (RATER_UNITS[slot].equals(unit.id())) {
                    slot++; // a panel member never rates their own unit
                }
                String raterUnit = RATER_UNITS[slot];
                out.add(Judgement.builder().id(id("judgement")).unitId(unit.id()).key(leaf.id()).period(ReportingPeriod.year(YEAR))
                        .source(SourceKind.PANEL).step(ReviewStep.COMPREHENSIVE_EVALUATION).author(RATERS[slot]).authorUnitId(raterUnit)
                        .recordedAt(at(YEAR, 12, 18, 9 + r)).level(rule.levels().get(level).name()).build());
            }
            return null;
        }

        @Override
        public Void visitChecklist(ChecklistRule rule) {
            int archivist = RATER_UNITS[0].equals(unit.id()) ? 1 : 0; // a panel member never rates their own unit
            for (int q = 1; q <= rule.requirements().size(); q++) {
                out.add(ChecklistTick.builder().id(id("checklist")).unitId(unit.id()).key(leaf.id()).period(ReportingPeriod.year(YEAR))
                        .source(SourceKind.PANEL).step(ReviewStep.REVIEW_ARCHIVES).author(RATERS[archivist]).authorUnitId(RATER_UNITS[archivist])
                        .recordedAt(at(YEAR, 12, 16, 10)).requirement(q).met(chance()).build());
            }
            return null;
        }

        @Override
        public Void visitAtLeast(AtLeastRule rule) {
            if (!metricsDone.add(rule.metric())) {
                return null;
            }
            long min = rule.minimum().setScale(0, java.math.RoundingMode.CEILING).longValueExact();
            if (rule.period() == Period.MONTH || rule.period() == Period.QUARTER) {
                int step = rule.period() == Period.MONTH ? 1 : 3;
                for (int m = step; m <= 12; m += step) {
                    metric(rule.metric(), ReportingPeriod.month(YEAR, m), chance() ? min + random.nextInt(2) : Math.max(0, min - 1), null, rule.unit());
                }
            } else {
                metric(rule.metric(), ReportingPeriod.year(YEAR), chance() ? min + random.nextInt(3) : Math.max(0, min - 1 - random.nextInt(2)),
                        null, rule.unit());
            }
            return null;
        }

        @Override
        public Void visitRateAtLeast(RateAtLeastRule rule) {
            if (!metricsDone.add(rule.metric())) {
                return null;
            }
            if (rule.targetKey().isPresent()) { // one draw, where the checklist had the target as a requirement (issue 17)
                long[] v = DemoReview.targetRate(unit.id(), rule.metric(), chance());
                metric(rule.metric(), ReportingPeriod.year(YEAR), v[0], v[1], "个");
                return null;
            }
            long base = 200 + random.nextInt(800);
            Ratio min = rule.minimum();
            long needed = (base * min.numerator() + min.denominator() - 1) / min.denominator();
            long value = chance() ? Math.min(base, needed + random.nextInt(3)) : Math.max(0, needed - 1 - random.nextInt(5));
            metric(rule.metric(), ReportingPeriod.year(YEAR), value, base, "人次");
            return null;
        }

        @Override
        public Void visitTrend(TrendRule rule) {
            if (!metricsDone.add(rule.metric())) {
                return null;
            }
            long before = 20 + random.nextInt(30);
            boolean met = chance();
            boolean up = rule.direction() == TrendRule.Direction.INCREASE;
            long now = met == up ? before + 1 + random.nextInt(5) : Math.max(0, before - 1 - random.nextInt(5));
            metric(rule.metric(), ReportingPeriod.year(YEAR - 1), before, null, "件");
            metric(rule.metric(), ReportingPeriod.year(YEAR), now, null, "件");
            return null;
        }

        @Override
        public Void visitNoIncident(NoIncidentRule rule) {
            return null; // no incident: full points, unless the demo's special incident says otherwise
        }

        @Override
        public Void visitComposite(CompositeRule rule) {
            for (Rule r : rule.conditions()) {
                r.accept(this);
            }
            return null;
        }

        @Override
        public Void visitCustom(CustomRule rule) {
            return null; // the Beihai standards have no custom rules
        }

        @Override
        public Void visitRollUp(org.kaoping.core.rule.RollUpRule rule) {
            return DemoLevels.drawInPlaceOfRate(random, this::chance, () -> sequence++); // derived from the level below
        }

        private void metric(String key, ReportingPeriod period, long value, Long outOf, String measure) {
            org.kaoping.core.evidence.MetricValue.Builder b = MetricValue.builder();
            out.add(b.id(id("metric")).unitId(unit.id()).key(key).period(period).source(SourceKind.HOST_SYSTEM).author("示例业务系统")
                    .recordedAt(period.isWholeYear() ? at(period.year(), 12, 10, 10) : at(period.year(), period.month(), 20, 10))
                    .value(BigDecimal.valueOf(value)).outOf(outOf == null ? java.util.Optional.<BigDecimal>empty()
                            : java.util.Optional.of(BigDecimal.valueOf(outOf))).unit(measure).build());
        }
    }

    // ---------------------------------------------------------------- running it

    /** Runs the demo through the runtime on an in-memory store: the synthetic evidence, the setup, the sample city. */
    public static CycleResult run() {
        try (org.kaoping.spi.support.InMemoryAssessmentStore store = new org.kaoping.spi.support.InMemoryAssessmentStore()) {
            DemoLevels.runBelow(store, new Timings()); // the plans below the city first: 六.2 reads the villages' results
            CycleResult city = CycleRun.run(setup(), BeihaiSampleCity.directory(), store, new InMemoryEvidenceSource("demo-evidence").append(evidence()));
            DemoLevels.runLead(store, new Timings());
            return city;
        }
    }

    /** The report data of a demo result: title and notices, synthetic first; categories by their Chinese names. */
    public static ReportData report(CycleResult result) {
        return result.reportData(TITLE, notices(), CATEGORY_LABELS);
    }

    /**
     * What the demo tells the office after its rankings, in Chinese: how much synthetic evidence was imported, how many
     * late or missing self-report deductions the runtime filed, and where the store, the reports and the units file are.
     * The {@code demo} command prints these lines after {@code ConsoleReport.rankings}.
     */
    public static List<String> summary(CycleResult r, Path out) {
        Path abs = out.toAbsolutePath().normalize();
        List<String> lines = new ArrayList<>(Arrays.asList(
                "证据：从 " + abs.resolve("evidence") + " 导入" + ReportData.SYNTHETIC_MARKER + " " + r.evidenceCount() + " 条（运行时为迟报、漏报的自查报告扣分 "
                        + r.derivedDeductions().size() + " 条）。",
                "存储：" + storeDirectory(abs) + "（证据、评分表和审计记录，按日志方式保存）。",
                "报告：" + abs.resolve(Reports.HTML) + "、" + Reports.CSV + "、" + Reports.XLSX + "、" + Reports.JSON + "（均标明" + ReportData.SYNTHETIC_MARKER + "）。",
                "单位：" + abs.resolve(UNITS_CSV) + "（示例城市的单位名单，可供 --org 读取）。",
                "考评组织：" + abs + " 下的考评组织与平时考评、考核小组名单与分工、干部述职考核导出（组织部用，表格与逗号分隔文件，均为" + ReportData.SYNTHETIC_MARKER + "）。"));
        lines.addAll(DemoRectification.summary(out)); // 整改 items and the 通报 (issue 15)
        return DemoLifecycle.withSummary(lines, r);
    }

    /** The demo's store directory under {@code out}. */
    public static Path storeDirectory(Path out) {
        return out.resolve("store");
    }

    /**
     * The demo end to end on the embedded default store: generates the synthetic evidence and writes it as OA-style
     * CSV exports into {@code out/evidence} (self-reports in GB18030, the rest in UTF-8 with BOM; on a second thread,
     * done before this method returns); opens a fresh
     * {@link JournalAssessmentStore} in {@code out/store} ({@link JournalAssessmentStore#openEmpty}: what an earlier run left there is discarded);
     * runs the cycle through the runtime ({@link CycleRun#run}): imports the same evidence from an in-memory
     * {@link org.kaoping.spi.EvidenceSource} in batches of {@value CycleRun#IMPORT_BATCH} (one durable journal record
     * each), checks the self-report obligations at {@link #REVIEW_DATE} (the runtime files the late and missing
     * deductions), scores, ranks and publishes; then writes {@link Reports#HTML}, {@link Reports#CSV}, {@link Reports#XLSX},
     * {@link Reports#JSON} and the sample city's units as {@value #UNITS_CSV} ({@link #writeUnits}) into {@code out}.
     *
     * <p>The import reads the generated evidence rather than parsing the CSV folder back, which would add about
     * 0.3 s of a cold JVM to a demo meant to finish within 2 s; that the folder imports back to exactly this
     * evidence is what the tests check, and {@code score}/{@code rank}/{@code report --evidence out/evidence} import it.
     *
     * @throws org.kaoping.plugin.journal.JournalLockedException if another process has {@code out/store} open
     */
    public static CycleResult runAndWrite(Path out, ResultSink... sinks) {
        return runAndWrite(out, new Timings(), sinks);
    }

    /** {@link #runAndWrite(Path, ResultSink...)}, recording each phase's time in {@code timings}. */
    public static CycleResult runAndWrite(Path out, Timings timings, ResultSink... sinks) {
        Path evidenceDir = out.resolve("evidence");
        // The city's evidence is needed only when the city's cycle imports it, after the July deployment and the plans
        // below the city: generated on a second thread meanwhile, which then writes it as the CSV exports with the
        // units file (they do not feed the run). The generation is seeded and the same on any thread.
        java.util.concurrent.FutureTask<List<Evidence>> generated = new java.util.concurrent.FutureTask<>(BeihaiDemo::evidence);
        java.util.concurrent.FutureTask<Void> csv = new java.util.concurrent.FutureTask<>(() -> {
            writeEvidence(evidenceDir, awaitValue(generated)); // rethrows, so csv fails too if the generation failed
            writeUnits(out);
            return null;
        });
        Thread writer = new Thread(() -> {
            generated.run();
            csv.run();
        }, "kaoping-demo-evidence");
        writer.setDaemon(true);
        writer.start();
        List<Evidence> evidence;
        CycleResult result;
        List<DemoLevels.Level> levels;
        org.kaoping.runtime.Standing midYear;
        DemoRectification.Outcome after; // 整改, 通报, 评先评优 and 绩效考评 (issue 15)
        java.util.concurrent.FutureTask<org.kaoping.plugin.report.ReportSection> levelsReports = null;
        // Closing the store writes its snapshot (all the evidence once more): done on a second thread while the reports,
        // which do not read the store, are written; awaited before this method returns.
        java.util.concurrent.FutureTask<Void> closing = null;
        final JournalAssessmentStore store;
        try {
            store = timings.time("open the journal store", () -> JournalAssessmentStore.openEmpty(storeDirectory(out)));
        } catch (RuntimeException | Error e) {
            DemoLevels.awaitAfter(csv, e); // the second thread is done with the folder before this throws
            throw e;
        }
        try {
            // 临时部署 (issue 16): the July 2015 ad-hoc deployment amends the county standard; its ticks join the import
            List<Evidence> july = timings.time("the July 临时部署", () -> DemoAmendment.run(store));
            levels = new ArrayList<>(timings.time("run the plans below the city", () -> DemoLevels.runBelow(store, timings)));
            evidence = timings.time("wait for the generated evidence", () -> awaitValue(generated));
            InMemoryEvidenceSource source = new InMemoryEvidenceSource("demo-evidence").append(evidence).append(july);
            result = CycleRun.run(setup(), BeihaiSampleCity.directory(), store, source, timings, DemoReview.withCadreExport(out, sinks));
            midYear = timings.time("the standing on 30 June", () -> DemoReview.standing(store));
            levels.add(timings.time("run the lead department's plan", () -> DemoLevels.runLead(store, timings)));
            // the levels' reports read only the levels' results: written on a second thread while the city's cycle goes on
            final List<DemoLevels.Level> allLevels = levels;
            levelsReports = background("kaoping-demo-levels-reports", () -> DemoLevels.writeReports(allLevels, out));
            final CycleResult scored = result;
            result = timings.time("公示, appeals, finalize", () -> DemoLifecycle.run(store, scored));
            final CycleResult settled = result;
            final DemoRectification.Outcome untasked = timings.time("rectification and bulletin", () -> DemoRectification.run(out, store, settled, report(settled)));
            // 四定重点工作任务 (issue 16): loaded from the office's CSV, reported monthly, a section of the report
            after = timings.time("the 四定 key tasks", () -> DemoTasks.run(out, store, settled, untasked));
            final DemoRectification.Outcome rectified = after;
            timings.run("the cadre export with the open 整改", () -> DemoReview.rewriteCadreExport(out, rectified.items()));
            closing = background("kaoping-demo-store-close", () -> {
                store.close();
                return null;
            });
        } catch (RuntimeException | Error e) {
            try {
                store.close(); // as try-with-resources would
            } catch (RuntimeException | Error suppressed) {
                e.addSuppressed(suppressed);
            }
            if (levelsReports != null) {
                DemoLevels.awaitAfter(levelsReports, e);
            }
            DemoLevels.awaitAfter(csv, e);
            throw e;
        }
        final java.util.concurrent.FutureTask<Void> closed = closing;
        try {
            writeAfterStore(out, timings, evidence, csv, result, levelsReports, midYear, after);
        } catch (RuntimeException | Error e) {
            DemoLevels.awaitAfter(closed, e);
            throw e;
        }
        timings.run("wait for the store's snapshot", () -> awaitValue(closed));
        return result;
    }

    /** The part of {@link #runAndWrite} after the store's last use: the waits for the second threads and the city's reports. */
    private static void writeAfterStore(Path out, Timings timings, List<Evidence> evidence, java.util.concurrent.FutureTask<Void> csv,
            CycleResult result, java.util.concurrent.FutureTask<org.kaoping.plugin.report.ReportSection> levelsReports,
            org.kaoping.runtime.Standing midYear, DemoRectification.Outcome after) {
        timings.run("wait for the evidence CSV", () -> DemoLevels.await(csv, "writing the demo's evidence CSV files"));
        final CycleResult r = result;
        final java.util.concurrent.FutureTask<org.kaoping.plugin.report.ReportSection> levelsDone = levelsReports;
        // the appeals (公示) and the levels below the city are sections of the city's report, written once with it
        org.kaoping.plugin.report.ReportSection levelsSection = timings.time("wait for the levels' reports", () -> awaitValue(levelsDone));
        // the review (考评组织与平时考评) reads the result only: written on a second thread while the city's reports are
        final org.kaoping.runtime.Standing mid = midYear;
        java.util.concurrent.FutureTask<Path> review = background("kaoping-demo-review", () -> DemoReview.run(out, r, evidence, mid));
        try {
            timings.run("write the reports", () -> Reports.writeAll(after.report().toBuilder()
                    .section(org.kaoping.plugin.report.AppealsSection.of(r.appeals(), r.tree())).section(levelsSection).build(), out));
        } catch (RuntimeException | Error e) {
            DemoLevels.awaitAfter(review, e);
            throw e;
        }
        timings.run("wait for the review", () -> awaitValue(review));
    }

    /** {@code work} running on a new daemon thread named {@code name}. */
    private static <T> java.util.concurrent.FutureTask<T> background(String name, java.util.concurrent.Callable<T> work) {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** What {@code task} returned, rethrowing what it threw. */
    private static <T> T awaitValue(java.util.concurrent.FutureTask<T> task) {
        DemoLevels.await(task, "the demo's second thread");
        try {
            return task.get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("unreachable: the task is done and did not fail", e);
        }
    }

    /**
     * Writes the sample city's units as {@value #UNITS_CSV} into {@code dir} ({@link CsvOrgDirectory#toCsv}, UTF-8 with BOM
     * like the evidence exports), by a rename of a complete temporary file; {@code --org dir/units.csv} reads it back.
     */
    public static Path writeUnits(Path dir) {
        byte[] bytes = TextEncoding.encode(CsvOrgDirectory.toCsv(BeihaiSampleCity.units()), StandardCharsets.UTF_8);
        return Reports.writeFiles(dir, Collections.singletonMap(UNITS_CSV, bytes), false).get(0);
    }

    /** Writes {@code evidence} as one CSV file per kind into {@code dir} ({@code 评议-2015-示例.csv} …), each by a rename of a complete temporary file. */
    public static void writeEvidence(Path dir, List<Evidence> evidence) {
        Map<EvidenceKind, List<Evidence>> byKind = new EnumMap<>(EvidenceKind.class);
        for (Evidence e : evidence) {
            byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<EvidenceKind, List<Evidence>> e : byKind.entrySet()) {
            files.put(EvidenceCsvWriter.fileName(e.getKey(), "-" + YEAR + "-示例"), EvidenceCsvWriter.toBytes(e.getKey(), e.getValue(),
                    e.getKey() == EvidenceKind.SELF_REPORT ? TextEncoding.GB18030 : StandardCharsets.UTF_8));
        }
        Reports.writeFiles(dir, files, false);
    }

    /**
     * The generated evidence has a few hundred distinct times for its thousands of records: each is resolved in the
     * Shanghai zone once (the zone rules' lookup was a visible part of generating the evidence in a cold JVM).
     */
    private static final class Times { // a holder: the constants above call at() while this class is initialized
        static final java.util.concurrent.ConcurrentHashMap<Integer, Instant> TIMES = new java.util.concurrent.ConcurrentHashMap<>();
    }

    static Instant at(int year, int month, int day, int hour) {
        if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23) {
            return LocalDateTime.of(year, month, day, hour, 0).atZone(AssessmentCycle.SHANGHAI).toInstant(); // throws as before
        }
        Integer key = ((year * 16 + month) * 32 + day) * 32 + hour;
        Instant t = Times.TIMES.get(key);
        if (t == null) {
            t = LocalDateTime.of(year, month, day, hour, 0).atZone(AssessmentCycle.SHANGHAI).toInstant();
            Times.TIMES.put(key, t);
        }
        return t;
    }
}

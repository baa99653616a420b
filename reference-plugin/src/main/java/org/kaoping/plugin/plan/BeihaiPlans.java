package org.kaoping.plugin.plan;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AdjustmentRule;
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
import org.kaoping.core.rule.RuleKind;
import org.kaoping.rubrics.beihai2015.Beihai2015;

/**
 * The Beihai 2015 default plan (考评方案), what {@code score}, {@code rank} and {@code report} use without
 * {@code --plan} and what {@code plan export} prints for an office to start from: each kind of unit by its Beihai
 * 2015 standard; the panel first, items on public satisfaction blending panel 4 : public 1; raters by a trimmed mean
 * from five; 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 优秀 at most a third of each ranking; ties broken by the smaller penalty;
 * self-reports due on or before the 25th and 30 November, 0.2/0.5 points per late/missing monthly report and 1/2 for
 * the annual one; a bonus and a penalty category; a veto capping the grade at 不合格 for a work-safety accident
 * graded 重大 or 特别重大 (not for a 一般 or 较大 one).
 * Townships, villages and the city office are not assessed, with the reasons the reports print.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BeihaiPlans {
    /** The default plan's id. */
    public static final String ID = "beihai-2015";

    /** The city office of the sample city and of Beihai's units files. */
    public static final String CITY_OFFICE = "beihai/office";

    /** Where the default plan's declarations are said to be, in errors. */
    static final String SOURCE = "the Beihai 2015 default plan (plan export)";

    private BeihaiPlans() {}

    /** The items scored with the public: judgement leaves whose text speaks of 满意 or 群众. */
    static boolean publicRated(Criterion c) {
        return c.isLeaf() && c.rule().isPresent() && c.rule().get().kind() == RuleKind.JUDGEMENT
                && (c.text().contains("满意") || c.text().contains("群众"));
    }

    /** The Beihai 2015 default plan. */
    public static PlanDocument default2015() {
        PlanDocument.Builder b = PlanDocument.builder(ID, 2015).title("北海市争创全国法治城市2015年度考评方案").cityOffice(CITY_OFFICE);
        Map<OrgKind, String[]> choices = new LinkedHashMap<>();
        choices.put(OrgKind.COUNTY_DISTRICT, new String[] {Beihai2015.COUNTY_ID, "1.2"});
        choices.put(OrgKind.CITY_JUDICIAL, new String[] {Beihai2015.JUDICIAL_ID, "1.1"});
        choices.put(OrgKind.CITY_ADMINISTRATIVE, new String[] {Beihai2015.ADMINISTRATIVE_ID, "1.1"});
        choices.put(OrgKind.CITY_PARTY_MASS, new String[] {Beihai2015.PARTY_MASS_ID, "2"});
        choices.put(OrgKind.ENTERPRISE_INSTITUTION, new String[] {Beihai2015.ENTERPRISE_ID, "1.2"});
        int i = 0;
        for (Map.Entry<OrgKind, String[]> e : choices.entrySet()) {
            b.rubric(RubricChoice.byId(e.getKey(), e.getValue()[0], e.getValue()[1], PlanLocation.ofPath(SOURCE, "$.rubrics[" + i++ + "]")));
        }
        String local = "2015年工作标准没有乡镇（街道）、村（社区）的标准，考评办法规定其目标考核由县（区）依法治理办和乡镇、街道负责，不纳入市级排名";
        b.notAssessed(OrgKind.TOWNSHIP, local).notAssessed(OrgKind.VILLAGE_COMMUNITY, local)
                .notAssessed(CITY_OFFICE, "市依法治市领导小组办公室是考评的承办机构，不作为被考评对象");
        b.blend(SourceBlend.defaultBlend());
        Map<Channel, Ratio> panelAndPublic = new LinkedHashMap<>();
        panelAndPublic.put(Channel.of(SourceKind.PANEL), Ratio.of(4, 1));
        panelAndPublic.put(Channel.of(SourceKind.PUBLIC), Ratio.of(1, 1));
        SourceBlend blended = SourceBlend.weighted(panelAndPublic, MissingSourcePolicy.RENORMALIZE);
        for (Rubric r : new Rubric[] {Beihai2015.county(), Beihai2015.judicial(), Beihai2015.administrative(), Beihai2015.partyMass(),
                Beihai2015.enterprise()}) {
            for (Criterion c : r.allCriteria()) {
                if (publicRated(c)) {
                    b.criterionBlend(c.id(), blended);
                }
            }
        }
        b.raters(RaterCombination.trimmedMean(5))
                .quota(GradeQuota.of(Grade.EXCELLENT, Ratio.of(1, 3)))
                .tieBreak(TieBreak.lowerPenalty())
                .cycle(AssessmentCycle.of(2015))
                .judgedAt(LocalDateTime.of(2016, 1, 10, 9, 0))
                .selfReportDeductions(Points.parse("0.2"), Points.parse("0.5"), Points.of(1), Points.of(2))
                .adjustment(AdjustmentRule.bonus("superior-commendation", Points.of(2)))
                .adjustment(AdjustmentRule.penalty("media-exposure", Points.of(3)))
                .bonusCap(Points.of(3)).penaltyCap(Points.of(5))
                .veto(VetoRule.capGrade("major-work-safety-accident", Grade.FAIL, IncidentSeverity.MAJOR, IncidentSeverity.EXTRAORDINARY))
                .categoryName("superior-commendation", "上级机关表彰")
                .categoryName("media-exposure", "新闻媒体曝光")
                .categoryName("major-work-safety-accident", "重大安全生产责任事故")
                .categoryName("organization-normative-document-conflicting-with-law", "规范性文件与法律法规相抵触")
                .review(exampleReview());
        return b.build();
    }

    /**
     * The demo's review settings (issue 17, 示例数据): two targets set by the higher level for county 九.4 and 九.6, a stage
     * target due 30 June, and the monthly self-report sections that count for county 一.1 and 一.2.(1).
     */
    public static org.kaoping.core.review.ReviewSettings exampleReview() {
        return org.kaoping.core.review.ReviewSettings.builder()
                .target(org.kaoping.core.review.UpperTarget.of(org.kaoping.rubrics.beihai2015.Beihai2015.SAFE_UNIT_RATE, 2015, Ratio.percent(95),
                        "自治区综治委（示例）", java.time.LocalDate.of(2015, 3, 10), "示例文件：桂综治〔2015〕示例1号"))
                .target(org.kaoping.core.review.UpperTarget.of(org.kaoping.rubrics.beihai2015.Beihai2015.PETITION_CLOSURE_RATE, 2015,
                        Ratio.percent(90), "自治区信访联席会议（示例）", java.time.LocalDate.of(2015, 4, 15), "示例文件：桂信联〔2015〕示例2号"))
                .stageTarget(org.kaoping.core.review.StageTarget.of("mid-year-organization",
                        org.kaoping.rubrics.beihai2015.Beihai2015.COUNTY_ID, java.time.LocalDate.of(2015, 6, 30),
                        java.util.Arrays.asList("1.1", "1.2.1"), "上半年：制定下发法治建设意见，成立创建工作领导小组（示例阶段性目标）"))
                .sectionUse(org.kaoping.core.review.SectionUse.of("措施办法", org.kaoping.rubrics.beihai2015.Beihai2015.COUNTY_ID, "1.1", 1))
                .sectionUse(org.kaoping.core.review.SectionUse.of("组织建设", org.kaoping.rubrics.beihai2015.Beihai2015.COUNTY_ID, "1.2.1", 1))
                .build();
    }
}

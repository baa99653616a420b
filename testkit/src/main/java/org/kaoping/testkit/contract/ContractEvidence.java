package org.kaoping.testkit.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.DocumentRef;
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
import org.kaoping.core.points.Points;

/**
 * Sample evidence for contract tests: at least one record of every {@link EvidenceKind}, with optional
 * fields both present and absent, Chinese text, fractional points and decimal metric values, so that a
 * store's round trip is tested on everything it must keep.
 *
 * <p>Content equality is {@code Evidence.equals}: a store must give back values that are equal, which
 * includes the scale of a {@link BigDecimal} ({@code 12.50} is not {@code 12.5}) and an
 * {@link Instant}'s milliseconds.
 */
@API(status = API.Status.STABLE)
public final class ContractEvidence {
    /** The time the samples are recorded at: millisecond precision, as most stores keep it. */
    public static final Instant T0 = Instant.parse("2015-11-20T01:02:03.456Z");

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private ContractEvidence() {}

    /**
     * Fifteen records about {@code unitId}, covering every evidence kind, with ids {@code prefix + "-01"}
     * to {@code prefix + "-15"} listed in an order that is <em>not</em> sorted by id (so that storage order
     * and id order differ).
     */
    public static List<Evidence> everyKind(String prefix, String unitId) {
        List<Evidence> out = new ArrayList<>();
        out.add(DocumentRef.builder().id(prefix + "-09").unitId(unitId).key("1.1").period(ReportingPeriod.year(2015))
                .source(SourceKind.SELF).author("张三").authorUnitId(unitId).recordedAt(T0)
                .title("2015年普法工作总结").media(DocumentRef.Media.TEXT).uri("oa://archive/2015/123")
                .sha256(SHA).mediaType("application/pdf").build());
        out.add(DocumentRef.builder().id(prefix + "-02").unitId(unitId).key("1.1").period(ReportingPeriod.year(2015))
                .source(SourceKind.SELF).author("张三").recordedAt(T0.plusSeconds(1))
                .title("宣传照片").media(DocumentRef.Media.IMAGE).uri("oa://archive/2015/124").sha256(SHA).build());
        out.add(MetricValue.builder().id(prefix + "-13").unitId(unitId).key("training-hours")
                .period(ReportingPeriod.month(2015, 3)).source(SourceKind.HOST_SYSTEM).author("hr-system")
                .recordedAt(T0).value(new BigDecimal("12.5")).unit("学时").build());
        out.add(MetricValue.builder().id(prefix + "-04").unitId(unitId).key("exam-pass-rate")
                .period(ReportingPeriod.year(2015)).source(SourceKind.HOST_SYSTEM).author("exam-system")
                .recordedAt(T0).value(new BigDecimal("490")).outOf(new BigDecimal("500")).unit("人").build());
        out.add(Incident.builder().id(prefix + "-11").unitId(unitId).key("mass-incident").period(ReportingPeriod.year(2015))
                .source(SourceKind.HOST_SYSTEM).author("petition-db").recordedAt(T0).date(LocalDate.of(2015, 6, 1))
                .severity(IncidentSeverity.SERIOUS).description("群体性上访事件").build());
        out.add(ChecklistTick.builder().id(prefix + "-06").unitId(unitId).key("2.1").period(ReportingPeriod.year(2015))
                .source(SourceKind.PANEL).step(ReviewStep.REVIEW_ARCHIVES).author("rater-1").authorUnitId("office")
                .recordedAt(T0).requirement(2).met(true).addDocumentIds(prefix + "-09").build());
        out.add(Judgement.builder().id(prefix + "-01").unitId(unitId).key("3.2").period(ReportingPeriod.year(2015))
                .source(SourceKind.PANEL).step(ReviewStep.COMPREHENSIVE_EVALUATION).author("rater-2")
                .authorUnitId("office").recordedAt(T0).level("较好").comment("档案齐全").build());
        out.add(PublicRating.builder().id(prefix + "-14").unitId(unitId).key("5.1").period(ReportingPeriod.year(2015))
                .source(SourceKind.PUBLIC).step(ReviewStep.PUBLIC_SCORING).author("survey").recordedAt(T0)
                .respondents(200).satisfied(187).build());
        out.add(PublicRating.builder().id(prefix + "-03").unitId(unitId).key("5.2").period(ReportingPeriod.year(2015))
                .source(SourceKind.PUBLIC).author("survey").recordedAt(T0).score(Points.parse("8.75"))
                .maxScore(Points.of(10)).build());
        out.add(SelfReport.builder().id(prefix + "-10").unitId(unitId).period(ReportingPeriod.month(2015, 4))
                .source(SourceKind.SELF).author(unitId).recordedAt(T0).type(SelfReport.Type.MONTHLY).build());
        out.add(SelfReport.builder().id(prefix + "-05").unitId(unitId).period(ReportingPeriod.year(2015))
                .source(SourceKind.SELF).author(unitId).recordedAt(T0).type(SelfReport.Type.ANNUAL)
                .addTopics("组织建设", "经费保障", "措施办法", "创建效果").addDocumentIds(prefix + "-09").build());
        out.add(Deduction.builder().id(prefix + "-12").unitId(unitId).key("2.3").period(ReportingPeriod.year(2015))
                .source(SourceKind.SPOT_CHECK).author("office-inspector").recordedAt(T0).points(Points.parse("0.5"))
                .reason("抽查发现台账不全").build());
        out.add(Adjustment.builder().id(prefix + "-08").unitId(unitId).key("national-commendation")
                .period(ReportingPeriod.year(2015)).source(SourceKind.HOST_SYSTEM).author("office").recordedAt(T0)
                .points(Points.of(2)).reason("获全国普法先进单位").build());
        out.add(NotApplicableMark.builder().id(prefix + "-07").unitId(unitId).key("4.4").period(ReportingPeriod.year(2015))
                .source(SourceKind.PANEL).author("rater-1").recordedAt(T0).reason("本单位无执法职能").build());
        out.add(ScoreOverride.builder().id(prefix + "-15").unitId(unitId).key("3.2").period(ReportingPeriod.year(2015))
                .source(SourceKind.PANEL).author("office-head").authorUnitId("office").recordedAt(T0.plusSeconds(60))
                .newPoints(Points.parse("1.25")).reason("复核后调整").build());
        return Collections.unmodifiableList(out);
    }

    /** A panel judgement: the smallest record for tests that need many, or a conflicting twin (change the level). */
    public static Judgement judgement(String id, String unitId, String level) {
        return Judgement.builder().id(id).unitId(unitId).key("3.2").period(ReportingPeriod.year(2015))
                .source(SourceKind.PANEL).author("rater-1").authorUnitId("office").recordedAt(T0).level(level).build();
    }
}

package org.kaoping.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaoping.core.points.Points;

/**
 * {@link EvidenceVisitor} is complete at compile time (an implementation missing a kind does not compile, so no
 * test can build one); what a test can check is that each kind's {@code accept} calls its own method.
 */
class EvidenceVisitorTest {
    private static final Instant AT = Instant.parse("2015-12-01T02:00:00Z");
    private static final ReportingPeriod YEAR = ReportingPeriod.year(2015);

    /** One piece of evidence of every kind; a new kind without a sample here fails {@link Samples}. */
    private static final Map<EvidenceKind, Evidence> SAMPLES = samples();

    private static Map<EvidenceKind, Evidence> samples() {
        List<Evidence> all = new ArrayList<>();
        all.add(DocumentRef.builder().id("d").unitId("u").key("1.1").period(YEAR).source(SourceKind.SELF).author("a")
                .recordedAt(AT).title("总结").media(DocumentRef.Media.TEXT).uri("oa://1")
                .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08").build());
        all.add(MetricValue.builder().id("m").unitId("u").key("hours").period(YEAR).source(SourceKind.HOST_SYSTEM)
                .author("hr").recordedAt(AT).value(new BigDecimal("12.5")).unit("学时").build());
        all.add(Incident.builder().id("i").unitId("u").key("mass").period(YEAR).source(SourceKind.HOST_SYSTEM).author("db")
                .recordedAt(AT).date(LocalDate.of(2015, 6, 1)).severity(IncidentSeverity.GENERAL).description("事件").build());
        all.add(ChecklistTick.builder().id("t").unitId("u").key("2.1").period(YEAR).source(SourceKind.PANEL).author("r")
                .recordedAt(AT).requirement(1).met(true).build());
        all.add(Judgement.builder().id("j").unitId("u").key("3.2").period(YEAR).source(SourceKind.PANEL).author("r")
                .recordedAt(AT).level("较好").build());
        all.add(PublicRating.builder().id("p").unitId("u").key("5.1").period(YEAR).source(SourceKind.PUBLIC).author("s")
                .recordedAt(AT).respondents(200).satisfied(187).build());
        all.add(SelfReport.builder().id("s").unitId("u").period(YEAR).source(SourceKind.SELF).author("u").recordedAt(AT)
                .type(SelfReport.Type.ANNUAL).build());
        all.add(Deduction.builder().id("x").unitId("u").key("2.3").period(YEAR).source(SourceKind.SPOT_CHECK).author("o")
                .recordedAt(AT).points(Points.parse("0.5")).reason("台账不全").build());
        all.add(Adjustment.builder().id("b").unitId("u").key("commendation").period(YEAR).source(SourceKind.HOST_SYSTEM)
                .author("o").recordedAt(AT).points(Points.of(2)).reason("先进").build());
        all.add(NotApplicableMark.builder().id("n").unitId("u").key("4.4").period(YEAR).source(SourceKind.PANEL).author("r")
                .recordedAt(AT).reason("无执法职能").build());
        all.add(ScoreOverride.builder().id("o").unitId("u").key("3.2").period(YEAR).source(SourceKind.PANEL).author("h")
                .recordedAt(AT).newPoints(Points.parse("1.25")).reason("复核").build());
        Map<EvidenceKind, Evidence> byKind = new EnumMap<>(EvidenceKind.class);
        for (Evidence e : all) {
            byKind.put(e.kind(), e);
        }
        return byKind;
    }

    @Nested
    class Samples {
        @ParameterizedTest
        @EnumSource(EvidenceKind.class)
        void everyKindHasASample(EvidenceKind kind) {
            assertNotNull(SAMPLES.get(kind), "no sample of " + kind + ": add one, and a method to EvidenceVisitor");
        }
    }

    @Nested
    class Dispatch {
        @ParameterizedTest
        @EnumSource(EvidenceKind.class)
        void eachKindCallsItsOwnMethod(EvidenceKind kind) {
            Evidence e = SAMPLES.get(kind);
            assertEquals(kind, e.accept(new KindOfMethod()), "the visitor method " + e.getClass().getSimpleName() + " reached");
        }

        @ParameterizedTest
        @EnumSource(EvidenceKind.class)
        void theMethodReceivesTheSameEvidence(EvidenceKind kind) {
            Evidence e = SAMPLES.get(kind);
            assertEquals(e, e.accept(new Identity()));
        }
    }

    @Nested
    class Shape {
        @Test
        void oneVisitMethodPerKind() {
            int visits = 0;
            for (Method m : EvidenceVisitor.class.getDeclaredMethods()) {
                if (m.getName().startsWith("visit") && m.getParameterCount() == 1) {
                    visits++;
                }
            }
            assertEquals(EvidenceKind.values().length, visits);
        }
    }

    @Nested
    class KindDispatch {
        @ParameterizedTest
        @EnumSource(EvidenceKind.class)
        void eachKindCallsItsOwnMethod(EvidenceKind kind) {
            assertEquals(kind, kind.accept(new KindVisitor()));
        }
    }

    /** Answers, for each method of {@link EvidenceKind.Visitor}, the kind it is for. */
    private static final class KindVisitor implements EvidenceKind.Visitor<EvidenceKind> {
        @Override
        public EvidenceKind document() {
            return EvidenceKind.DOCUMENT;
        }

        @Override
        public EvidenceKind metricValue() {
            return EvidenceKind.METRIC_VALUE;
        }

        @Override
        public EvidenceKind incident() {
            return EvidenceKind.INCIDENT;
        }

        @Override
        public EvidenceKind checklistTick() {
            return EvidenceKind.CHECKLIST_TICK;
        }

        @Override
        public EvidenceKind judgement() {
            return EvidenceKind.JUDGEMENT;
        }

        @Override
        public EvidenceKind publicRating() {
            return EvidenceKind.PUBLIC_RATING;
        }

        @Override
        public EvidenceKind selfReport() {
            return EvidenceKind.SELF_REPORT;
        }

        @Override
        public EvidenceKind deduction() {
            return EvidenceKind.DEDUCTION;
        }

        @Override
        public EvidenceKind adjustment() {
            return EvidenceKind.ADJUSTMENT;
        }

        @Override
        public EvidenceKind notApplicable() {
            return EvidenceKind.NOT_APPLICABLE;
        }

        @Override
        public EvidenceKind scoreOverride() {
            return EvidenceKind.SCORE_OVERRIDE;
        }
    }

    /** Answers, for each method, the kind it is for: so a kind routed to another kind's method shows. */
    private static final class KindOfMethod implements EvidenceVisitor<EvidenceKind> {
        @Override
        public EvidenceKind visitDocument(DocumentRef document) {
            return EvidenceKind.DOCUMENT;
        }

        @Override
        public EvidenceKind visitMetricValue(MetricValue metric) {
            return EvidenceKind.METRIC_VALUE;
        }

        @Override
        public EvidenceKind visitIncident(Incident incident) {
            return EvidenceKind.INCIDENT;
        }

        @Override
        public EvidenceKind visitChecklistTick(ChecklistTick tick) {
            return EvidenceKind.CHECKLIST_TICK;
        }

        @Override
        public EvidenceKind visitJudgement(Judgement judgement) {
            return EvidenceKind.JUDGEMENT;
        }

        @Override
        public EvidenceKind visitPublicRating(PublicRating rating) {
            return EvidenceKind.PUBLIC_RATING;
        }

        @Override
        public EvidenceKind visitSelfReport(SelfReport report) {
            return EvidenceKind.SELF_REPORT;
        }

        @Override
        public EvidenceKind visitDeduction(Deduction deduction) {
            return EvidenceKind.DEDUCTION;
        }

        @Override
        public EvidenceKind visitAdjustment(Adjustment adjustment) {
            return EvidenceKind.ADJUSTMENT;
        }

        @Override
        public EvidenceKind visitNotApplicable(NotApplicableMark mark) {
            return EvidenceKind.NOT_APPLICABLE;
        }

        @Override
        public EvidenceKind visitScoreOverride(ScoreOverride override) {
            return EvidenceKind.SCORE_OVERRIDE;
        }
    }

    /** Answers the evidence each method was given. */
    private static final class Identity implements EvidenceVisitor<Evidence> {
        @Override
        public Evidence visitDocument(DocumentRef document) {
            return document;
        }

        @Override
        public Evidence visitMetricValue(MetricValue metric) {
            return metric;
        }

        @Override
        public Evidence visitIncident(Incident incident) {
            return incident;
        }

        @Override
        public Evidence visitChecklistTick(ChecklistTick tick) {
            return tick;
        }

        @Override
        public Evidence visitJudgement(Judgement judgement) {
            return judgement;
        }

        @Override
        public Evidence visitPublicRating(PublicRating rating) {
            return rating;
        }

        @Override
        public Evidence visitSelfReport(SelfReport report) {
            return report;
        }

        @Override
        public Evidence visitDeduction(Deduction deduction) {
            return deduction;
        }

        @Override
        public Evidence visitAdjustment(Adjustment adjustment) {
            return adjustment;
        }

        @Override
        public Evidence visitNotApplicable(NotApplicableMark mark) {
            return mark;
        }

        @Override
        public Evidence visitScoreOverride(ScoreOverride override) {
            return override;
        }
    }
}

package org.kaoping.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.evidence.UnitEvidence;
import org.kaoping.core.points.Points;

class CycleTest {
    static SelfReport report(String id, SelfReport.Type type, ReportingPeriod period, String at) {
        return SelfReport.builder().id(id).unitId("u").period(period).source(SourceKind.SELF).author("u-clerk")
                .recordedAt(Instant.parse(at)).type(type).build();
    }

    static UnitEvidence of(Evidence... e) {
        return EvidenceIndex.of(Arrays.asList(e)).unit("u");
    }

    @Test
    void byDefaultBothDueDaysAreReadOnOrBeforeTheDayMidnightShanghaiTime() {
        AssessmentCycle c = AssessmentCycle.of(2015);
        assertEquals(DeadlineReading.ON_OR_BEFORE_THE_DAY, c.deadlineReading());
        assertEquals(Instant.parse("2015-03-25T16:00:00Z"), c.monthlyDeadline(3), "late from 00:00 on 26 March, UTC+8");
        assertEquals(Instant.parse("2015-11-30T16:00:00Z"), c.annualDeadline(), "late from 00:00 on 1 December, UTC+8");
        AssessmentCycle custom = AssessmentCycle.builder().year(2015).monthlyDueDay(20).annualDueBy(MonthDay.of(12, 15)).build();
        assertEquals(Instant.parse("2015-03-20T16:00:00Z"), custom.monthlyDeadline(3));
        assertEquals(Instant.parse("2015-12-15T16:00:00Z"), custom.annualDeadline());
    }

    @Test
    void beforeTheDayMakesBothReportsLateFromTheStartOfTheDueDay() {
        AssessmentCycle c = AssessmentCycle.builder().year(2015).deadlineReading(DeadlineReading.BEFORE_THE_DAY).build();
        assertEquals(Instant.parse("2015-03-24T16:00:00Z"), c.monthlyDeadline(3), "late from 00:00 on 25 March, UTC+8");
        assertEquals(Instant.parse("2015-11-29T16:00:00Z"), c.annualDeadline(), "late from 00:00 on 30 November, UTC+8");
    }

    @Test
    void aReportOnTheDueDayIsOnTimeOnOrBeforeTheDayAndLateBeforeTheDay() {
        UnitEvidence e = of(
                report("m3", SelfReport.Type.MONTHLY, ReportingPeriod.month(2015, 3), "2015-03-25T10:00:00Z"), // 18:00 on 25 March
                report("y", SelfReport.Type.ANNUAL, ReportingPeriod.year(2015), "2015-11-30T01:00:00Z")); // 09:00 on 30 November
        Instant asOf = Instant.parse("2015-12-31T00:00:00Z");
        List<Obligation> inclusive = Obligations.of(AssessmentCycle.builder().year(2015).firstMonth(3).lastMonth(3).build(), e, asOf);
        assertEquals(Arrays.asList(ObligationStatus.ON_TIME, ObligationStatus.ON_TIME), statuses(inclusive));
        List<Obligation> exclusive = Obligations.of(AssessmentCycle.builder().year(2015).firstMonth(3).lastMonth(3)
                .deadlineReading(DeadlineReading.BEFORE_THE_DAY).build(), e, asOf);
        assertEquals(Arrays.asList(ObligationStatus.LATE, ObligationStatus.LATE), statuses(exclusive));
    }

    static List<ObligationStatus> statuses(List<Obligation> obligations) {
        List<ObligationStatus> out = new ArrayList<>();
        for (Obligation o : obligations) {
            out.add(o.status());
        }
        return out;
    }

    @Test
    void onTimeJustBeforeTheDeadlineLateExactlyAtItMissingWithoutAReport() {
        AssessmentCycle c = AssessmentCycle.builder().year(2015).firstMonth(3).lastMonth(5).deadlineReading(DeadlineReading.BEFORE_THE_DAY).build();
        UnitEvidence e = of(
                report("m3", SelfReport.Type.MONTHLY, ReportingPeriod.month(2015, 3), "2015-03-24T15:59:59Z"),
                report("m4", SelfReport.Type.MONTHLY, ReportingPeriod.month(2015, 4), "2015-04-24T16:00:00Z"),
                report("y", SelfReport.Type.ANNUAL, ReportingPeriod.year(2015), "2015-11-29T15:59:00Z"));
        List<Obligation> o = Obligations.of(c, e, Instant.parse("2015-12-31T00:00:00Z"));
        assertEquals(4, o.size());
        assertEquals(ObligationStatus.ON_TIME, o.get(0).status());
        assertEquals(ObligationStatus.LATE, o.get(1).status());
        assertEquals(ObligationStatus.MISSING, o.get(2).status());
        assertEquals(ObligationStatus.ON_TIME, o.get(3).status());
        assertEquals("m4", o.get(1).reportId().get());
    }

    @Test
    void anObligationNotYetDueIsNotListedAndTheEarliestReportCounts() {
        AssessmentCycle c = AssessmentCycle.builder().year(2015).firstMonth(3).lastMonth(4).build();
        UnitEvidence e = of(
                report("late", SelfReport.Type.MONTHLY, ReportingPeriod.month(2015, 3), "2015-03-26T00:00:00Z"),
                report("early", SelfReport.Type.MONTHLY, ReportingPeriod.month(2015, 3), "2015-03-01T00:00:00Z"));
        List<Obligation> o = Obligations.of(c, e, Instant.parse("2015-04-01T00:00:00Z"));
        assertEquals(1, o.size(), "April and the annual report are not due yet");
        assertEquals("early", o.get(0).reportId().get());
        assertEquals(ObligationStatus.ON_TIME, o.get(0).status());
    }

    @Test
    void declaredEffectDeductsOnTheNamedCriterion() {
        AssessmentCycle c = AssessmentCycle.builder().year(2015).firstMonth(3).lastMonth(5).build();
        UnitEvidence e = of(report("m4", SelfReport.Type.MONTHLY, ReportingPeriod.month(2015, 4), "2015-04-26T00:00:00Z"));
        List<Obligation> o = Obligations.of(c, e, Instant.parse("2015-12-31T00:00:00Z"));
        ObligationEffect effect = ObligationEffect.of(SelfReport.Type.MONTHLY, "1.2", Points.parse("0.5"), Points.ONE);
        List<Deduction> d = effect.deductions(o, "office", Instant.parse("2015-12-31T00:00:00Z"));
        List<String> summary = new ArrayList<>();
        for (Deduction x : d) {
            summary.add(x.id() + "=" + x.points() + "@" + x.key());
        }
        assertEquals(Arrays.asList("obligation:u:2015-03:MONTHLY=1@1.2", "obligation:u:2015-04:MONTHLY=0.5@1.2",
                "obligation:u:2015-05:MONTHLY=1@1.2"), summary);
        assertTrue(d.get(1).reason().contains("LATE"));
    }

    @Test
    void spotCheckFindingIsADeductionFromTheSpotCheckSource() {
        Deduction f = SpotCheck.finding("sc1", "u", "4.1", Points.parse("1.5"), "台账缺失", "inspector", Instant.parse("2015-12-31T17:00:00Z"));
        assertEquals(SourceKind.SPOT_CHECK, f.source());
        assertEquals(2016, f.period().year(), "17:00 UTC on 31 Dec is already 2016 in Shanghai");
        assertFalse(AnnualReview.STEPS.isEmpty());
        assertEquals(5, AnnualReview.STEPS.size());
    }
}

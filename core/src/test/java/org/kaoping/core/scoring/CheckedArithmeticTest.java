package org.kaoping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;

/** Issue 11 "wrong scores": points that enter the engine are bounded and every sum is overflow-checked. */
class CheckedArithmeticTest {
    final ScorerTest base = new ScorerTest();
    final Ev ev = base.ev;

    Adjustment adjust(String category, Points points) {
        return Adjustment.builder().id(ev.nextId()).unitId("u1").key(category).period(ReportingPeriod.year(2015))
                .source(SourceKind.SELF).author("office").recordedAt(Ev.T0).points(points).reason(category).build();
    }

    @Test
    void twoHugePenaltyRowsAreRefusedNamingUnitAndEvidenceNotTurnedIntoABonus() {
        // the finding: two rows of 922337203685477.5807 points overflowed the long sum into a negative penalty,
        // which the cap did not stop, putting the unit at 198.43 of 100
        AssessmentPlan p = ScorerTest.plan().addAdjustment(AdjustmentRule.penalty("media-exposure", Points.of(5))).build();
        List<Evidence> e = base.full();
        Adjustment a = adjust("media-exposure", Points.ofUnits(Long.MAX_VALUE));
        e.add(a);
        e.add(adjust("media-exposure", Points.ofUnits(Long.MAX_VALUE)));
        ScoringException x = assertThrows(ScoringException.class, () -> base.score(p, e.toArray(new Evidence[0])));
        assertTrue(x.getMessage().contains("u1"), x.getMessage());
        assertTrue(x.getMessage().contains(a.id()), x.getMessage());
        assertTrue(x.getMessage().contains(Points.EVIDENCE_LIMIT.toString()), x.getMessage());
    }

    @Test
    void pointsAtTheDeclaredLimitStillScoreAndTheCapHolds() {
        AssessmentPlan p = ScorerTest.plan().addAdjustment(AdjustmentRule.penalty("media-exposure", Points.of(5))).build();
        List<Evidence> e = base.full();
        e.add(adjust("media-exposure", Points.EVIDENCE_LIMIT));
        e.add(adjust("media-exposure", Points.EVIDENCE_LIMIT));
        Scorecard c = base.score(p, e.toArray(new Evidence[0]));
        assertEquals(Points.of(5), c.penalty());
        assertEquals(Points.of(95), c.finalTotal());
        assertEquals(Points.of(2_000_000), c.adjustments().get(0).claimed());
    }

    @Test
    void aDeductionAboveTheLimitIsRefusedAsADomainError() {
        List<Evidence> e = base.full();
        e.add(ev.deduct("1.1", "1000000.0001", "too much"));
        ScoringException x = assertThrows(ScoringException.class, () -> base.score(ScorerTest.plan().build(), e.toArray(new Evidence[0])));
        assertTrue(x.getMessage().contains("criterion [1.1]") || x.getMessage().contains("1.1"), x.getMessage());
    }

    @Test
    void metricSumsPastLongAreADomainErrorNamingUnitAndCriterion() {
        List<Evidence> e = base.full();
        e.remove(1); // the training metric
        e.add(ev.metric("training", "9000000000000"));
        e.add(ev.metric("training", "9000000000000")); // 2 × 9×10^18 millionths: past long
        ScoringException x = assertThrows(ScoringException.class, () -> base.score(ScorerTest.plan().build(), e.toArray(new Evidence[0])));
        assertTrue(x.getMessage().contains("Unit [u1]") && x.getMessage().contains("criterion [1.2]"), x.getMessage());
    }

    @Test
    void checkedSumNamesWhatOverflowed() {
        ScoringException x = assertThrows(ScoringException.class, () -> Engine.addChecked(Long.MAX_VALUE, 1, "unit [u1] penalty [late]"));
        assertTrue(x.getMessage().contains("unit [u1] penalty [late]"), x.getMessage());
        assertEquals(3, Engine.addChecked(1, 2, "x"));
    }
}

package org.kaoping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.core.rule.Rules.atLeast;
import static org.kaoping.core.rule.Rules.judgement;
import static org.kaoping.core.rule.Rules.noIncident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Period;
import org.kaoping.core.validation.InvalidRubricException;

class ScorerTest {
    static final OrgUnit UNIT = OrgUnit.root("u1", "海城区", OrgKind.COUNTY_DISTRICT);
    final Ev ev = new Ev("u1", 2015);

    /** Section 1 (60): 1.1 judgement 40, 1.2 at least 2 trainings 20. Section 2 (40): 2.1 no accident 25, 2.2 judgement 15. */
    static Rubric rubric() {
        return Rubric.builder("t/county").version("1").title("县（区）").source("test").points("100")
                .appliesTo(OrgKind.COUNTY_DISTRICT)
                .section("一、", "组织", "60", s -> s
                        .item("1、", "领导", "40", judgement())
                        .item("2、", "培训", "20", atLeast("training", 2, "次", Period.YEAR)))
                .section("二、", "安全", "40", s -> s
                        .item("1、", "无事故", "25", noIncident("accident"))
                        .item("2、", "宣传", "15", judgement()))
                .build();
    }

    static AssessmentPlan.Builder plan() {
        return AssessmentPlan.builder().id("p").year(2015).putRubric(OrgKind.COUNTY_DISTRICT, rubric());
    }

    Scorecard score(AssessmentPlan plan, Evidence... e) {
        return Scorer.of(plan).score(UNIT, EvidenceIndex.of(Arrays.asList(e)));
    }

    List<Evidence> full() {
        return new ArrayList<>(Arrays.asList(ev.judge("1.1", "a", "好"), ev.metric("training", "2"), ev.judge("2.2", "a", "好")));
    }

    @Test
    void fullMarksAndTheTreeAddsUp() {
        Scorecard c = score(plan().build(), full().toArray(new Evidence[0]));
        assertEquals(Points.of(100), c.finalTotal());
        assertEquals(Points.of(60), c.awarded("1"));
        assertEquals(Grade.EXCELLENT, c.grade());
        assertTrue(c.isComplete());
        assertFalse(c.isRescaled());
    }

    @Test
    void notApplicableLeavesTheDenominatorAndTheTotalIsRescaled() {
        List<Evidence> e = full();
        e.set(0, ev.judge("1.1", "a", "较好")); // 40 × 80 % = 32
        e.add(ev.notApplicable("2", "no industry in this district"));
        Scorecard c = score(plan().build(), e.toArray(new Evidence[0]));
        // raw 32 + 20 = 52 of the 60 applicable; 52 × 100 / 60 = 86.666… → 86.67
        assertEquals(Points.of(52), c.rawTotal());
        assertEquals(Points.of(60), c.applicableMaximum());
        assertTrue(c.isRescaled());
        assertEquals(Points.parse("86.67"), c.itemTotal());
        assertEquals(NodeState.NOT_APPLICABLE, c.node("2").state());
        assertEquals(NodeState.NOT_APPLICABLE, c.node("2.1").state());
        assertEquals(Points.ZERO, c.node("2").maximum());
        assertTrue(c.summary().contains("52 × 100 ÷ 60 = 86.67"), c.summary());
        assertTrue(c.node("2.2").explanation().notApplicable().get().contains("no industry"));
    }

    @Test
    void aDeductionOnASectionIsTakenAtTheSectionDownToZeroWithinIt() {
        // issue 10: a deduction filed against a section used to land on its first leaf without saying why
        List<Evidence> e = full();
        e.set(0, ev.judge("1.1", "a", "较好")); // 1.1 earns 32, 1.2 earns 20: section 1 sums to 52
        Evidence d = ev.deduct("1", "25", "spot check: archive incomplete");
        Evidence big = ev.deduct("1", "30", "second finding");
        e.add(d);
        e.add(big);
        Scorecard c = score(plan().build(), e.toArray(new Evidence[0]));
        assertEquals(Points.of(32), c.awarded("1.1"), "the leaves keep their points");
        assertEquals(Points.of(20), c.awarded("1.2"));
        assertEquals(Points.ZERO, c.awarded("1"), "52 − 25 − 27 (30 asked, 27 left): down to zero within the section");
        assertEquals(Points.of(52), c.deductionsTaken());
        assertEquals(Points.of(52), c.node("1").sectionDeductions());
        assertEquals(Points.of(40), c.finalTotal());
        Explanation x = c.node("1").explanation();
        assertEquals(2, x.deductions().size());
        AppliedDeduction applied = x.deductions().get(0);
        assertEquals(d.id(), applied.evidenceId());
        assertEquals("1", applied.criterionId());
        assertEquals(Points.of(25), applied.asked());
        assertEquals(Points.of(25), applied.taken());
        assertEquals(Points.of(27), x.deductions().get(1).taken());
        assertTrue(x.text().contains("filed against this section"), x.text());
        assertTrue(x.notes().toString().contains("1.1=32 + 1.2=20 − 52 deducted from the section = 0"), x.notes().toString());
        assertTrue(c.node("1.1").explanation().deductions().isEmpty());
        assertEquals(Points.ZERO, c.node("1").displayed(2));
    }

    @Test
    void aSectionDeductionSurvivesAnOverrideOfItsLeaf() {
        List<Evidence> e = full();
        e.add(ev.deduct("1", "5", "spot check"));
        e.add(ev.override("1.1", "30", "张三", "复核", Ev.T0));
        Scorecard c = score(plan().build(), e.toArray(new Evidence[0]));
        assertEquals(Points.of(30), c.awarded("1.1"));
        assertEquals(Points.of(45), c.awarded("1"), "30 + 20 − 5");
        assertEquals(Points.of(5), c.allDeductions());
    }

    @Test
    void allDeductionsCountItemDeductionsAndThePenalty() {
        AssessmentPlan p = plan().addAdjustment(AdjustmentRule.penalty("late", Points.of(5))).build();
        List<Evidence> e = full();
        e.add(ev.deduct("1.2", "1.5", "late monthly reports"));
        e.add(adjust("late", "2"));
        Scorecard c = score(p, e.toArray(new Evidence[0]));
        assertEquals(Points.parse("1.5"), c.deductionsTaken());
        assertEquals(Points.of(2), c.penalty());
        assertEquals(Points.parse("3.5"), c.allDeductions());
        assertEquals(Points.parse("96.5"), c.finalTotal());
    }

    @Test
    void overrideRecordsWhoWhenWhyOldAndNew() {
        List<Evidence> e = full();
        Instant at = Instant.parse("2015-12-20T08:00:00Z");
        e.add(ev.override("1.1", "30", "张三", "复核：档案不全", at));
        Scorecard c = score(plan().build(), e.toArray(new Evidence[0]));
        assertEquals(Points.of(30), c.awarded("1.1"));
        assertEquals(NodeState.OVERRIDDEN, c.node("1.1").state());
        AppliedOverride o = c.node("1.1").explanation().override().get();
        assertEquals("张三", o.author());
        assertEquals(at, o.at());
        assertEquals("复核：档案不全", o.reason());
        assertEquals(Points.of(40), o.oldPoints());
        assertEquals(Points.of(30), o.newPoints());
        assertTrue(c.node("1.1").explanation().text().contains("40 → 30"));
        assertEquals(Points.of(90), c.finalTotal());
    }

    @Test
    void overrideAboveTheItemsPointsOrOnAParentIsRefused() {
        assertThrows(ScoringException.class, () -> score(plan().build(), ev.override("1.1", "41", "x", "y", Ev.T0)));
        assertThrows(ScoringException.class, () -> score(plan().build(), ev.override("1", "10", "x", "y", Ev.T0)));
    }

    @Test
    void bonusAndPenaltyAreCappedPerCategoryAndOverall() {
        AssessmentPlan p = plan().addAdjustment(AdjustmentRule.bonus("commendation", Points.of(3)))
                .addAdjustment(AdjustmentRule.bonus("innovation", Points.of(2)))
                .addAdjustment(AdjustmentRule.penalty("late", Points.of(5)))
                .bonusCap(Points.of(4)).build();
        List<Evidence> e = full();
        e.set(0, ev.judge("1.1", "a", "较好")); // 100 - 8 = 92
        e.add(adjust("commendation", "2"));
        e.add(adjust("commendation", "2")); // 4 claimed, category cap 3
        e.add(adjust("innovation", "2"));   // 3 + 2 = 5, overall cap 4
        e.add(adjust("late", "1.5"));
        Scorecard c = score(p, e.toArray(new Evidence[0]));
        assertEquals(Points.of(4), c.bonus());
        assertEquals(Points.parse("1.5"), c.penalty());
        assertEquals(Points.parse("94.5"), c.finalTotal()); // 92 + 4 - 1.5
        assertEquals(Points.of(3), c.adjustments().get(0).granted());
    }

    Adjustment adjust(String category, String points) {
        return Adjustment.builder().id(ev.nextId()).unitId("u1").key(category).period(ReportingPeriod.year(2015))
                .source(SourceKind.PANEL).author("office").recordedAt(Ev.T0).points(Points.parse(points)).reason(category).build();
    }

    @Test
    void vetoesHaveTheirDeclaredEffect() {
        List<Evidence> e = full();
        e.add(ev.incident("mass-incident"));
        Scorecard zero = score(plan().addVetoRule(VetoRule.zeroTotal("mass-incident")).build(), e.toArray(new Evidence[0]));
        assertEquals(Points.ZERO, zero.finalTotal());
        assertEquals(Grade.FAIL, zero.grade());
        Scorecard cap = score(plan().addVetoRule(VetoRule.capGrade("mass-incident", Grade.PASS)).build(), e.toArray(new Evidence[0]));
        assertEquals(Points.of(100), cap.finalTotal());
        assertEquals(Grade.PASS, cap.grade());
        assertFalse(cap.isCommendable());
        Scorecard excl = score(plan().addVetoRule(VetoRule.excludeFromCommendation("mass-incident")).build(), e.toArray(new Evidence[0]));
        assertEquals(Grade.EXCELLENT, excl.grade());
        assertFalse(excl.isCommendable());
        Scorecard none = score(plan().addVetoRule(VetoRule.zeroTotal("other")).build(), e.toArray(new Evidence[0]));
        assertTrue(none.isCommendable());
    }

    @Test
    void gradeBandsAtTheirThresholds() {
        assertEquals(Grade.EXCELLENT, org.kaoping.core.plan.GradeBands.defaults().gradeOf(Points.of(90)));
        assertEquals(Grade.GOOD, org.kaoping.core.plan.GradeBands.defaults().gradeOf(Points.parse("89.9999")));
        assertEquals(Grade.PASS, org.kaoping.core.plan.GradeBands.defaults().gradeOf(Points.of(60)));
        assertEquals(Grade.FAIL, org.kaoping.core.plan.GradeBands.defaults().gradeOf(Points.parse("59.99")));
        assertEquals(Grade.FAIL, org.kaoping.core.plan.GradeBands.defaults().gradeOf(Points.ZERO));
    }

    @Test
    void aRubricWithValidationErrorsIsRefusedWithTheDiagnostics() {
        Rubric bad = Rubric.builder("t/bad").version("1").title("bad").source("test").points("100")
                .appliesTo(OrgKind.COUNTY_DISTRICT)
                .section("一、", "组织", "60", s -> s.item("1、", "领导", "50", judgement()))
                .build();
        InvalidRubricException e = assertThrows(InvalidRubricException.class,
                () -> Scorer.of(AssessmentPlan.builder().id("p").year(2015).putRubric(OrgKind.COUNTY_DISTRICT, bad).build()));
        assertTrue(e.report().hasErrors());
        assertTrue(e.getMessage().contains("SUM_MISMATCH"), e.getMessage());
    }

    @Test
    void explanationLeadsBackToEvidenceAndRule() {
        Evidence j = ev.judge("1.1", "r7", "较好");
        Scorecard c = score(plan().build(), j, ev.metric("training", "1"));
        Explanation x = c.node("1.1").explanation();
        assertTrue(x.evidenceIds().contains(j.id()));
        assertTrue(x.rule().get().startsWith("judgement by levels"));
        assertTrue(x.channels().get(0).raters().get(0).startsWith("r7=较好"));
        Explanation y = c.node("1.2").explanation();
        assertTrue(y.text().contains("training amounts to 1次 in 2015 < minimum 2次"), y.text());
        assertTrue(c.node("1").explanation().notes().get(0).contains("1.1=32 + 1.2=0 = 32"), c.node("1").explanation().notes().toString());
    }

    @Test
    void unitOfAKindThePlanDoesNotCoverIsRefused() {
        OrgUnit village = OrgUnit.root("v", "村", OrgKind.VILLAGE_COMMUNITY);
        assertThrows(org.kaoping.core.ConfigurationException.class, () -> Scorer.of(plan().build()).score(village, EvidenceIndex.empty()));
    }
}

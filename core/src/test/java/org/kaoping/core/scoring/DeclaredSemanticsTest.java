package org.kaoping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.ConditionCredit;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.Rules;

/** Issue 10.4/10.5: how a composite counts a partly met condition is declared, and missing inputs are flagged. */
class DeclaredSemanticsTest {
    static final OrgUnit UNIT = OrgUnit.root("u1", "海城区", OrgKind.COUNTY_DISTRICT);
    final Ev ev = new Ev("u1", 2015);

    /** 1.1 (4): all of [a proportional four-requirement checklist; at least 2 meetings]; 1.2 (6): a three-requirement checklist. */
    static Rubric rubric(ConditionCredit credit) {
        Rule composite = credit == null
                ? Rules.allOf(Rules.checklist(Rules.proportional(), "a", "b", "c", "d"), Rules.atLeast("meetings", 2, "次", Period.YEAR))
                : Rules.allOf(Rules.proportional(), credit, Rules.checklist(Rules.proportional(), "a", "b", "c", "d"),
                        Rules.atLeast("meetings", 2, "次", Period.YEAR));
        return Rubric.builder("t/c").version("1").title("t").source("test").points("10").appliesTo(OrgKind.COUNTY_DISTRICT)
                .section("一、", "s", "10", s -> s
                        .item("1、", "composite", "4", composite)
                        .item("2、", "checklist", "6", Rules.checklist(Rules.proportional(), "x", "y", "z")))
                .build();
    }

    Scorecard score(Rubric r, Evidence... e) {
        return Scorer.of(AssessmentPlan.builder().id("p").year(2015).putRubric(OrgKind.COUNTY_DISTRICT, r).build())
                .score(UNIT, EvidenceIndex.of(Arrays.asList(e)));
    }

    Evidence[] threeOfFourAndMeetings() {
        return new Evidence[] {ev.tick("1.1", 1, true), ev.tick("1.1", 2, true), ev.tick("1.1", 3, true), ev.tick("1.1", 4, false),
            ev.metric("meetings", "2"), ev.tick("1.2", 1, true), ev.tick("1.2", 2, true), ev.tick("1.2", 3, true)};
    }

    @Test
    void byDefaultAPartlyMetConditionCountsAsNotMetAndTheRuleSaysSo() {
        Scorecard c = score(rubric(null), threeOfFourAndMeetings());
        assertEquals(Points.of(2), c.awarded("1.1"), "1 of 2 conditions met in full: 4 × 50 %");
        Explanation x = c.node("1.1").explanation();
        assertTrue(x.rule().get().endsWith("proportional, a condition counts only when met in full"), x.rule().get());
        assertTrue(x.text().contains("met in part, 75%, counts as not met (a condition counts only when met in full)"), x.text());
    }

    @Test
    void aRuleMayDeclareThatAConditionCountsItsShare() {
        Scorecard c = score(rubric(ConditionCredit.SHARE), threeOfFourAndMeetings());
        assertEquals(Points.parse("3.5"), c.awarded("1.1"), "(0.75 + 1) / 2 of 4");
        Explanation x = c.node("1.1").explanation();
        assertTrue(x.rule().get().endsWith("proportional, a condition counts its share"), x.rule().get());
        assertTrue(x.text().contains("met in part, 75%, counts its share"), x.text());
    }

    @Test
    void theDefaultIsDeclaredOnTheRule() {
        assertEquals(ConditionCredit.MET_IN_FULL, Rules.allOf(Rules.noIncident("x")).conditionCredit());
    }

    @Test
    void anUntickedRequirementIsFlaggedNotASilentZero() {
        Scorecard c = score(rubric(null), ev.tick("1.1", 1, true), ev.tick("1.1", 2, true), ev.tick("1.1", 3, true),
                ev.tick("1.1", 4, true), ev.metric("meetings", "2"), ev.tick("1.2", 1, true), ev.tick("1.2", 3, true));
        assertEquals(Points.of(4), c.awarded("1.2"), "2 of 3 ticked: 6 × 2/3");
        assertEquals(Collections.singletonList("1.2"), c.itemsWithMissingInputs());
        assertTrue(c.node("1.2").hasMissingInputs());
        assertTrue(c.node("1").hasMissingInputs(), "a parent shows a flagged leaf below");
        assertFalse(c.node("1.1").hasMissingInputs());
        Explanation x = c.node("1.2").explanation();
        assertTrue(x.missingInputs());
        assertTrue(x.text().contains("(2) no tick: not met (missing input)"), x.text());
        assertTrue(x.text().contains("missing inputs"), x.text());
    }

    @Test
    void aCompositeConditionWithNoEvidenceIsFlagged() {
        Scorecard c = score(rubric(null), ev.tick("1.1", 1, true), ev.tick("1.1", 2, true), ev.tick("1.1", 3, true),
                ev.tick("1.1", 4, true), ev.tick("1.2", 1, true), ev.tick("1.2", 2, true), ev.tick("1.2", 3, true));
        assertEquals(Points.of(2), c.awarded("1.1"));
        assertEquals(Collections.singletonList("1.1"), c.itemsWithMissingInputs());
        assertTrue(c.node("1.1").explanation().text().contains("no evidence, not met (missing input)"));
    }

    @Test
    void completeEvidenceRaisesNoFlag() {
        Scorecard c = score(rubric(null), threeOfFourAndMeetings());
        assertTrue(c.itemsWithMissingInputs().isEmpty());
    }
}

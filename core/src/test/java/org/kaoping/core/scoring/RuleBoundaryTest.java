package org.kaoping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.core.rule.Rules.allOf;
import static org.kaoping.core.rule.Rules.atLeast;
import static org.kaoping.core.rule.Rules.checklist;
import static org.kaoping.core.rule.Rules.deductEach;
import static org.kaoping.core.rule.Rules.falling;
import static org.kaoping.core.rule.Rules.judgement;
import static org.kaoping.core.rule.Rules.noIncident;
import static org.kaoping.core.rule.Rules.proportional;
import static org.kaoping.core.rule.Rules.rateAtLeast;
import static org.kaoping.core.rule.Rules.rising;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.MissingSourcePolicy;
import org.kaoping.core.plan.RaterCombination;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.Rules;

/** Each rule kind and credit policy at its boundaries: exactly at the threshold, just below, zero and above. */
class RuleBoundaryTest {
    static final OrgUnit UNIT = OrgUnit.root("u1", "海城区", OrgKind.COUNTY_DISTRICT);
    final Ev ev = new Ev("u1", 2015);

    static Rubric oneItem(Rule rule, String points) {
        return Rubric.builder("t/one").version("1").title("one item").source("test").points(points)
                .appliesTo(OrgKind.COUNTY_DISTRICT).item("1、", "item", points, rule).build();
    }

    static org.kaoping.core.plan.AssessmentPlan.Builder plan(Rubric r) {
        return AssessmentPlan.builder().id("p").year(2015).putRubric(OrgKind.COUNTY_DISTRICT, r);
    }

    static Scorecard score(AssessmentPlan plan, Evidence... evidence) {
        return Scorer.of(plan).score(UNIT, EvidenceIndex.of(Arrays.asList(evidence)));
    }

    static Points award(Rule rule, String points, Evidence... evidence) {
        return score(plan(oneItem(rule, points)).build(), evidence).awarded("1");
    }

    static Points p(String s) {
        return Points.parse(s);
    }

    @Nested
    class AtLeast {
        @Test
        void allOrNothingAtJustBelowZeroAndAbove() {
            Rule r = atLeast("training", 2, "次", Period.YEAR);
            assertEquals(p("10"), award(r, "10", ev.metric("training", "2")));
            assertEquals(p("0"), award(r, "10", ev.metric("training", "1.999999")));
            assertEquals(p("0"), award(r, "10", ev.metric("training", "0")));
            assertEquals(p("10"), award(r, "10", ev.metric("training", "3")));
            assertEquals(p("10"), award(r, "10", ev.metric("training", "1"), ev.metric("training", "1")), "amounts of one year add up");
        }

        @Test
        void noValueIsMissingEvidenceNotZeroSilently() {
            Scorecard c = score(plan(oneItem(atLeast("training", 2, "次", Period.YEAR), "10")).build());
            assertEquals(NodeState.MISSING_EVIDENCE, c.node("1").state());
            assertEquals(Collections.singletonList("1"), c.missingEvidence());
            assertFalse(c.isComplete());
        }

        @Test
        void valuesOfAnotherYearDoNotCount() {
            Rule r = atLeast("training", 2, "次", Period.YEAR);
            assertEquals(NodeState.MISSING_EVIDENCE, score(plan(oneItem(r, "10")).build(),
                    ev.metric("training", "5", SourceKind.HOST_SYSTEM, ReportingPeriod.year(2014))).node("1").state());
        }

        @Test
        void proportionalShare() {
            Rule r = atLeast("training", 2, "次", Period.YEAR, proportional());
            assertEquals(p("5"), award(r, "10", ev.metric("training", "1")));
            assertEquals(p("10"), award(r, "10", ev.metric("training", "2")));
            assertEquals(p("10"), award(r, "10", ev.metric("training", "7")), "never above the item's points");
            assertEquals(p("0"), award(r, "10", ev.metric("training", "0")));
        }

        @Test
        void deductPerMissingUnitDownToZero() {
            Rule r = atLeast("training", 4, "次", Period.YEAR, deductEach("1"));
            assertEquals(p("3"), award(r, "3", ev.metric("training", "4")));
            assertEquals(p("2"), award(r, "3", ev.metric("training", "3")));
            assertEquals(p("2"), award(r, "3", ev.metric("training", "3.5")), "half a unit short is one shortfall");
            assertEquals(p("0"), award(r, "3", ev.metric("training", "0")), "4 × 1 exceeds 3: 扣完为止");
        }

        @Test
        void monthlyEveryMonthMustMeetTheMinimum() {
            Rule all = atLeast("report", 1, "次", Period.MONTH);
            Rule prop = atLeast("report", 1, "次", Period.MONTH, proportional());
            Evidence[] twelve = new Evidence[12];
            Evidence[] eleven = new Evidence[11];
            for (int m = 1; m <= 12; m++) {
                twelve[m - 1] = ev.monthly("report", m, "1");
                if (m <= 11) {
                    eleven[m - 1] = twelve[m - 1];
                }
            }
            assertEquals(p("12"), award(all, "12", twelve));
            assertEquals(p("0"), award(all, "12", eleven));
            // 11 of 12 months: 10 × 11/12 = 9.1666… → 9.17 half-up at the default leaf scale of 2
            assertEquals(p("9.17"), award(prop, "10", eleven));
        }
    }

    @Nested
    class RateAtLeast {
        @Test
        void allOrNothing() {
            Rule r = rateAtLeast("exam", "98%");
            assertEquals(p("10"), award(r, "10", ev.rate("exam", 49, 50)), "exactly 98%");
            assertEquals(p("0"), award(r, "10", ev.rate("exam", 489, 500)), "97.8%");
            assertEquals(p("0"), award(r, "10", ev.rate("exam", 0, 500)));
            assertEquals(p("10"), award(r, "10", ev.rate("exam", 500, 500)));
            assertEquals(p("10"), award(r, "10", ev.rate("exam", 48, 50), ev.rate("exam", 50, 50)), "pooled: 98 of 100");
        }

        @Test
        void proportionalAndDeduct() {
            assertEquals(p("5"), award(rateAtLeast("exam", "98%", proportional()), "10", ev.rate("exam", 49, 100)));
            assertEquals(p("10"), award(rateAtLeast("exam", "98%", proportional()), "10", ev.rate("exam", 100, 100)));
            Rule d = rateAtLeast("exam", "98%", deductEach("1"));
            assertEquals(p("10"), award(d, "10", ev.rate("exam", 98, 100)));
            assertEquals(p("9"), award(d, "10", ev.rate("exam", 489, 500)), "0.2 points short is one whole point");
            assertEquals(p("7"), award(d, "10", ev.rate("exam", 95, 100)));
            assertEquals(p("0"), award(d, "10", ev.rate("exam", 0, 100)));
        }
    }

    @Nested
    class Trend {
        @Test
        void risingNeedsAStrictRise() {
            Rule r = rising("closure");
            Evidence prev = ev.metric("closure", "10", SourceKind.HOST_SYSTEM, ReportingPeriod.year(2014));
            assertEquals(p("4"), award(r, "4", prev, ev.metric("closure", "10.5")));
            assertEquals(p("0"), award(r, "4", prev, ev.metric("closure", "10")), "equal is not a rise");
            assertEquals(p("0"), award(r, "4", prev, ev.metric("closure", "0")));
        }

        @Test
        void fallingAndDeduct() {
            Evidence prev = ev.metric("petitions", "10", SourceKind.HOST_SYSTEM, ReportingPeriod.year(2014));
            assertEquals(p("4"), award(falling("petitions"), "4", prev, ev.metric("petitions", "9")));
            assertEquals(p("0"), award(falling("petitions"), "4", prev, ev.metric("petitions", "11")));
            Rule d = org.kaoping.core.rule.TrendRule.of("petitions", org.kaoping.core.rule.TrendRule.Direction.DECREASE, deductEach("1"));
            assertEquals(p("3"), award(d, "4", prev, ev.metric("petitions", "11")));
        }

        @Test
        void absentPreviousCycleIsMissingAndSaysSo() {
            Scorecard c = score(plan(oneItem(rising("closure"), "4")).build(), ev.metric("closure", "10"));
            assertEquals(NodeState.MISSING_EVIDENCE, c.node("1").state());
            assertTrue(c.node("1").explanation().text().contains("previous cycle (2014) has no value of closure"),
                    c.node("1").explanation().text());
        }
    }

    @Nested
    class NoIncident {
        @Test
        void wholeItemOnFirstIncident() {
            assertEquals(p("2"), award(noIncident("accident"), "2"), "no incident evidence is full points, not missing");
            assertEquals(p("0"), award(noIncident("accident"), "2", ev.incident("accident")));
            assertEquals(p("2"), award(noIncident("accident"), "2", ev.incident("other")));
        }

        @Test
        void deductEachDownToZero() {
            assertEquals(p("1.5"), award(noIncident("petition", "0.5"), "2", ev.incident("petition")));
            assertEquals(p("0"), award(noIncident("petition", "0.5"), "2", ev.incident("petition"), ev.incident("petition"),
                    ev.incident("petition"), ev.incident("petition")), "exactly used up");
            assertEquals(p("0"), award(noIncident("petition", "0.5"), "2", ev.incident("petition"), ev.incident("petition"),
                    ev.incident("petition"), ev.incident("petition"), ev.incident("petition")), "never below zero");
        }
    }

    @Nested
    class Judgements {
        @Test
        void levelsAndMean() {
            assertEquals(p("10"), award(judgement(), "10", ev.judge("1", "r1", "好")));
            assertEquals(p("8"), award(judgement(), "10", ev.judge("1", "r1", "较好")));
            assertEquals(p("0"), award(judgement(), "10", ev.judge("1", "r1", "差")));
            assertEquals(p("9"), award(judgement(), "10", ev.judge("1", "r1", "好"), ev.judge("1", "r2", "较好")));
        }

        @Test
        void trimmedMeanFromTheStatedMinimum() {
            AssessmentPlan plan = plan(oneItem(judgement(), "10")).raters(RaterCombination.trimmedMean(3)).build();
            // 好 100, 较好 80, 一般 60, 差 0: drop 100 and 0, mean of 80 and 60 is 70 %
            assertEquals(p("7"), score(plan, ev.judge("1", "a", "好"), ev.judge("1", "b", "较好"), ev.judge("1", "c", "一般"),
                    ev.judge("1", "d", "差")).awarded("1"));
            // three raters: drop 100 and 60, 80 remains
            assertEquals(p("8"), score(plan, ev.judge("1", "a", "好"), ev.judge("1", "b", "较好"), ev.judge("1", "c", "一般"))
                    .awarded("1"));
            // two raters, below the minimum: plain mean of 100 and 60
            assertEquals(p("8"), score(plan, ev.judge("1", "a", "好"), ev.judge("1", "c", "一般")).awarded("1"));
        }

        @Test
        void aRatersLatestJudgementCounts() {
            assertEquals(p("6"), award(judgement(), "10", ev.judge("1", "a", "好", SourceKind.PANEL, Ev.T0),
                    ev.judge("1", "a", "一般", SourceKind.PANEL, Ev.T0.plusSeconds(60))));
        }

        @Test
        void unknownLevelIsRefusedNamingTheEvidence() {
            ScoringException e = assertThrows(ScoringException.class, () -> award(judgement(), "10", ev.judge("1", "a", "极好")));
            assertTrue(e.getMessage().contains("极好") && e.getMessage().contains("e0001"), e.getMessage());
        }

        @Test
        void aPanelMemberDoesNotRateTheirOwnUnit() {
            Evidence own = org.kaoping.core.evidence.Judgement.builder().from(ev.judge("1", "insider", "好")).authorUnitId("u1").build();
            Evidence other = ev.judge("1", "outsider", "一般");
            assertEquals(p("6"), award(judgement(), "10", own, other));
        }
    }

    @Nested
    class Checklists {
        final Rule all = checklist(org.kaoping.core.rule.Rules.allOrNothing(), "a", "b", "c", "d");

        @Test
        void allOrNothingProportionalDeduct() {
            assertEquals(p("4"), award(all, "4", ev.tick("1", 1, true), ev.tick("1", 2, true), ev.tick("1", 3, true), ev.tick("1", 4, true)));
            assertEquals(p("0"), award(all, "4", ev.tick("1", 1, true), ev.tick("1", 2, true), ev.tick("1", 3, true)),
                    "an unticked requirement is not met");
            Rule prop = checklist(proportional(), "a", "b", "c", "d");
            assertEquals(p("7.5"), award(prop, "10", ev.tick("1", 1, true), ev.tick("1", 2, true), ev.tick("1", 3, true), ev.tick("1", 4, false)));
            Rule ded = checklist(deductEach("1"), "a", "b", "c", "d");
            assertEquals(p("2"), award(ded, "3", ev.tick("1", 1, true), ev.tick("1", 2, true), ev.tick("1", 3, true), ev.tick("1", 4, false)));
            assertEquals(p("0"), award(ded, "3", ev.tick("1", 1, false)), "4 misses × 1 exceed 3");
        }

        @Test
        void noTickIsMissingAndOutOfRangeIsRefused() {
            assertEquals(NodeState.MISSING_EVIDENCE, score(plan(oneItem(all, "4")).build()).node("1").state());
            assertThrows(ScoringException.class, () -> award(all, "4", ev.tick("1", 5, true)));
        }
    }

    @Nested
    class Composite {
        @Test
        void conditionsMetInProportion() {
            Rule r = allOf(atLeast("sessions", 5, "次", Period.YEAR), rateAtLeast("attendance", "98%"));
            assertEquals(p("6"), award(r, "6", ev.metric("sessions", "5"), ev.rate("attendance", 98, 100)));
            assertEquals(p("3"), award(r, "6", ev.metric("sessions", "4"), ev.rate("attendance", 98, 100)));
            assertEquals(p("3"), award(r, "6", ev.metric("sessions", "5")), "an undecided condition is not met");
            assertEquals(p("0"), award(r, "6", ev.metric("sessions", "0"), ev.rate("attendance", 0, 100)));
        }

        @Test
        void underPrecedenceEachConditionIsDecidedByTheFirstChannelHoldingItsEvidence() {
            // the panel ticks the checklist; the host system reports the metric: both decide the one item
            Rule r = allOf(Rules.checklist(Rules.allOrNothing(), "建立考试考核制度"), atLeast("exams", 5, "次", Period.YEAR));
            Evidence tick = ev.tick("1", 1, true);
            Evidence hostFive = ev.metric("exams", "5", SourceKind.HOST_SYSTEM, ReportingPeriod.year(2015));
            Evidence hostFour = ev.metric("exams", "4", SourceKind.HOST_SYSTEM, ReportingPeriod.year(2015));
            assertEquals(p("4"), award(r, "4", tick, hostFive));
            assertEquals(p("2"), award(r, "4", tick, hostFour), "the host's 4 exams decide the metric: not met");
            Evidence panelSix = ev.metric("exams", "6", SourceKind.PANEL, ReportingPeriod.year(2015));
            assertEquals(p("4"), award(r, "4", tick, hostFour, panelSix), "the panel's own figure comes first");
            Scorecard card = score(plan(oneItem(r, "4")).build(), tick, hostFive);
            assertTrue(card.node("1").explanation().text().contains("condition 2 decided by"),
                    card.node("1").explanation().text());
        }

        @Test
        void noIncidentConditionsDecideWithoutAnyChannelsEvidence() {
            Rule r = allOf(noIncident("fire"), noIncident("flood"));
            assertEquals(p("4"), award(r, "4"));
            assertEquals(p("2"), award(r, "4", ev.incident("flood")));
        }
    }

    @Nested
    class Custom {
        @Test
        void evaluatedThroughTheRegisteredEvaluator() {
            Rule r = CustomRule.of("acme/half", Collections.<String, String>emptyMap());
            AssessmentPlan plan = plan(oneItem(r, "4")).build();
            Scorer s = Scorer.builder(plan).customRule("acme/half", (rule, c, evidence) ->
                    CustomResult.of(Ratio.of(evidence.size(), 2), evidence.size() + " of 2 documents")).build();
            assertEquals(p("2"), s.score(UNIT, EvidenceIndex.of(Arrays.asList(ev.judge("1", "a", "x")))).awarded("1"));
            assertThrows(ScoringException.class, () -> Scorer.of(plan), "no evaluator registered");
        }
    }

    @Nested
    class Blending {
        final Map<Channel, Ratio> w = new HashMap<>();

        Blending() {
            w.put(Channel.of(SourceKind.PANEL), Ratio.of(4, 1));
            w.put(Channel.of(SourceKind.PUBLIC), Ratio.of(1, 1));
        }

        @Test
        void panelEightyPublicTwenty() {
            AssessmentPlan plan = plan(oneItem(judgement(), "10")).blend(SourceBlend.weighted(w, MissingSourcePolicy.RENORMALIZE)).build();
            // (4 × 100 % + 1 × 50 %) / 5 = 90 %
            assertEquals(p("9"), score(plan, ev.judge("1", "a", "好"), ev.rating("1", 50, 100)).awarded("1"));
        }

        @Test
        void missingSourceRenormalizesOrMarksIncomplete() {
            AssessmentPlan renorm = plan(oneItem(judgement(), "10")).blend(SourceBlend.weighted(w, MissingSourcePolicy.RENORMALIZE)).build();
            Scorecard a = score(renorm, ev.judge("1", "a", "好"));
            assertEquals(p("10"), a.awarded("1"));
            assertTrue(a.isComplete());
            AssessmentPlan mark = plan(oneItem(judgement(), "10")).blend(SourceBlend.weighted(w, MissingSourcePolicy.MARK_INCOMPLETE)).build();
            Scorecard b = score(mark, ev.judge("1", "a", "好"));
            assertEquals(p("8"), b.awarded("1"), "4/5 of full; the public fifth is missing");
            assertFalse(b.isComplete());
            assertEquals(Collections.singletonList("1"), b.incompleteItems());
            assertTrue(b.node("1").explanation().missingChannels().contains(Channel.of(SourceKind.PUBLIC)));
        }

        @Test
        void precedencePanelOverSelfAndIgnoredChannelsAreListed() {
            AssessmentPlan plan = plan(oneItem(judgement(), "10")).build();
            Scorecard c = score(plan, ev.judge("1", "self", "好", SourceKind.SELF, Ev.T0), ev.judge("1", "a", "一般"));
            assertEquals(p("6"), c.awarded("1"));
            Explanation x = c.node("1").explanation();
            assertEquals(2, x.channels().size());
            assertTrue(x.channels().get(0).used() && !x.channels().get(1).used(), x.text());

            AssessmentPlan panelOnly = plan(oneItem(judgement(), "10")).blend(SourceBlend.precedence(Channel.of(SourceKind.PANEL))).build();
            Evidence self = ev.judge("1", "self", "好", SourceKind.SELF, Ev.T0);
            Scorecard d = score(panelOnly, self);
            assertEquals(NodeState.MISSING_EVIDENCE, d.node("1").state());
            assertEquals(Collections.singletonList(self.id()), d.node("1").explanation().ignoredEvidenceIds());
        }

        @Test
        void oneRoundingHalfUpAtTheLeafScale() {
            Rule third = atLeast("x", 3, "次", Period.YEAR, proportional());
            assertEquals(p("0.33"), award(third, "1", ev.metric("x", "1")));
            assertEquals(p("0.67"), award(third, "1", ev.metric("x", "2")));
            AssessmentPlan fine = plan(oneItem(third, "1")).leafScale(4).build();
            assertEquals(p("0.6667"), score(fine, ev.metric("x", "2")).awarded("1"));
        }
    }
}

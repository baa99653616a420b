package org.kaoping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.RaterCombination;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.CriterionBuilder;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rubric.RubricBuilder;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.Rules;

/**
 * Invariants over random rubrics and evidence, each case grown from one seed: bounds, sums, permutation
 * invariance, monotonicity, display consistency and determinism.
 */
class ScoringPropertiesTest {
    static final OrgUnit UNIT = OrgUnit.root("u1", "海城区", OrgKind.COUNTY_DISTRICT);

    /** A random rubric, plan and evidence grown from one seed. */
    static final class Case {
        final Random rnd;
        final Rubric rubric;
        final AssessmentPlan plan;
        final List<Evidence> evidence = new ArrayList<>();
        final List<String[]> leaves = new ArrayList<>(); // {id, kind, key}
        final Ev ev = new Ev("u1", 2015);

        Case(long seed) {
            rnd = new Random(seed);
            int sections = 1 + rnd.nextInt(4);
            RubricBuilder b = Rubric.builder("t/random").version("1").title("random").source("seed " + seed)
                    .appliesTo(OrgKind.COUNTY_DISTRICT);
            long total = 0;
            for (int s = 1; s <= sections; s++) {
                int items = 1 + rnd.nextInt(4);
                long[] pts = new long[items];
                long sum = 0;
                for (int i = 0; i < items; i++) {
                    pts[i] = 1 + rnd.nextInt(20); // halves of a point: 0.5 to 10
                    sum += pts[i];
                }
                total += sum;
                final int sec = s;
                Consumer<CriterionBuilder> body = c -> {
                    for (int i = 0; i < items; i++) {
                        String id = sec + "." + (i + 1);
                        c.item((i + 1) + "、", "item " + id, half(pts[i]), rule(id));
                    }
                };
                b.section(s + "、", "section " + s, half(sum), body);
            }
            rubric = b.points(half(total)).build();
            plan = AssessmentPlan.builder().id("p").year(2015).putRubric(OrgKind.COUNTY_DISTRICT, rubric)
                    .raters(rnd.nextBoolean() ? RaterCombination.mean() : RaterCombination.trimmedMean(3))
                    .leafScale(rnd.nextInt(5)).build();
            for (String[] leaf : leaves) {
                evidenceFor(leaf);
            }
        }

        static String half(long halves) {
            return Points.of(halves).dividedBy(2, java.math.RoundingMode.UNNECESSARY).toString();
        }

        CreditPolicy policy() {
            switch (rnd.nextInt(3)) {
                case 0: return CreditPolicy.allOrNothing();
                case 1: return CreditPolicy.proportional();
                default: return CreditPolicy.deductEach(Points.ofUnits(2_500L * (1 + rnd.nextInt(8))));
            }
        }

        Rule rule(String id) {
            int k = rnd.nextInt(6);
            String key = "m" + id;
            leaves.add(new String[] {id, Integer.toString(k), key});
            switch (k) {
                case 0: return Rules.judgement();
                case 1: return Rules.checklist(policy(), "a", "b", "c");
                case 2: return Rules.atLeast(key, 1 + rnd.nextInt(5), "次", Period.YEAR, policy());
                case 3: return Rules.rateAtLeast(key, (80 + rnd.nextInt(21)) + "%", policy());
                case 4: return org.kaoping.core.rule.NoIncidentRule.of(key, policy());
                default: return Rules.allOf(policy(), Rules.atLeast(key, 2, "次", Period.YEAR), Rules.noIncident("i" + key));
            }
        }

        void evidenceFor(String[] leaf) {
            String id = leaf[0];
            String key = leaf[2];
            String[] levels = {"好", "较好", "一般", "差"};
            switch (Integer.parseInt(leaf[1])) {
                case 0:
                    for (int r = rnd.nextInt(5); r > 0; r--) {
                        evidence.add(ev.judge(id, "r" + r, levels[rnd.nextInt(4)],
                                rnd.nextBoolean() ? SourceKind.PANEL : SourceKind.SELF, Ev.T0.plusSeconds(rnd.nextInt(3))));
                    }
                    break;
                case 1:
                    for (int r = rnd.nextInt(4); r > 0; r--) {
                        evidence.add(ev.tick(id, 1 + rnd.nextInt(3), rnd.nextBoolean()));
                    }
                    break;
                case 2:
                case 5:
                    for (int r = rnd.nextInt(3); r > 0; r--) {
                        evidence.add(ev.metric(key, Integer.toString(rnd.nextInt(4))));
                    }
                    for (int r = rnd.nextInt(2); r > 0; r--) {
                        evidence.add(ev.incident("i" + key));
                    }
                    break;
                case 3:
                    for (int r = rnd.nextInt(3); r > 0; r--) {
                        int o = 1 + rnd.nextInt(100);
                        evidence.add(ev.rate(key, rnd.nextInt(o + 1), o));
                    }
                    break;
                default:
                    for (int r = rnd.nextInt(4); r > 0; r--) {
                        evidence.add(ev.incident(key));
                    }
            }
            if (rnd.nextInt(8) == 0) {
                evidence.add(ev.deduct(rnd.nextBoolean() ? id : id.substring(0, id.indexOf('.')), "1.5", "finding"));
            }
            if (rnd.nextInt(10) == 0) {
                evidence.add(ev.notApplicable(id, "n/a"));
            }
            if (rnd.nextInt(10) == 0) {
                long max = rubric(id);
                evidence.add(ev.override(id, Points.ofUnits(max / 2).toString(), "who", "why", Instant.EPOCH));
            }
        }

        long rubric(String id) {
            return rubric == null ? 0 : rubric.criterion(id).points().units();
        }

        Scorecard score(List<Evidence> e) {
            return Scorer.of(plan).score(UNIT, EvidenceIndex.of(e));
        }
    }

    @Test
    void awardedLiesBetweenZeroAndMaximumAtEveryNode() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Case c = new Case(seed);
            for (ScoreNode n : c.score(c.evidence).nodes()) {
                assertTrue(n.awarded().signum() >= 0, n.toString());
                assertTrue(n.awarded().compareTo(n.maximum()) <= 0, n.toString());
                assertTrue(n.maximum().compareTo(n.points()) <= 0, n.toString());
            }
        });
    }

    @Test
    void aNodeEqualsTheSumOfItsChildrenLessItsOwnDeductions() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Case c = new Case(seed);
            Scorecard card = c.score(c.evidence);
            for (ScoreNode n : card.nodes()) {
                if (!n.isLeaf()) {
                    Points sum = Points.ZERO;
                    Points max = Points.ZERO;
                    for (ScoreNode k : n.children()) {
                        sum = sum.plus(k.awarded());
                        max = max.plus(k.maximum());
                    }
                    // a deduction filed against the section itself is taken from the children's sum (issue 10.5)
                    assertEquals(sum.minus(n.sectionDeductions()), n.awarded(), n.toString());
                    assertTrue(n.sectionDeductions().compareTo(sum) <= 0, "down to zero within the section: " + n);
                    assertEquals(max, n.maximum(), n.toString());
                }
            }
            Points sections = Points.ZERO;
            for (ScoreNode s : card.sections()) {
                sections = sections.plus(s.awarded());
            }
            assertEquals(sections, card.rawTotal());
        });
    }

    @Test
    void shufflingEvidenceChangesNothing() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Case c = new Case(seed);
            List<Evidence> shuffled = new ArrayList<>(c.evidence);
            Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
            Scorecard a = c.score(c.evidence);
            Scorecard b = c.score(shuffled);
            assertEquals(a, b);
            for (ScoreNode n : a.nodes()) {
                assertEquals(n.explanation(), b.node(n.id()).explanation());
            }
        });
    }

    @Test
    void moreCompliantEvidenceNeverLowersAMonotoneRulesScore() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Case c = new Case(seed);
            Scorecard before = c.score(c.evidence);
            List<Evidence> more = new ArrayList<>(c.evidence);
            List<Evidence> fewerIncidents = new ArrayList<>();
            for (Evidence e : c.evidence) {
                if (e.kind() != org.kaoping.core.evidence.EvidenceKind.INCIDENT) {
                    fewerIncidents.add(e);
                }
            }
            for (String[] leaf : c.leaves) {
                String key = leaf[2];
                more.add(c.ev.metric(key, "3"));   // a larger amount for at-least and composite rules
                more.add(c.ev.rate(key, 10, 10)); // a fully compliant observation for rate rules
                if (leaf[1].equals("1")) {
                    more.add(org.kaoping.core.evidence.ChecklistTick.builder().from(c.ev.tick(leaf[0], 1, true))
                            .recordedAt(Instant.parse("2016-01-01T00:00:00Z")).build());
                }
            }
            Scorecard after = c.score(more);
            Scorecard quieter = c.score(fewerIncidents);
            for (String[] leaf : c.leaves) {
                if (!leaf[1].equals("0")) {
                    assertTrue(after.awarded(leaf[0]).compareTo(before.awarded(leaf[0])) >= 0, leaf[0] + " with more evidence");
                    assertTrue(quieter.awarded(leaf[0]).compareTo(before.awarded(leaf[0])) >= 0, leaf[0] + " with fewer incidents");
                }
            }
        });
    }

    @Test
    void displayedTotalEqualsTheSumOfDisplayedSections() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Case c = new Case(seed);
            Scorecard card = c.score(c.evidence);
            for (int scale = 0; scale <= Points.SCALE; scale++) {
                Points sum = Points.ZERO;
                for (ScoreNode s : card.sections()) {
                    sum = sum.plus(s.displayed(scale));
                    assertEquals(s.displayed(scale).roundHalfUp(scale), s.displayed(scale), "a displayed part has the display scale");
                }
                assertEquals(sum, card.displayedRawTotal(scale));
            }
            if (c.plan.leafScale() >= 2) {
                // points, deductions and overrides here are multiples of 0.25, so at a leaf scale of 2 or more
                // displaying at the leaf scale loses nothing
                assertEquals(card.rawTotal(), card.displayedRawTotal(c.plan.leafScale()), "nothing is lost at the leaf scale");
            }
        });
    }

    @Test
    void sameInputsGiveEqualScorecards() {
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            Case a = new Case(seed);
            Case b = new Case(seed);
            Scorecard x = a.score(a.evidence);
            Scorecard y = b.score(b.evidence);
            assertEquals(x, y);
            assertEquals(x.hashCode(), y.hashCode());
            assertEquals(x.summary(), y.summary());
            assertEquals(x.node(x.sections().get(0).id()).explanation().text(), y.node(y.sections().get(0).id()).explanation().text());
        });
    }
}

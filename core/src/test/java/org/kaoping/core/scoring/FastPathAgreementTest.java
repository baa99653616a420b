package org.kaoping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.RaterCombination;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rule.JudgementLevel;
import org.kaoping.core.rule.JudgementRule;

/**
 * Issue 14, goal 7: the scoring core's allocation-free paths (level shares over a common denominator, small fractions
 * from a table, pairwise supersession of judgements) give exactly what the exact {@link Ratio} paths they replace give.
 * Seeded: QuickTheories' default seed is fixed, and the generators below take their seeds from the examples.
 */
class FastPathAgreementTest {

    /** Level shares with random denominators, small and near {@code long}'s range (so the fallback runs too). */
    private static JudgementRule randomLevels(Random r) {
        int n = 1 + r.nextInt(6);
        List<JudgementLevel> levels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long d = r.nextInt(4) == 0 ? 1 + Math.abs(r.nextLong() % 1_000_000_000_000_000L) : 1 + r.nextInt(200);
            long num = d == 1 ? r.nextInt(2) : Math.abs(r.nextLong() % (d + 1));
            levels.add(JudgementLevel.of("L" + i, Ratio.of(num, d)));
        }
        return JudgementRule.of(levels);
    }

    @Test
    void theMeanOverACommonDenominatorIsTheExactMean() {
        qt().withExamples(2_000).forAll(longs().all(), integers().between(1, 40), integers().between(0, 1)).checkAssert((seed, count, trim) -> {
            Random r = new Random(seed);
            JudgementRule rule = randomLevels(r);
            LevelShares shares = LevelShares.of(rule);
            int[] chosen = new int[count];
            for (int k = 0; k < count; k++) {
                chosen[k] = r.nextInt(rule.levels().size());
            }
            boolean trimmed = trim == 1 && count >= 3;
            Ratio reference;
            try {
                reference = shares.meanByRatios(chosen, count, trimmed);
            } catch (ArithmeticException tooFine) {
                assertThrows(ArithmeticException.class, () -> shares.mean(chosen, count, trimmed), "seed " + seed);
                return;
            }
            assertEquals(reference, shares.mean(chosen, count, trimmed), "seed " + seed + ", levels " + rule.levels());
        });
    }

    @Test
    void theStandardLevelsGiveTheMeansOfTheirShares() {
        LevelShares shares = LevelShares.of(JudgementRule.standard());
        // 好 100 %, 较好 80 %, 一般 60 %, 差 0: (1 + 4/5 + 3/5) / 3 = 4/5; trimmed of 好, 较好, 一般, 差: (4/5 + 3/5) / 2 = 7/10
        assertEquals(Ratio.of(4, 5), shares.mean(new int[] {0, 1, 2}, 3, false));
        assertEquals(Ratio.of(7, 10), shares.mean(new int[] {0, 1, 2, 3}, 4, true));
        assertEquals(-1, shares.index("优"));
    }

    @Test
    void smallFractionsAreTheReducedRatios() {
        for (long d = -3; d <= 70; d++) {
            for (long n = -3; n <= 72; n++) {
                if (d == 0) {
                    continue;
                }
                assertEquals(Ratio.of(n, d), Fractions.small(n, d), n + "/" + d);
            }
        }
    }

    @Test
    void stepsAreTheUnitsOfEachScale() {
        for (int scale = -3; scale <= 6; scale++) {
            long expected = 1;
            for (int k = scale; k < org.kaoping.core.points.Points.SCALE; k++) {
                expected *= 10;
            }
            assertEquals(expected, Fractions.step(scale), "scale " + scale);
        }
    }

    @Test
    void wholeMetricAmountsGiveTheSameProportion() {
        long unit = 1_000_000L;
        qt().withExamples(2_000).forAll(longs().between(-50_000_000L, 50_000_000L), longs().between(1, 50_000_000L), integers().between(0, 1))
                .checkAssert((n, d, whole) -> {
                    long a = whole == 1 ? n / unit * unit : n;
                    long b = whole == 1 ? Math.max(unit, d / unit * unit) : d;
                    assertEquals(Fractions.atMostOne(a, b), Fractions.atMostOne(a, b, unit), a + "/" + b);
                });
    }

    /**
     * An untraced run (pairwise supersession up to {@link RuleEvaluator#PAIRWISE_LIMIT} judgements, level shares over a
     * common denominator) and a traced run (the map of each rater's latest, as before) award every node the same, on
     * random raters, levels and times with ties, under the plain and the trimmed mean, on both sides of the limit.
     */
    @Test
    void untracedAndTracedRunsAwardTheSame() {
        qt().withExamples(400).forAll(lists().of(integers().between(0, 599)).ofSizeBetween(0, 2 * RuleEvaluator.PAIRWISE_LIMIT),
                integers().between(0, 1)).checkAssert((codes, trimmed) -> {
                    Ev ev = new Ev("u1", 2015);
                    String[] levels = {"好", "较好", "一般", "差"};
                    List<Evidence> e = new ArrayList<>();
                    for (int code : codes) {
                        String item = code % 3 == 0 ? "2.2" : "1.1";
                        e.add(ev.judge(item, "r" + (code % 7), levels[(code / 7) % 4], code % 11 == 0 ? SourceKind.SELF : SourceKind.PANEL,
                                Ev.T0.plusSeconds(code / 60)));
                    }
                    e.add(ev.metric("training", "1"));
                    AssessmentPlan plan = ScorerTest.plan()
                            .raters(trimmed == 1 ? RaterCombination.trimmedMean(3) : RaterCombination.mean()).build();
                    CompiledRubric cr = new CompiledRubric(ScorerTest.rubric(), plan, Collections.<String, CustomRuleEvaluator>emptyMap());
                    EvidenceIndex index = EvidenceIndex.of(e);
                    Engine fast = new Engine(cr, plan, Collections.<String, CustomRuleEvaluator>emptyMap(), ScorerTest.UNIT,
                            index.unit("u1"), false);
                    fast.run();
                    Engine traced = new Engine(cr, plan, Collections.<String, CustomRuleEvaluator>emptyMap(), ScorerTest.UNIT,
                            index.unit("u1"), true);
                    traced.run();
                    assertArrayEquals(traced.award, fast.award, codes.toString());
                    assertArrayEquals(traced.state, fast.state, codes.toString());
                    assertArrayEquals(traced.partial, fast.partial, codes.toString());
                });
    }
}

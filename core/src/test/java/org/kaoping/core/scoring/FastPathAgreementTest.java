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
import org.kaoping.core.evidence.UnitEvidence;
import org.kaoping.core.rubric.Rubric;
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

    /**
     * {@link LevelShares#index} remembers which string object last matched each level: asked with the rule's own names,
     * equal copies (as columns hold them), repeated and unknown names, in any order, it answers the first level of that
     * name, as a plain scan of the names does (names repeated on purpose).
     */
    @Test
    void levelIndexByIdentityAgreesWithTheFirstEqualName() {
        Random r = new Random(714);
        for (int t = 0; t < 200; t++) {
            int n = 1 + r.nextInt(6);
            List<JudgementLevel> levels = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                levels.add(JudgementLevel.of("L" + r.nextInt(4), Ratio.of(r.nextInt(5), 4)));
            }
            LevelShares shares = LevelShares.of(JudgementRule.of(levels));
            List<String> copies = new ArrayList<>();
            for (int q = 0; q < 5; q++) {
                copies.add(new String("L" + q));
            }
            for (int ask = 0; ask < 50; ask++) {
                String name = r.nextBoolean() ? levels.get(r.nextInt(n)).name() : copies.get(r.nextInt(copies.size()));
                int expected = -1;
                for (int i = 0; i < n && expected < 0; i++) {
                    if (levels.get(i).name().equals(name)) {
                        expected = i;
                    }
                }
                assertEquals(expected, shares.index(name), name);
            }
        }
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
                    assertUntracedRunsAsTraced(ScorerTest.rubric(), plan, EvidenceIndex.of(e).unit("u1"), false, codes.toString());
                });
    }

    /**
     * Raters whose names share a hash ("Aa", "BB" and "C#" all hash to 2112) are told apart as the traced run's map tells
     * them: the untraced run's one-pass test of distinct hashes sends such leaves to the pairwise comparison, and leaves
     * of raters judging once each skip it; both award what the traced run awards.
     */
    @Test
    void ratersWithEqualHashesAreStillDifferentRaters() {
        String[] authors = {"Aa", "BB", "C#", "r1", "r2"};
        qt().withExamples(300).forAll(lists().of(integers().between(0, 599)).ofSizeBetween(0, RuleEvaluator.PAIRWISE_LIMIT))
                .checkAssert(codes -> {
                    Ev ev = new Ev("u1", 2015);
                    String[] levels = {"好", "较好", "一般", "差"};
                    List<Evidence> e = new ArrayList<>();
                    for (int code : codes) {
                        e.add(ev.judge(code % 2 == 0 ? "2.2" : "1.1", authors[code % authors.length], levels[(code / 5) % 4],
                                SourceKind.PANEL, Ev.T0.plusSeconds(code / 60)));
                    }
                    AssessmentPlan plan = ScorerTest.plan().build();
                    assertUntracedRunsAsTraced(ScorerTest.rubric(), plan, EvidenceIndex.of(e).unit("u1"), false, codes.toString());
                });
    }

    /** {@link Fractions#divideHalfUp} is {@code Points.dividedBy(d, HALF_UP)}, which it replaces on the hot path, over the whole range. */
    @Test
    void halfUpDivisionIsThePointsDivision() {
        long[] edges = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -3, -2, -1, 0, 1, 2, 3, Long.MAX_VALUE - 1, Long.MAX_VALUE};
        for (long n : edges) {
            for (long d : edges) {
                if (d > 0) {
                    assertEquals(org.kaoping.core.points.Points.ofUnits(n).dividedBy(d, java.math.RoundingMode.HALF_UP).units(),
                            Fractions.divideHalfUp(n, d), n + "/" + d);
                }
            }
        }
        qt().withExamples(5_000).forAll(longs().all(), longs().between(1, Long.MAX_VALUE), integers().between(0, 2)).checkAssert((n, d, small) -> {
            long dd = small == 0 ? 1 + Math.abs(d % 1000) : d;
            long nn = small == 1 ? n % 100_000 : n;
            assertEquals(org.kaoping.core.points.Points.ofUnits(nn).dividedBy(dd, java.math.RoundingMode.HALF_UP).units(),
                    Fractions.divideHalfUp(nn, dd), nn + "/" + dd);
        });
    }

    /** The kind masks the hot path tests are what the {@link RuleInputs} visitors answer, kind by kind. */
    @Test
    void theKindMasksAreTheVisitorsAnswers() {
        Ev ev = new Ev("u1", 2015);
        List<Evidence> one = java.util.Arrays.asList(ev.metric("m", "1"), ev.judge("1.1", "a", "好"), ev.tick("1.1", 1, true),
                ev.incident("c"), ev.rating("1.1", 1, 2), ev.deduct("1.1", "1", "r"), ev.notApplicable("1.1", "r"),
                ev.override("1.1", "1", "w", "y", Ev.T0));
        java.util.Set<org.kaoping.core.evidence.EvidenceKind> seen = java.util.EnumSet.noneOf(org.kaoping.core.evidence.EvidenceKind.class);
        for (Evidence e : one) {
            seen.add(e.kind());
            assertEquals(e.accept(RuleInputs.BUILT_IN), RuleInputs.reads(false, e.kind()), e.kind().toString());
            assertEquals(e.accept(RuleInputs.CUSTOM), RuleInputs.reads(true, e.kind()), e.kind().toString());
        }
        // the kinds without a helper here (documents, self-reports, adjustments), as the visitor's source reads
        assertEquals(true, RuleInputs.reads(true, org.kaoping.core.evidence.EvidenceKind.DOCUMENT));
        assertEquals(false, RuleInputs.reads(false, org.kaoping.core.evidence.EvidenceKind.DOCUMENT));
        assertEquals(true, RuleInputs.reads(true, org.kaoping.core.evidence.EvidenceKind.SELF_REPORT));
        assertEquals(false, RuleInputs.reads(false, org.kaoping.core.evidence.EvidenceKind.SELF_REPORT));
        assertEquals(false, RuleInputs.reads(true, org.kaoping.core.evidence.EvidenceKind.ADJUSTMENT));
        assertEquals(false, RuleInputs.reads(false, org.kaoping.core.evidence.EvidenceKind.ADJUSTMENT));
        assertEquals(8, seen.size());
    }

    /** Judgement, checklist, public-rating and composite leaves: what the untraced run's once-read own evidence feeds. */
    static org.kaoping.core.rubric.Rubric mixedRubric() {
        return org.kaoping.core.rubric.Rubric.builder("t/mixed").version("1").title("混合").source("test").points("100")
                .appliesTo(org.kaoping.core.org.OrgKind.COUNTY_DISTRICT)
                .section("一、", "一", "60", s -> s
                        .item("1、", "评议", "20", org.kaoping.core.rule.Rules.judgement())
                        .item("2、", "清单", "20", org.kaoping.core.rule.Rules.checklist(org.kaoping.core.rule.Rules.proportional(), "甲", "乙", "丙"))
                        .item("3、", "群众", "20", org.kaoping.core.rule.Rules.judgement()))
                .section("二、", "二", "40", s -> s
                        .item("1、", "综合", "25", org.kaoping.core.rule.Rules.allOf(org.kaoping.core.rule.Rules.proportional(),
                                org.kaoping.core.rule.ConditionCredit.SHARE,
                                org.kaoping.core.rule.Rules.checklist(org.kaoping.core.rule.Rules.allOrNothing(), "甲", "乙"),
                                org.kaoping.core.rule.Rules.judgement()))
                        .item("2、", "培训", "15", org.kaoping.core.rule.Rules.atLeast("training", 2, "次", org.kaoping.core.rule.Period.YEAR)))
                .build();
    }

    /**
     * The untraced run reads each leaf's own evidence once (kind, year, resolved channel) and evaluates from that; the
     * traced run reads it through the evidence's accessors on every pass, as before. On random evidence of every kind a
     * rule reads, of all five sources, of the plan year and the year before, filed under the wrong leaf's kind too, and
     * under the default blend and a precedence that leaves channels out, both award every node the same.
     */
    @Test
    void theOnceReadOwnEvidenceScoresAsTheAccessors() {
        String[] items = {"1.1", "1.2", "1.3", "2.1", "2.2"};
        String[] levels = {"好", "较好", "一般", "差"};
        SourceKind[] sources = SourceKind.values();
        qt().withExamples(600).forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 30), integers().between(0, 2))
                .checkAssert((codes, blendCase) -> {
                    List<Evidence> e = new ArrayList<>();
                    for (int code : codes) {
                        Random r = new Random(code);
                        Ev ev = new Ev("u1", r.nextInt(4) == 0 ? 2014 : 2015);
                        for (int skip = r.nextInt(50); skip > 0; skip--) {
                            ev.nextId(); // ids of different facts differ
                        }
                        String item = items[r.nextInt(items.length)];
                        SourceKind source = sources[r.nextInt(sources.length)];
                        switch (r.nextInt(6)) {
                            case 0:
                            case 1:
                                e.add(ev.judge(item, "r" + r.nextInt(5), levels[r.nextInt(4)], source, Ev.T0.plusSeconds(r.nextInt(3))));
                                break;
                            case 2:
                                e.add(ev.tick(item, 1 + r.nextInt(3), r.nextBoolean()));
                                break;
                            case 3:
                                e.add(ev.rating(item, r.nextInt(10), 10));
                                break;
                            case 4:
                                e.add(ev.metric("training", Integer.toString(r.nextInt(4)), source,
                                        org.kaoping.core.evidence.ReportingPeriod.year(ev.year)));
                                break;
                            default:
                                e.add(ev.metric(item, "1", source, org.kaoping.core.evidence.ReportingPeriod.year(ev.year)));
                                break;
                        }
                    }
                    AssessmentPlan.Builder pb = AssessmentPlan.builder().id("p").year(2015)
                            .putRubric(org.kaoping.core.org.OrgKind.COUNTY_DISTRICT, mixedRubric());
                    if (blendCase == 1) {
                        pb.blend(org.kaoping.core.plan.SourceBlend.precedence(org.kaoping.core.plan.Channel.of(SourceKind.PUBLIC),
                                org.kaoping.core.plan.Channel.of(SourceKind.PANEL)));
                    } else if (blendCase == 2) {
                        pb.blend(org.kaoping.core.plan.SourceBlend.precedence(org.kaoping.core.plan.Channel.of(SourceKind.SELF),
                                org.kaoping.core.plan.Channel.of(SourceKind.HOST_SYSTEM), org.kaoping.core.plan.Channel.of(SourceKind.PUBLIC)));
                    }
                    AssessmentPlan plan = pb.build();
                    EvidenceIndex index;
                    try {
                        index = EvidenceIndex.of(e);
                    } catch (RuntimeException duplicate) {
                        return; // two codes drew the same id: not a case
                    }
                    assertUntracedRunsAsTraced(mixedRubric(), plan, index.unit("u1"), true, codes + " blend " + blendCase);
                });
    }

    /**
     * Runs the untraced and the traced engine on {@code unit}'s evidence: they fail alike (only where {@code mayFail}),
     * or award, state, partial and incomplete marks alike.
     */
    private static void assertUntracedRunsAsTraced(Rubric rubric, AssessmentPlan plan, UnitEvidence unit, boolean mayFail, String what) {
        CompiledRubric cr = new CompiledRubric(rubric, plan, Collections.<String, CustomRuleEvaluator>emptyMap());
        Engine fast = new Engine(cr, plan, Collections.<String, CustomRuleEvaluator>emptyMap(), ScorerTest.UNIT, unit, false);
        Engine traced = new Engine(cr, plan, Collections.<String, CustomRuleEvaluator>emptyMap(), ScorerTest.UNIT, unit, true);
        String fastFailure = failureOf(fast);
        String tracedFailure = failureOf(traced);
        if (!mayFail) {
            assertEquals(null, tracedFailure, what);
        }
        assertEquals(tracedFailure, fastFailure, what);
        if (fastFailure == null) {
            assertArrayEquals(traced.award, fast.award, what);
            assertArrayEquals(traced.state, fast.state, what);
            assertArrayEquals(traced.partial, fast.partial, what);
            assertArrayEquals(traced.incomplete, fast.incomplete, what);
        }
    }

    /** The message of what {@code engine}'s run threw, or null if it ran. */
    private static String failureOf(Engine engine) {
        try {
            engine.run();
            return null;
        } catch (RuntimeException x) {
            return String.valueOf(x.getMessage());
        }
    }
}

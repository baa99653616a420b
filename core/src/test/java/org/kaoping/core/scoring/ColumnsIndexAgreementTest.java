package org.kaoping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.DuplicateEvidenceException;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceColumns;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.EvidenceVisitor;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.NotApplicableMark;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.evidence.UnitEvidence;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.SourceBlend;

/**
 * An index over {@link EvidenceColumns} (which holds row numbers and makes a view on every read) indexes and scores
 * every unit exactly as an index over the immutable values: random rubrics and evidence (ScoringPropertiesTest's
 * cases), several units interleaved or each in one run, rows in id order or shuffled, raters superseding their own
 * judgements with ties in time, on both sides of {@link RuleEvaluator#PAIRWISE_LIMIT}, exact duplicates kept once and
 * conflicting ones refused the same way.
 */
class ColumnsIndexAgreementTest {
    private static final String[] UNITS = {"u1", "u2", "u3"};

    @Test
    void anIndexOverColumnsScoresEveryUnitAsTheValues() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            ScoringPropertiesTest.Case c = new ScoringPropertiesTest.Case(seed);
            Random rnd = new Random(seed ^ 0x5DEECE66DL);
            List<Evidence> values = facts(c, rnd);
            EvidenceColumns columns = EvidenceColumns.of(values);
            EvidenceIndex expected = EvidenceIndex.of(values);
            EvidenceIndex actual = EvidenceIndex.of(columns.asList());
            sameIndex(expected, actual, seed);
            Scorer scorer = Scorer.of(c.plan);
            CompiledRubric cr = new CompiledRubric(c.rubric, c.plan, Collections.<String, CustomRuleEvaluator>emptyMap());
            for (String u : expected.unitIds()) {
                OrgUnit unit = OrgUnit.root(u, "单位 " + u, OrgKind.COUNTY_DISTRICT);
                // a store's answer for one unit takes its own path (EvidenceColumns.unit)
                UnitEvidence one = EvidenceIndex.of(columns.unit(u)).unit(u);
                assertEquals(expected.unit(u), one, "seed " + seed);
                Scorecard want = scorer.score(unit, expected.unit(u));
                for (UnitEvidence got : new UnitEvidence[] {actual.unit(u), one}) {
                    Scorecard card = scorer.score(unit, got);
                    assertEquals(want, card, "seed " + seed);
                    assertEquals(want.summary(), card.summary(), "seed " + seed);
                    assertEquals(want.usedEvidenceIds(), card.usedEvidenceIds(), "seed " + seed);
                    assertEquals(want.unusedEvidence(), card.unusedEvidence(), "seed " + seed);
                    for (int n = 0; n < want.nodes().size(); n++) {
                        assertEquals(want.nodes().get(n).explanation(), card.nodes().get(n).explanation(), "seed " + seed);
                    }
                    // untraced (pairwise supersession) and traced (the map by author) runs alike
                    for (boolean traced : new boolean[] {false, true}) {
                        Engine a = new Engine(cr, c.plan, Collections.<String, CustomRuleEvaluator>emptyMap(),
                                unit, expected.unit(u), traced);
                        a.run();
                        Engine b = new Engine(cr, c.plan, Collections.<String, CustomRuleEvaluator>emptyMap(),
                                unit, got, traced);
                        b.run();
                        assertArrayEquals(a.award, b.award, "seed " + seed);
                        assertArrayEquals(a.state, b.state, "seed " + seed);
                        assertArrayEquals(a.partial, b.partial, "seed " + seed);
                        if (traced) {
                            for (int n = 0; n < a.trace().length; n++) {
                                assertEquals(a.trace()[n].notes, b.trace()[n].notes, "seed " + seed);
                            }
                            assertEquals(a.skipped, b.skipped, "seed " + seed);
                        }
                    }
                }
            }
        });
    }

    /**
     * A run finds every key it reads together ({@link CompiledRubric#allKeys}, {@code UnitEvidence.byKeys}) and then
     * answers {@link Engine#byKey} from that: for every key the rubric and plan name, and keys they do not, over values
     * and over columns, untraced and traced, it answers what the unit's {@code byKey} answers; each leaf's own
     * evidence is its id's; and the layout keeps the extra keys at slots of their own, past the ids (a run empties
     * the slots of sections it does not read).
     */
    @Test
    void keysFoundTogetherAreEachKeysEvidence() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            ScoringPropertiesTest.Case c = new ScoringPropertiesTest.Case(seed);
            Random rnd = new Random(seed ^ 0x2545F4914F6CDD1DL);
            List<Evidence> values = facts(c, rnd);
            CompiledRubric cr = new CompiledRubric(c.rubric, c.plan, Collections.<String, CustomRuleEvaluator>emptyMap());
            int n = cr.ids.length;
            for (int i = 0; i < n; i++) {
                assertEquals(cr.ids[i], cr.allKeys[i], "seed " + seed);
                assertEquals(cr.keys[i] == null ? 0 : cr.keys[i].length, cr.keySlots[i].length, "seed " + seed);
                for (int j = 0; cr.keys[i] != null && j < cr.keys[i].length; j++) {
                    assertTrue(cr.keySlots[i][j] >= n, "seed " + seed);
                    assertEquals(cr.keys[i][j], cr.allKeys[cr.keySlots[i][j]], "seed " + seed);
                }
            }
            List<String> asked = new ArrayList<>(java.util.Arrays.asList(cr.allKeys));
            asked.add("no-such-key");
            for (EvidenceIndex index : new EvidenceIndex[] {EvidenceIndex.of(values), EvidenceIndex.of(EvidenceColumns.of(values).asList())}) {
                for (String u : UNITS) {
                    OrgUnit unit = OrgUnit.root(u, "单位 " + u, OrgKind.COUNTY_DISTRICT);
                    UnitEvidence ue = index.unit(u);
                    for (boolean traced : new boolean[] {false, true}) {
                        Engine run = new Engine(cr, c.plan, Collections.<String, CustomRuleEvaluator>emptyMap(), unit, ue, traced);
                        run.run();
                        for (String key : asked) {
                            assertEquals(ue.byKey(key), run.byKey(key), "seed " + seed + " key " + key);
                        }
                        for (int i = 0; i < n; i++) {
                            if (cr.leaf[i]) {
                                assertEquals(ue.byKey(cr.ids[i]), run.own[i], "seed " + seed);
                            }
                        }
                    }
                }
            }
        });
    }

    @Test
    void conflictsAreRefusedAsTheValuesRefuseThem() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            ScoringPropertiesTest.Case c = new ScoringPropertiesTest.Case(seed);
            Random rnd = new Random(seed);
            List<Evidence> values = facts(c, rnd);
            if (values.isEmpty()) {
                return;
            }
            // the same id and unit as an existing fact, with a different author: a conflict, wherever it lands
            Evidence victim = values.get(rnd.nextInt(values.size()));
            values.add(rnd.nextInt(values.size() + 1), otherAuthor(victim));
            DuplicateEvidenceException want = assertThrows(DuplicateEvidenceException.class, () -> EvidenceIndex.of(values));
            EvidenceColumns columns = EvidenceColumns.of(values);
            DuplicateEvidenceException got = assertThrows(DuplicateEvidenceException.class,
                    () -> EvidenceIndex.of(columns.asList()));
            assertEquals(want.getMessage(), got.getMessage(), "seed " + seed);
            DuplicateEvidenceException oneUnit = assertThrows(DuplicateEvidenceException.class,
                    () -> EvidenceIndex.of(columns.unit(victim.unitId())));
            assertEquals(want.getMessage(), oneUnit.getMessage(), "seed " + seed);
        });
    }

    /**
     * The fast path that reads kind, year and channel from the columns ({@link RowFacts}) resolves channels as the
     * views' accessors do: evidence of every source, with and without a review step, of the plan year and the year
     * before, under blends that name steps, scored untraced and traced from values and from columns alike.
     */
    @Test
    void channelsReadFromTheColumnsAreTheViewsChannels() {
        String[] items = {"1.1", "1.2", "1.3", "2.1", "2.2"};
        String[] levels = {"好", "较好", "一般", "差"};
        SourceKind[] sources = SourceKind.values();
        ReviewStep[] steps = ReviewStep.values();
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            List<Evidence> e = new ArrayList<>();
            for (int n = r.nextInt(40); n > 0; n--) {
                Ev ev = new Ev("u1", r.nextInt(4) == 0 ? 2014 : 2015);
                for (int skip = e.size() * 3 + r.nextInt(3); skip > 0; skip--) {
                    ev.nextId(); // ids of different facts differ
                }
                String item = items[r.nextInt(items.length)];
                SourceKind source = sources[r.nextInt(sources.length)];
                Evidence fact;
                switch (r.nextInt(5)) {
                    case 0:
                    case 1:
                        fact = ev.judge(item, "r" + r.nextInt(5), levels[r.nextInt(4)], source, Ev.T0.plusSeconds(r.nextInt(3)));
                        break;
                    case 2:
                        fact = ev.tick(item, 1 + r.nextInt(3), r.nextBoolean());
                        break;
                    case 3:
                        fact = ev.rating(item, r.nextInt(10), 10);
                        break;
                    default:
                        fact = ev.metric(r.nextBoolean() ? "training" : item, Integer.toString(r.nextInt(4)), source,
                                ReportingPeriod.year(ev.year));
                }
                if (r.nextBoolean()) {
                    fact = withStep(fact, steps[r.nextInt(steps.length)]);
                }
                e.add(fact);
            }
            AssessmentPlan.Builder pb = AssessmentPlan.builder().id("p").year(2015)
                    .putRubric(OrgKind.COUNTY_DISTRICT, FastPathAgreementTest.mixedRubric());
            switch (r.nextInt(4)) {
                case 0:
                    break; // the default blend
                case 1:
                    pb.blend(SourceBlend.precedence(Channel.of(SourceKind.PANEL, steps[r.nextInt(4)]),
                            Channel.of(ReviewStep.PUBLIC_SCORING), Channel.of(SourceKind.SELF), Channel.of(SourceKind.PANEL)));
                    break;
                case 2:
                    pb.blend(SourceBlend.precedence(Channel.of(SourceKind.HOST_SYSTEM), Channel.of(SourceKind.PUBLIC),
                            Channel.of(SourceKind.PANEL, steps[r.nextInt(4)])));
                    break;
                default:
                    pb.blend(SourceBlend.precedence(Channel.of(SourceKind.SELF), Channel.of(SourceKind.PANEL)));
            }
            AssessmentPlan plan = pb.build();
            Collections.shuffle(e, r);
            EvidenceIndex values = EvidenceIndex.of(e);
            EvidenceIndex columns = EvidenceIndex.of(EvidenceColumns.of(e).asList());
            CompiledRubric cr = new CompiledRubric(FastPathAgreementTest.mixedRubric(), plan,
                    Collections.<String, CustomRuleEvaluator>emptyMap());
            for (boolean traced : new boolean[] {false, true}) {
                Engine a = new Engine(cr, plan, Collections.<String, CustomRuleEvaluator>emptyMap(), ScorerTest.UNIT,
                        values.unit("u1"), traced);
                Engine b = new Engine(cr, plan, Collections.<String, CustomRuleEvaluator>emptyMap(), ScorerTest.UNIT,
                        columns.unit("u1"), traced);
                String failureA = null;
                String failureB = null;
                try {
                    a.run();
                } catch (RuntimeException x) {
                    failureA = x.getMessage();
                }
                try {
                    b.run();
                } catch (RuntimeException x) {
                    failureB = x.getMessage();
                }
                assertEquals(failureA, failureB, "seed " + seed);
                assertArrayEquals(a.award, b.award, "seed " + seed);
                assertArrayEquals(a.state, b.state, "seed " + seed);
                assertArrayEquals(a.partial, b.partial, "seed " + seed);
                assertArrayEquals(a.incomplete, b.incomplete, "seed " + seed);
            }
        });
    }

    /** {@code e} (a judgement, tick, rating or metric) recorded at review step {@code step}. */
    private static Evidence withStep(Evidence e, ReviewStep step) {
        if (e instanceof Judgement) {
            return Judgement.builder().from((Judgement) e).step(step).build();
        }
        if (e instanceof ChecklistTick) {
            return ChecklistTick.builder().from((ChecklistTick) e).step(step).build();
        }
        if (e instanceof PublicRating) {
            return PublicRating.builder().from((PublicRating) e).step(step).build();
        }
        return MetricValue.builder().from((MetricValue) e).step(step).build();
    }

    /**
     * The case's facts for several units, with extra raters (sometimes more than the pairwise limit) rating a leaf
     * several times at tied times, a few exact duplicates, in one of three row orders.
     */
    private static List<Evidence> facts(ScoringPropertiesTest.Case c, Random rnd) {
        List<Evidence> base = new ArrayList<>(c.evidence);
        String[] levels = {"好", "较好", "一般", "差"};
        for (String[] leaf : c.leaves) {
            if ("0".equals(leaf[1]) && rnd.nextInt(3) == 0) {
                int raters = 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 2 * RuleEvaluator.PAIRWISE_LIMIT);
                for (int r = 0; r < raters; r++) {
                    base.add(c.ev.judge(leaf[0], "r" + rnd.nextInt(1 + raters / 2), levels[rnd.nextInt(4)],
                            rnd.nextInt(5) == 0 ? SourceKind.SELF : SourceKind.PANEL, Ev.T0.plusSeconds(rnd.nextInt(3))));
                }
            }
        }
        List<List<Evidence>> byUnit = new ArrayList<>();
        for (int u = 0; u < UNITS.length; u++) {
            List<Evidence> mine = new ArrayList<>();
            for (Evidence e : base) {
                if (u == 0 || rnd.nextInt(3) != 0) {
                    mine.add(u == 0 ? e : toUnit(e, UNITS[u]));
                }
            }
            for (int d = rnd.nextInt(3); d > 0 && !mine.isEmpty(); d--) {
                mine.add(mine.get(rnd.nextInt(mine.size()))); // an exact duplicate: kept once
            }
            byUnit.add(mine);
        }
        List<Evidence> out = new ArrayList<>();
        switch (rnd.nextInt(3)) {
            case 0: // each unit in one run, in id order (as a store appends a batch): nothing to sort
                for (List<Evidence> mine : byUnit) {
                    List<Evidence> unique = new ArrayList<>();
                    for (Evidence e : mine) {
                        if (!unique.contains(e)) {
                            unique.add(e);
                        }
                    }
                    unique.sort((a, b) -> a.id().compareTo(b.id()));
                    out.addAll(unique);
                }
                break;
            case 1: // units interleaved, each in id order: ascending but not one run
                List<Evidence> all = new ArrayList<>();
                for (List<Evidence> mine : byUnit) {
                    all.addAll(mine);
                }
                Collections.shuffle(all, rnd);
                List<Evidence> seen = new ArrayList<>();
                for (Evidence e : all) {
                    if (!seen.contains(e)) {
                        seen.add(e);
                    }
                }
                seen.sort((a, b) -> a.id().compareTo(b.id()));
                out.addAll(seen);
                break;
            default: // shuffled, duplicates and all
                for (List<Evidence> mine : byUnit) {
                    out.addAll(mine);
                }
                Collections.shuffle(out, rnd);
        }
        return out;
    }

    private static void sameIndex(EvidenceIndex expected, EvidenceIndex actual, long seed) {
        assertEquals(expected, actual, "seed " + seed);
        assertEquals(expected.hashCode(), actual.hashCode(), "seed " + seed);
        assertEquals(expected.size(), actual.size(), "seed " + seed);
        assertEquals(expected.unitIds(), actual.unitIds(), "seed " + seed);
        for (String u : expected.unitIds()) {
            UnitEvidence want = expected.unit(u);
            UnitEvidence got = actual.unit(u);
            assertEquals(want.all(), got.all(), "seed " + seed);
            assertEquals(want.keys(), got.keys(), "seed " + seed);
            for (String k : want.keys()) {
                assertEquals(want.byKey(k), got.byKey(k), "seed " + seed);
                assertTrue(!got.byKey(k).isEmpty(), "seed " + seed);
            }
            assertTrue(got.byKey("no such key").isEmpty(), "seed " + seed);
        }
    }

    /** The same fact about another unit. */
    private static Evidence toUnit(Evidence e, String unit) {
        return e.accept(new Rebuild(unit, e.author()));
    }

    /** The same id and unit with another author: a conflicting fact. */
    private static Evidence otherAuthor(Evidence e) {
        return e.accept(new Rebuild(e.unitId(), e.author() + "'"));
    }

    /** Each kind rebuilt by its own builder with the given unit and author. */
    private static final class Rebuild implements EvidenceVisitor<Evidence> {
        private final String unit;
        private final String author;

        Rebuild(String unit, String author) {
            this.unit = unit;
            this.author = author;
        }

        @Override
        public Evidence visitDocument(DocumentRef d) {
            return DocumentRef.builder().from(d).unitId(unit).author(author).build();
        }

        @Override
        public Evidence visitMetricValue(MetricValue m) {
            return MetricValue.builder().from(m).unitId(unit).author(author).build();
        }

        @Override
        public Evidence visitIncident(Incident i) {
            return Incident.builder().from(i).unitId(unit).author(author).build();
        }

        @Override
        public Evidence visitChecklistTick(ChecklistTick t) {
            return ChecklistTick.builder().from(t).unitId(unit).author(author).build();
        }

        @Override
        public Evidence visitJudgement(Judgement j) {
            return Judgement.builder().from(j).unitId(unit).author(author).build();
        }

        @Override
        public Evidence visitPublicRating(PublicRating r) {
            return PublicRating.builder().from(r).unitId(unit).author(author).build();
        }

        @Override
        public Evidence visitSelfReport(SelfReport s) {
            return SelfReport.builder().from(s).unitId(unit).author(author).build();
        }

        @Override
        public Evidence visitDeduction(Deduction d) {
            return Deduction.builder().from(d).unitId(unit).author(author).build();
        }

        @Override
        public Evidence visitAdjustment(Adjustment a) {
            return Adjustment.builder().from(a).unitId(unit).author(author).build();
        }

        @Override
        public Evidence visitNotApplicable(NotApplicableMark m) {
            return NotApplicableMark.builder().from(m).unitId(unit).author(author).build();
        }

        @Override
        public Evidence visitScoreOverride(ScoreOverride o) {
            return ScoreOverride.builder().from(o).unitId(unit).author(author).build();
        }
    }
}

package org.kaoping.testkit.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.JudgementLevel;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.TrendRule;
import org.kaoping.core.scoring.CustomResult;
import org.kaoping.core.scoring.ScoreNode;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;
import org.kaoping.rubrics.beihai2015.Beihai2015;
import org.kaoping.testkit.org.OrgTrees;
import org.kaoping.testkit.rubric.Rubrics;

class EvidenceSetsTest {
    private static final Rubric COUNTY = Beihai2015.county();
    private static final OrgUnit HAICHENG = OrgUnit.root("450502", "海城区", OrgKind.COUNTY_DISTRICT);
    /** With the higher level's targets of county 九.4 and 九.6 (issue 17): without them those items cannot be met. */
    private static final AssessmentPlan PLAN = AssessmentPlan.builder().id("beihai-2015").year(2015)
            .putRubric(OrgKind.COUNTY_DISTRICT, COUNTY)
            .review(org.kaoping.core.review.ReviewSettings.builder()
                    .target(org.kaoping.core.review.UpperTarget.of("safe-unit-rate", 2015, org.kaoping.core.points.Ratio.percent(95), "自治区综治委",
                            java.time.LocalDate.of(2015, 3, 10), ""))
                    .target(org.kaoping.core.review.UpperTarget.of("petition-closure-rate", 2015, org.kaoping.core.points.Ratio.percent(90),
                            "自治区信访联席会议", java.time.LocalDate.of(2015, 4, 15), ""))
                    .build())
            .build();
    private static final Scorer SCORER = Scorer.of(PLAN);
    private static final EvidenceSets SETS = EvidenceSets.forRubric(COUNTY);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Test
    @DisplayName("the same seed gives equal evidence, for a unit and for a tree; an iterator repeats its sequence")
    void deterministicPerSeed() {
        OrgTree tree = OrgTrees.defaults().generate(3L);
        for (long seed = 0; seed < 30; seed++) {
            assertEquals(SETS.unit(HAICHENG).generate(seed), SETS.unit(HAICHENG).generate(seed));
            assertEquals(SETS.tree(tree).generate(seed), EvidenceSets.forRubric(COUNTY).tree(tree).generate(seed));
        }
        Iterator<List<Evidence>> a = SETS.unit(HAICHENG).iterator(9L);
        Iterator<List<Evidence>> b = SETS.unit(HAICHENG).iterator(9L);
        for (int i = 0; i < 10; i++) {
            assertEquals(a.next(), b.next());
        }
        Set<List<Evidence>> distinct = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            distinct.add(SETS.unit(HAICHENG).generate(seed));
        }
        assertEquals(20, distinct.size(), "different seeds give different evidence");
    }

    @Test
    @DisplayName("a unit's evidence depends on the seed and its id only, not on the rest of the tree")
    void unitsAreIndependent() {
        OrgTree small = OrgTrees.defaults().counties(1, 1).generate(5L);
        OrgTree large = OrgTrees.defaults().counties(4, 4).generate(5L);
        OrgUnit county = small.unitsOfKind(OrgKind.COUNTY_DISTRICT).get(0);
        assertEquals(county.id(), large.unitsOfKind(OrgKind.COUNTY_DISTRICT).get(0).id());
        List<Evidence> inSmall = onlyOf(SETS.tree(small).generate(11L), county.id());
        assertFalse(inSmall.isEmpty());
        assertEquals(inSmall, onlyOf(SETS.tree(large).generate(11L), county.id()));
        assertEquals(inSmall, SETS.unit(county).generate(11L));
    }

    @Test
    @DisplayName("every evidence kind is generated, and ids are unique across the units of a tree")
    void everyKind() {
        EvidenceSets busy = SETS.notApplicablePercent(20).overridePercent(20).deductionPercent(50).incidentPercent(50)
                .adjustments(100, "provincial-commendation");
        OrgTree tree = OrgTrees.defaults().counties(3, 3).generate(1L);
        List<Evidence> all = busy.tree(tree).generate(2015L);
        EnumSet<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
        Set<String> ids = new HashSet<>();
        Set<String> units = new HashSet<>();
        for (Evidence e : all) {
            kinds.add(e.kind());
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
            units.add(e.unitId());
        }
        assertEquals(EnumSet.allOf(EvidenceKind.class), kinds);
        Set<String> counties = new HashSet<>();
        for (OrgUnit u : tree.unitsOfKind(OrgKind.COUNTY_DISTRICT)) {
            counties.add(u.id());
        }
        assertEquals(counties, units, "the tree's units the rubric applies to, and only those");
    }

    @Test
    @DisplayName("evidence is keyed as the rubric's rules read it: criterion ids, metric keys, incident categories")
    void keyedByTheRules() {
        Map<String, Criterion> leaves = new HashMap<>();
        for (Criterion c : COUNTY.leaves()) {
            leaves.put(c.id(), c);
        }
        Set<String> metrics = new HashSet<>();
        Set<String> categories = new HashSet<>();
        for (Criterion c : COUNTY.leaves()) {
            collect(c.rule().get(), metrics, categories);
        }
        EvidenceSets sets = SETS.ratersPerUnit(4, 6).incidentPercent(100).publicRatingPercent(100);
        for (long seed = 0; seed < 20; seed++) {
            List<Evidence> evidence = sets.unit(HAICHENG).generate(seed);
            Map<String, Set<String>> raters = new HashMap<>();
            int monthly = 0;
            int ratings = 0;
            for (Evidence e : evidence) {
                assertEquals(HAICHENG.id(), e.unitId());
                if (e.kind() == EvidenceKind.METRIC_VALUE) {
                    assertTrue(e.period().year() >= 2011 && e.period().year() <= 2015, "this year, last year or the plan term: " + e.id());
                } else {
                    assertEquals(2015, e.period().year(), e.id());
                }
                switch (e.kind()) {
                    case JUDGEMENT: {
                        Criterion c = leaves.get(e.key());
                        assertTrue(c != null, "judgement on a leaf: " + e.id());
                        assertTrue(levelNames(c.rule().get()).contains(((Judgement) e).level()), e.id());
                        assertEquals(SourceKind.PANEL, e.source());
                        raters.computeIfAbsent(e.key(), k -> new HashSet<>()).add(e.author());
                        break;
                    }
                    case CHECKLIST_TICK: {
                        Criterion c = leaves.get(e.key());
                        assertTrue(c != null, "tick on a leaf: " + e.id());
                        int q = ((ChecklistTick) e).requirement();
                        assertTrue(q >= 1 && q <= checklistSize(c.rule().get()), e.id());
                        break;
                    }
                    case DOCUMENT:
                        assertTrue(SHA256.matcher(((DocumentRef) e).sha256()).matches(), e.id());
                        assertTrue(leaves.containsKey(e.key()) || SelfReport.KEY.equals(e.key()), e.id());
                        break;
                    case PUBLIC_RATING:
                        assertTrue(leaves.containsKey(e.key()), e.id());
                        assertEquals(SourceKind.PUBLIC, e.source());
                        ratings++;
                        break;
                    case METRIC_VALUE:
                        assertTrue(metrics.contains(e.key()), "metric key a rule names: " + e.key());
                        break;
                    case INCIDENT:
                        assertTrue(categories.contains(e.key()), "category a rule names: " + e.key());
                        break;
                    case SELF_REPORT:
                        assertEquals(SourceKind.SELF, e.source());
                        if (((SelfReport) e).type() == SelfReport.Type.MONTHLY) {
                            monthly++;
                        }
                        break;
                    case DEDUCTION:
                    case NOT_APPLICABLE:
                    case SCORE_OVERRIDE:
                        assertTrue(leaves.containsKey(e.key()), e.id());
                        break;
                    default:
                        throw new AssertionError("unexpected " + e.kind() + " " + e.id());
                }
            }
            assertEquals(12, monthly, "a monthly self-report for each month");
            assertTrue(ratings > 0, "public ratings");
            assertFalse(raters.isEmpty());
            int panel = raters.values().iterator().next().size();
            assertTrue(panel >= 4 && panel <= 6, "raters per unit " + panel);
            for (Set<String> r : raters.values()) {
                assertEquals(panel, r.size(), "the same panel judges every judgement item");
            }
            Set<String> seenCategories = new HashSet<>();
            for (Evidence e : evidence) {
                if (e.kind() == EvidenceKind.INCIDENT) {
                    seenCategories.add(e.key());
                }
            }
            assertEquals(categories, seenCategories, "at 100 % every category has incidents");
        }
    }

    @Test
    @DisplayName("generated evidence is accepted by the index and scores against the Beihai county rubric")
    void scoresAgainstBeihai() {
        qt().withExamples(60).forAll(SETS.tree(OrgTrees.defaults().generate(8L)).gen(), integers().between(0, 100))
                .checkAssert((evidence, compliance) -> {
                    EvidenceIndex index = EvidenceIndex.of(evidence);
                    assertEquals(evidence.size(), index.size(), "no two pieces share an id");
                    for (String unitId : index.unitIds()) {
                        Scorecard card = SCORER.score(OrgUnit.root(unitId, "县", OrgKind.COUNTY_DISTRICT), index);
                        assertTrue(card.finalTotal().compareTo(COUNTY.points()) <= 0, card.summary());
                    }
                });
        for (long seed = 0; seed < 20; seed++) {
            for (int compliance = 0; compliance <= 100; compliance += 25) {
                List<Evidence> evidence = SETS.compliance(compliance).unit(HAICHENG).generate(seed);
                Scorecard card = SCORER.score(HAICHENG, EvidenceIndex.of(evidence));
                assertEquals(new ArrayList<String>(), card.missingEvidence(), "every leaf has evidence that decides it");
            }
        }
    }

    @Test
    @DisplayName("full compliance without incidents, findings or overrides earns every point of the county rubric")
    void fullComplianceEarnsFullMarks() {
        EvidenceSets perfect = SETS.compliance(100).incidentPercent(0).deductionPercent(0).notApplicablePercent(0)
                .overridePercent(0);
        for (long seed = 0; seed < 30; seed++) {
            Scorecard card = SCORER.score(HAICHENG, EvidenceIndex.of(perfect.unit(HAICHENG).generate(seed)));
            assertEquals(COUNTY.points(), card.finalTotal(), card.summary());
        }
        EvidenceSets hopeless = SETS.compliance(0).incidentPercent(100);
        Scorecard card = SCORER.score(HAICHENG, EvidenceIndex.of(hopeless.unit(HAICHENG).generate(1L)));
        assertTrue(card.finalTotal().compareTo(COUNTY.points().dividedBy(2, java.math.RoundingMode.UNNECESSARY)) < 0,
                card.summary());
    }

    @Test
    @DisplayName("raising the compliance never lowers the total, nor any item's points (Beihai county)")
    void complianceIsMonotone() {
        qt().withExamples(80).forAll(longs().all(), integers().between(0, 100), integers().between(0, 100))
                .checkAssert((seed, a, b) -> {
                    int low = Math.min(a, b);
                    int high = Math.max(a, b);
                    Scorecard lower = SCORER.score(HAICHENG, EvidenceIndex.of(SETS.compliance(low).unit(HAICHENG).generate(seed)));
                    Scorecard higher = SCORER.score(HAICHENG, EvidenceIndex.of(SETS.compliance(high).unit(HAICHENG).generate(seed)));
                    assertTrue(higher.finalTotal().compareTo(lower.finalTotal()) >= 0, "seed " + seed + "L, compliance "
                            + low + " → " + high + ": " + lower.finalTotal() + " → " + higher.finalTotal());
                    for (ScoreNode n : lower.nodes()) {
                        assertTrue(higher.awarded(n.id()).compareTo(n.awarded()) >= 0, "seed " + seed + "L, " + n.id()
                                + " at compliance " + low + " → " + high);
                    }
                });
        for (long seed = 0; seed < 10; seed++) {
            List<String> totals = new ArrayList<>();
            Scorecard previous = null;
            for (int c = 0; c <= 100; c += 10) {
                Scorecard card = SCORER.score(HAICHENG, EvidenceIndex.of(SETS.compliance(c).unit(HAICHENG).generate(seed)));
                totals.add(card.finalTotal().toString());
                if (previous != null) {
                    assertTrue(card.finalTotal().compareTo(previous.finalTotal()) >= 0, "seed " + seed + ": " + totals);
                }
                previous = card;
            }
            assertNotEquals(totals.get(0), totals.get(totals.size() - 1), "compliance matters: " + totals);
        }
    }

    @Test
    @DisplayName("over random rubrics, evidence scores without error and raising the compliance never lowers an item")
    void randomRubrics() {
        qt().withExamples(150).forAll(longs().all(), integers().between(0, 100), integers().between(0, 100))
                .checkAssert((seed, a, b) -> {
                    Rubric rubric = Rubrics.defaults().generate(seed);
                    OrgKind kind = rubric.appliesTo().iterator().next();
                    OrgUnit unit = OrgUnit.root("u" + Long.toHexString(seed), "单位", kind);
                    AssessmentPlan plan = AssessmentPlan.builder().id("random").year(2015).putRubric(kind, rubric).build();
                    Scorer scorer = Scorer.builder(plan).customRule("testkit/attendance",
                            (rule, criterion, evidence) -> CustomResult.of(Ratio.ONE, evidence.size() + " document(s)")).build();
                    EvidenceSets sets = EvidenceSets.forRubric(rubric);
                    Scorecard lower = scorer.score(unit, EvidenceIndex.of(sets.compliance(Math.min(a, b)).unit(unit).generate(seed)));
                    Scorecard higher = scorer.score(unit, EvidenceIndex.of(sets.compliance(Math.max(a, b)).unit(unit).generate(seed)));
                    for (ScoreNode n : lower.nodes()) {
                        assertTrue(higher.awarded(n.id()).compareTo(n.awarded()) >= 0, "seed " + seed + "L, " + n.id()
                                + " (" + rubric.criterion(n.id()).rule().map(Rule::describe).orElse("") + ")");
                    }
                    assertEquals(new ArrayList<String>(), lower.missingEvidence(), "seed " + seed + "L");
                });
    }

    @Test
    @DisplayName("a plan's generator covers the kinds it assesses, in its year, with incidents in its veto categories")
    void forPlan() {
        AssessmentPlan plan = AssessmentPlan.builder().id("p").year(2016).putRubric(OrgKind.COUNTY_DISTRICT, COUNTY)
                .putRubric(OrgKind.ENTERPRISE_INSTITUTION, Beihai2015.enterprise())
                .addVetoRules(VetoRule.zeroTotal("fatal-accident")).build();
        OrgTree tree = OrgTrees.defaults().enterprises(1, 2).generate(4L);
        List<Evidence> evidence = EvidenceSets.forPlan(plan).incidentPercent(100).tree(tree).generate(1L);
        Set<String> units = new HashSet<>();
        Set<String> vetoed = new HashSet<>();
        for (Evidence e : evidence) {
            units.add(e.unitId());
            if (e.kind() != EvidenceKind.METRIC_VALUE) {
                assertEquals(2016, e.period().year(), e.id());
            }
            if (e.key().equals("fatal-accident")) {
                vetoed.add(e.unitId());
            }
        }
        Set<String> expected = new HashSet<>();
        for (OrgUnit u : tree.units()) {
            if (u.kind() == OrgKind.COUNTY_DISTRICT || u.kind() == OrgKind.ENTERPRISE_INSTITUTION) {
                expected.add(u.id());
            }
        }
        assertEquals(expected, units);
        assertEquals(expected, vetoed);
        Scorer scorer = Scorer.of(plan);
        EvidenceIndex index = EvidenceIndex.of(evidence);
        for (String id : expected) {
            assertEquals(org.kaoping.core.points.Points.ZERO, scorer.score(tree.unit(id), index).finalTotal(),
                    "the veto zeroes " + id);
        }
        OrgUnit village = tree.unitsOfKind(OrgKind.VILLAGE_COMMUNITY).isEmpty() ? tree.roots().get(0)
                : tree.unitsOfKind(OrgKind.VILLAGE_COMMUNITY).get(0);
        assertEquals("no rubric for unit [" + village.id() + "] of kind " + village.kind()
                + "; the plan covers [COUNTY_DISTRICT, ENTERPRISE_INSTITUTION]",
                assertThrows(IllegalArgumentException.class, () -> EvidenceSets.forPlan(plan).unit(village)).getMessage());
    }

    @Test
    @DisplayName("settings out of range are refused with the value in the message")
    void badSettings() {
        assertEquals("compliance must lie in [0, 100]; got 101",
                assertThrows(IllegalArgumentException.class, () -> SETS.compliance(101)).getMessage());
        assertEquals("raters per unit need 1 <= min <= max; got [3, 2]",
                assertThrows(IllegalArgumentException.class, () -> SETS.ratersPerUnit(3, 2)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SETS.incidentPercent(-1));
        assertThrows(IllegalArgumentException.class, () -> SETS.adjustments(10, " "));
        assertThrows(IllegalArgumentException.class, () -> SETS.year(1900));
    }

    @Test
    @DisplayName("the SHA-256 helper gives the known digest of a known text")
    void sha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", UnitWriter.sha256Hex("abc"));
    }

    private static List<Evidence> onlyOf(List<Evidence> evidence, String unitId) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.unitId().equals(unitId)) {
                out.add(e);
            }
        }
        return out;
    }

    private static void collect(Rule rule, Set<String> metrics, Set<String> categories) {
        if (rule instanceof AtLeastRule) {
            metrics.add(((AtLeastRule) rule).metric());
        } else if (rule instanceof RateAtLeastRule) {
            metrics.add(((RateAtLeastRule) rule).metric());
        } else if (rule instanceof TrendRule) {
            metrics.add(((TrendRule) rule).metric());
        } else if (rule instanceof NoIncidentRule) {
            categories.add(((NoIncidentRule) rule).incidentCategory());
        } else if (rule instanceof CompositeRule) {
            for (Rule c : ((CompositeRule) rule).conditions()) {
                collect(c, metrics, categories);
            }
        }
    }

    private static Set<String> levelNames(Rule rule) {
        Set<String> names = new HashSet<>();
        if (rule instanceof JudgementRule) {
            for (JudgementLevel l : ((JudgementRule) rule).levels()) {
                names.add(l.name());
            }
        } else if (rule instanceof CompositeRule) {
            for (Rule c : ((CompositeRule) rule).conditions()) {
                names.addAll(levelNames(c));
            }
        }
        return names;
    }

    private static int checklistSize(Rule rule) {
        if (rule instanceof ChecklistRule) {
            return ((ChecklistRule) rule).requirements().size();
        }
        int size = 0;
        if (rule instanceof CompositeRule) {
            for (Rule c : ((CompositeRule) rule).conditions()) {
                size = Math.max(size, checklistSize(c));
            }
        }
        return size;
    }
}

package org.kaoping.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.GradeQuota;
import org.kaoping.core.plan.TieBreak;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.plan.VetoedRanking;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Rules;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;

/** Issue 14.5: the incremental ranking equals a full {@link Rankings#rank} after any sequence of updates. */
class IncrementalRankingTest {
    /** A second rubric, for townships, so that the ranking keeps more than one table. */
    static final Rubric TOWNSHIPS = Rubric.builder("t/s").version("1").title("s").source("test").points("100")
            .appliesTo(OrgKind.TOWNSHIP)
            .section("一、", "one", "60", s -> s.item("1、", "a", "60", Rules.atLeast("a", 60, "分", Period.YEAR, Rules.proportional())))
            .section("二、", "two", "40", s -> s.item("1、", "b", "40", Rules.atLeast("b", 40, "分", Period.YEAR, Rules.proportional())))
            .build();

    /** The plan variants: plain, each tie-break, a quota, vetoes ranked last or by total, and all of them together. */
    static AssessmentPlan plan(int variant) {
        org.kaoping.core.plan.AssessmentPlan.Builder b = RankingTest.plan().putRubric(OrgKind.TOWNSHIP, TOWNSHIPS)
                .addVetoRules(VetoRule.capGrade("major-accident", Grade.FAIL));
        switch (variant) {
            case 0:
                break;
            case 1:
                b.addTieBreak(TieBreak.higherOn("1"));
                break;
            case 2:
                b.addTieBreak(TieBreak.lowerPenalty()).addTieBreak(TieBreak.higherOn("2"));
                break;
            case 3:
                b.addQuota(GradeQuota.of(Grade.EXCELLENT, Ratio.percent(30))).addQuota(GradeQuota.of(Grade.GOOD, Ratio.percent(40)));
                break;
            case 4:
                b.vetoedRanking(VetoedRanking.BY_TOTAL);
                break;
            default:
                b.addTieBreak(TieBreak.higherOn("2")).addQuota(GradeQuota.of(Grade.EXCELLENT, Ratio.percent(25)))
                        .vetoedRanking(VetoedRanking.BY_TOTAL);
        }
        return b.build();
    }

    /** The card of {@code unit} with section scores drawn from {@code r} (few distinct values, so ties are common). */
    static Scorecard card(Scorer scorer, OrgUnit unit, SplittableRandom r) {
        List<Evidence> ev = new ArrayList<>();
        ev.add(RankingTest.metric(unit.id(), "a", Integer.toString(40 + 5 * r.nextInt(5))));
        ev.add(RankingTest.metric(unit.id(), "b", Integer.toString(25 + 5 * r.nextInt(4))));
        if (r.nextInt(6) == 0) {
            ev.add(VetoedRankingTest.accident(unit.id()));
        }
        return scorer.score(unit, EvidenceIndex.of(ev));
    }

    static void assertSameAsFull(IncrementalRanking inc, AssessmentPlan plan, String when) {
        Map<String, RankingTable> full = Rankings.rank(inc.cards(), plan);
        assertEquals(full, inc.tables(), when);
        for (RankingTable t : full.values()) {
            for (RankedUnit u : t.entries()) {
                assertEquals(u.rank(), inc.rank(u.unitId()), when + ": rank of " + u.unitId());
            }
        }
    }

    @Test
    void anySequenceOfUpdatesRanksAsAFullRerank() {
        qt().withExamples(60).forAll(longs().all(), integers().between(0, 5), integers().between(1, 40)).checkAssert((seed, variant, n) -> {
            AssessmentPlan plan = plan(variant);
            Scorer scorer = Scorer.of(plan);
            SplittableRandom r = new SplittableRandom(seed);
            List<OrgUnit> units = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                units.add(i % 3 == 2 ? OrgUnit.root("t" + i, "t" + i, OrgKind.TOWNSHIP) : OrgUnit.root("c" + i, "c" + i, OrgKind.COUNTY_DISTRICT));
            }
            IncrementalRanking inc = new IncrementalRanking(plan);
            Map<String, Scorecard> held = new HashMap<>();
            for (int step = 0; step < 3 * n; step++) {
                OrgUnit u = units.get(r.nextInt(n));
                if (r.nextInt(8) == 0) {
                    assertEquals(held.remove(u.id()) != null, inc.remove(u.id()));
                } else {
                    Scorecard c = card(scorer, u, r);
                    held.put(u.id(), c);
                    inc.put(c);
                }
                assertEquals(held.size(), inc.size());
                if (step % 5 == 0 || step == 3 * n - 1) {
                    assertSameAsFull(inc, plan, "seed " + seed + ", plan variant " + variant + ", step " + step);
                }
            }
            assertEquals(Rankings.rank(held.values(), plan), inc.tables(), "seed " + seed + ", variant " + variant);
        });
    }

    @Test
    void tiesShareARankAndAnUnknownUnitIsNamed() {
        AssessmentPlan p = RankingTest.plan().build();
        IncrementalRanking inc = IncrementalRanking.of(RankingTest.cards(p, "55/40", "50/40", "60/30", "40/40"), p);
        assertEquals("1:c1=95 2:c2=90 2:c3=90 4:c4=80", RankingTest.ranks(inc.tables().get("t/r")));
        assertEquals(2, inc.rank("c3"));
        inc.put(RankingTest.cards(p, "60/40").get(0)); // c1 now 100
        assertEquals(1, inc.rank("c1"));
        assertFalse(inc.remove("c9"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> inc.rank("c9"));
        assertEquals("Unit [c9] has no scorecard in this ranking", e.getMessage());
    }
}

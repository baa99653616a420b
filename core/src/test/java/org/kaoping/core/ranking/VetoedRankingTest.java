package org.kaoping.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.plan.VetoedRanking;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;

/** Issue 10.5: vetoed units rank after all others, or as the plan declares. */
class VetoedRankingTest {
    static Incident accident(String unit) {
        return Incident.builder().id(unit + "/accident").unitId(unit).key("major-accident").period(ReportingPeriod.year(2015))
                .source(SourceKind.HOST_SYSTEM).author("h").recordedAt(java.time.Instant.EPOCH).date(LocalDate.of(2015, 5, 1))
                .severity(IncidentSeverity.MAJOR).description("事故").build();
    }

    /** Units c1…cn with section scores a/b; those listed in {@code vetoed} (1-based) have a major accident. */
    static List<Scorecard> cards(AssessmentPlan plan, int[] totals, boolean[] vetoed) {
        List<Evidence> ev = new ArrayList<>();
        List<OrgUnit> units = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            String id = "c" + (i + 1);
            units.add(OrgUnit.root(id, id, OrgKind.COUNTY_DISTRICT));
            ev.add(RankingTest.metric(id, "a", Integer.toString(Math.min(60, totals[i]))));
            ev.add(RankingTest.metric(id, "b", Integer.toString(Math.max(0, totals[i] - 60))));
            if (vetoed[i]) {
                ev.add(accident(id));
            }
        }
        Scorer s = Scorer.of(plan);
        EvidenceIndex index = EvidenceIndex.of(ev);
        List<Scorecard> out = new ArrayList<>();
        for (OrgUnit u : units) {
            out.add(s.score(u, index));
        }
        return out;
    }

    @Test
    void aUnitCappedAtFailRanksAfterPassingUnits() {
        // the finding: c1 (95, vetoed: 不合格) ranked first, above the 合格 units
        AssessmentPlan p = RankingTest.plan().addVetoRules(VetoRule.capGrade("major-accident", Grade.FAIL)).build();
        RankingTable t = Rankings.rank(cards(p, new int[] {95, 70, 65}, new boolean[] {true, false, false}), p).get("t/r");
        assertEquals("1:c2=70 2:c3=65 3:c1=95", RankingTest.ranks(t));
        assertEquals(Grade.FAIL, t.entry("c1").grade());
    }

    @Test
    void thePlanMayDeclareThatVetoedUnitsRankByTotal() {
        AssessmentPlan p = RankingTest.plan().addVetoRules(VetoRule.capGrade("major-accident", Grade.FAIL))
                .vetoedRanking(VetoedRanking.BY_TOTAL).build();
        RankingTable t = Rankings.rank(cards(p, new int[] {95, 70, 65}, new boolean[] {true, false, false}), p).get("t/r");
        assertEquals("1:c1=95 2:c2=70 3:c3=65", RankingTest.ranks(t));
    }

    @Test
    void noVetoedUnitRanksAboveAnUnvetoedOne() {
        AssessmentPlan p = RankingTest.plan().addVetoRules(VetoRule.capGrade("major-accident", Grade.FAIL)).build();
        qt().withExamples(100).forAll(lists().of(integers().between(0, 201)).ofSizeBetween(1, 12)).checkAssert(codes -> {
            int[] totals = new int[codes.size()];
            boolean[] vetoed = new boolean[codes.size()];
            for (int i = 0; i < totals.length; i++) {
                totals[i] = codes.get(i) % 101;
                vetoed[i] = codes.get(i) > 100;
            }
            List<RankedUnit> entries = Rankings.rank(cards(p, totals, vetoed), p).get("t/r").entries();
            boolean seenVetoed = false;
            int lastUnvetoedRank = 0;
            for (RankedUnit u : entries) {
                boolean v = vetoed[Integer.parseInt(u.unitId().substring(1)) - 1];
                assertTrue(!seenVetoed || v, "unvetoed " + u.unitId() + " listed after a vetoed unit: " + entries);
                if (v) {
                    assertTrue(u.rank() > lastUnvetoedRank, "vetoed " + u.unitId() + " shares or beats an unvetoed rank: " + entries);
                } else {
                    lastUnvetoedRank = u.rank();
                }
                seenVetoed |= v;
            }
        });
    }
}

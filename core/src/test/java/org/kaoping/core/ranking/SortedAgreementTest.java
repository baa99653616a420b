package org.kaoping.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.TieBreak;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.plan.VetoedRanking;
import org.kaoping.core.scoring.Scorecard;

/**
 * Issue 14, goal 7: {@link Rankings#sorted}, which compares the veto flag and the total as primitives read once per
 * card, orders cards exactly as the plan's comparator then unit id does (the path it replaces), with ties, vetoes
 * ranked last or by total, and each kind of tie-break. Seeded: QuickTheories' default seed is fixed.
 */
class SortedAgreementTest {

    @Test
    void theKeyedSortIsTheComparatorSort() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 20_000)).ofSizeBetween(0, 40), integers().between(0, 7))
                .checkAssert((codes, variant) -> {
                    AssessmentPlan.Builder b = RankingTest.plan().addVetoRules(VetoRule.capGrade("major-accident", Grade.FAIL));
                    if ((variant & 1) != 0) {
                        b.vetoedRanking(VetoedRanking.BY_TOTAL);
                    }
                    if ((variant & 2) != 0) {
                        b.addTieBreaks(TieBreak.higherOn("一、"));
                    }
                    if ((variant & 4) != 0) {
                        b.addTieBreaks(TieBreak.lowerPenalty());
                    }
                    AssessmentPlan plan = b.build();
                    int[] totals = new int[codes.size()];
                    boolean[] vetoed = new boolean[codes.size()];
                    for (int i = 0; i < totals.length; i++) {
                        // few distinct totals, so that ties are common and the tie-breaks and unit ids decide
                        totals[i] = 40 + (codes.get(i) % 7) * 5 + (codes.get(i) / 7 % 3 == 0 ? 0 : 3);
                        vetoed[i] = codes.get(i) % 5 == 0;
                    }
                    List<Scorecard> cards = VetoedRankingTest.cards(plan, totals, vetoed);
                    List<Scorecard> expected = new ArrayList<>(cards);
                    expected.sort(Rankings.order(plan).thenComparing(Scorecard::unitId));
                    assertEquals(ids(expected), ids(Rankings.sorted(cards, plan)), codes + " variant " + variant);
                });
    }

    private static List<String> ids(List<Scorecard> cards) {
        List<String> out = new ArrayList<>();
        for (Scorecard c : cards) {
            out.add(c.unitId() + "=" + c.finalTotal());
        }
        return out;
    }
}

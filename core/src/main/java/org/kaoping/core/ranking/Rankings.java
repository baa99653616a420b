package org.kaoping.core.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kaoping.core.api.API;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.GradeQuota;
import org.kaoping.core.plan.TieBreak;
import org.kaoping.core.plan.VetoedRanking;
import org.kaoping.core.scoring.Scorecard;

/**
 * Ranks scorecards per rubric: units with a triggered veto after all others (unless the plan declares
 * {@link VetoedRanking#BY_TOTAL}), then by final total, then the plan's tie-breaks in order; units still equal share
 * a rank (1, 2, 2, 4) and are listed by unit id. Grade quotas then move units beyond a grade's share, in
 * ranking order, to the next grade down. Stateless.
 */
@API(status = API.Status.STABLE)
public final class Rankings {
    private Rankings() {}

    /** One table per rubric id, in rubric id order. */
    public static Map<String, RankingTable> rank(Collection<Scorecard> cards, AssessmentPlan plan) {
        Map<String, List<Scorecard>> byRubric = new TreeMap<>();
        for (Scorecard c : cards) {
            byRubric.computeIfAbsent(c.rubric().id(), k -> new ArrayList<>()).add(c);
        }
        Map<String, RankingTable> out = new TreeMap<>();
        for (Map.Entry<String, List<Scorecard>> e : byRubric.entrySet()) {
            out.put(e.getKey(), rankOne(e.getKey(), e.getValue(), plan));
        }
        return out;
    }

    /**
     * The comparator of the plan: units without a triggered veto first (unless the plan ranks vetoed units
     * {@link VetoedRanking#BY_TOTAL by total}), then higher final total, then each tie-break; 0 means a shared rank.
     */
    public static Comparator<Scorecard> order(AssessmentPlan plan) {
        Comparator<Scorecard> byTotal = (a, b) -> b.finalTotal().compareTo(a.finalTotal());
        Comparator<Scorecard> c = plan.vetoedRanking() == VetoedRanking.AFTER_UNVETOED
                ? Comparator.<Scorecard, Boolean>comparing(s -> !s.vetoes().isEmpty()).thenComparing(byTotal)
                : byTotal;
        return plan.tieBreaks().isEmpty() ? c : c.thenComparing(tieBreaks(plan));
    }

    /** The plan's tie-breaks in order (the plan declares at least one): what decides between equal totals. */
    private static Comparator<Scorecard> tieBreaks(AssessmentPlan plan) {
        Comparator<Scorecard> c = null;
        for (TieBreak t : plan.tieBreaks()) {
            Comparator<Scorecard> next;
            if (t.kind() == TieBreak.Kind.HIGHER_ON_CRITERION) {
                String id = t.criterionId();
                next = (a, b) -> award(b, id).compareTo(award(a, id));
            } else {
                next = (a, b) -> a.penalty().plus(a.deductionsTaken()).compareTo(b.penalty().plus(b.deductionsTaken()));
            }
            c = c == null ? next : c.thenComparing(next);
        }
        return c;
    }

    private static org.kaoping.core.points.Points award(Scorecard c, String criterionId) {
        return c.rubric().findCriterion(criterionId).isPresent() ? c.awarded(criterionId) : org.kaoping.core.points.Points.ZERO;
    }

    private static RankingTable rankOne(String rubricId, List<Scorecard> cards, AssessmentPlan plan) {
        Comparator<Scorecard> order = order(plan);
        return table(rubricId, sorted(cards, plan), plan, order);
    }

    /**
     * {@code cards} sorted by {@link #order(AssessmentPlan)} then unit id, as {@code order(plan).thenComparing(Scorecard::unitId)}
     * sorts them, but comparing the veto flag and the final total as primitives read once per card instead of through
     * the comparator chain (boxing the flag, reading each total twice per comparison); the plan's tie-breaks, when it
     * declares any, still decide between equal totals through {@link #order}'s comparators.
     */
    static List<Scorecard> sorted(Collection<Scorecard> cards, AssessmentPlan plan) {
        boolean vetoedLast = plan.vetoedRanking() == VetoedRanking.AFTER_UNVETOED;
        Comparator<Scorecard> ties = plan.tieBreaks().isEmpty() ? null : tieBreaks(plan);
        SortKey[] keys = new SortKey[cards.size()];
        int n = 0;
        for (Scorecard c : cards) {
            keys[n++] = new SortKey(c, vetoedLast && !c.vetoes().isEmpty(), c.finalTotal().units());
        }
        java.util.Arrays.sort(keys, (a, b) -> {
            if (a.vetoed != b.vetoed) {
                return a.vetoed ? 1 : -1; // unvetoed first
            }
            int c = Long.compare(b.total, a.total); // higher total first
            if (c == 0 && ties != null) {
                c = ties.compare(a.card, b.card);
            }
            return c != 0 ? c : a.card.unitId().compareTo(b.card.unitId());
        });
        List<Scorecard> out = new ArrayList<>(n);
        for (SortKey k : keys) {
            out.add(k.card);
        }
        return out;
    }

    /** A card with what the sort compares first, read once. */
    private static final class SortKey {
        final Scorecard card;
        final boolean vetoed;
        final long total;

        SortKey(Scorecard card, boolean vetoed, long total) {
            this.card = card;
            this.vetoed = vetoed;
            this.total = total;
        }
    }

    /**
     * The table of {@code sorted} (one rubric's cards, already in {@code order} then unit id): shared ranks for
     * cards equal under {@code order}, then grade quotas. Shared with {@link IncrementalRanking} so that both give
     * the same tables.
     */
    static RankingTable table(String rubricId, List<Scorecard> sorted, AssessmentPlan plan, Comparator<Scorecard> order) {
        int n = sorted.size();
        int[] rank = new int[n];
        Grade[] grade = new Grade[n];
        for (int i = 0; i < n; i++) {
            rank[i] = i > 0 && order.compare(sorted.get(i - 1), sorted.get(i)) == 0 ? rank[i - 1] : i + 1;
            grade[i] = sorted.get(i).grade();
        }
        List<GradeQuota> quotas = new ArrayList<>(plan.quotas());
        quotas.sort(Comparator.comparing(GradeQuota::grade));
        Map<Grade, Integer> used = new HashMap<>();
        for (GradeQuota q : quotas) {
            long allowed = (long) n * q.maxShare().numerator() / q.maxShare().denominator();
            for (int i = 0; i < n; i++) {
                if (grade[i].equals(q.grade())) {
                    int count = used.merge(q.grade(), 1, Integer::sum);
                    if (count > allowed) {
                        grade[i] = plan.gradeBands().below(q.grade());
                    }
                }
            }
        }
        List<RankedUnit> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Scorecard c = sorted.get(i);
            entries.add(ImmutableRankedUnit.builder().unitId(c.unitId()).rank(rank[i]).finalTotal(c.finalTotal())
                    .grade(grade[i]).gradeBeforeQuota(c.grade()).commendable(c.isCommendable()).complete(c.isComplete()).build());
        }
        return ImmutableRankingTable.builder().rubricId(rubricId).entries(entries).build();
    }
}

package org.kaoping.benchmarks.scoring;

import java.util.HashMap;
import java.util.Map;
import org.kaoping.core.scoring.Scorecard;

/**
 * Live ranks per rubric under single-unit updates: for each rubric a Fenwick tree counting units per final
 * total (in steps of 0.01 point, the plan's rounding), so a unit's rank — one plus the number of units of its
 * rubric with a strictly higher total, as {@link org.kaoping.core.ranking.Rankings} ranks when the plan has no
 * tie-breaks — and an update (remove the old total, add the new) each take O(log(points / step)).
 * Not thread-safe.
 */
public final class IncrementalRanking {
    private static final long STEP = 100; // units per 0.01 point

    private final Map<String, Fenwick> byRubric = new HashMap<>();
    private final long[] total;
    private final String[] rubricOf;

    /** Ranks {@code cards} (index = unit number); every card's rubric gets a tree sized to {@code maxPoints} units. */
    public IncrementalRanking(Scorecard[] cards, long maxUnits) {
        total = new long[cards.length];
        rubricOf = new String[cards.length];
        for (int u = 0; u < cards.length; u++) {
            String r = cards[u].rubric().id();
            rubricOf[u] = r;
            total[u] = cards[u].finalTotal().units();
            byRubric.computeIfAbsent(r, k -> new Fenwick((int) (maxUnits / STEP) + 1)).add(bucket(total[u]), 1);
        }
    }

    private static int bucket(long units) {
        if (units % STEP != 0) {
            throw new IllegalArgumentException("total " + units + " units is not a multiple of 0.01 point");
        }
        return (int) (units / STEP);
    }

    /** Replaces unit {@code u}'s card (same rubric) and returns its new rank. */
    public int update(int u, Scorecard card) {
        Fenwick f = byRubric.get(rubricOf[u]);
        f.add(bucket(total[u]), -1);
        total[u] = card.finalTotal().units();
        f.add(bucket(total[u]), 1);
        return rank(u);
    }

    /** 1 + the number of units of {@code u}'s rubric with a higher final total. */
    public int rank(int u) {
        Fenwick f = byRubric.get(rubricOf[u]);
        return 1 + f.count - f.prefix(bucket(total[u]));
    }

    /** Counts per bucket; prefix(i) = units in buckets 0..i. */
    private static final class Fenwick {
        final int[] tree;
        int count;

        Fenwick(int n) {
            tree = new int[n + 1];
        }

        void add(int i, int delta) {
            count += delta;
            for (int x = i + 1; x < tree.length; x += x & -x) {
                tree[x] += delta;
            }
        }

        int prefix(int i) {
            int s = 0;
            for (int x = i + 1; x > 0; x -= x & -x) {
                s += tree[x];
            }
            return s;
        }
    }
}

package org.kaoping.benchmarks.scoring;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.kaoping.benchmarks.nation.Nation;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.ranking.Rankings;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;

/** Scores every unit of a nation on {@code threads} threads (the {@link Scorer} is thread-safe), then ranks per rubric with {@link Rankings}. */
public final class NationalScoring {
    // Units are handed out 64 at a time: the runtime (CycleScorer) hands them out one by one, and with chunks of 512 the
    // 1 % nation (7,064 units, 14 chunks) left one thread idle for up to a chunk at the end.
    private static final int CHUNK = 64;
    private static final java.util.concurrent.atomic.AtomicLong CPU = new java.util.concurrent.atomic.AtomicLong();

    /** CPU time (all worker threads, nanoseconds) of the last {@link #scoreAll}: less disturbed than wall time on a shared machine. */
    public static long lastCpuNanos() {
        return CPU.get();
    }

    private NationalScoring() {}

    /** One scorecard per unit, in unit order. */
    public static Scorecard[] scoreAll(Scorer scorer, Nation nation, EvidenceIndex index, int threads) {
        Scorecard[] cards = new Scorecard[nation.size()];
        AtomicInteger next = new AtomicInteger();
        CPU.set(0);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Runnable work = () -> {
            long cpu0 = mx.getCurrentThreadCpuTime();
            int from;
            while ((from = next.getAndAdd(CHUNK)) < cards.length) {
                int to = Math.min(cards.length, from + CHUNK);
                for (int u = from; u < to; u++) {
                    cards[u] = scorer.score(nation.units[u], index.unit(nation.units[u].id()));
                }
            }
            CPU.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
        };
        if (threads <= 1) {
            work.run();
            return cards;
        }
        Thread[] pool = new Thread[threads - 1];
        for (int t = 0; t < pool.length; t++) {
            pool[t] = new Thread(work, "score-" + t);
            pool[t].start();
        }
        work.run();
        for (Thread t : pool) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return cards;
    }

    /** Full scoring and ranking: the ranking tables per rubric id. */
    public static Map<String, RankingTable> scoreAndRank(Scorer scorer, Nation nation, EvidenceIndex index, int threads) {
        Scorecard[] cards = scoreAll(scorer, nation, index, threads);
        return Rankings.rank(Arrays.asList(cards), scorer.plan());
    }
}

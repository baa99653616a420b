package org.kaoping.benchmarks.jmh;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kaoping.benchmarks.nation.Nation;
import org.kaoping.benchmarks.nation.NationGenerator;
import org.kaoping.benchmarks.scoring.NationalScoring;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.ranking.Rankings;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** (a) Scoring every unit of the nation on {@code threads} threads and ranking per rubric. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NationalScoringBenchmark {
    @Param({"0.01"})
    public double scale;

    @Param({"2"})
    public int threads;

    @Param({"COMPACT", "COLUMNS"})
    public NationGenerator.Style style;

    Nation nation;
    EvidenceIndex index;
    Scorer scorer;
    Scorecard[] cards;

    @Setup(Level.Trial)
    public void generate() {
        nation = NationGenerator.nation(scale, 20_151_201L);
        index = NationGenerator.index(nation, style);
        scorer = Scorer.of(nation.plan);
        cards = NationalScoring.scoreAll(scorer, nation, index, threads);
        // The index made here (0.5-1 GB at 1 %) is still young: without a full collection now, G1 promotes and
        // concurrently marks it during the first measured iterations, which then take up to twice as long as the
        // later ones (seen: 161 and 135 ms, then 73-76 ms, at 1 % on one thread). Measure the steady state.
        System.gc();
    }

    /** Full scoring and ranking. */
    @Benchmark
    public Map<String, RankingTable> scoreAndRank() {
        return NationalScoring.scoreAndRank(scorer, nation, index, threads);
    }

    /** Scoring alone. */
    @Benchmark
    public Scorecard[] scoreOnly() {
        return NationalScoring.scoreAll(scorer, nation, index, threads);
    }

    /** Ranking alone, of cards scored in setup. */
    @Benchmark
    public Map<String, RankingTable> rankOnly() {
        return Rankings.rank(Arrays.asList(cards), nation.plan);
    }
}

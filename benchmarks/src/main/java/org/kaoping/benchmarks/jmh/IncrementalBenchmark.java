package org.kaoping.benchmarks.jmh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kaoping.benchmarks.nation.Nation;
import org.kaoping.benchmarks.nation.NationGenerator;
import org.kaoping.benchmarks.scoring.IncrementalRanking;
import org.kaoping.benchmarks.scoring.NationalScoring;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.evidence.UnitEvidence;
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

/**
 * (b) One new evidence fact (a panel judgement on a unit's first leaf), then that unit's evidence re-indexed,
 * its scorecard recomputed and its rank updated in an {@link IncrementalRanking}. Sample mode, so the
 * report gives the median (p0.50). The units taken in turn are spread over the whole nation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IncrementalBenchmark {
    @Param({"0.01"})
    public double scale;

    Nation nation;
    Scorer scorer;
    UnitEvidence[] evidence;
    IncrementalRanking ranking;
    int next;
    int seq;
    static final String[] LEVELS = {"好", "较好", "一般", "差"};

    @Setup(Level.Trial)
    public void generate() {
        nation = NationGenerator.nation(scale, 20_151_201L);
        EvidenceIndex index = NationGenerator.index(nation, NationGenerator.Style.COMPACT);
        scorer = Scorer.of(nation.plan);
        Scorecard[] cards = NationalScoring.scoreAll(scorer, nation, index, 2);
        evidence = new UnitEvidence[nation.size()];
        for (int u = 0; u < evidence.length; u++) {
            evidence[u] = index.unit(nation.units[u].id());
        }
        ranking = new IncrementalRanking(cards, 100 * 10_000L);
    }

    @Benchmark
    public int addFactRescoreRerank() {
        int u = next;
        next = (next + 7919) % evidence.length;
        String uid = nation.units[u].id();
        Evidence fact = Judgement.builder().id(uid + "#new" + (seq++)).unitId(uid).key(nation.rubricOf(u).key[0])
                .period(ReportingPeriod.year(2025)).source(SourceKind.PANEL).author("rater-extra-" + (seq & 7))
                .recordedAt(Instant.EPOCH).level(LEVELS[seq & 3]).build();
        List<Evidence> all = new ArrayList<>(evidence[u].all().size() + 1);
        all.addAll(evidence[u].all());
        all.add(fact);
        UnitEvidence updated = EvidenceIndex.of(all).unit(uid);
        evidence[u] = updated;
        Scorecard card = scorer.score(nation.units[u], updated);
        return ranking.update(u, card);
    }
}

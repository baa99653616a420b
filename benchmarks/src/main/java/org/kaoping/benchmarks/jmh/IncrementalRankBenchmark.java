package org.kaoping.benchmarks.jmh;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kaoping.benchmarks.nation.Facts;
import org.kaoping.benchmarks.nation.Nation;
import org.kaoping.benchmarks.nation.NationGenerator;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.ranking.Rankings;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;
import org.kaoping.runtime.Kaoping;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.support.InMemoryAssessmentStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 14, goal 5: {@code Kaoping.rank()} through the SDK's runtime after one new fact, on the synthetic nation
 * held in the in-memory store (1 %: 7,064 units, 1.09 M facts). {@link #submitOneFactThenRank} submits one panel
 * judgement through the gate and ranks: the runtime rescores that unit only and moves it in its
 * {@code IncrementalRanking}. The anchors, in the same run: {@link #fullScoreCycleAndRank} rescores every unit from
 * the runtime's evidence snapshot and ranks them ({@code scoreCycle()} + {@code Rankings.rank}), and
 * {@link #oldRankPath} does what {@code rank()} did before (read all evidence, index it, score every unit, rank),
 * without the record writes. Sample mode, so the report gives the median. Target: median ≤ 1 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IncrementalRankBenchmark {
    static final String[] LEVELS = {"好", "较好", "一般", "差"};
    static final String OFFICE = "PM000000";

    @Param({"0.01"})
    public double scale;

    Nation nation;
    InMemoryAssessmentStore store;
    Kaoping kaoping;
    Scorer scorer;
    /** Units the city office assesses (those it may file a panel judgement on), by index into the nation. */
    int[] targets;
    int next;
    int seq;

    @Setup(Level.Trial)
    public void wire() {
        nation = NationGenerator.nation(scale, 20_151_201L);
        store = new InMemoryAssessmentStore();
        List<Evidence> batch = new ArrayList<>(100_000);
        for (Evidence e : NationGenerator.evidence(nation, NationGenerator.Style.COMPACT, 0, nation.size())) {
            batch.add(e);
            if (batch.size() == 100_000) {
                store.submitAll(batch);
                batch.clear();
            }
        }
        store.submitAll(batch);
        kaoping = Kaoping.builder().orgDirectory(nation.directory()).store(store).plan(nation.plan).cityOffice(OFFICE).parallelism(2)
                .clock(Clock.fixed(Instant.parse("2025-12-31T00:00:00Z"), ZoneOffset.UTC)).build();
        scorer = Scorer.of(nation.plan);
        List<Integer> t = new ArrayList<>();
        for (int u = 0; u < nation.size(); u++) {
            String id = nation.units[u].id();
            if (!id.equals(OFFICE) && kaoping.delegation().mayAssess(OFFICE, id)) {
                t.add(u);
            }
        }
        targets = t.stream().mapToInt(Integer::intValue).toArray();
        if (targets.length == 0) {
            throw new IllegalStateException("the city office " + OFFICE + " assesses no unit of the nation");
        }
        kaoping.rank(); // the first ranking scores the whole cycle
    }

    @TearDown(Level.Trial)
    public void close() {
        kaoping.close();
    }

    /** One panel judgement through the gate on the next unit (spread over the nation), then {@code rank()}. */
    @Benchmark
    public Map<String, RankingTable> submitOneFactThenRank() {
        int u = targets[next];
        next = (next + 7919) % targets.length;
        String uid = nation.units[u].id();
        String rater = "rater-extra-" + (seq & 7);
        Judgement fact = Judgement.builder().id(uid + "#new" + (seq++)).unitId(uid).key(nation.rubricOf(u).key[0])
                .period(ReportingPeriod.year(Facts.YEAR)).source(SourceKind.PANEL).author(rater).authorUnitId(OFFICE)
                .recordedAt(Instant.parse("2025-12-01T00:00:00Z")).level(LEVELS[seq & 3]).build();
        if (kaoping.submit(rater, OFFICE, fact) != SubmitOutcome.ADDED) {
            throw new IllegalStateException("not added: " + fact);
        }
        return kaoping.rank();
    }

    /** Anchor: every unit rescored from the runtime's snapshot and ranked. */
    @Benchmark
    public Map<String, RankingTable> fullScoreCycleAndRank() {
        return Rankings.rank(kaoping.scoreCycle(), nation.plan);
    }

    /** Anchor: what {@code rank()} did before: all evidence read, indexed, every assessed unit scored, ranked. */
    @Benchmark
    public Map<String, RankingTable> oldRankPath() {
        EvidenceIndex index = EvidenceIndex.of(store.allEvidence());
        List<OrgUnit> assessed = kaoping.assessedUnits();
        List<Scorecard> cards = new ArrayList<>(assessed.size());
        for (OrgUnit u : assessed) {
            cards.add(scorer.score(u, index));
        }
        return Rankings.rank(cards, nation.plan);
    }
}

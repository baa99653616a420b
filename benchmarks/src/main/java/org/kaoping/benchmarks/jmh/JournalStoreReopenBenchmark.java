package org.kaoping.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.plugin.store.JournalAssessmentStore;
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
 * Reopening the journal store (issue 14 goal 6: one million facts reopen in at most 2 s): {@code reopen} opens a
 * store of {@code facts} judgements (written in batches of 2,000, the demo's import batch) and closes it, which
 * reads every journal line, checks its CRC and hash chain and parses the evidence; {@code verifyChain} walks the
 * chains read-only ({@code audit verify}); the anchor {@code readBytesOnce} reads the same files once and counts
 * their lines. The ratio reopen / anchor is the figure to compare across machines. Setup prints the bytes per fact.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JournalStoreReopenBenchmark {
    @Param({"100000"})
    public int facts;

    Path dir;

    @Setup(Level.Trial)
    public void write() throws IOException {
        dir = Files.createTempDirectory("kaoping-reopen-bench");
        Instant at = Instant.parse("2015-11-20T01:02:03Z");
        String[] levels = {"好", "较好", "一般", "差"};
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            List<Evidence> batch = new ArrayList<>(2000);
            for (int i = 0; i < facts; i++) {
                batch.add(Judgement.builder().id("VL" + (i / 150) + "#" + (i % 150)).unitId("VL" + (i / 150))
                        .key("3." + (i % 12)).period(ReportingPeriod.year(2015)).source(SourceKind.PANEL)
                        .author("rater-" + (i % 5)).authorUnitId("office").recordedAt(at).level(levels[i % 4]).build());
                if (batch.size() == 2000 || i == facts - 1) {
                    store.submitAll(batch);
                    batch.clear();
                }
            }
        }
        long bytes = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                bytes += Files.size(p);
            }
        }
        System.out.printf("%nstore of %d facts: %d bytes on disk, %.1f bytes per fact%n", facts, bytes, (double) bytes / facts);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Open (CRC, chain, parse, index) and close. */
    @Benchmark
    public int reopen() {
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            return store.allEvidence().size();
        }
    }

    /** The chains walked read-only, as {@code kaoping audit verify} does. */
    @Benchmark
    public long verifyChain() {
        return JournalAssessmentStore.verify(dir).recordsChecked();
    }

    /** Anchor: the same files read once, lines counted. */
    @Benchmark
    public long readBytesOnce() throws IOException {
        long lines = 0;
        for (String name : new String[] {"evidence.jsonl", "audit.jsonl", "scorecards.jsonl"}) {
            for (byte b : Files.readAllBytes(dir.resolve(name))) {
                if (b == '\n') {
                    lines++;
                }
            }
        }
        return lines;
    }
}

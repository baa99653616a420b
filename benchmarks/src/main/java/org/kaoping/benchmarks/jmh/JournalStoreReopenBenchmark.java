package org.kaoping.benchmarks.jmh;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
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
 * Reopening the journal store (issue 14 goal 6: one million facts reopen in at most 2 s, holding at most 150 B of
 * heap per fact). The store holds {@code facts} judgements (written in batches of 2,000, the demo's import batch)
 * and the snapshot its close wrote ({@code store.snapshot}).
 *
 * <ul>
 *   <li>{@code reopen}: open (each journal read from the record the snapshot covers: that record's CRC and chain
 *       hash, then the tail's CRCs and chain links; the snapshot's SHA-256 checked against its anchor in
 *       {@code audit.jsonl} and the snapshot loaded; the tail replayed) and close (nothing new, so no snapshot is
 *       written); the whole walk of the chains is {@code verifyChain}'s;
 *   <li>{@code reopenFromJournals}: the same store without its snapshot, replayed from the journals alone (the path
 *       before snapshots, and the path taken when a snapshot is damaged); closed outside the measurement;
 *   <li>{@code verifyChain}: the chains walked read-only ({@code audit verify});
 *   <li>anchors: {@code readBytesOnce} reads the three journal files once and counts their lines;
 *       {@code readBytesOnceWithSnapshot} also reads the snapshot file: the bytes the snapshot path must at least
 *       read.
 * </ul>
 * Setup prints the bytes on disk per fact and the heap held per fact after a snapshot reopen (used heap after a
 * full GC with the store open, minus before, over the facts).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JournalStoreReopenBenchmark {
    private static final String[] JOURNALS = {"evidence.jsonl", "audit.jsonl", "scorecards.jsonl"};

    @Param({"100000"})
    public int facts;

    Path root;
    /** The store with its snapshot. */
    Path dir;
    /** A copy of its journals without a snapshot. */
    Path journalsOnly;

    @Setup(Level.Trial)
    public void write() throws IOException {
        root = Files.createTempDirectory("kaoping-reopen-bench");
        dir = Files.createDirectories(root.resolve("store"));
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
        journalsOnly = Files.createDirectories(root.resolve("journals-only"));
        long journalBytes = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(".jsonl") || name.endsWith(".manifest")) {
                    Files.copy(p, journalsOnly.resolve(name));
                    journalBytes += name.endsWith(".jsonl") ? Files.size(p) : 0;
                }
            }
        }
        long snapshotBytes = Files.size(dir.resolve("store.snapshot"));
        System.out.printf("%nstore of %d facts: journals %d bytes (%.1f per fact), snapshot %d bytes (%.1f per fact)%n",
                facts, journalBytes, (double) journalBytes / facts, snapshotBytes, (double) snapshotBytes / facts);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            long after = usedAfterGc(memory);
            System.out.printf("heap held after a snapshot reopen: %d bytes, %.1f B per fact (%d facts)%n", after - before,
                    (double) (after - before) / facts, store.allEvidence().size());
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Holds the store {@code reopenFromJournals} opened, so that closing it is not measured. */
    @State(Scope.Thread)
    public static class Opened {
        JournalAssessmentStore store;

        @TearDown(Level.Invocation)
        public void close(JournalStoreReopenBenchmark bench) throws IOException {
            if (store != null) {
                store.close(); // writes a snapshot: removed so that the next invocation replays the journals again
                store = null;
            }
            Files.deleteIfExists(bench.journalsOnly.resolve("store.snapshot"));
        }
    }

    /** Open from the snapshot and the journal tail (CRC, chain, snapshot check, load, index) and close. */
    @Benchmark
    public int reopen() {
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            return store.allEvidence().size();
        }
    }

    /** Open from the journals alone (CRC, chain, parse, index). */
    @Benchmark
    public int reopenFromJournals(Opened opened) {
        opened.store = JournalAssessmentStore.open(journalsOnly);
        return opened.store.allEvidence().size();
    }

    /** The chains walked read-only, as {@code kaoping audit verify} does. */
    @Benchmark
    public long verifyChain() {
        return JournalAssessmentStore.verify(dir).recordsChecked();
    }

    /** Anchor: the journal files read once, lines counted. */
    @Benchmark
    public long readBytesOnce() throws IOException {
        return countLines(JOURNALS);
    }

    /** Anchor for {@code reopen}: the journal files and the snapshot read once. */
    @Benchmark
    public long readBytesOnceWithSnapshot() throws IOException {
        return countLines(JOURNALS) + countLines(new String[] {"store.snapshot"});
    }

    private long countLines(String[] names) throws IOException {
        long lines = 0;
        for (String name : names) {
            for (byte b : Files.readAllBytes(dir.resolve(name))) {
                if (b == '\n') {
                    lines++;
                }
            }
        }
        return lines;
    }
}

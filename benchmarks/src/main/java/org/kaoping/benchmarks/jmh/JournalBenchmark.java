package org.kaoping.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kaoping.plugin.journal.Journal;
import org.kaoping.plugin.journal.JournalRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * (d) The reference plugin's durable journal (every append returns after fsync): records per second for
 * single appends (1 and 4 threads sharing fsyncs), {@code appendAll} batches of 100, and reading back
 * 10,000 records. Payload: an evidence-like JSON line of about 110 bytes with Chinese text. The journal
 * lives in a temporary directory under {@code java.io.tmpdir} (set {@code -Djava.io.tmpdir} to choose the
 * device). Throughput here is the device's fsync rate, not the CPU's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JournalBenchmark {
    static final String PAYLOAD = "{\"id\":\"VL000123#0042\",\"unit\":\"VL000123\",\"key\":\"3.2\",\"kind\":\"JUDGEMENT\",\"level\":\"较好\",\"by\":\"rater-2\",\"note\":\"档案齐全\"}";

    @Param({"100"})
    public int batch;

    Path dir;
    Journal journal;
    List<String> payloads;
    Journal readJournal;

    @Setup(Level.Trial)
    public void open() throws IOException {
        dir = Files.createTempDirectory("kaoping-journal-bench");
        journal = Journal.open(dir.resolve("write"));
        payloads = new ArrayList<>();
        for (int i = 0; i < batch; i++) {
            payloads.add(PAYLOAD);
        }
        readJournal = Journal.open(dir.resolve("read"));
        for (int i = 0; i < 100; i++) {
            readJournal.appendAll(new ArrayList<>(java.util.Collections.nCopies(100, PAYLOAD)));
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        journal.close();
        readJournal.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One record, durable on return. */
    @Benchmark
    public long append() {
        return journal.append(PAYLOAD);
    }

    /** Four threads appending single records: group commit shares fsyncs. */
    @Benchmark
    @Threads(4)
    public long append4Threads() {
        return journal.append(PAYLOAD);
    }

    /** A batch of {@code batch} records with one fsync; the score counts records. */
    @Benchmark
    @OperationsPerInvocation(100)
    public long appendAll() {
        return journal.appendAll(payloads);
    }

    /** Reading back 10,000 durable records; the score counts records. */
    @Benchmark
    @OperationsPerInvocation(10_000)
    public int readBack() {
        List<JournalRecord> r = readJournal.read(1);
        if (r.size() != 10_000) {
            throw new IllegalStateException("read " + r.size());
        }
        return r.size();
    }
}

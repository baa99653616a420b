package org.kaoping.plugin.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Manual throughput check, not a test (a JMH benchmark comes later): prints appends per second for a
 * single appender, batches of 100, and 8 concurrent appenders sharing fsyncs. Usage:
 * {@code java -cp <test-classes:classes:core:spi> org.kaoping.plugin.journal.JournalThroughput [DIR]}.
 */
public final class JournalThroughput {
    private JournalThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path base = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("journal-tp");
        String payload = JournalChild.payload(36); // about 110 bytes of JSON with Chinese text
        int n = 10_000;
        try (Journal j = Journal.open(base.resolve("single"))) {
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                j.append(payload);
            }
            report("1 thread, append", n, t);
        }
        try (Journal j = Journal.open(base.resolve("batch"))) {
            List<String> batch = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                batch.add(payload);
            }
            long t = System.nanoTime();
            for (int i = 0; i < n * 10 / 100; i++) {
                j.appendAll(batch);
            }
            report("1 thread, appendAll x100", n * 10, t);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Journal j = Journal.open(base.resolve("threads"))) {
            long t = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < n / 8 * 4; i++) {
                        j.append(payload);
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            report("8 threads, append", n * 4, t);
        } finally {
            pool.shutdown();
        }
        long t = System.nanoTime();
        try (Journal j = Journal.open(base.resolve("batch"))) {
            report("reopen + recover " + j.lastSequence() + " records", (int) j.lastSequence(), t);
        }
        System.out.println("files in " + base);
    }

    private static void report(String what, int records, long startNanos) {
        double s = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("%-40s %8d records in %6.2f s = %9.0f records/s%n", what, records, s, records / s);
    }
}

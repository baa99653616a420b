package org.kaoping.plugin.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalConcurrencyTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 500;

    @Test
    void concurrentAppendersLoseNothingAndNeverInterleave(@TempDir Path dir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> readerProblems = new CopyOnWriteArrayList<>();
        try (Journal journal = Journal.open(dir)) {
            List<Future<List<Long>>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                final int thread = t;
                writers.add(pool.submit(() -> {
                    start.await();
                    List<Long> seqs = new ArrayList<>();
                    for (int i = 0; i < PER_THREAD; i++) {
                        // every 10th write is a batch of two, the rest single appends
                        if (i % 10 == 9 && i + 1 < PER_THREAD) {
                            List<String> batch = new ArrayList<>();
                            batch.add(payload(thread, i));
                            batch.add(payload(thread, i + 1));
                            long last = journal.appendAll(batch);
                            seqs.add(last - 1);
                            seqs.add(last);
                            i++;
                        } else {
                            seqs.add(journal.append(payload(thread, i)));
                        }
                    }
                    return seqs;
                }));
            }
            // A reader running alongside always sees a contiguous prefix 1..n of valid records.
            Future<Integer> reader = pool.submit(() -> {
                start.await();
                int reads = 0;
                while (writing.get()) {
                    List<JournalRecord> seen = journal.read(1);
                    for (int k = 0; k < seen.size(); k++) {
                        if (seen.get(k).sequence() != k + 1) {
                            readerProblems.add("position " + k + " has seq " + seen.get(k).sequence());
                        }
                    }
                    reads++;
                    Thread.sleep(2);
                }
                return reads;
            });
            start.countDown();
            Set<Long> returned = new HashSet<>();
            for (int t = 0; t < THREADS; t++) {
                List<Long> seqs = writers.get(t).get(60, TimeUnit.SECONDS);
                assertEquals(PER_THREAD, seqs.size());
                for (int k = 1; k < seqs.size(); k++) {
                    assertTrue(seqs.get(k) > seqs.get(k - 1), "a thread's sequence numbers increase");
                }
                returned.addAll(seqs);
            }
            writing.set(false);
            assertTrue(reader.get(60, TimeUnit.SECONDS) > 0);
            assertEquals(Collections.emptyList(), readerProblems);
            assertEquals(THREADS * PER_THREAD, returned.size(), "every append got its own sequence number");
            assertEquals(THREADS * PER_THREAD, journal.lastSequence());
            check(journal.read(1));
        } finally {
            pool.shutdownNow();
        }
        try (Journal reopened = Journal.open(dir)) {
            check(reopened.read(1));
            assertEquals(THREADS * PER_THREAD, JournalTestSupport.lines(reopened.file()).size());
        }
    }

    private static void check(List<JournalRecord> records) {
        assertEquals(THREADS * PER_THREAD, records.size());
        Set<String> payloads = new HashSet<>();
        int[] nextPerThread = new int[THREADS];
        for (int k = 0; k < records.size(); k++) {
            JournalRecord r = records.get(k);
            assertEquals(k + 1, r.sequence(), "sequence numbers are contiguous in file order");
            assertTrue(payloads.add(r.payload()), "present exactly once: " + r.payload());
            String[] parts = r.payload().split(" ");
            int thread = Integer.parseInt(parts[1]);
            int i = Integer.parseInt(parts[3]);
            assertEquals(nextPerThread[thread]++, i, "a thread's records are in its own order");
            assertEquals(payload(thread, i), r.payload());
        }
    }

    private static String payload(int thread, int i) {
        return "线程 " + thread + " 记录 " + i + " {\"t\":" + thread + ",\"i\":" + i + "}";
    }
}

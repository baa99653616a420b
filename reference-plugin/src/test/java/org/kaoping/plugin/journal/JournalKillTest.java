package org.kaoping.plugin.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of 10,000 journal writes loses none of the acknowledged ones, and the journal
 * reopens and accepts appends (issue 5, "Done when").
 */
class JournalKillTest {
    private static final int TOTAL = 10_000;
    private static final int KILL_AFTER_ACKS = 2_000;

    @Test
    void killMinus9LosesNoAcknowledgedRecord(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("journal");
        Path stderr = tmp.resolve("child-stderr.txt");
        Process child = JournalTestSupport.childJvm(stderr, "append", dir.toString(), Integer.toString(TOTAL)).start();
        List<Long> acks = new CopyOnWriteArrayList<>();
        List<String> other = new CopyOnWriteArrayList<>();
        CountDownLatch enough = new CountDownLatch(KILL_AFTER_ACKS);
        Thread stdoutReader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.matches("\\d+")) {
                        acks.add(Long.parseLong(line));
                        enough.countDown();
                    } else {
                        other.add(line);
                    }
                }
            } catch (IOException e) {
                other.add("read failed: " + e);
            }
        }, "child-stdout");
        stdoutReader.start();
        long started = System.nanoTime();
        boolean reached = enough.await(25, TimeUnit.SECONDS);
        boolean aliveAtKill = child.isAlive();
        int acksAtKill = acks.size();
        // SIGKILL on Linux and macOS. Through the ProcessHandle, because Process.destroyForcibly() also
        // closes our end of the child's stdout, losing acks still in the pipe.
        assertTrue(child.toHandle().destroyForcibly(), "could not request the kill");
        assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child did not die");
        stdoutReader.join(10_000);
        if (!reached) {
            fail("the child acknowledged only " + acks.size() + " records in 25 s; stdout " + other + ", stderr "
                    + JournalTestSupport.read(stderr));
        }
        assertTrue(aliveAtKill, "the child finished all " + TOTAL + " appends before it could be killed; "
                + "stdout " + other);
        assertNotEquals(0, child.exitValue(), "the child was killed, not exited");
        assertTrue(acks.size() < TOTAL, "killed in the middle: " + acks.size() + " acks");
        System.out.printf("kill -9 test: killed after %d acks seen (%d in total) in %.1f s%n", acksAtKill,
                acks.size(), (System.nanoTime() - started) / 1e9);

        long lastAck = acks.get(acks.size() - 1);
        for (int k = 0; k < acks.size(); k++) {
            assertEquals(k + 1, acks.get(k).longValue(), "acks are 1..n in order");
        }
        long after;
        try (JournalTestSupport.LogCapture log = new JournalTestSupport.LogCapture();
                Journal journal = Journal.open(dir)) {
            long last = journal.lastSequence();
            // Every acknowledged record is there; at most one more (written, not yet acknowledged) may be.
            assertTrue(last == lastAck || last == lastAck + 1, "last " + last + ", last ack " + lastAck
                    + ", other output " + other + ", acks " + acks.size() + ", reader alive " + stdoutReader.isAlive());
            List<JournalRecord> records = journal.read(1);
            assertEquals(last, records.size());
            for (JournalRecord r : records) {
                assertEquals(JournalChild.payload(r.sequence()), r.payload(), "record " + r.sequence() + " intact");
            }
            assertTrue(log.warnings().size() <= 1, log.warnings().toString());
            after = journal.append("after kill -9");
            assertEquals(last + 1, after);
        }
        try (Journal journal = Journal.open(dir)) {
            assertEquals(after, journal.lastSequence());
            assertEquals(new JournalRecord(after, "after kill -9"), journal.read(after).get(0));
        }
    }
}

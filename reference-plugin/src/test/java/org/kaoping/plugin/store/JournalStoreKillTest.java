package org.kaoping.plugin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.spi.SubmitOutcome;

/**
 * kill -9 in the middle of 10,000 evidence submissions through {@link JournalAssessmentStore} loses none
 * of the acknowledged ones, and the store reopens and accepts more (issue 5, "Done when").
 */
class JournalStoreKillTest {
    private static final int TOTAL = 10_000;
    private static final int KILL_AFTER_ACKS = 2_000;

    @Test
    void killMinus9LosesNoAcknowledgedEvidence(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("store");
        Path stderr = tmp.resolve("child-stderr.txt");
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx96m");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StoreChild.class.getName());
        command.add(dir.toString());
        command.add(Integer.toString(TOTAL));
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        List<Integer> acks = new CopyOnWriteArrayList<>();
        List<String> other = new CopyOnWriteArrayList<>();
        CountDownLatch enough = new CountDownLatch(KILL_AFTER_ACKS);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.matches("\\d+")) {
                        acks.add(Integer.parseInt(line));
                        enough.countDown();
                    } else {
                        other.add(line);
                    }
                }
            } catch (IOException e) {
                other.add("read failed: " + e);
            }
        }, "store-child-stdout");
        reader.start();
        long started = System.nanoTime();
        boolean reached = enough.await(60, TimeUnit.SECONDS);
        boolean aliveAtKill = child.isAlive();
        int acksAtKill = acks.size();
        // SIGKILL, through the ProcessHandle so that acks still in the pipe are not lost.
        assertTrue(child.toHandle().destroyForcibly(), "could not request the kill");
        assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child did not die");
        reader.join(10_000);
        if (!reached) {
            fail("the child acknowledged only " + acks.size() + " submissions in 60 s; stdout " + other + ", stderr "
                    + (Files.exists(stderr) ? new String(Files.readAllBytes(stderr), StandardCharsets.UTF_8) : ""));
        }
        assertTrue(aliveAtKill, "the child finished all " + TOTAL + " submissions before it could be killed");
        assertNotEquals(0, child.exitValue(), "killed, not exited");
        assertTrue(acks.size() < TOTAL, "killed in the middle: " + acks.size() + " acks");
        for (int k = 0; k < acks.size(); k++) {
            assertEquals(k + 1, acks.get(k).intValue(), "acks are 1..n in order");
        }
        int lastAck = acks.get(acks.size() - 1);
        System.out.printf("store kill -9 test: killed after %d acks seen (%d in total) in %.1f s%n", acksAtKill,
                acks.size(), (System.nanoTime() - started) / 1e9);

        try (JournalAssessmentStoreTest.Capture log = new JournalAssessmentStoreTest.Capture();
                JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            List<Evidence> all = store.allEvidence();
            // Every acknowledged one is there, intact and in order; at most one more (written, not yet acknowledged).
            assertTrue(all.size() == lastAck || all.size() == lastAck + 1, all.size() + " stored, last ack " + lastAck);
            for (int i = 1; i <= all.size(); i++) {
                assertEquals(StoreChild.evidence(i), all.get(i - 1), "evidence " + i);
            }
            assertTrue(log.warnings.size() <= 1, log.warnings.toString());
            assertEquals(SubmitOutcome.DUPLICATE, store.submit(StoreChild.evidence(lastAck)));
            assertEquals(SubmitOutcome.ADDED, store.submit(StoreChild.evidence(TOTAL + 1)));
        }
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            assertEquals(StoreChild.evidence(TOTAL + 1), store.findEvidence("ev-" + (TOTAL + 1)).get());
        }
    }
}

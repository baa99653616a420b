package org.kaoping.plugin.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.plugin.journal.Journal;
import org.kaoping.plugin.journal.JournalCorruptedException;
import org.kaoping.plugin.journal.JournalLockedException;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.testkit.contract.AssessmentStoreContract;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.testkit.contract.ContractEvidence.judgement;

/** The store contract on {@link JournalAssessmentStore}, plus what is particular to journals. */
class JournalAssessmentStoreTest extends AssessmentStoreContract {
    @Override
    protected AssessmentStore newStore(Path dir) {
        return JournalAssessmentStore.open(dir);
    }

    private static List<String> ids(List<Evidence> evidence) {
        List<String> out = new ArrayList<>();
        for (Evidence e : evidence) {
            out.add(e.id());
        }
        return out;
    }

    @Test
    void aDirectoryOfThreeJournalsOneRecordPerWriteAndPerBatch() throws Exception {
        store.submit(judgement("a", "hepu", "好"));
        store.submitAll(Arrays.asList(judgement("b", "hepu", "好"), judgement("c", "hepu", "好"), judgement("a", "hepu", "好")));
        store.putScorecard(card("p", "hepu", 90), 0);
        store.audit(event("a"));
        store.close();
        List<String> evidence = Files.readAllLines(dir.resolve("evidence.jsonl"), StandardCharsets.UTF_8);
        assertEquals(2, evidence.size(), "the batch of two new records is one line: " + evidence);
        assertTrue(evidence.get(1).startsWith("{\"seq\":2,\"data\":\"[{\\\"kind\\\":\\\"judgement\\\""), evidence.get(1));
        assertEquals(1, Files.readAllLines(dir.resolve("scorecards.jsonl")).size());
        List<String> audit = Files.readAllLines(dir.resolve("audit.jsonl"), StandardCharsets.UTF_8);
        assertEquals(2, audit.size(), "the event, then the anchor of the snapshot written on close: " + audit);
        assertTrue(audit.get(1).contains("snapshotTaken"), audit.get(1));
        store = newStore(dir);
        assertEquals(Arrays.asList("a", "b", "c"), ids(store.allEvidence()));
    }

    @Test
    void batchesOfScorecardsAndAuditEventsAreOneWriteEachConsecutiveLinesAndSurviveReopening() throws Exception {
        store.putScorecard(card("p", "hepu", 70), 0);
        List<org.kaoping.spi.ScorecardRecord> stored = store.putScorecards(
                Arrays.asList(card("p", "hepu", 80), card("p", "yinhai", 90)), Arrays.asList(1L, 0L));
        assertEquals(Arrays.asList(2L, 1L), Arrays.asList(stored.get(0).version(), stored.get(1).version()));
        store.audit(event("first"));
        List<org.kaoping.spi.AuditEvent> events = store.auditAll(Arrays.asList(event("second"), event("third")));
        assertEquals(Arrays.asList(2L, 3L), Arrays.asList(events.get(0).sequence(), events.get(1).sequence()));
        store.close();
        assertEquals(3, Files.readAllLines(dir.resolve("scorecards.jsonl")).size(), "one line per record");
        assertEquals(3 + 1, Files.readAllLines(dir.resolve("audit.jsonl")).size(), "and the snapshot's anchor");
        store = newStore(dir);
        assertEquals(2L, store.scorecard("p", "hepu").get().version());
        assertEquals("80", store.scorecard("p", "hepu").get().total().toString());
        assertEquals(1L, store.scorecard("p", "yinhai").get().version());
        assertEquals(Arrays.asList("second", "third"), Arrays.asList(store.auditEvents(1).get(0).detail(), store.auditEvents(1).get(1).detail()));
        assertEquals(4, store.audit(event("fourth")).sequence());
    }

    @Test
    void openEmptyDiscardsWhatAClosedStoreHeldButNeverTouchesAnOpenOne() throws Exception {
        store.submit(judgement("a", "hepu", "好"));
        store.putScorecard(card("p", "hepu", 70), 0);
        store.audit(event("a"));
        assertThrows(JournalLockedException.class, () -> JournalAssessmentStore.openEmpty(dir));
        assertEquals(1, store.allEvidence().size(), "the open store keeps its evidence");
        store.close();
        assertTrue(Files.size(dir.resolve("evidence.jsonl")) > 0, "nor were its files emptied");
        store = JournalAssessmentStore.openEmpty(dir);
        assertTrue(store.allEvidence().isEmpty());
        assertTrue(!store.scorecard("p", "hepu").isPresent());
        assertEquals(1, store.audit(event("b")).sequence());
        store.close();
        store = newStore(dir);
        assertEquals(1, store.auditEvents(0).size());
        assertTrue(store.allEvidence().isEmpty());
    }

    @Test
    void aBatchOfScorecardsWithOneStaleVersionWritesNothing() throws Exception {
        store.putScorecard(card("p", "hepu", 70), 0);
        org.kaoping.spi.ConcurrentUpdateException stale = assertThrows(org.kaoping.spi.ConcurrentUpdateException.class,
                () -> store.putScorecards(Arrays.asList(card("p", "yinhai", 90), card("p", "hepu", 80)), Arrays.asList(0L, 0L)));
        assertTrue(stale.getMessage().contains("[hepu]"), stale.getMessage());
        assertTrue(!store.scorecard("p", "yinhai").isPresent(), "the record before the stale one is not written either");
        store.close();
        assertEquals(1, Files.readAllLines(dir.resolve("scorecards.jsonl")).size());
        store = newStore(dir);
    }

    @Test
    void aTornLastRecordIsDroppedWithAWarningAndEverythingBeforeIsKept() throws Exception {
        store.submit(judgement("a", "hepu", "好"));
        store.submitAll(Arrays.asList(judgement("b", "hepu", "好"), judgement("c", "hepu", "好")));
        store.close();
        Path file = dir.resolve("evidence.jsonl");
        byte[] intact = Files.readAllBytes(file);
        // Half of a batch record, as a kill in the middle of the write leaves it.
        String torn = "{\"seq\":3,\"data\":\"[{\\\"kind\\\":\\\"judgement\\\",\\\"id\\\":\\\"d\\\"";
        Files.write(file, torn.getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        try (Capture log = new Capture()) {
            store = newStore(dir);
            assertEquals(1, log.warnings.size(), log.warnings.toString());
            assertTrue(log.warnings.get(0).contains("evidence.jsonl") && log.warnings.get(0).contains("line 3"),
                    log.warnings.get(0));
        }
        assertEquals(Arrays.asList("a", "b", "c"), ids(store.allEvidence()));
        store.close();
        assertArrayEquals(intact, Files.readAllBytes(file), "truncated back to the last whole record");
        store = newStore(dir);
        store.submit(judgement("d", "hepu", "好"));
        assertEquals(4, store.allEvidence().size());
    }

    @Test
    void aRecordThatIsNotEvidenceFailsTheOpenNamingFileLineAndField() throws Exception {
        store.submit(judgement("a", "hepu", "好"));
        store.close();
        store = null;
        try (Journal j = Journal.open(dir, JournalAssessmentStore.EVIDENCE)) {
            j.append("{\"kind\":\"judgement\",\"id\":\"x\",\"unitId\":\"hepu\",\"key\":\"3.2\",\"period\":\"2015\","
                    + "\"source\":\"panel\",\"author\":\"r\",\"recordedAt\":\"2015-11-01T00:00:00Z\",\"level\":7}");
        }
        byte[] before = Files.readAllBytes(dir.resolve("evidence.jsonl"));
        JournalCorruptedException e = assertThrows(JournalCorruptedException.class, () -> newStore(dir));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("evidence.jsonl") && e.getMessage().contains("($.level)")
                && e.getMessage().contains("expected a string, got 7"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("evidence.jsonl")), "left unchanged");
        // The failed open released its locks: the same error again, not a lock error.
        assertThrows(JournalCorruptedException.class, () -> newStore(dir));
    }

    @Test
    void oneDirectoryIsHeldByOneStore() {
        JournalLockedException e = assertThrows(JournalLockedException.class, () -> JournalAssessmentStore.open(dir));
        assertTrue(e.getMessage().contains("evidence.jsonl"), e.getMessage());
        store.submit(judgement("still-works", "hepu", "好"));
    }

    @Test
    void textThatIsNotUnicodeIsRefusedAndNothingIsWritten() throws Exception {
        store.submit(judgement("ok", "hepu", "好"));
        RefusedInputException e = assertThrows(RefusedInputException.class,
                () -> store.submitAll(Arrays.asList(judgement("first", "hepu", "好"), judgement("bad", "hepu", "好\uD800"))));
        assertTrue(e.getMessage().contains("[bad]") && e.getMessage().contains("unpaired surrogate"), e.getMessage());
        reopenStore();
        assertEquals(Collections.singletonList(judgement("ok", "hepu", "好")), store.allEvidence());
    }

    /** Collects the journal's warnings and keeps them out of the build output. */
    static final class Capture extends Handler implements AutoCloseable {
        private final Logger logger = Logger.getLogger(Journal.class.getName());
        private final boolean parents = logger.getUseParentHandlers();
        final List<String> warnings = new ArrayList<>();

        Capture() {
            setLevel(Level.ALL);
            logger.addHandler(this);
            logger.setUseParentHandlers(false);
        }

        @Override
        public synchronized void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(r.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
            logger.setUseParentHandlers(parents);
        }
    }
}

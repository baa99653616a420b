package org.kaoping.plugin.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.testkit.contract.ContractEvidence.judgement;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.plugin.journal.Journal;
import org.kaoping.plugin.journal.JournalCorruptedException;
import org.kaoping.plugin.journal.JournalDamage;
import org.kaoping.plugin.journal.JournalRepair;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.IntegrityReport;
import org.kaoping.spi.SubmitOutcome;

/** Evidence and its audit events as one record; the hash chains of the journal store, verified and repaired. */
class JournalStoreIntegrityTest {

    private static AuditEvent event(String detail) {
        return AuditEvent.builder().at(Instant.parse("2015-12-01T08:00:00.123Z")).actor("张三").actorUnitId("office")
                .action(AuditEvent.Action.EVIDENCE_SUBMITTED).unitId("hepu").subject(detail).detail(detail).build();
    }

    /** One event per outcome, naming it. */
    private static List<AuditEvent> eventsFor(List<SubmitOutcome> outcomes, List<? extends Evidence> evidence) {
        List<AuditEvent> out = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            out.add(event(evidence.get(i).id() + " " + outcomes.get(i)));
        }
        return out;
    }

    private static List<String> details(List<AuditEvent> events) {
        List<String> out = new ArrayList<>();
        for (AuditEvent e : events) {
            out.add(e.sequence() + ":" + e.detail());
        }
        return out;
    }

    private static List<String> ids(List<Evidence> evidence) {
        List<String> out = new ArrayList<>();
        for (Evidence e : evidence) {
            out.add(e.id());
        }
        return out;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void evidenceAndItsAuditEventsAreOneRecordAndShareTheAuditNumbering(@TempDir Path dir) throws IOException {
        List<Evidence> batch = Arrays.asList(judgement("a", "hepu", "好"), judgement("b", "hepu", "好"));
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            assertEquals(1, store.audit(event("before")).sequence());
            List<SubmitOutcome> outcomes = store.submitAllAudited(batch, o -> eventsFor(o, batch));
            assertEquals(Arrays.asList(SubmitOutcome.ADDED, SubmitOutcome.ADDED), outcomes);
            assertEquals(4, store.audit(event("after")).sequence());
            assertEquals(Arrays.asList("1:before", "2:a ADDED", "3:b ADDED", "4:after"), details(store.auditEvents(0)));
        }
        List<String> evidence = lines(dir.resolve("evidence.jsonl"));
        assertEquals(1, evidence.size(), "one record: " + evidence);
        assertTrue(evidence.get(0).contains("\"data\":\"{\\\"evidence\\\":[{") && evidence.get(0).contains("\\\"audit\\\":[{"),
                evidence.get(0));
        List<String> audit = lines(dir.resolve("audit.jsonl"));
        assertEquals(3, audit.size(), "only the stand-alone events and the anchor of the snapshot written on close");
        assertTrue(audit.get(2).contains("snapshotTaken"), audit.get(2));
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            assertEquals(Arrays.asList("a", "b"), ids(store.allEvidence()));
            assertEquals(Arrays.asList("1:before", "2:a ADDED", "3:b ADDED", "4:after"), details(store.auditEvents(0)));
            assertEquals(Arrays.asList("3:b ADDED", "4:after"), details(store.auditEvents(2)));
            assertEquals(5, store.audit(event("next")).sequence());
        }
    }

    @Test
    void aBatchOfDuplicatesIsAuditedInTheAuditJournal(@TempDir Path dir) throws IOException {
        List<Evidence> batch = Collections.singletonList(judgement("a", "hepu", "好"));
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            store.submitAllAudited(batch, o -> eventsFor(o, batch));
            assertEquals(Collections.singletonList(SubmitOutcome.DUPLICATE), store.submitAllAudited(batch, o -> eventsFor(o, batch)));
        }
        assertEquals(1, lines(dir.resolve("evidence.jsonl")).size());
        assertEquals(2, lines(dir.resolve("audit.jsonl")).size(), "the duplicate's event and the snapshot's anchor");
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            assertEquals(Arrays.asList("1:a ADDED", "2:a DUPLICATE"), details(store.auditEvents(0)));
        }
    }

    @Test
    void aConflictOrAFailingAuditFunctionStoresNeitherEvidenceNorEvents(@TempDir Path dir) {
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            store.submit(judgement("a", "hepu", "好"));
            AtomicInteger calls = new AtomicInteger();
            List<Evidence> conflicting = Arrays.asList(judgement("new", "hepu", "好"), judgement("a", "hepu", "差"));
            assertThrows(EvidenceConflictException.class, () -> store.submitAllAudited(conflicting, o -> {
                calls.incrementAndGet();
                return eventsFor(o, conflicting);
            }));
            assertEquals(0, calls.get(), "no events are built for a refused batch");
            List<Evidence> fine = Collections.singletonList(judgement("c", "hepu", "好"));
            assertThrows(IllegalStateException.class, () -> store.submitAllAudited(fine, o -> {
                throw new IllegalStateException("audit failed");
            }));
            assertEquals(Collections.singletonList("a"), ids(store.allEvidence()));
            assertTrue(store.auditEvents(0).isEmpty());
        }
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            assertEquals(Collections.singletonList("a"), ids(store.allEvidence()));
            assertTrue(store.auditEvents(0).isEmpty());
        }
    }

    /**
     * A crash in the middle of the one write (here: the record cut short, the manifest still at the record before,
     * as a kill between write and fsync leaves them) drops evidence and events together: never one without the other.
     */
    @Test
    void aTornAuditedRecordLeavesNeitherTheEvidenceNorItsEvents(@TempDir Path dir) throws IOException {
        List<Evidence> first = Collections.singletonList(judgement("a", "hepu", "好"));
        List<Evidence> second = Arrays.asList(judgement("b", "hepu", "好"), judgement("c", "hepu", "好"));
        Path savedManifest = dir.resolve("saved.manifest");
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir.resolve("s"))) {
            store.submitAllAudited(first, o -> eventsFor(o, first));
            Files.copy(dir.resolve("s").resolve("evidence.manifest"), savedManifest);
            store.submitAllAudited(second, o -> eventsFor(o, second));
        }
        Path evidence = dir.resolve("s").resolve("evidence.jsonl");
        byte[] bytes = Files.readAllBytes(evidence);
        int secondStart = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
        for (int cut : new int[] {secondStart + 1, secondStart + 200, bytes.length - 1}) {
            Path copy = dir.resolve("cut-" + cut);
            Files.createDirectories(copy);
            for (String name : new String[] {"evidence.jsonl", "audit.jsonl", "scorecards.jsonl", "audit.manifest",
                    "scorecards.manifest"}) {
                Files.copy(dir.resolve("s").resolve(name), copy.resolve(name));
            }
            Files.write(copy.resolve("evidence.jsonl"), Arrays.copyOf(bytes, cut));
            Files.copy(savedManifest, copy.resolve("evidence.manifest"), StandardCopyOption.REPLACE_EXISTING);
            try (JournalAssessmentStoreTest.Capture log = new JournalAssessmentStoreTest.Capture();
                    JournalAssessmentStore store = JournalAssessmentStore.open(copy)) {
                assertEquals(1, log.warnings.size(), log.warnings.toString());
                assertEquals(Collections.singletonList("a"), ids(store.allEvidence()), "cut at " + cut);
                assertEquals(Collections.singletonList("1:a ADDED"), details(store.auditEvents(0)), "cut at " + cut);
            }
        }
    }

    @Test
    void anIntactStoreReportsEveryRecordChecked(@TempDir Path dir) {
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            List<Evidence> batch = Collections.singletonList(judgement("a", "hepu", "好"));
            store.submitAllAudited(batch, o -> eventsFor(o, batch));
            store.submit(judgement("b", "hepu", "好"));
            store.audit(event("x"));
            IntegrityReport report = store.verifyIntegrity();
            assertTrue(report.isIntact() && report.chained(), report.toString());
            assertEquals(3, report.recordsChecked());
        }
        IntegrityReport offline = JournalAssessmentStore.verify(dir);
        assertTrue(offline.isIntact(), offline.toString());
        assertEquals(3 + 1, offline.recordsChecked(), "and the anchor of the snapshot written on close");
    }

    @Test
    void aFlippedEvidenceByteWithItsCrcRecomputedIsNamedByVerifyByOpenAndMovedAsideByRepair(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("evidence.jsonl");
        byte[] tampered;
        int secondStart;
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            for (String id : new String[] {"a", "b", "c"}) {
                List<Evidence> batch = Collections.singletonList(judgement(id, "hepu", "好"));
                store.submitAllAudited(batch, o -> eventsFor(o, batch));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            secondStart = text.indexOf('\n') + 1;
            int secondEnd = text.indexOf('\n', secondStart);
            tampered = JournalDamage.flipDataByteAndRecomputeCrc(bytes, secondStart, secondEnd);
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.write(tampered);
            }
            IntegrityReport report = store.verifyIntegrity();
            assertFalse(report.isIntact(), report.toString());
            assertEquals("evidence.jsonl line 2 (sequence 2, byte offset " + secondStart + ")", report.firstMismatch().get());
            assertTrue(report.problem().get().contains("hash chain broken"), report.toString());
            assertEquals(1, report.recordsChecked());
        }
        // The record is before the snapshot's anchor: open serves the anchored snapshot and leaves the walk of the
        // records before it to verify (JournalStoreSnapshotTest.Anchored); without the snapshot, open reads it.
        Files.delete(dir.resolve(StoreSnapshot.FILE));
        JournalCorruptedException refused = assertThrows(JournalCorruptedException.class, () -> JournalAssessmentStore.open(dir));
        assertEquals(2, refused.line());
        assertEquals(secondStart, refused.offset());
        IntegrityReport offline = JournalAssessmentStore.verify(dir);
        assertEquals("evidence.jsonl line 2 (sequence 2, byte offset " + secondStart + ")", offline.firstMismatch().get());

        List<JournalRepair> repairs;
        try (JournalAssessmentStoreTest.Capture log = new JournalAssessmentStoreTest.Capture()) {
            repairs = JournalAssessmentStore.repair(dir);
        }
        assertEquals(1, repairs.size(), repairs.toString());
        assertArrayEquals(Arrays.copyOfRange(tampered, secondStart, tampered.length),
                Files.readAllBytes(repairs.get(0).sideFile().get()), "moved aside, not deleted");
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            assertEquals(Collections.singletonList("a"), ids(store.allEvidence()));
            assertEquals(Collections.singletonList("1:a ADDED"), details(store.auditEvents(0)));
            assertTrue(store.verifyIntegrity().isIntact());
        }
    }

    @Test
    void aRecordTheStoreCannotReadIsMovedAsideByTheStoreRepair(@TempDir Path dir) throws IOException {
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            store.submit(judgement("a", "hepu", "好"));
        }
        try (Journal j = Journal.open(dir, JournalAssessmentStore.EVIDENCE)) {
            j.append("{\"kind\":\"judgement\",\"id\":\"x\",\"level\":7}");
            j.append("{\"kind\":\"judgement\"}");
        }
        JournalCorruptedException refused = assertThrows(JournalCorruptedException.class, () -> JournalAssessmentStore.open(dir));
        assertEquals(2, refused.line());
        assertTrue(refused.getMessage().contains("kaoping journal repair"), refused.getMessage());
        List<JournalRepair> repairs;
        try (JournalAssessmentStoreTest.Capture log = new JournalAssessmentStoreTest.Capture()) {
            repairs = JournalAssessmentStore.repair(dir);
        }
        assertEquals(1, repairs.size(), repairs.toString());
        assertEquals(2, lines(repairs.get(0).sideFile().get()).size(), "both unreadable lines moved aside");
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            assertEquals(Collections.singletonList("a"), ids(store.allEvidence()));
        }
        assertTrue(JournalAssessmentStore.repair(dir).isEmpty(), "nothing left to repair");
    }
}

package org.kaoping.plugin.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaoping.core.points.Points;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.plugin.journal.Journal;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.ScorecardRecord;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.testkit.contract.ContractEvidence;

/** The journal store's snapshot: equal to a replay, ignored when damaged or foreign, never trusted over the journals. */
class JournalStoreSnapshotTest {
    private static final String[] PLANS = {"beihai-2015", "beihai-2016"};

    private final List<LogRecord> warnings = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(StoreSnapshot.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(StoreSnapshot.class.getName()).removeHandler(capture);
    }

    /** Everything a caller can read from the store, as text: evidence in order, scorecards per plan, audit trail. */
    private static List<String> state(JournalAssessmentStore store) {
        List<String> out = new ArrayList<>();
        for (Evidence e : store.allEvidence()) {
            out.add(EvidenceJson.toJson(e));
        }
        for (String plan : PLANS) {
            for (ScorecardRecord s : store.scorecards(plan)) {
                out.add(EvidenceJson.toJson(s));
            }
        }
        for (AuditEvent a : store.auditEvents(0)) {
            out.add(EvidenceJson.toJson(a));
        }
        return out;
    }

    private static AuditEvent event(String detail) {
        return AuditEvent.builder().at(Instant.parse("2015-12-01T08:00:00.123Z")).actor("张三").actorUnitId("office")
                .action(AuditEvent.Action.EVIDENCE_SUBMITTED).unitId("hepu").subject(detail).detail(detail).build();
    }

    private static ScorecardRecord card(String plan, String unit, int total) {
        return ScorecardRecord.builder().planId(plan).unitId(unit).rubricId(plan + "/county").total(Points.of(total))
                .grade(total >= 90 ? "优秀" : "合格").complete(true).commendable(total >= 95)
                .sectionTotals(Collections.singletonMap("1", Points.of(total)))
                .computedAt(Instant.parse("2015-12-01T02:00:00Z")).version(0).build();
    }

    /**
     * Writes {@code rounds} seeded random operations: batches of every evidence kind (plain and audited, with
     * resubmitted duplicates), audit events and scorecard updates.
     */
    private static void writeRandom(JournalAssessmentStore store, long seed, int rounds, String prefix) {
        Random random = new Random(seed);
        for (int round = 0; round < rounds; round++) {
            String unit = "unit-" + random.nextInt(40);
            int op = random.nextInt(4);
            if (op == 0 || op == 1) {
                List<Evidence> batch = new ArrayList<>(ContractEvidence.everyKind(prefix + round, unit));
                batch.add(ContractEvidence.judgement(prefix + round + "-plain", unit, "好")); // no step, no comment
                Collections.shuffle(batch, random);
                if (random.nextBoolean() && round > 0) {
                    int earlier = random.nextInt(round);
                    // a resubmission: same ids and content as an earlier round's batch (duplicates, or new ids if
                    // that round wrote no evidence)
                    batch.addAll(ContractEvidence.everyKind(prefix + earlier, "unit-dup-" + earlier).subList(0, 1));
                }
                if (op == 0) {
                    try {
                        store.submitAll(batch);
                    } catch (EvidenceConflictException sameIdOtherContent) {
                        // the duplicate's unit differs from the earlier round's: refused, nothing stored
                    }
                } else {
                    try {
                        store.submitAllAudited(batch, outcomes -> Collections.singletonList(event(outcomes.toString())));
                    } catch (EvidenceConflictException sameIdOtherContent) {
                        // refused as a whole, nothing stored
                    }
                }
            } else if (op == 2) {
                store.audit(event("round " + round));
            } else {
                String plan = PLANS[random.nextInt(PLANS.length)];
                long version = store.scorecard(plan, unit).map(ScorecardRecord::version).orElse(0L);
                store.putScorecard(card(plan, unit, 60 + random.nextInt(40)), version);
            }
        }
    }

    private static List<String> replayedWithoutSnapshot(Path dir) throws IOException {
        Path copy = Files.createTempDirectory(dir.getParent(), "replay");
        for (String name : new String[] {JournalAssessmentStore.EVIDENCE, JournalAssessmentStore.SCORECARDS,
                JournalAssessmentStore.AUDIT}) {
            Files.copy(dir.resolve(name + Journal.FILE_SUFFIX), copy.resolve(name + Journal.FILE_SUFFIX));
            Files.copy(dir.resolve(name + Journal.MANIFEST_SUFFIX), copy.resolve(name + Journal.MANIFEST_SUFFIX));
        }
        try (JournalAssessmentStore store = JournalAssessmentStore.open(copy)) {
            return state(store);
        }
    }

    private static Path snapshot(Path dir) {
        return dir.resolve(StoreSnapshot.FILE);
    }

    @Nested
    class EqualToReplay {
        @Test
        void aSeededRandomStoreReadsTheSameFromItsSnapshotAsFromItsJournals(@TempDir Path dir) throws IOException {
            List<String> written;
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                writeRandom(store, 20151201L, 300, "r");
                written = state(store);
            }
            assertTrue(Files.isRegularFile(snapshot(dir)), "close writes the snapshot");
            List<String> fromSnapshot;
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                fromSnapshot = state(store);
            }
            assertTrue(written.size() > 2000, "the random store is not trivially small: " + written.size());
            assertEquals(written, fromSnapshot);
            assertEquals(Collections.emptyList(), warnings, "the snapshot was used");
            assertEquals(written, replayedWithoutSnapshot(dir));
        }

        @Test
        void writesAfterASnapshotReopenLoadedGoOnNumberingAndVersioningFromIt(@TempDir Path dir) {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                writeRandom(store, 7L, 60, "a");
            }
            List<String> after;
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                long before = store.auditEvents(0).size();
                assertEquals(before + 1, store.audit(event("next")).sequence());
                writeRandom(store, 8L, 60, "b");
                after = state(store);
            }
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                assertEquals(after, state(store));
            }
        }

        @Test
        void idempotencyComparesWithEvidenceLoadedFromTheSnapshot(@TempDir Path dir) {
            List<Evidence> batch = ContractEvidence.everyKind("x", "hepu");
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                store.submitAll(batch);
            }
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                for (SubmitOutcome o : store.submitAll(batch)) {
                    assertEquals(SubmitOutcome.DUPLICATE, o);
                }
                assertEquals(batch.size(), store.allEvidence().size());
            }
        }

        @Test
        void writeSnapshotOnDemandCoversEverythingWrittenSoFar(@TempDir Path dir) throws IOException {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                writeRandom(store, 3L, 40, "d");
                store.writeSnapshot();
                assertTrue(Files.isRegularFile(snapshot(dir)));
                byte[] first = Files.readAllBytes(snapshot(dir));
                store.writeSnapshot();
                assertEquals(Arrays.toString(first), Arrays.toString(Files.readAllBytes(snapshot(dir))),
                        "nothing new: the snapshot is left as it is");
            }
        }

        @Test
        void openEmptyRemovesTheSnapshotOfTheDiscardedRecords(@TempDir Path dir) {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                writeRandom(store, 5L, 20, "e");
            }
            try (JournalAssessmentStore store = JournalAssessmentStore.openEmpty(dir)) {
                assertFalse(Files.exists(snapshot(dir)));
                assertEquals(0, store.allEvidence().size());
            }
            assertEquals(Collections.emptyList(), warnings);
        }
    }

    @Nested
    class Damaged {
        static Stream<Arguments> damage() {
            return Stream.of(
                    Arguments.of("truncated to half", (Damage) b -> Arrays.copyOf(b, b.length / 2)),
                    Arguments.of("truncated by its last byte", (Damage) b -> Arrays.copyOf(b, b.length - 1)),
                    Arguments.of("empty", (Damage) b -> new byte[0]),
                    Arguments.of("one bit flipped in the middle", (Damage) b -> flip(b, b.length / 2)),
                    Arguments.of("one bit flipped in the checksum", (Damage) b -> flip(b, b.length - 2)),
                    Arguments.of("one bit flipped in the covered position", (Damage) b -> flip(b, 12 + 7)),
                    Arguments.of("another format version", (Damage) b -> {
                        byte[] c = b.clone();
                        ByteBuffer.wrap(c).putInt(8, StoreSnapshot.VERSION + 1);
                        return c;
                    }),
                    Arguments.of("bytes appended", (Damage) b -> Arrays.copyOf(b, b.length + 3)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("damage")
        void aDamagedSnapshotIsIgnoredWithAWarningAndTheStoreIsRebuiltFromItsJournals(String what, Damage damage,
                @TempDir Path dir) throws IOException {
            List<String> written;
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                writeRandom(store, 11L, 80, "g");
                written = state(store);
            }
            Files.write(snapshot(dir), damage.apply(Files.readAllBytes(snapshot(dir))));
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                assertEquals(written, state(store));
            }
            assertEquals(1, warnings.size(), what + ": " + warnings);
            assertTrue(warnings.get(0).getMessage().contains("Ignoring the snapshot"), warnings.get(0).getMessage());
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                assertEquals(written, state(store), "the close after the rebuild wrote a good snapshot");
            }
            assertEquals(1, warnings.size());
        }

        @Test
        void aMissingSnapshotOfAStoreWithRecordsIsRebuiltWithAWarning(@TempDir Path dir) throws IOException {
            List<String> written;
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                writeRandom(store, 12L, 30, "m");
                written = state(store);
            }
            Files.delete(snapshot(dir));
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                assertEquals(written, state(store));
            }
            assertEquals(1, warnings.size());
        }

        @Test
        void theSnapshotOfAnotherStoreWithAsManyRecordsIsIgnored(@TempDir Path dir) throws IOException {
            Path mine = dir.resolve("mine");
            Path other = dir.resolve("other");
            List<String> written;
            try (JournalAssessmentStore store = JournalAssessmentStore.open(mine)) {
                writeRandom(store, 13L, 50, "s");
                written = state(store);
            }
            try (JournalAssessmentStore store = JournalAssessmentStore.open(other)) {
                writeRandom(store, 13L, 50, "t"); // same shape and record counts, other ids: other chain hashes
            }
            Files.copy(snapshot(other), snapshot(mine), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (JournalAssessmentStore store = JournalAssessmentStore.open(mine)) {
                assertEquals(written, state(store));
            }
            assertEquals(1, warnings.size());
            assertTrue(warnings.get(0).getMessage().contains("which the journals do not hold"), warnings.get(0).getMessage());
        }

        @Test
        void aSnapshotCoveringMoreThanTheJournalsHoldIsIgnored(@TempDir Path dir) throws IOException {
            // as after `journal repair` moved records aside: the snapshot names records the journal no longer has
            Path older = dir.resolve("older");
            Path store1 = dir.resolve("store");
            List<String> early;
            try (JournalAssessmentStore store = JournalAssessmentStore.open(store1)) {
                writeRandom(store, 14L, 30, "p");
                early = state(store);
            }
            Files.createDirectories(older);
            for (Path p : (Iterable<Path>) Files.list(store1)::iterator) {
                Files.copy(p, older.resolve(p.getFileName()));
            }
            try (JournalAssessmentStore store = JournalAssessmentStore.open(store1)) {
                writeRandom(store, 15L, 30, "q");
            }
            Files.copy(snapshot(store1), snapshot(older), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (JournalAssessmentStore store = JournalAssessmentStore.open(older)) {
                assertEquals(early, state(store));
            }
            assertEquals(1, warnings.size());
        }
    }

    @Nested
    class Crash {
        @Test
        void recordsAppendedAfterTheLastSnapshotAreReplayedFromTheJournalTail(@TempDir Path dir) throws IOException {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                writeRandom(store, 21L, 50, "c");
            }
            byte[] before = Files.readAllBytes(snapshot(dir));
            List<String> all;
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                writeRandom(store, 22L, 50, "k");
                all = state(store);
            }
            // a crash after the journals' appends and before the snapshot's write: the old snapshot is on disk
            Files.write(snapshot(dir), before);
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                assertEquals(all, state(store));
            }
            assertEquals(Collections.emptyList(), warnings, "a snapshot of an earlier head is valid, not damage");
        }

        @Test
        void aHalfWrittenTemporarySnapshotChangesNothing(@TempDir Path dir) throws IOException {
            List<String> written;
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                writeRandom(store, 23L, 40, "h");
                written = state(store);
            }
            byte[] good = Files.readAllBytes(snapshot(dir));
            Files.write(dir.resolve(StoreSnapshot.TEMP), Arrays.copyOf(good, good.length / 3));
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                assertEquals(written, state(store));
            }
            assertEquals(Collections.emptyList(), warnings);
        }
    }

    @Nested
    class Integrity {
        @Test
        void verifyIntegrityReadsTheJournalsNotTheSnapshot(@TempDir Path dir) throws IOException {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                writeRandom(store, 31L, 40, "v");
            }
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                assertTrue(store.verifyIntegrity().isIntact());
                // the evidence journal changed on disk while the store (loaded from its snapshot) is open
                Path evidence = dir.resolve(JournalAssessmentStore.EVIDENCE + Journal.FILE_SUFFIX);
                byte[] bytes = Files.readAllBytes(evidence);
                int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("rater-1");
                bytes[at + 6] = '9';
                try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(evidence.toFile(), "rw")) {
                    f.seek(at + 6);
                    f.write('9');
                }
                assertFalse(store.verifyIntegrity().isIntact());
            }
        }
    }

    /**
     * The snapshot is anchored in the hash chain (a record of audit.jsonl holding its SHA-256): open checks the digest
     * and the chain from the anchor to the tail, and leaves the walk of the records before it to verifyIntegrity.
     */
    @Nested
    class Anchored {
        private Evidence judgementBy(String id, String author) {
            return org.kaoping.core.evidence.Judgement.builder().id(id).unitId("hepu").key("3.1")
                    .period(org.kaoping.core.evidence.ReportingPeriod.year(2015))
                    .source(org.kaoping.core.evidence.SourceKind.PANEL).author(author)
                    .recordedAt(Instant.parse("2015-11-20T01:02:03Z")).level("好").build();
        }

        private List<String> authors(JournalAssessmentStore store) {
            List<String> out = new ArrayList<>();
            for (Evidence e : store.allEvidence()) {
                out.add(((org.kaoping.core.evidence.Judgement) e).author());
            }
            return out;
        }

        @Test
        void closeAnchorsTheSnapshotsDigestInTheAuditJournalAfterTheRecordsItCovers(@TempDir Path dir)
                throws IOException {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                writeRandom(store, 41L, 30, "n");
            }
            List<String> audit = Files.readAllLines(dir.resolve("audit.jsonl"), java.nio.charset.StandardCharsets.UTF_8);
            String last = audit.get(audit.size() - 1);
            String digest = com.google.common.hash.Hashing.sha256().hashBytes(Files.readAllBytes(snapshot(dir))).toString();
            assertTrue(last.contains("snapshotTaken") && last.contains(digest), last + " should anchor " + digest);
            assertTrue(last.contains("\\\"audit\\\":{\\\"seq\\\":" + (audit.size() - 1) + ","),
                    "it covers the audit records before it: " + last);
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                assertTrue(store.verifyIntegrity().isIntact());
            }
            assertEquals(audit, Files.readAllLines(dir.resolve("audit.jsonl"), java.nio.charset.StandardCharsets.UTF_8),
                    "a reopen that wrote nothing anchors nothing");
            assertEquals(Collections.emptyList(), warnings);
        }

        @Test
        void aForgedSnapshotWithACorrectCrcIsRejectedByItsDigestAndTheStoreIsRebuilt(@TempDir Path dir)
                throws IOException {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                store.submitAll(Arrays.asList(judgementBy("j1", "forger-target-A"), judgementBy("j2", "someone")));
            }
            byte[] bytes = Files.readAllBytes(snapshot(dir));
            String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            int at = text.indexOf("forger-target-A");
            assertTrue(at > 0, "the author is in the snapshot's string table");
            bytes[at + "forger-target-".length()] = 'B';
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            ByteBuffer.wrap(bytes).putLong(bytes.length - 8, crc.getValue());
            Files.write(snapshot(dir), bytes);
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                assertEquals(Arrays.asList("forger-target-A", "someone"), authors(store), "served from the journals");
            }
            assertEquals(1, warnings.size(), warnings.toString());
            String warning = warnings.get(0).getMessage();
            assertTrue(warning.contains("SHA-256") && warning.contains("anchor"), warning);
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                assertEquals(Arrays.asList("forger-target-A", "someone"), authors(store));
            }
            assertEquals(1, warnings.size(), "the close after the rebuild wrote and anchored a good snapshot");
        }

        @Test
        void aJournalRecordChangedBeforeTheAnchorIsNotSeenByOpenButIsByVerifyIntegrity(@TempDir Path dir)
                throws IOException {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                store.submit(judgementBy("j1", "author-1"));
                store.submit(judgementBy("j2", "author-2"));
            }
            Path evidence = dir.resolve("evidence.jsonl");
            byte[] bytes = Files.readAllBytes(evidence);
            int firstEnd = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('\n');
            Files.write(evidence, org.kaoping.plugin.journal.JournalDamage.flipDataByteAndRecomputeCrc(bytes, 0, firstEnd));
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                // open serves the snapshot whose digest is in the chain: the changed record cannot change it
                assertEquals(Arrays.asList("author-1", "author-2"), authors(store));
                org.kaoping.spi.IntegrityReport report = store.verifyIntegrity();
                assertFalse(report.isIntact(), report.toString());
                assertEquals("evidence.jsonl line 1 (sequence 1, byte offset 0)", report.firstMismatch().get());
                assertTrue(report.problem().get().contains("hash chain broken"), report.toString());
            }
            assertEquals(Collections.emptyList(), warnings);
            assertFalse(JournalAssessmentStore.verify(dir).isIntact(), "audit verify finds it too");
            Files.delete(snapshot(dir));
            assertThrowsCorrupted(dir, 1);
        }

        @Test
        void aJournalRecordChangedAfterTheAnchorRefusesTheOpen(@TempDir Path dir) throws IOException {
            Path copy = dir.resolve("copy");
            Path store1 = dir.resolve("store");
            try (JournalAssessmentStore store = JournalAssessmentStore.open(store1)) {
                store.submit(judgementBy("j1", "author-1"));
            }
            try (JournalAssessmentStore store = JournalAssessmentStore.open(store1)) {
                store.submit(judgementBy("j2", "author-2"));
                // the files as a crash now would leave them: record 2 is after the snapshot's anchor
                Files.createDirectories(copy);
                for (Path p : (Iterable<Path>) Files.list(store1)::iterator) {
                    Files.copy(p, copy.resolve(p.getFileName()));
                }
            }
            Path evidence = copy.resolve("evidence.jsonl");
            byte[] bytes = Files.readAllBytes(evidence);
            String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            int second = text.indexOf('\n') + 1;
            Files.write(evidence, org.kaoping.plugin.journal.JournalDamage.flipDataByteAndRecomputeCrc(bytes, second,
                    text.indexOf('\n', second)));
            assertThrowsCorrupted(copy, 2);
        }

        private void assertThrowsCorrupted(Path dir, long line) {
            org.kaoping.plugin.journal.JournalCorruptedException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    org.kaoping.plugin.journal.JournalCorruptedException.class, () -> JournalAssessmentStore.open(dir));
            assertEquals(line, refused.line());
            assertTrue(refused.getMessage().contains("hash chain broken"), refused.getMessage());
        }

        @Test
        void aCrashBetweenWritingTheSnapshotAndAnchoringItLeavesTheOldSnapshotInUse(@TempDir Path dir)
                throws IOException {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                writeRandom(store, 42L, 30, "w");
            }
            byte[] old = Files.readAllBytes(snapshot(dir));
            List<String> all;
            Path audit = dir.resolve("audit.jsonl");
            Path moved = dir.resolve("audit.jsonl.moved");
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                writeRandom(store, 43L, 30, "x");
                all = state(store);
                // the anchor's append fails (the journal's file is not where it was): the snapshot file is written,
                // its anchor is not
                Files.move(audit, moved);
                org.junit.jupiter.api.Assertions.assertThrows(org.kaoping.core.StoreException.class, store::writeSnapshot);
                Files.move(moved, audit);
                assertTrue(Files.isRegularFile(dir.resolve(StoreSnapshot.TEMP)), "the new snapshot was written");
                assertArrayEquals(old, Files.readAllBytes(snapshot(dir)), "but not put in place");
            }
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                assertEquals(all, state(store));
            }
            assertEquals(Collections.emptyList(), warnings, "the old snapshot, anchored earlier, is valid");
        }

        @Test
        void aCrashAfterTheAnchorBeforeTheRenameLeavesTheOldSnapshotWhoseTailHoldsTheNewAnchor(@TempDir Path dir)
                throws IOException {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                writeRandom(store, 44L, 30, "y");
            }
            byte[] old = Files.readAllBytes(snapshot(dir));
            List<String> all;
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                writeRandom(store, 45L, 30, "z");
                all = state(store);
            }
            Files.move(snapshot(dir), dir.resolve(StoreSnapshot.TEMP));
            Files.write(snapshot(dir), old);
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                assertEquals(all, state(store));
                assertTrue(store.verifyIntegrity().isIntact());
            }
            assertEquals(Collections.emptyList(), warnings);
        }
    }

    /** A change to a snapshot file's bytes. */
    interface Damage {
        byte[] apply(byte[] snapshot);
    }

    private static byte[] flip(byte[] b, int at) {
        byte[] c = b.clone();
        c[at] ^= 0x10;
        return c;
    }
}

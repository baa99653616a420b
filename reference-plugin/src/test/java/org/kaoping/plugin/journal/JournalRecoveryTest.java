package org.kaoping.plugin.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalRecoveryTest {
    private static final long SEED = 20150101L;

    private static List<String> payloads(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add("{\"record\":" + i + ",\"unit\":\"铁山港区\",\"note\":\"第" + i + "条\"}");
        }
        return out;
    }

    /** Writes 10 records to dir and returns the file's bytes. */
    private static byte[] tenRecords(Path dir) throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.appendAll(payloads(10));
        }
        return Files.readAllBytes(dir.resolve("journal.jsonl"));
    }

    /** Writes n records to dir (the same payloads each time, so the same chain). */
    private static void records(Path dir, int n) {
        try (Journal journal = Journal.open(dir)) {
            journal.appendAll(payloads(n));
        }
    }

    @Test
    void aTornLastLineBeyondTheAcknowledgedRecordsIsDroppedWithAWarningNamingFileAndOffset(@TempDir Path root)
            throws IOException {
        byte[] original = tenRecords(root.resolve("original"));
        Path nine = root.resolve("nine");
        records(nine, 9); // its manifest acknowledges records 1..9: record 10 is being written when the cut happens
        List<Integer> starts = JournalTestSupport.lineStarts(original);
        int lastStart = starts.get(9);
        int lastEnd = starts.get(10); // the file length; the last byte is the newline
        Random random = new Random(SEED);
        List<Integer> cuts = new ArrayList<>(Arrays.asList(lastStart + 1, lastEnd - 1));
        for (int i = 0; i < 25; i++) {
            cuts.add(lastStart + 1 + random.nextInt(lastEnd - lastStart - 1));
        }
        for (int cut : cuts) {
            Path dir = root.resolve("cut-" + cut);
            Files.createDirectories(dir);
            Path file = dir.resolve("journal.jsonl");
            Files.write(file, Arrays.copyOf(original, cut));
            Files.copy(nine.resolve("journal.manifest"), dir.resolve("journal.manifest"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (JournalTestSupport.LogCapture log = new JournalTestSupport.LogCapture();
                    Journal journal = Journal.open(dir)) {
                assertEquals(9, journal.lastSequence(), "cut at " + cut);
                assertEquals(JournalTest.expected(1, payloads(9)), journal.read(1));
                assertEquals(lastStart, Files.size(file), "truncated to the end of record 9");
                assertEquals(1, log.warnings().size(), "one warning for cut at " + cut);
                String warning = log.warnings().get(0);
                assertTrue(warning.contains(journal.file().toString()) && warning.contains("byte offset " + lastStart)
                        && warning.contains("line 10") && warning.contains("torn"), warning);
                assertEquals(10, journal.append("after the tear"));
            }
            try (JournalTestSupport.LogCapture log = new JournalTestSupport.LogCapture();
                    Journal journal = Journal.open(dir)) {
                assertEquals(Collections.emptyList(), log.warnings());
                List<String> expected = new ArrayList<>(payloads(9));
                expected.add("after the tear");
                assertEquals(JournalTest.expected(1, expected), journal.read(1));
            }
        }
    }

    @Test
    void aTornLineThatWasAcknowledgedIsRefusedNotDropped(@TempDir Path dir) throws IOException {
        byte[] bytes = tenRecords(dir);
        int lastStart = JournalTestSupport.lineStarts(bytes).get(9);
        Path file = dir.resolve("journal.jsonl");
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));
        JournalCorruptedException e = assertThrows(JournalCorruptedException.class, () -> Journal.open(dir));
        assertEquals(10, e.line());
        assertEquals(lastStart, e.offset());
        assertTrue(e.getMessage().contains("acknowledges 10") && e.getMessage().contains("journal repair"), e.getMessage());
        assertEquals(bytes.length - 5, Files.size(file), "left unchanged");
    }

    @Test
    void aCompleteLastRecordWithABadChecksumIsRefusedNotDropped(@TempDir Path dir) throws IOException {
        byte[] bytes = tenRecords(dir);
        int start = JournalTestSupport.lineStarts(bytes).get(9);
        bytes[start + 30] ^= 0x01;
        Files.write(dir.resolve("journal.jsonl"), bytes);
        try (JournalTestSupport.LogCapture log = new JournalTestSupport.LogCapture()) {
            JournalCorruptedException e = assertThrows(JournalCorruptedException.class, () -> Journal.open(dir));
            assertEquals(10, e.line());
            assertEquals(start, e.offset());
            assertTrue(e.getMessage().contains("checksum mismatch") && e.getMessage().contains("byte offset " + start),
                    e.getMessage());
        }
        assertArrayEquals(bytes, Files.readAllBytes(dir.resolve("journal.jsonl")), "nothing dropped");
    }

    @Test
    void garbageWithoutNewlineAfterTheLastRecordIsDropped(@TempDir Path dir) throws IOException {
        tenRecords(dir);
        Path file = dir.resolve("journal.jsonl");
        long size = Files.size(file);
        // What a crash can leave when the file length was updated but the data block was not: zeros.
        Files.write(file, new byte[4096], StandardOpenOption.APPEND);
        try (JournalTestSupport.LogCapture log = new JournalTestSupport.LogCapture();
                Journal journal = Journal.open(dir)) {
            assertEquals(10, journal.lastSequence());
            assertEquals(size, Files.size(file));
            assertTrue(log.warnings().get(0).contains("line 11") && log.warnings().get(0).contains("byte offset " + size),
                    log.warnings().toString());
        }
    }

    @Test
    void aBadRecordFollowedOnlyByATornOneIsRefused(@TempDir Path dir) throws IOException {
        byte[] bytes = tenRecords(dir);
        List<Integer> starts = JournalTestSupport.lineStarts(bytes);
        bytes[starts.get(8) + 30] ^= 0x01;
        Files.write(dir.resolve("journal.jsonl"), Arrays.copyOf(bytes, starts.get(9) + 5));
        JournalCorruptedException e = assertThrows(JournalCorruptedException.class, () -> Journal.open(dir));
        assertEquals(9, e.line());
        assertEquals((long) starts.get(8), e.offset());
    }

    @Test
    void aFileCutAtARecordBoundaryIsRefusedNamingTheMissingRecords(@TempDir Path dir) throws IOException {
        byte[] bytes = tenRecords(dir);
        List<Integer> starts = JournalTestSupport.lineStarts(bytes);
        Files.write(dir.resolve("journal.jsonl"), Arrays.copyOf(bytes, starts.get(7)));
        JournalCorruptedException e = assertThrows(JournalCorruptedException.class, () -> Journal.open(dir));
        assertEquals(8, e.line());
        assertEquals((long) starts.get(7), e.offset());
        assertTrue(e.getMessage().contains("records 8..10 are missing"), e.getMessage());
    }

    @Test
    void aMissingManifestBesideRecordsIsRefusedAndRepairRebuildsIt(@TempDir Path dir) throws IOException {
        tenRecords(dir);
        Files.delete(dir.resolve("journal.manifest"));
        JournalCorruptedException e = assertThrows(JournalCorruptedException.class, () -> Journal.open(dir));
        assertTrue(e.getMessage().contains("manifest") && e.getMessage().contains("missing"), e.getMessage());
        JournalRepair repair;
        try (JournalTestSupport.LogCapture log = new JournalTestSupport.LogCapture()) {
            repair = Journal.repair(dir, Journal.DEFAULT_NAME);
        }
        assertTrue(repair.manifestRewritten() && !repair.sideFile().isPresent(), repair.toString());
        try (Journal journal = Journal.open(dir)) {
            assertEquals(10, journal.lastSequence());
        }
    }

    @Test
    void aFlippedDataByteWithItsCrcRecomputedBreaksTheChainAndIsNamed(@TempDir Path dir) throws IOException {
        byte[] bytes = tenRecords(dir);
        List<Integer> starts = JournalTestSupport.lineStarts(bytes);
        byte[] tampered = JournalDamage.flipDataByteAndRecomputeCrc(bytes, starts.get(5), starts.get(6) - 1);
        Path file = dir.resolve("journal.jsonl");
        Files.write(file, tampered);
        JournalCorruptedException e = assertThrows(JournalCorruptedException.class, () -> Journal.open(dir));
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("hash chain broken"), e.getMessage());
        JournalCheck check = Journal.verify(dir, Journal.DEFAULT_NAME);
        assertEquals(6, check.line());
        assertEquals(5, check.recordsChecked());
        assertEquals("journal.jsonl line 6 (sequence 6, byte offset " + starts.get(5) + ")", check.place().get());
    }

    @Test
    void tamperingWhileOpenIsFoundByVerify(@TempDir Path dir) throws IOException {
        tenRecords(dir);
        try (Journal journal = Journal.open(dir)) {
            assertTrue(journal.verify().isIntact(), journal.verify().toString());
            assertEquals(10, journal.verify().recordsChecked());
            byte[] bytes = Files.readAllBytes(journal.file());
            List<Integer> starts = JournalTestSupport.lineStarts(bytes);
            byte[] tampered = JournalDamage.flipDataByteAndRecomputeCrc(bytes, starts.get(2), starts.get(3) - 1);
            try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(journal.file().toFile(), "rw")) {
                // Rewritten in place, as an editor with the file open would; the journal keeps its lock.
                raf.write(tampered);
            }
            JournalCheck check = journal.verify();
            assertEquals(3, check.line(), check.toString());
            assertTrue(check.problem().get().contains("hash chain broken"), check.toString());
        }
    }

    @Test
    void repairMovesTheDamagedLineAndEverythingAfterItAsideAndDeletesNothing(@TempDir Path dir) throws IOException {
        byte[] bytes = tenRecords(dir);
        List<Integer> starts = JournalTestSupport.lineStarts(bytes);
        bytes[starts.get(4) + 30] ^= 0x01;
        Files.write(dir.resolve("journal.jsonl"), bytes);
        JournalRepair repair;
        try (JournalTestSupport.LogCapture log = new JournalTestSupport.LogCapture()) {
            repair = Journal.repair(dir, Journal.DEFAULT_NAME);
            assertEquals(1, log.warnings().size(), "the repair is logged");
        }
        Path side = repair.sideFile().get();
        assertEquals(dir.toRealPath(), side.getParent());
        assertTrue(side.getFileName().toString().startsWith("journal.damaged-")
                && side.getFileName().toString().endsWith("-offset-" + starts.get(4) + ".jsonl"), side.toString());
        assertArrayEquals(Arrays.copyOfRange(bytes, starts.get(4), bytes.length), Files.readAllBytes(side),
                "the moved bytes, exactly as they were");
        assertArrayEquals(Arrays.copyOf(bytes, starts.get(4)), Files.readAllBytes(dir.resolve("journal.jsonl")));
        assertEquals(4, repair.keptRecords());
        assertEquals(10, repair.acknowledgedBefore());
        assertTrue(repair.manifestRewritten() && repair.manifestSideFile().isPresent(), repair.toString());
        assertTrue(repair.found().get().contains("line 5") && repair.found().get().contains("checksum mismatch"),
                repair.toString());
        try (Journal journal = Journal.open(dir)) {
            assertEquals(JournalTest.expected(1, payloads(4)), journal.read(1));
            assertEquals(5, journal.append("after the repair"));
        }
        assertTrue(Journal.repair(dir, Journal.DEFAULT_NAME).nothingToDo(), "a second repair finds nothing");
    }

    @Test
    void anOversizedCompleteLineIsRefusedWithoutBufferingIt(@TempDir Path dir) throws IOException {
        records(dir, 2);
        Path file = dir.resolve("journal.jsonl");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            long at = raf.length();
            raf.setLength(at + Journal.MAX_LINE_BYTES + 10);
            raf.seek(raf.length() - 1);
            raf.write('\n');
        }
        JournalCorruptedException e = assertThrows(JournalCorruptedException.class, () -> Journal.open(dir));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("longer than the maximum"), e.getMessage());
    }

    @Test
    void aRecordLongerThanALineMayHoldIsRefusedOnAppendAndNothingIsWritten(@TempDir Path dir) {
        char[] big = new char[Journal.MAX_LINE_BYTES];
        Arrays.fill(big, 'x');
        try (Journal journal = Journal.open(dir)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> journal.appendAll(Arrays.asList("small", new String(big))));
            assertTrue(e.getMessage().contains("record 2 of 2") && e.getMessage().contains("split"), e.getMessage());
            assertEquals(0, journal.lastSequence());
            assertEquals(1, journal.append("small"));
        }
    }

    @Test
    void midFileCorruptionFailsNamingFileLineAndChecksumAndChangesNothing(@TempDir Path dir) throws IOException {
        byte[] bytes = tenRecords(dir);
        List<Integer> starts = JournalTestSupport.lineStarts(bytes);
        String line3 = new String(bytes, starts.get(2), starts.get(3) - starts.get(2) - 1, StandardCharsets.UTF_8);
        int dataAt = starts.get(2) + line3.indexOf("\"data\":\"") + 11; // the r of {\"record\":3
        bytes[dataAt] ^= 0x01;
        Path file = dir.resolve("journal.jsonl");
        Files.write(file, bytes);

        String stored = line3.substring(line3.length() - 10, line3.length() - 2);
        byte[] damaged = Arrays.copyOfRange(bytes, starts.get(2), starts.get(3) - 1 - 18);
        String computed = JournalTestSupport.crcHex(damaged);

        for (int attempt = 0; attempt < 2; attempt++) { // the failed open released its lock
            JournalCorruptedException e = assertThrows(JournalCorruptedException.class, () -> Journal.open(dir));
            assertEquals(3, e.line());
            assertEquals(file.toRealPath(), e.file());
            assertEquals("checksum mismatch: stored crc " + stored + ", computed " + computed, e.problem());
            String message = e.getMessage();
            assertEquals((long) starts.get(2), e.offset());
            assertTrue(message.contains(file.toRealPath().toString()) && message.contains("line 3")
                    && message.contains("byte offset " + starts.get(2)) && message.contains("checksum mismatch")
                    && message.contains(stored) && message.contains(computed)
                    && message.contains("kaoping journal repair --store"), message);
            assertArrayEquals(bytes, Files.readAllBytes(file), "the damaged file must be left as it was");
        }
    }

    @Test
    void recordsOutOfOrderFailEvenWithValidChecksums(@TempDir Path dir) throws IOException {
        tenRecords(dir);
        Path file = dir.resolve("journal.jsonl");
        List<String> lines = JournalTestSupport.lines(file);
        Collections.swap(lines, 2, 3);
        Files.write(file, lines, StandardCharsets.UTF_8);
        JournalCorruptedException e = assertThrows(JournalCorruptedException.class, () -> Journal.open(dir));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("expected 3, found 4"), e.getMessage());
    }

    @Test
    void aDuplicatedLastRecordIsDamageNotATornWrite(@TempDir Path dir) throws IOException {
        tenRecords(dir);
        Path file = dir.resolve("journal.jsonl");
        List<String> lines = JournalTestSupport.lines(file);
        lines.add(lines.get(9));
        Files.write(file, lines, StandardCharsets.UTF_8);
        long size = Files.size(file);
        JournalCorruptedException e = assertThrows(JournalCorruptedException.class, () -> Journal.open(dir));
        assertEquals(11, e.line());
        assertTrue(e.getMessage().contains("expected 11, found 10"), e.getMessage());
        assertEquals(size, Files.size(file));
    }

    @Test
    void damageAfterOpenIsReportedByRead(@TempDir Path dir) throws IOException {
        tenRecords(dir);
        try (Journal journal = Journal.open(dir)) {
            byte[] bytes = Files.readAllBytes(journal.file());
            bytes[JournalTestSupport.lineStarts(bytes).get(4) + 30] ^= 0x01;
            Files.write(journal.file(), bytes);
            assertEquals(4, journal.read(1, 4).size());
            JournalCorruptedException e = assertThrows(JournalCorruptedException.class, () -> journal.read(1));
            assertEquals(5, e.line());
            assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
        }
    }
}

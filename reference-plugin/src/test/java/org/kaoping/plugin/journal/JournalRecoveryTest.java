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

    @Test
    void aTornLastRecordIsDroppedWithAWarningAtRandomCutPoints(@TempDir Path root) throws IOException {
        byte[] original = tenRecords(root.resolve("original"));
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
            try (JournalTestSupport.LogCapture log = new JournalTestSupport.LogCapture();
                    Journal journal = Journal.open(dir)) {
                assertEquals(9, journal.lastSequence(), "cut at " + cut);
                assertEquals(JournalTest.expected(1, payloads(9)), journal.read(1));
                assertEquals(lastStart, Files.size(file), "truncated to the end of record 9");
                assertEquals(1, log.warnings().size(), "one warning for cut at " + cut);
                String warning = log.warnings().get(0);
                assertTrue(warning.contains(journal.file().toString()) && warning.contains("line 10")
                        && warning.contains("torn write"), warning);
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
    void aCompleteLastRecordWithABadChecksumIsDroppedWithAWarning(@TempDir Path dir) throws IOException {
        byte[] bytes = tenRecords(dir);
        int at = JournalTestSupport.lineStarts(bytes).get(9) + 30;
        bytes[at] ^= 0x01;
        Files.write(dir.resolve("journal.jsonl"), bytes);
        try (JournalTestSupport.LogCapture log = new JournalTestSupport.LogCapture();
                Journal journal = Journal.open(dir)) {
            assertEquals(9, journal.lastSequence());
            String warning = log.warnings().get(0);
            assertTrue(warning.contains("line 10") && warning.contains("checksum mismatch"), warning);
        }
    }

    @Test
    void garbageAfterTheLastRecordIsDropped(@TempDir Path dir) throws IOException {
        tenRecords(dir);
        Path file = dir.resolve("journal.jsonl");
        long size = Files.size(file);
        // What a crash can leave when the file length was updated but the data block was not: zeros.
        Files.write(file, new byte[4096], StandardOpenOption.APPEND);
        try (JournalTestSupport.LogCapture log = new JournalTestSupport.LogCapture();
                Journal journal = Journal.open(dir)) {
            assertEquals(10, journal.lastSequence());
            assertEquals(size, Files.size(file));
            assertTrue(log.warnings().get(0).contains("line 11"), log.warnings().toString());
        }
    }

    @Test
    void aBadRecordFollowedOnlyByATornOneIsDroppedWithIt(@TempDir Path dir) throws IOException {
        byte[] bytes = tenRecords(dir);
        List<Integer> starts = JournalTestSupport.lineStarts(bytes);
        bytes[starts.get(8) + 30] ^= 0x01;
        Files.write(dir.resolve("journal.jsonl"), Arrays.copyOf(bytes, starts.get(9) + 5));
        try (JournalTestSupport.LogCapture log = new JournalTestSupport.LogCapture();
                Journal journal = Journal.open(dir)) {
            assertEquals(8, journal.lastSequence());
            assertEquals(JournalTest.expected(1, payloads(8)), journal.read(1));
            String warning = log.warnings().get(0);
            assertTrue(warning.contains("lines 9-10") && warning.contains("checksum mismatch"), warning);
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
            assertTrue(message.contains(file.toRealPath().toString()) && message.contains("line 3")
                    && message.contains("checksum mismatch") && message.contains(stored)
                    && message.contains(computed) && message.contains("line 4"), message);
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

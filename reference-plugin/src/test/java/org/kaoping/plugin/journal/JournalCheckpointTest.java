package org.kaoping.plugin.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a journal from a checkpoint: only the records after it are read on open; everything stays readable. */
class JournalCheckpointTest {
    private static final int RECORDS = 6;

    /** Writes six records and returns the checkpoint of record {@code at}. */
    private static Journal.Checkpoint write(Path dir, long at) {
        try (Journal j = Journal.open(dir, "j")) {
            for (int i = 1; i <= RECORDS; i++) {
                j.append("{\"n\":" + i + ",\"text\":\"记录 " + i + "\"}");
            }
            JournalRecord r = j.read(at, 1).get(0);
            return new Journal.Checkpoint(at, r.offset(), r.chainHash().get());
        }
    }

    private static List<String> payloads(Journal j, long from) {
        List<String> out = new ArrayList<>();
        for (JournalRecord r : j.read(from)) {
            out.add(r.payload());
        }
        return out;
    }

    /** Changes the first data byte of line {@code line} (1-based) and recomputes its CRC, not its chain hash. */
    private static void tamper(Path dir, int line) throws IOException {
        Path file = dir.resolve("j.jsonl");
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int start = 0;
        for (int i = 1; i < line; i++) {
            start = text.indexOf('\n', start) + 1;
        }
        Files.write(file, JournalDamage.flipDataByteAndRecomputeCrc(bytes, start, text.indexOf('\n', start)));
    }

    @Test
    void aMatchingCheckpointSkipsTheRecordsBeforeItAndEverythingStaysReadable(@TempDir Path dir) throws IOException {
        Journal.Checkpoint cp = write(dir, 4);
        List<String> all;
        try (Journal j = Journal.open(dir, "j")) {
            all = payloads(j, 1);
        }
        try (Journal j = Journal.open(dir, "j", cp)) {
            assertEquals(cp, j.openedFrom().get());
            assertEquals(RECORDS, j.lastSequence());
            assertEquals(all.subList(4, RECORDS), payloads(j, 5), "the tail");
            assertEquals(all, payloads(j, 1), "and the records before the checkpoint, indexed on first read");
            j.append("{\"n\":7}");
            assertEquals(7, j.lastSequence());
            assertTrue(j.verify().isIntact());
        }
        try (Journal j = Journal.open(dir, "j")) {
            assertEquals(7, j.read(1).size());
        }
    }

    @Test
    void aRecordChangedBeforeTheCheckpointIsNotReadByOpenButIsFoundByVerifyAndByReadingIt(@TempDir Path dir)
            throws IOException {
        Journal.Checkpoint cp = write(dir, 4);
        tamper(dir, 2);
        assertThrows(JournalCorruptedException.class, () -> Journal.open(dir, "j").close(), "a whole read finds it");
        try (Journal j = Journal.open(dir, "j", cp)) {
            assertTrue(j.openedFrom().isPresent());
            assertEquals(2, j.read(5).size(), "the tail after the checkpoint is intact");
            JournalCheck check = j.verify();
            assertFalse(check.isIntact());
            assertEquals(2, check.line());
            JournalCorruptedException e = assertThrows(JournalCorruptedException.class, () -> j.read(1));
            assertEquals(2, e.line());
            assertTrue(e.getMessage().contains("hash chain broken")
                    && e.getMessage().contains("before the checkpoint this journal was opened from"), e.getMessage());
        }
    }

    @Test
    void aRecordChangedAfterTheCheckpointRefusesTheOpen(@TempDir Path dir) throws IOException {
        Journal.Checkpoint cp = write(dir, 3);
        tamper(dir, 5);
        JournalCorruptedException e = assertThrows(JournalCorruptedException.class, () -> Journal.open(dir, "j", cp));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("hash chain broken"), e.getMessage());
    }

    @Test
    void aCheckpointTheFileDoesNotHoldIsIgnoredAndTheWholeFileRead(@TempDir Path dir) throws IOException {
        Journal.Checkpoint cp = write(dir, 4);
        String otherHash = cp.chainHash().replace(cp.chainHash().charAt(0), cp.chainHash().charAt(0) == 'a' ? 'b' : 'a');
        Journal.Checkpoint[] wrong = {
            new Journal.Checkpoint(4, cp.offset(), otherHash),
            new Journal.Checkpoint(3, cp.offset(), cp.chainHash()),
            new Journal.Checkpoint(4, cp.offset() + 1, cp.chainHash()),
            new Journal.Checkpoint(4, 1L << 40, cp.chainHash()),
            new Journal.Checkpoint(RECORDS + 1, cp.offset(), cp.chainHash()),
        };
        for (Journal.Checkpoint c : wrong) {
            try (Journal j = Journal.open(dir, "j", c)) {
                assertFalse(j.openedFrom().isPresent(), c.toString());
                assertEquals(RECORDS, j.read(1).size());
            }
        }
        tamper(dir, 2);
        for (Journal.Checkpoint c : wrong) {
            JournalCorruptedException e = assertThrows(JournalCorruptedException.class, () -> Journal.open(dir, "j", c));
            assertEquals(2, e.line(), c.toString());
        }
    }

    @Test
    void aCheckpointIsCheckedForItsForm() {
        assertThrows(IllegalArgumentException.class, () -> new Journal.Checkpoint(0, 0, repeat('0')));
        assertThrows(IllegalArgumentException.class, () -> new Journal.Checkpoint(1, -1, repeat('0')));
        assertThrows(IllegalArgumentException.class, () -> new Journal.Checkpoint(1, 0, "abc"));
        assertThrows(IllegalArgumentException.class, () -> new Journal.Checkpoint(1, 0, repeat('A')));
    }

    private static String repeat(char c) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            s.append(c);
        }
        return s.toString();
    }
}

package org.kaoping.plugin.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalLockTest {

    @Test
    void aSecondOpenerInTheSameJvmIsRefusedNamingTheDirectory(@TempDir Path dir) throws IOException {
        try (Journal first = Journal.open(dir)) {
            first.append("one");
            JournalLockedException e = assertThrows(JournalLockedException.class, () -> Journal.open(dir));
            assertEquals(dir.toRealPath(), e.directory());
            assertTrue(e.getMessage().contains(dir.toRealPath().toString())
                    && e.getMessage().contains("already open"), e.getMessage());
            // the refused attempt did not disturb the holder
            assertEquals(2, first.append("two"));
            // and another process is refused too (the OS lock is still held)
            assertTrue(runTry(dir).startsWith("refused: Journal directory " + dir.toRealPath()), runTry(dir));
        }
        assertEquals("opened 2", runTry(dir));
        try (Journal again = Journal.open(dir)) {
            assertEquals(2, again.lastSequence());
        }
    }

    @Test
    void journalsWithDifferentNamesShareADirectory(@TempDir Path dir) {
        try (Journal evidence = Journal.open(dir, "evidence"); Journal audit = Journal.open(dir, "audit")) {
            assertEquals(1, evidence.append("e"));
            assertEquals(1, audit.append("a"));
            assertThrows(JournalLockedException.class, () -> Journal.open(dir, "audit"));
        }
    }

    @Test
    void aJournalHeldByAnotherProcessIsRefused(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("held");
        Process child = JournalTestSupport.childJvm(tmp.resolve("stderr.txt"), "hold", dir.toString()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine(), JournalTestSupport.read(tmp.resolve("stderr.txt")));
            JournalLockedException e = assertThrows(JournalLockedException.class, () -> Journal.open(dir));
            assertTrue(e.getMessage().contains(dir.toRealPath().toString())
                    && e.getMessage().contains("another process"), e.getMessage());
            child.getOutputStream().close(); // lets the child close its journal and exit
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
            assertEquals(0, child.exitValue());
            try (Journal journal = Journal.open(dir)) {
                assertEquals(1, journal.append("mine now"));
            }
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void thereIsNoLockFileToDeleteAndDeletingTheDataFileLetsNoSecondWriterIn(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("j");
        try (Journal first = Journal.open(dir)) {
            first.append("one");
            List<String> names = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(f -> names.add(f.getFileName().toString()));
            }
            Collections.sort(names);
            assertEquals(Arrays.asList("journal.jsonl", "journal.manifest"), names, "the data file itself is locked");
            Files.delete(first.file());
            // Another process now finds no file, creates one and can lock it; but the manifest remembers record 1.
            String other = runTry(dir);
            assertTrue(other.startsWith("damaged: ") && other.contains("acknowledges 1"), other);
            JournalException e = assertThrows(JournalException.class, () -> first.append("two"));
            assertTrue(e.getMessage().contains("deleted or replaced"), e.getMessage());
        }
    }

    @Test
    void aHugeTailWithoutNewlineIsDroppedInBoundedMemory(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("huge");
        try (Journal journal = Journal.open(dir)) {
            journal.appendAll(Arrays.asList("a", "b", "c"));
        }
        Path file = dir.resolve("journal.jsonl");
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size + 300L * 1024 * 1024); // sparse: 300 MB of zeros, no newline
            raf.seek(size);
            raf.write("{\"seq\":4,\"data\":\"".getBytes(StandardCharsets.US_ASCII));
        }
        // The child JVM runs with -Xmx64m: the tail is scanned, never buffered whole.
        assertEquals("opened 3", runTry(dir));
        assertEquals(size, Files.size(file));
    }

    private static String runTry(Path dir) throws IOException {
        Path stderr = dir.resolveSibling(dir.getFileName() + "-try-stderr.txt");
        Process child = JournalTestSupport.childJvm(stderr, "try", dir.toString()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            child.waitFor(20, TimeUnit.SECONDS);
            return line + (line == null ? " stderr: " + JournalTestSupport.read(stderr) : "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            child.destroyForcibly();
        }
    }
}

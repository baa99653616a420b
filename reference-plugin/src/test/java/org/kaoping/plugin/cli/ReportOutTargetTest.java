package org.kaoping.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.plugin.report.Reports;

/**
 * Issue 11 ("a failed {@code report --out} names only a temporary file"): when writing the reports fails, the error
 * names the report file it was writing (not only the temporary file beside it) and why, and a target that is not a
 * regular file (a directory, a symbolic link) is refused before anything is replaced.
 */
class ReportOutTargetTest {
    static Map<String, byte[]> files(String... names) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String n : names) {
            out.put(n, ("content of " + n).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    static long temporaryFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    @Test
    @DisplayName("report --out with a directory where a report goes: the error names that report file and says it is a directory; no report is replaced")
    void directoryInTheWayIsNamedAndNothingReplaced(@TempDir Path tmp) throws Exception {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createDirectories(out.resolve(Reports.JSON).resolve("inside"));
        byte[] oldHtml = "old report".getBytes(StandardCharsets.UTF_8);
        Files.write(out.resolve(Reports.HTML), oldHtml);

        MainTest.Run r = new MainTest.Run("report", "-e", evidence.toString(), "--out", out.toString());

        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains(out.resolve(Reports.JSON).toString()), "names the real target: " + r.err);
        assertTrue(r.err.contains("is a directory"), "says why: " + r.err);
        assertFalse(r.err.contains(".tmp"), "does not name only a temporary file: " + r.err);
        assertArrayEquals(oldHtml, Files.readAllBytes(out.resolve(Reports.HTML)), "the reports before it are not replaced either");
        assertFalse(Files.exists(out.resolve(Reports.CSV)));
        assertEquals(0, temporaryFiles(out), "no temporary file left behind");
    }

    @Test
    @DisplayName("A symbolic link where a report goes is refused naming it; the file it points to is untouched")
    void symbolicLinkIsRefused(@TempDir Path tmp) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path elsewhere = Files.write(tmp.resolve("precious.csv"), "keep me".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(out.resolve(Reports.CSV), elsewhere);

        UncheckedIOException x = assertThrows(UncheckedIOException.class,
                () -> Reports.writeFiles(out, files(Reports.HTML, Reports.CSV)));

        assertTrue(x.getMessage().contains(out.resolve(Reports.CSV).toString()) && x.getMessage().contains("symbolic link"), x.getMessage());
        assertTrue(Files.isSymbolicLink(out.resolve(Reports.CSV)), "the link stays a link");
        assertEquals("keep me", new String(Files.readAllBytes(elsewhere), StandardCharsets.UTF_8));
        assertFalse(Files.exists(out.resolve(Reports.HTML)), "nothing written");
    }

    @Test
    @DisplayName("A failure on the temporary file names the report file it was for and the reason")
    void temporaryFileFailureNamesTheTarget(@TempDir Path out) throws Exception {
        // 250 characters: a valid file name, but its temporary file's name (dot, name, dot, 16 hex digits, .tmp) is not.
        StringBuilder name = new StringBuilder();
        while (name.length() < 246) {
            name.append('r');
        }
        name.append(".csv");

        UncheckedIOException x = assertThrows(UncheckedIOException.class, () -> Reports.writeFiles(out, files(name.toString())));

        assertTrue(x.getMessage().startsWith("Cannot write report [" + out.resolve(name.toString()) + "]"), x.getMessage());
        assertTrue(x.getMessage().contains("File name too long"), "the reason: " + x.getMessage());
        assertEquals(0, temporaryFiles(out));
    }

    @Test
    @DisplayName("A report folder that is a file is named as the folder that could not be created")
    void outIsAFile(@TempDir Path tmp) throws Exception {
        Path out = Files.write(tmp.resolve("out"), new byte[0]);
        UncheckedIOException x = assertThrows(UncheckedIOException.class, () -> Reports.writeFiles(out, files(Reports.HTML)));
        assertTrue(x.getMessage().startsWith("Cannot create the report folder [" + out + "]"), x.getMessage());
    }
}

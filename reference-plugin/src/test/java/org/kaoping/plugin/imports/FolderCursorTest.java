package org.kaoping.plugin.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.spi.EvidenceBatch;

/**
 * The folder source's cursor by content (issue 11.3) and its single pass over each file (issue 14.1): rows added to an
 * imported file are imported, changed imported rows refuse the file, each file is parsed once, the cursor does not
 * grow with the rows.
 */
class FolderCursorTest {
    private static final String HEADER = "id,unit_id,key,period,source,author,recorded_at,value,measure_unit\n";

    @TempDir
    Path dir;

    private static String rows(int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append("m-").append(i).append(",u,k,2015,self,a,2015-03-20 09:30,").append(i).append(",次\n");
        }
        return s.toString();
    }

    private void write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        FileTime before = Files.exists(f) ? Files.getLastModifiedTime(f) : null;
        Files.write(f, text.getBytes(StandardCharsets.UTF_8));
        if (before != null) { // a coarse file-system clock must not hide the rewrite from the test
            Files.setLastModifiedTime(f, FileTime.fromMillis(before.toMillis() + 2000));
        }
    }

    private static List<String> ids(List<Evidence> evidence) {
        List<String> out = new ArrayList<>();
        for (Evidence e : evidence) {
            out.add(e.id());
        }
        return out;
    }

    /** Everything from {@code cursor} on, in pages of {@code limit}; returns the last cursor in {@code last[0]}. */
    private static List<String> drain(FolderEvidenceSource s, String cursor, int limit, String[] last) {
        List<String> out = new ArrayList<>();
        EvidenceBatch b;
        do {
            b = s.fetch(cursor, limit);
            out.addAll(ids(b.evidence()));
            cursor = b.nextCursor();
        } while (b.hasMore());
        last[0] = cursor;
        return out;
    }

    @Test
    void aFileImportedHeaderOnlyThenWrittenInFullIsImportedAcrossARestart() throws Exception {
        write("metric_value-a.csv", HEADER);
        String[] last = new String[1];
        assertEquals(0, drain(FolderEvidenceSource.of(dir), "", 10, last).size());
        write("metric_value-a.csv", HEADER + rows(0, 3));
        FolderEvidenceSource restarted = FolderEvidenceSource.of(dir);
        assertEquals(ids3(0), drain(restarted, last[0], 10, last));
        assertTrue(restarted.fetch(last[0], 10).evidence().isEmpty(), "nothing twice");
    }

    @Test
    void rowsAppendedToAnImportedFileAreImportedAndOnlyThey() throws Exception {
        write("metric_value-a.csv", HEADER + rows(0, 3));
        write("metric_value-b.csv", HEADER + rows(100, 102));
        String[] last = new String[1];
        FolderEvidenceSource s = FolderEvidenceSource.of(dir);
        assertEquals(5, drain(s, "", 2, last).size());
        write("metric_value-a.csv", HEADER + rows(0, 5));
        List<String> added = drain(FolderEvidenceSource.of(dir), last[0], 2, last);
        assertEquals(java.util.Arrays.asList("m-3", "m-4"), added);
        assertTrue(s.fetch(last[0], 2).evidence().isEmpty());
    }

    @Test
    void aFilePartlyImportedAndThenAppendedContinuesWhereItStopped() throws Exception {
        write("metric_value-a.csv", HEADER + rows(0, 4));
        FolderEvidenceSource s = FolderEvidenceSource.of(dir);
        EvidenceBatch first = s.fetch("", 3);
        assertEquals(ids3(0), ids(first.evidence()));
        write("metric_value-a.csv", HEADER + rows(0, 6));
        String[] last = new String[1];
        assertEquals(java.util.Arrays.asList("m-3", "m-4", "m-5"), drain(FolderEvidenceSource.of(dir), first.nextCursor(), 3,
                last));
    }

    @Test
    void aFileWhoseImportedRowsChangedIsRefusedNamingTheFile() throws Exception {
        write("metric_value-a.csv", HEADER + rows(0, 3));
        String[] last = new String[1];
        drain(FolderEvidenceSource.of(dir), "", 10, last);
        write("metric_value-a.csv", HEADER + rows(0, 3).replace(",1,次", ",7,次") + rows(3, 4));
        EvidenceCsvFormatException strict = assertThrows(EvidenceCsvFormatException.class,
                () -> FolderEvidenceSource.builder(dir).failOnBadFile(true).build().fetch(last[0], 10));
        assertTrue(strict.getMessage().contains("metric_value-a.csv") && strict.getMessage().contains("changed"),
                strict.getMessage());
        List<EvidenceCsvFormatException> reported = new ArrayList<>();
        FolderEvidenceSource lenient = FolderEvidenceSource.builder(dir).onRefused(reported::add).build();
        assertTrue(lenient.fetch(last[0], 10).evidence().isEmpty(), "nothing from a changed file");
        assertEquals(1, reported.size());

        write("metric_value-a.csv", HEADER + rows(0, 2));
        EvidenceCsvFormatException shrunk = assertThrows(EvidenceCsvFormatException.class,
                () -> FolderEvidenceSource.builder(dir).failOnBadFile(true).build().fetch(last[0], 10));
        assertTrue(shrunk.getMessage().contains("metric_value-a.csv"), shrunk.getMessage());
    }

    @Test
    void aLastRowWithoutLineEndThatIsMadeLongerCountsAsChanged() throws Exception {
        String first = HEADER + rows(0, 2);
        write("metric_value-a.csv", first.substring(0, first.length() - 1)); // "…,1,次" without its line end
        String[] last = new String[1];
        assertEquals(2, drain(FolderEvidenceSource.of(dir), "", 10, last).size());
        write("metric_value-a.csv", first.substring(0, first.length() - 1) + "次\n" + rows(2, 3));
        EvidenceCsvFormatException e = assertThrows(EvidenceCsvFormatException.class,
                () -> FolderEvidenceSource.builder(dir).failOnBadFile(true).build().fetch(last[0], 10));
        assertTrue(e.getMessage().contains("changed"), e.getMessage());
    }

    @Test
    void aJsonFileGetsTheSameCursorByContent() throws Exception {
        List<Evidence> three = FolderEvidenceSource.of(writeCsvAndRead()).readAll().evidence();
        Files.delete(dir.resolve("metric_value-tmp.csv"));
        Files.write(dir.resolve("export.json"), org.kaoping.plugin.json.EvidenceJson.toJsonArray(three.subList(0, 2))
                .getBytes(StandardCharsets.UTF_8));
        String[] last = new String[1];
        assertEquals(2, drain(FolderEvidenceSource.of(dir), "", 1, last).size());
        Files.write(dir.resolve("export.json"), org.kaoping.plugin.json.EvidenceJson.toJsonArray(three)
                .getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(dir.resolve("export.json"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals(java.util.Collections.singletonList("m-2"), drain(FolderEvidenceSource.of(dir), last[0], 1, last));
        Files.write(dir.resolve("export.json"), org.kaoping.plugin.json.EvidenceJson.toJsonArray(three.subList(1, 3))
                .getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(dir.resolve("export.json"), FileTime.fromMillis(System.currentTimeMillis() + 9000));
        String from = last[0];
        assertThrows(EvidenceCsvFormatException.class,
                () -> FolderEvidenceSource.builder(dir).failOnBadFile(true).build().fetch(from, 10));
    }

    private Path writeCsvAndRead() throws Exception {
        write("metric_value-tmp.csv", HEADER + rows(0, 3));
        return dir;
    }

    @Test
    void eachFileIsParsedOnceHoweverManyBatchesItTakes() throws Exception {
        for (String name : new String[] {"metric_value-a.csv", "metric_value-b.csv", "metric_value-c.csv"}) {
            write(name, HEADER + rows(name.charAt(13) * 100, name.charAt(13) * 100 + 40));
        }
        FolderEvidenceSource s = FolderEvidenceSource.of(dir);
        String[] last = new String[1];
        assertEquals(120, drain(s, "", 7, last).size());
        assertEquals(3, s.filesParsed(), "one parse per file, not one per batch");
    }

    @Test
    void theCursorDoesNotGrowWithTheRows() throws Exception {
        write("metric_value-a.csv", HEADER + rows(0, 10));
        String[] small = new String[1];
        drain(FolderEvidenceSource.of(dir), "", 1000, small);
        write("metric_value-a.csv", HEADER + rows(0, 5000));
        String[] big = new String[1];
        drain(FolderEvidenceSource.of(dir), "", 1000, big);
        assertTrue(big[0].length() <= small[0].length() + 8, small[0] + " vs " + big[0]);
        assertTrue(big[0].length() < 120, big[0]);
    }

    @Test
    void chineseNamesStayShortAndOddNamesRoundTrip() throws Exception {
        write("指标值_2015年%25\t.csv", HEADER + rows(0, 2));
        String[] last = new String[1];
        assertEquals(2, drain(FolderEvidenceSource.of(dir), "", 1, last).size());
        assertTrue(last[0].contains("指标值_2015年%2525%09.csv"), last[0]);
        assertTrue(FolderEvidenceSource.of(dir).fetch(last[0], 5).evidence().isEmpty(), "read back: nothing twice");
    }

    @Test
    void aVersion1CursorIsStillRead() throws Exception {
        write("metric_value-a.csv", HEADER + rows(0, 3));
        write("metric_value-b.csv", HEADER + rows(10, 13));
        String v1 = "csv-folder/1\n+metric_value-a.csv\n~metric_value-b.csv\t1";
        String[] last = new String[1];
        assertEquals(java.util.Arrays.asList("m-11", "m-12"), drain(FolderEvidenceSource.of(dir), v1, 10, last));
        assertFalse(last[0].startsWith("csv-folder/1\n"), last[0]);
    }

    private static List<String> ids3(int from) {
        return java.util.Arrays.asList("m-" + from, "m-" + (from + 1), "m-" + (from + 2));
    }
}

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
 * The folder source's cursor by content (issue 11.3) and its single pass over each file (issue 14.1): rows added to the
 * file being read are imported and only they; a file read to its end that is appended to or changed, or a file added
 * or removed before the cursor, makes the source read the folder again with a note saying so (the runtime then stores
 * only what is new: {@code FolderImportResumeTest}); each file is parsed once; the cursor is the same size however many
 * files and rows are read; cursors of the earlier forms are still read.
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
    void rowsAppendedToAFileReadToItsEndMakeTheFolderReadAgainWithANote() throws Exception {
        write("metric_value-a.csv", HEADER + rows(0, 3));
        write("metric_value-b.csv", HEADER + rows(100, 102));
        String[] last = new String[1];
        FolderEvidenceSource s = FolderEvidenceSource.of(dir);
        assertEquals(5, drain(s, "", 2, last).size());
        assertTrue(s.fetch(last[0], 2).evidence().isEmpty(), "nothing twice while nothing changed");
        write("metric_value-a.csv", HEADER + rows(0, 5));
        EvidenceBatch first = FolderEvidenceSource.of(dir).fetch(last[0], 2);
        assertEquals(java.util.Arrays.asList("m-0", "m-1", "m-2", "m-3", "m-4"), ids(first.evidence()),
                "read again from the first file, whole, beyond the limit of 2");
        assertFalse(first.cursorIfConflict().isEmpty(), "refused whole, and passed over, on a conflict");
        assertTrue(first.note().contains("not as they were"), first.note());
        List<String> again = drain(FolderEvidenceSource.of(dir), last[0], 2, last);
        assertEquals(java.util.Arrays.asList("m-0", "m-1", "m-2", "m-3", "m-4", "m-100", "m-101"), again);
        assertTrue(s.fetch(last[0], 2).evidence().isEmpty(), "then nothing twice");
        assertTrue(s.fetch(last[0], 2).note().isEmpty());
    }

    @Test
    void aFileAddedOrRemovedBeforeTheCursorMakesTheFolderReadAgain() throws Exception {
        write("metric_value-b.csv", HEADER + rows(0, 2));
        write("metric_value-c.csv", HEADER + rows(10, 12));
        String[] last = new String[1];
        drain(FolderEvidenceSource.of(dir), "", 10, last);
        write("metric_value-a.csv", HEADER + rows(20, 21));
        EvidenceBatch added = FolderEvidenceSource.of(dir).fetch(last[0], 10);
        assertEquals(java.util.Arrays.asList("m-20"), ids(added.evidence()), "read again, one whole file a batch");
        assertFalse(added.note().isEmpty());
        assertEquals(java.util.Arrays.asList("m-20", "m-0", "m-1", "m-10", "m-11"), drain(FolderEvidenceSource.of(dir), last[0], 10,
                new String[1]));
        String after = added.nextCursor();
        Files.delete(dir.resolve("metric_value-a.csv"));
        EvidenceBatch removed = FolderEvidenceSource.of(dir).fetch(after, 10);
        assertEquals(java.util.Arrays.asList("m-0", "m-1"), ids(removed.evidence()));
        assertFalse(removed.note().isEmpty());
        assertEquals(java.util.Arrays.asList("m-0", "m-1", "m-10", "m-11"), drain(FolderEvidenceSource.of(dir), after, 10,
                new String[1]));
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
    void theFileBeingReadWhoseTakenRowsChangedIsReadAgainFromItsFirstRowNamingIt() throws Exception {
        write("metric_value-a.csv", HEADER + rows(0, 4));
        String open = FolderEvidenceSource.of(dir).fetch("", 3).nextCursor();
        write("metric_value-a.csv", HEADER + rows(0, 3).replace(",1,次", ",7,次") + rows(3, 4));
        EvidenceBatch changed = FolderEvidenceSource.builder(dir).failOnBadFile(true).build().fetch(open, 10);
        assertEquals(java.util.Arrays.asList("m-0", "m-1", "m-2", "m-3"), ids(changed.evidence()));
        assertTrue(changed.note().contains("metric_value-a.csv") && changed.note().contains("changed"), changed.note());

        write("metric_value-a.csv", HEADER + rows(0, 2));
        EvidenceBatch shrunk = FolderEvidenceSource.of(dir).fetch(open, 10);
        assertEquals(java.util.Arrays.asList("m-0", "m-1"), ids(shrunk.evidence()));
        assertTrue(shrunk.note().contains("metric_value-a.csv"), shrunk.note());
    }

    @Test
    void aLastRowWithoutLineEndThatIsMadeLongerCountsAsChanged() throws Exception {
        String first = HEADER + rows(0, 2);
        write("metric_value-a.csv", first.substring(0, first.length() - 1)); // "…,1,次" without its line end
        String[] last = new String[1];
        assertEquals(2, drain(FolderEvidenceSource.of(dir), "", 10, last).size());
        assertTrue(FolderEvidenceSource.of(dir).fetch(last[0], 10).evidence().isEmpty(), "unchanged: nothing twice");
        write("metric_value-a.csv", first.substring(0, first.length() - 1) + "次\n" + rows(2, 3));
        EvidenceBatch b = FolderEvidenceSource.of(dir).fetch(last[0], 10);
        assertEquals(java.util.Arrays.asList("m-0", "m-1", "m-2"), ids(b.evidence()));
        assertTrue(b.note().contains("not as they were"), b.note());
    }

    @Test
    void aJsonFileGetsTheSameCursorByContent() throws Exception {
        List<Evidence> three = FolderEvidenceSource.of(writeCsvAndRead()).readAll().evidence();
        Files.delete(dir.resolve("metric_value-tmp.csv"));
        Files.write(dir.resolve("export.json"), org.kaoping.plugin.json.EvidenceJson.toJsonArray(three.subList(0, 2))
                .getBytes(StandardCharsets.UTF_8));
        String open = FolderEvidenceSource.of(dir).fetch("", 1).nextCursor(); // m-0 taken, the file still open
        Files.write(dir.resolve("export.json"), org.kaoping.plugin.json.EvidenceJson.toJsonArray(three)
                .getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(dir.resolve("export.json"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        String[] last = new String[1];
        assertEquals(java.util.Arrays.asList("m-1", "m-2"), drain(FolderEvidenceSource.of(dir), open, 1, last));
        Files.write(dir.resolve("export.json"), org.kaoping.plugin.json.EvidenceJson.toJsonArray(three.subList(1, 3))
                .getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(dir.resolve("export.json"), FileTime.fromMillis(System.currentTimeMillis() + 9000));
        EvidenceBatch changed = FolderEvidenceSource.builder(dir).failOnBadFile(true).build().fetch(open, 10);
        assertEquals(java.util.Arrays.asList("m-1", "m-2"), ids(changed.evidence()), "read again from its first item");
        assertTrue(changed.note().contains("export.json"), changed.note());
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
        String open = FolderEvidenceSource.of(dir).fetch("", 1).nextCursor();
        assertTrue(open.contains("\t指标值_2015年%2525%09.csv\t"), open);
        assertEquals(java.util.Collections.singletonList("m-1"), ids(FolderEvidenceSource.of(dir).fetch(open, 5).evidence()),
                "read back: the file continues");
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

    @Test
    void theCursorIsTheSameSizeHoweverManyFilesAreRead() throws Exception {
        write("metric_value-0000.csv", HEADER + rows(0, 2));
        String[] one = new String[1];
        drain(FolderEvidenceSource.of(dir), "", 1000, one);
        for (int f = 1; f < 300; f++) {
            write(String.format("metric_value-%04d.csv", f), HEADER + rows(f * 10, f * 10 + 2));
        }
        String[] many = new String[1];
        assertEquals(600, drain(FolderEvidenceSource.of(dir), "", 7, many).size());
        assertTrue(many[0].length() <= one[0].length() + 1, "only the count of files grows, in base 36: " + one[0] + " vs "
                + many[0]);
        assertFalse(one[0].equals(many[0]), "the digest covers the files read");
        String open = FolderEvidenceSource.of(dir).fetch("", 301).nextCursor(); // inside file 151
        assertTrue(open.length() <= many[0].length() + "metric_value-0150.csv".length() + 20, open);
    }

    @Test
    void aVersion2CursorIsStillReadAndKeepsItsRowsByContent() throws Exception {
        write("metric_value-a.csv", HEADER + rows(0, 3));
        write("metric_value-b.csv", HEADER + rows(10, 13));
        Path a = dir.resolve("metric_value-a.csv");
        String v2 = "csv-folder/2\nmetric_value-a.csv\t" + Long.toString(Files.size(a), 36) + "\t"
                + Long.toString(Files.getLastModifiedTime(a).toMillis(), 36) + "\t3\t" + hash16(HEADER + rows(0, 3)) + "\t1"
                + "\nmetric_value-b.csv\t0\t0\t1\t" + hash16(HEADER + rows(10, 11)) + "\t0";
        String[] last = new String[1];
        assertEquals(java.util.Arrays.asList("m-11", "m-12"), drain(FolderEvidenceSource.of(dir), v2, 10, last));
        assertTrue(last[0].startsWith("csv-folder/3\t"), last[0]);
        write("metric_value-a.csv", HEADER + rows(0, 5)); // appended after the old cursor was written
        List<String> appended = drain(FolderEvidenceSource.of(dir), v2, 10, last);
        assertEquals(java.util.Arrays.asList("m-3", "m-4", "m-10", "m-11", "m-12"), appended,
                "the appended rows by the old cursor's hash; the next file from its first row");
        assertThrows(org.kaoping.core.RefusedInputException.class, () -> FolderEvidenceSource.of(dir).fetch(
                "csv-folder/2\nmetric_value-a.csv\tzz", 10));
    }

    /** The version-2 cursor's hash: SHA-256 of the text read, first 8 bytes in hex. */
    private static String hash16(String text) throws Exception {
        byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append(String.format("%02x", d[i] & 0xFF));
        }
        return s.toString();
    }

    @Test
    void aMalformedCursorIsRefusedNamingWhatIsWrong() {
        org.kaoping.core.RefusedInputException e = assertThrows(org.kaoping.core.RefusedInputException.class,
                () -> FolderEvidenceSource.of(dir).fetch("csv-folder/3\t1\tnot-a-digest\t\t0\t-", 10));
        assertTrue(e.getMessage().contains("Malformed CSV folder cursor"), e.getMessage());
        assertThrows(org.kaoping.core.RefusedInputException.class, () -> FolderEvidenceSource.of(dir).fetch("other/1", 10));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"UTF-8 with BOM", "UTF-8", "GB18030"})
    void theFileBeingReadIsHashedByItsBytesInEveryEncoding(String encoding) throws Exception {
        java.nio.charset.Charset cs = encoding.startsWith("UTF-8") ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName("GB18030");
        String text = HEADER + rows(0, 4).replace("次", "次（示例数据）");
        byte[] body = text.getBytes(cs);
        byte[] bytes = encoding.endsWith("BOM") ? TextEncoding.encode(text, cs) : body;
        Files.write(dir.resolve("metric_value-a.csv"), bytes);
        String open = FolderEvidenceSource.of(dir).fetch("", 2).nextCursor();
        EvidenceBatch rest = FolderEvidenceSource.of(dir).fetch(open, 10);
        assertEquals(java.util.Arrays.asList("m-2", "m-3"), ids(rest.evidence()), "the first two rows hash the same: continued");
        assertTrue(rest.note().isEmpty(), rest.note());
        String m1 = "m-1,u,k,2015,self,a,2015-03-20 09:30,1,次（示例数据）\n";
        String m2 = "m-2,u,k,2015,self,a,2015-03-20 09:30,2,次（示例数据）\n";
        String untakenChanged = text.replace(m2, m2.replace("2,次（示例数据）", "9,次（示例数据）"));
        Files.write(dir.resolve("metric_value-a.csv"), encoding.endsWith("BOM") ? TextEncoding.encode(untakenChanged, cs)
                : untakenChanged.getBytes(cs));
        assertEquals(java.util.Arrays.asList("m-2", "m-3"), ids(FolderEvidenceSource.of(dir).fetch(open, 10).evidence()),
                "a row not yet taken may change");
        String lastCharChanged = text.replace(m1, m1.replace("数据）", "数据」"));
        Files.write(dir.resolve("metric_value-a.csv"), encoding.endsWith("BOM") ? TextEncoding.encode(lastCharChanged, cs)
                : lastCharChanged.getBytes(cs));
        EvidenceBatch changed = FolderEvidenceSource.of(dir).fetch(open, 10);
        assertEquals(java.util.Arrays.asList("m-0", "m-1", "m-2", "m-3"), ids(changed.evidence()), "a taken row changed");
        assertTrue(changed.note().contains("metric_value-a.csv"), changed.note());
    }

    private static List<String> ids3(int from) {
        return java.util.Arrays.asList("m-" + from, "m-" + (from + 1), "m-" + (from + 2));
    }
}

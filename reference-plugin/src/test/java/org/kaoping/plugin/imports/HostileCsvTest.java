package org.kaoping.plugin.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaoping.plugin.directory.CsvOrgDirectory;
import org.kaoping.plugin.directory.UnitsCsvFormatException;
import org.kaoping.plugin.json.InputLimits;

/** Hostile CSV input and hostile files (issue 11): each a problem naming file and line, never a crash or a hang. */
class HostileCsvTest {
    private static final Duration QUICK = Duration.ofSeconds(20);
    private static final String HEADER = "id,unit_id,key,period,source,author,recorded_at,value,measure_unit,out_of\n";

    @TempDir
    Path dir;

    private static ParsedFile read(String csv) {
        return assertTimeoutPreemptively(QUICK, () -> EvidenceCsv.read("metric_value.csv",
                csv.getBytes(StandardCharsets.UTF_8), null));
    }

    private static ImportProblem onlyProblem(ParsedFile f) {
        assertFalse(f.isOk(), f.toString());
        assertEquals(1, f.problems().size(), f.problems().toString());
        return f.problems().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e99999999999", "1e2000000000", "-1e2000000000", "1e-2000000000", "0e-2000000000",
            "1e19"})
    void aMetricOutOfBoundsIsAProblemOnItsCell(String value) {
        for (String column : new String[] {"value", "out_of"}) {
            String row = "m1,u,k,2015,self,a,2015-03-20 09:30," + (column.equals("value") ? value + ",次,"
                    : "1,次," + value) + "\n";
            ImportProblem p = onlyProblem(read(HEADER + row));
            assertEquals(2, p.line(), p.toString());
            assertEquals(column.equals("value") ? 8 : 10, p.column(), p.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e99999999999", "1e2000000000", "1e-2000000000", "2000000000"})
    void pointsOutOfBoundsAreAProblemOnTheirCell(String points) {
        String csv = "id,unit_id,key,period,source,author,recorded_at,points,reason\nd1,u,k,2015,spot-check,a,"
                + "2015-03-20 09:30," + points + ",r\n";
        ParsedFile f = assertTimeoutPreemptively(QUICK, () -> EvidenceCsv.read("deduction.csv",
                csv.getBytes(StandardCharsets.UTF_8), null));
        ImportProblem p = onlyProblem(f);
        assertEquals(2, p.line(), p.toString());
        assertEquals(8, p.column(), p.toString());
    }

    @Test
    void aRecordPastTheBoundIsRefusedNamingItsLine() {
        StringBuilder huge = new StringBuilder(HEADER).append("m1,u,k,2015,self,a,2015-03-20 09:30,1,次,\n\"");
        for (int i = 0; i <= InputLimits.MAX_CSV_RECORD_CHARS; i++) {
            huge.append('x');
        }
        ImportProblem p = onlyProblem(read(huge.toString()));
        assertEquals(3, p.line(), p.toString());
        assertTrue(p.message().contains(String.valueOf(InputLimits.MAX_CSV_RECORD_CHARS)), p.toString());
    }

    @Test
    void aCellPastTheStringBoundIsRefusedNamingItsCell() {
        StringBuilder author = new StringBuilder();
        for (int i = 0; i <= InputLimits.MAX_STRING_CHARS; i++) {
            author.append('x');
        }
        ImportProblem p = onlyProblem(read(HEADER + "m1,u,k,2015,self," + author + ",2015-03-20 09:30,1,次,\n"));
        assertEquals(2, p.line(), p.toString());
        assertEquals(6, p.column(), p.toString());
    }

    @Test
    void tooManyFieldsAreRefused() {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i <= InputLimits.MAX_CSV_FIELDS; i++) {
            row.append(',');
        }
        ImportProblem p = onlyProblem(read(HEADER + "m1" + row + "\n"));
        assertEquals(2, p.line(), p.toString());
    }

    @Test
    void aFolderFileLargerThanTheBoundIsRefusedWithoutReadingIt() throws Exception {
        Path big = dir.resolve("metric_value-big.csv");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(InputLimits.MAX_EVIDENCE_FILE_BYTES + 1); // sparse
        }
        FolderImport all = assertTimeoutPreemptively(QUICK, () -> FolderEvidenceSource.of(dir).readAll());
        ImportProblem p = all.problems().get(0);
        assertEquals("metric_value-big.csv", p.file());
        assertTrue(p.message().contains(String.valueOf(InputLimits.MAX_EVIDENCE_FILE_BYTES)), p.toString());
    }

    @Test
    void devZeroAsTheUnitsFileIsRefused() {
        Path zero = Paths.get("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero));
        UnitsCsvFormatException e = assertTimeoutPreemptively(QUICK, () -> assertThrows(UnitsCsvFormatException.class,
                () -> CsvOrgDirectory.of(zero).units()));
        assertTrue(e.getMessage().contains("regular file"), e.getMessage());
    }

    @Test
    void aFifoAsTheUnitsFileIsRefusedWithoutWaiting() {
        Path fifo = dir.resolve("units.csv");
        Assumptions.assumeTrue(mkfifo(fifo));
        assertTimeoutPreemptively(QUICK, () -> assertThrows(UnitsCsvFormatException.class,
                () -> CsvOrgDirectory.of(fifo).units()));
    }

    @Test
    void aFifoInTheEvidenceFolderIsReportedNotWaitedOn() {
        Assumptions.assumeTrue(mkfifo(dir.resolve("metric_value-pipe.csv")));
        FolderImport all = assertTimeoutPreemptively(QUICK, () -> FolderEvidenceSource.of(dir).readAll());
        assertEquals(1, all.refused().size(), all.toString());
        assertTrue(all.problems().get(0).message().contains("regular file"), all.problems().toString());
    }

    @Test
    void aCycleInTheUnitsFileNamesItsLine() {
        String csv = "unit_id,name,kind,parent_id\nbh,北海市,CITY,\nx,丙,TOWNSHIP,bh\na,甲,TOWNSHIP,b\nb,乙,TOWNSHIP,a\n";
        UnitsCsvFormatException e = assertThrows(UnitsCsvFormatException.class,
                () -> CsvOrgDirectory.parse("units.csv", csv.getBytes(StandardCharsets.UTF_8), null));
        ImportProblem p = e.problems().get(0);
        assertEquals(4, p.line(), p.toString());
        assertEquals(4, p.column(), p.toString());
        assertTrue(p.message().contains("a → b → a"), p.toString());
    }

    @Test
    void aUnitThatIsItsOwnLeadDepartmentNamesItsLine() {
        // found by ReaderFuzzTest (input #20681 of seed 20151130): reported with line 0 before
        String csv = "unit_id,name,kind,parent_id,lead_department_id\nbh,北海市,CITY,,\nhp,合浦县,COUNTY_DISTRICT,bh,hp\n";
        UnitsCsvFormatException e = assertThrows(UnitsCsvFormatException.class,
                () -> CsvOrgDirectory.parse("units.csv", csv.getBytes(StandardCharsets.UTF_8), null));
        ImportProblem p = e.problems().get(0);
        assertEquals(3, p.line(), p.toString());
        assertEquals(5, p.column(), p.toString());
    }

    static boolean mkfifo(Path p) {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static List<String> lines(String s) {
        return new ArrayList<>(java.util.Arrays.asList(s.split("\n")));
    }
}

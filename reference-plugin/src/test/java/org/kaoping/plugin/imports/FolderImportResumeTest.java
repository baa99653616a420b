package org.kaoping.plugin.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.run.CycleSetup;
import org.kaoping.runtime.Kaoping;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.EvidenceBatch;
import org.kaoping.spi.EvidenceSource;
import org.kaoping.spi.SourceDeclaration;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * A folder import that crashes after some batches, mid-file, and is resumed by a new runtime over the same store from
 * the cursor the store's audit trail holds, ends with exactly the evidence of an uninterrupted import, each record
 * stored once (issue 14, goal 1).
 */
class FolderImportResumeTest {
    private static final String HEADER = "编号,单位编码,指标,期间,来源,填报人,填报时间,数值,计量单位,基数\r\n";
    private static final int BATCH = 4;
    private static final int ROWS_PER_FILE = 7; // not a multiple of the batch: batches end inside files

    @TempDir
    Path dir;

    private void writeFolder() throws Exception {
        for (int f = 0; f < 3; f++) {
            StringBuilder s = new StringBuilder(HEADER);
            for (int r = 0; r < ROWS_PER_FILE; r++) {
                int n = f * 100 + r;
                s.append("m-").append(n).append(",beihai/hepu,exam-participation-rate,2015-0").append(1 + n % 9)
                        .append(",业务系统,合浦县司法局,2015-03-20 09:30,").append(n % 400).append(",人,500\r\n");
            }
            Files.write(dir.resolve("指标值-" + f + ".csv"), s.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Kaoping runtime(InMemoryAssessmentStore store) {
        CycleSetup setup = BeihaiDemo.setup();
        return Kaoping.builder().orgDirectory(BeihaiSampleCity.directory()).store(store).plan(setup.plan())
                .cycle(setup.cycle()).cityOffice(setup.cityOffice().get()).importBatchSize(BATCH).build();
    }

    private static Map<String, Evidence> byId(InMemoryAssessmentStore store) {
        Map<String, Evidence> out = new TreeMap<>();
        for (Evidence e : store.allEvidence()) {
            out.put(e.id(), e);
        }
        return out;
    }

    private static int importedEvents(InMemoryAssessmentStore store) {
        int n = 0;
        for (AuditEvent e : store.auditEvents(0)) {
            n += e.action() == AuditEvent.Action.EVIDENCE_IMPORTED ? 1 : 0;
        }
        return n;
    }

    /** The folder source, failing like a killed process on its {@code crashAt}-th fetch (1-based). */
    private static final class CrashingSource implements EvidenceSource {
        private final FolderEvidenceSource folder;
        private final int crashAt;
        private int fetches;

        CrashingSource(FolderEvidenceSource folder, int crashAt) {
            this.folder = folder;
            this.crashAt = crashAt;
        }

        @Override
        public String id() {
            return folder.id();
        }

        @Override
        public EvidenceBatch fetch(String cursor, int limit) {
            if (++fetches == crashAt) {
                throw new IllegalStateException("simulated crash before fetch " + crashAt);
            }
            return folder.fetch(cursor, limit);
        }

        @Override
        public SourceDeclaration declaration() {
            return folder.declaration();
        }

        @Override
        public Optional<String> originOf(Evidence record) {
            return folder.originOf(record);
        }
    }

    @ParameterizedTest(name = "crash before fetch {0}")
    @ValueSource(ints = {2, 3, 4, 6})
    void aResumedImportStoresExactlyWhatAnUninterruptedOneStores(int crashAt) throws Exception {
        writeFolder();
        InMemoryAssessmentStore whole = new InMemoryAssessmentStore();
        runtime(whole).importEvidence(FolderEvidenceSource.of(dir));
        assertEquals(3 * ROWS_PER_FILE, whole.allEvidence().size());

        InMemoryAssessmentStore store = new InMemoryAssessmentStore();
        Kaoping first = runtime(store);
        assertThrows(IllegalStateException.class, () -> first.importEvidence(new CrashingSource(FolderEvidenceSource.of(dir),
                crashAt)));
        int before = store.allEvidence().size();
        assertEquals((crashAt - 1) * BATCH, before, "the batches before the crash are stored, whole");

        Kaoping restarted = runtime(store); // a new process: the cursor comes from the store's audit trail
        String resumedFrom = restarted.cursorOf(FolderEvidenceSource.ID);
        assertNotEquals(EvidenceSource.START, resumedFrom, "the crash left a cursor inside the folder");
        int added = restarted.importEvidence(FolderEvidenceSource.of(dir)).added();

        assertEquals(3 * ROWS_PER_FILE - before, added, "nothing taken twice, nothing skipped");
        assertEquals(byId(whole), byId(store), "the same evidence as the uninterrupted import");
        assertEquals(importedEvents(whole), importedEvents(store), "one audit entry per batch, as without the crash");
    }

    @ParameterizedTest(name = "crash before fetch {0}")
    @ValueSource(ints = {2, 3})
    void theCursorLeftByACrashPointsInsideAFile(int crashAt) throws Exception {
        writeFolder();
        InMemoryAssessmentStore store = new InMemoryAssessmentStore();
        Kaoping first = runtime(store);
        assertThrows(IllegalStateException.class, () -> first.importEvidence(new CrashingSource(FolderEvidenceSource.of(dir),
                crashAt)));
        String[] cursor = runtime(store).cursorOf(FolderEvidenceSource.ID).split("\t", -1);
        assertEquals("csv-folder/3", cursor[0]);
        assertEquals(6, cursor.length, java.util.Arrays.toString(cursor));
        int taken = (crashAt - 1) * BATCH;
        assertEquals(taken / ROWS_PER_FILE, Integer.parseInt(cursor[1], 36), "files read to their end");
        assertEquals("指标值-" + taken / ROWS_PER_FILE + ".csv", cursor[3], "the file open at the crash");
        assertEquals(taken % ROWS_PER_FILE, Integer.parseInt(cursor[4], 36), "items taken from it");
    }

    @Test
    void aResumeAfterRowsWereAppendedToAnEarlierFileStoresExactlyTheNewRows() throws Exception {
        writeFolder();
        InMemoryAssessmentStore store = new InMemoryAssessmentStore();
        runtime(store).importEvidence(FolderEvidenceSource.of(dir));
        Path first = dir.resolve("指标值-0.csv");
        String appended = "m-90,beihai/hepu,exam-participation-rate,2015-09,业务系统,合浦县司法局,2015-03-20 09:30,90,人,500\r\n"
                + "m-91,beihai/hepu,exam-participation-rate,2015-10,业务系统,合浦县司法局,2015-03-20 09:30,91,人,500\r\n";
        Files.write(first, (new String(Files.readAllBytes(first), StandardCharsets.UTF_8) + appended)
                .getBytes(StandardCharsets.UTF_8));

        org.kaoping.runtime.ImportResult again = runtime(store).importEvidence(FolderEvidenceSource.of(dir));
        assertEquals(2, again.added(), "exactly the appended rows are new");
        assertEquals(3 * ROWS_PER_FILE, again.duplicates(), "the rest was read again and found stored");
        assertEquals(1, again.notes().size(), again.notes().toString());
        assertTrue(again.notes().get(0).contains("read again"), again.notes().get(0));
        InMemoryAssessmentStore whole = new InMemoryAssessmentStore();
        runtime(whole).importEvidence(FolderEvidenceSource.of(dir));
        assertEquals(byId(whole), byId(store), "the same evidence as one import of the folder as it is now");
        boolean audited = false;
        for (AuditEvent e : store.auditEvents(0)) {
            audited |= e.action() == AuditEvent.Action.EVIDENCE_IMPORTED && e.detail().contains("the source notes: the 3 file(s)");
        }
        assertTrue(audited, "the re-read is in the audit trail");
        org.kaoping.runtime.ImportResult quiet = runtime(store).importEvidence(FolderEvidenceSource.of(dir));
        assertEquals(0, quiet.added() + quiet.duplicates(), "then nothing is read again");
        assertTrue(quiet.notes().isEmpty(), quiet.notes().toString());
    }

    @Test
    void aFileWithARowChangedSinceItWasImportedIsRefusedWholeByNameAndTheOtherFilesImport() throws Exception {
        writeFolder();
        InMemoryAssessmentStore store = new InMemoryAssessmentStore();
        runtime(store).importEvidence(FolderEvidenceSource.of(dir));
        int before = store.allEvidence().size();
        // File 1: a row changed (m-102, line 4) and a row appended; file 2: a row appended; a new file 3.
        String row = ",beihai/hepu,exam-participation-rate,2015-04,业务系统,合浦县司法局,2015-03-20 09:30,";
        Path second = dir.resolve("指标值-1.csv");
        String text = new String(Files.readAllBytes(second), StandardCharsets.UTF_8);
        Files.write(second, (text.replace("m-102" + row + "102,", "m-102" + row + "103,") + "m-150" + row + "150,人,500\r\n")
                .getBytes(StandardCharsets.UTF_8));
        Path third = dir.resolve("指标值-2.csv");
        Files.write(third, (new String(Files.readAllBytes(third), StandardCharsets.UTF_8) + "m-290" + row + "290,人,500\r\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("指标值-3.csv"), (HEADER + "m-300" + row + "300,人,500\r\n").getBytes(StandardCharsets.UTF_8));

        org.kaoping.runtime.ImportResult r = runtime(store).importEvidence(FolderEvidenceSource.of(dir));
        assertEquals(2, r.added(), "the rows appended to file 2 and the new file: " + r);
        assertEquals(1, r.refused().size(), r.toString());
        String why = r.refused().get(0);
        assertTrue(why.contains("指标值-1.csv line 4") && why.contains("[m-102]") && why.contains("[103] now, [102] stored"), why);
        Map<String, Evidence> stored = byId(store);
        assertEquals(before + 2, stored.size());
        assertTrue(stored.containsKey("m-290") && stored.containsKey("m-300"), "the other files import");
        assertTrue(!stored.containsKey("m-150"), "nothing of the changed file is stored, not even its new row");
        assertEquals(102, ((org.kaoping.core.evidence.MetricValue) stored.get("m-102")).value().intValueExact(), "the stored row is kept");
        boolean audited = false;
        for (AuditEvent e : store.auditEvents(0)) {
            audited |= e.action() == AuditEvent.Action.EVIDENCE_REFUSED && e.detail().contains("指标值-1.csv line 4")
                    && e.detail().contains("[103] now, [102] stored");
        }
        assertTrue(audited, "the refusal is in the audit trail, naming file, line and what differs");

        org.kaoping.runtime.ImportResult again = runtime(store).importEvidence(FolderEvidenceSource.of(dir));
        assertEquals(0, again.added(), again.toString());
        assertEquals(1, again.refused().size(), "refused again, not passed over in silence: " + again);

        Files.write(second, (text + "m-150" + row + "150,人,500\r\n").getBytes(StandardCharsets.UTF_8));
        org.kaoping.runtime.ImportResult corrected = runtime(store).importEvidence(FolderEvidenceSource.of(dir));
        assertEquals(1, corrected.added(), "once corrected, the file imports: " + corrected);
        assertTrue(corrected.refused().isEmpty(), corrected.toString());
        InMemoryAssessmentStore whole = new InMemoryAssessmentStore();
        runtime(whole).importEvidence(FolderEvidenceSource.of(dir));
        assertEquals(byId(whole), byId(store), "the same evidence as one import of the folder as it is now");
        org.kaoping.runtime.ImportResult quiet = runtime(store).importEvidence(FolderEvidenceSource.of(dir));
        assertEquals(0, quiet.added() + quiet.duplicates(), "then nothing is read again: " + quiet);
    }

    @Test
    void aChangedRowInTheFileOpenAtTheCursorRefusesThatFileWholeAndTheNextFilesImport() throws Exception {
        writeFolder();
        InMemoryAssessmentStore store = new InMemoryAssessmentStore();
        Kaoping first = runtime(store);
        // Stop after the first batch: 4 of file 0's 7 rows are taken, the cursor is inside file 0.
        try {
            first.importEvidence(new CrashingSource(FolderEvidenceSource.of(dir), 2));
        } catch (IllegalStateException expected) {
            // the crash
        }
        assertEquals(BATCH, store.allEvidence().size());
        Path zero = dir.resolve("指标值-0.csv");
        String text = new String(Files.readAllBytes(zero), StandardCharsets.UTF_8);
        Files.write(zero, text.replace("m-1,beihai/hepu,exam-participation-rate,2015-02,业务系统,合浦县司法局,2015-03-20 09:30,1,",
                "m-1,beihai/hepu,exam-participation-rate,2015-02,业务系统,合浦县司法局,2015-03-20 09:30,7,").getBytes(StandardCharsets.UTF_8));
        org.kaoping.runtime.ImportResult r = runtime(store).importEvidence(FolderEvidenceSource.of(dir));
        assertEquals(1, r.refused().size(), r.toString());
        assertTrue(r.refused().get(0).contains("指标值-0.csv line 3"), r.refused().get(0));
        assertEquals(BATCH + 2 * ROWS_PER_FILE, store.allEvidence().size(), "files 1 and 2 import; nothing more of file 0");
    }
}

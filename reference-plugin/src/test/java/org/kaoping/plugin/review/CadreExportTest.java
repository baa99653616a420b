package org.kaoping.plugin.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.org.LeadingCadre;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.rectification.Rectification;
import org.kaoping.core.rectification.RectificationOrigin;
import org.kaoping.plugin.directory.CsvOrgDirectory;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.spi.Publication;
import org.kaoping.spi.PublishedResult;

/** Issue 17, item 5: the organization department's export lists every assessed unit once, beside its leading cadres. */
class CadreExportTest {
    @TempDir
    Path dir;

    @Test
    void theExportListsEveryAssessedUnitOnceWithItsCadresAndVeto() throws IOException {
        CycleResult r = org.kaoping.plugin.demo.BeihaiDemo.runAndWrite(dir);
        String csv = new String(Files.readAllBytes(dir.resolve(CadreExport.BASE_NAME + "-beihai-2015-demo.csv")), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF【示例数据】"), csv.substring(0, 40));
        assertTrue(Files.size(dir.resolve(CadreExport.BASE_NAME + "-beihai-2015-demo.xlsx")) > 0);
        List<String> lines = new ArrayList<>();
        for (String l : csv.split("\r\n")) {
            lines.add(l);
        }
        assertEquals(String.join(",", CadreExport.COLUMNS), lines.get(1));
        Set<String> listed = new HashSet<>();
        for (String l : lines.subList(2, lines.size())) {
            assertTrue(listed.add(l.split(",")[0]), "listed twice: " + l);
        }
        Set<String> assessed = new HashSet<>();
        for (org.kaoping.core.scoring.Scorecard c : r.scorecards()) {
            assessed.add(c.unitId());
        }
        assertEquals(assessed, listed);
        String vetoed = lines.stream().filter(l -> l.startsWith("beihai/tourism-group,")).findFirst().get();
        assertTrue(vetoed.contains("重大安全生产责任事故") && vetoed.contains("（示例）"), vetoed);
        assertTrue(vetoed.contains("1 项（其中逾期 1 项）"), "the demo's overdue 整改 item of the vetoed unit: " + vetoed);
    }

    @Test
    void leadingCadresComeFromTheUnitsFileAndReadBack() {
        OrgUnit u = OrgUnit.builder().id("justice").name("市司法局").kind(org.kaoping.core.org.OrgKind.CITY_JUDICIAL)
                .addLeadingCadres(LeadingCadre.of("李明", "局长"), LeadingCadre.of("王芳", "副局长")).build();
        String text = CsvOrgDirectory.toCsv(Collections.singletonList(u));
        List<OrgUnit> back = CsvOrgDirectory.parse("units.csv", text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals(Collections.singletonList(u), back);
        assertTrue(text.contains("李明（局长）；王芳（副局长）"), text);
    }

    @Test
    void aUnitWithoutCadresSaysSoRatherThanLeavingTheCellBlank() {
        Publication p = Publication.builder().planId("p").publishedAt(Instant.parse("2016-01-10T01:00:00Z")).publishedBy("office")
                .addResults(PublishedResult.builder().rubricId("r").unitId("hepu").unitName("合浦县").rank(1)
                        .total(org.kaoping.core.points.Points.of(90)).grade("优秀").commendable(true).build())
                .build();
        OrgTree tree = OrgTree.of(Collections.singletonList(OrgUnit.root("hepu", "合浦县", org.kaoping.core.org.OrgKind.COUNTY_DISTRICT)));
        List<List<String>> rows = CadreExport.rows(p, tree, Collections.<String, String>emptyMap(),
                Collections.<Rectification>emptyList());
        assertEquals("（单位目录未列领导干部）", rows.get(0).get(9));
        assertEquals("无", rows.get(0).get(7));
        assertEquals("无", rows.get(0).get(8));
    }

    @Test
    void theOpenRectificationColumnCountsTheUnitsItemsNotYetVerifiedAndTheOverdueOnes() {
        Publication p = Publication.builder().planId("p").publishedAt(Instant.parse("2016-01-10T01:00:00Z")).publishedBy("office")
                .addResults(PublishedResult.builder().rubricId("r").unitId("hepu").unitName("合浦县").rank(1)
                        .total(org.kaoping.core.points.Points.of(90)).grade("优秀").commendable(true).build())
                .build();
        OrgTree tree = OrgTree.of(Collections.singletonList(OrgUnit.root("hepu", "合浦县", org.kaoping.core.org.OrgKind.COUNTY_DISTRICT)));
        java.time.LocalDate due = java.time.LocalDate.of(2016, 2, 11);
        Instant opened = Instant.parse("2016-01-20T01:00:00Z");
        Rectification open = Rectification.open("r1", "p", "hepu", "1.1", RectificationOrigin.SPOT_CHECK, "finding", null, due, opened, "office");
        Rectification late = Rectification.open("r2", "p", "hepu", "1.2", RectificationOrigin.SPOT_CHECK, "finding", null, due, opened, "office")
                .overdue(Rectification.overdueFrom(due));
        Rectification done = Rectification.open("r3", "p", "hepu", "1.3", RectificationOrigin.SPOT_CHECK, "finding", null, due, opened, "office")
                .submitted(opened, "doc-1", null).verified(opened, "office");
        Rectification elsewhere = Rectification.open("r4", "p", "yinhai", "1.1", RectificationOrigin.SPOT_CHECK, "finding", null, due, opened,
                "office");
        List<List<String>> rows = CadreExport.rows(p, tree, Collections.<String, String>emptyMap(),
                java.util.Arrays.asList(open, late, done, elsewhere));
        assertEquals("2 项（其中逾期 1 项）", rows.get(0).get(8));
    }

    /**
     * A deferred sink (the demo's, issue 14) writes nothing when a result is published and, on rewrite, exactly the
     * files a sink that writes at publication writes for the same publication and items.
     */
    @Test
    void aDeferredSinkWritesOnlyOnRewriteAndTheSameFiles() throws IOException {
        Publication p = Publication.builder().planId("p").publishedAt(Instant.parse("2016-01-10T01:00:00Z")).publishedBy("office")
                .addResults(PublishedResult.builder().rubricId("r").unitId("hepu").unitName("合浦县").rank(1)
                        .total(org.kaoping.core.points.Points.of(90)).grade("优秀").commendable(true).build())
                .build();
        OrgTree tree = OrgTree.of(Collections.singletonList(OrgUnit.root("hepu", "合浦县", org.kaoping.core.org.OrgKind.COUNTY_DISTRICT)));
        Path now = Files.createDirectories(dir.resolve("now"));
        Path later = Files.createDirectories(dir.resolve("later"));
        CadreExportSink.open(now, () -> tree, Collections.<String, String>emptyMap(), true,
                Collections::<Rectification>emptyList).publish(p);
        CadreExportSink deferred = CadreExportSink.openDeferred(later, () -> tree, Collections.<String, String>emptyMap(), true,
                Collections::<Rectification>emptyList);
        assertEquals(false, deferred.rewrite(), "nothing published yet");
        deferred.publish(p);
        assertEquals(false, Files.exists(deferred.csvFile("p")) || Files.exists(deferred.xlsxFile("p")), "written at publication");
        assertTrue(deferred.rewrite());
        assertEquals(new String(Files.readAllBytes(now.resolve(deferred.csvFile("p").getFileName())), StandardCharsets.UTF_8),
                new String(Files.readAllBytes(deferred.csvFile("p")), StandardCharsets.UTF_8));
        assertTrue(Files.size(deferred.xlsxFile("p")) > 0);
    }
}

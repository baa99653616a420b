package org.kaoping.plugin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.imports.FolderEvidenceSource;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.plugin.run.CycleRun;

/**
 * Issue 10.3 in the reports: a unit's own N/A mark and own bonus are pending claims (待审核) after a run through the
 * runtime; every format lists them, with what they ask and who filed them, and no scorecard counts them.
 */
class PendingClaimsReportTest {
    static CycleResult result;
    static ReportData data;

    @BeforeAll
    static void run() throws Exception {
        List<Evidence> evidence = new ArrayList<>();
        for (String attack : new String[] {"own-not-applicable", "own-bonus"}) {
            Path folder = java.nio.file.Paths.get(PendingClaimsReportTest.class.getClassLoader().getResource("attacks/" + attack).toURI());
            evidence.addAll(FolderEvidenceSource.of(folder).readAll().files().get(0).evidence());
        }
        result = CycleRun.score(BeihaiDemo.setup(), BeihaiSampleCity.tree(), evidence);
        data = result.reportData("考评结果", Collections.<String>emptyList(), Collections.singletonMap("superior-commendation", "上级机关表彰"));
    }

    @Test
    @DisplayName("the run hands the runtime's pending claims to the report data; no scorecard counts them")
    void claimsReachTheReportData() {
        assertEquals(2, result.pendingClaims().size());
        assertEquals(2, data.pendingClaims().size());
        assertEquals(1, data.pendingClaims("beihai/transport").size());
        assertTrue(data.scorecard("beihai/hepu").adjustments().isEmpty(), "a pending bonus is not counted");
        assertTrue(data.scorecard("beihai/hepu").bonus().isZero());
        assertEquals("申报条目 [2.1] 不适用：本局认为该项不适用", data.claimText(data.pendingClaims("beihai/transport").get(0)));
        assertEquals("申报加分 上级机关表彰 2 分：自报获上级表彰", data.claimText(data.pendingClaims("beihai/hepu").get(0)));
    }

    @Test
    @DisplayName("HTML, console, JSON, CSV and the workbook list the pending claims")
    void everyFormatListsThem() throws Exception {
        String html = HtmlReport.toHtml(data);
        assertTrue(html.contains("<h2>待审核的申报</h2>") && html.contains("attack/transport/not-applicable")
                && html.contains("申报加分 上级机关表彰 2 分：自报获上级表彰"), "HTML");
        StringWriter out = new StringWriter();
        ConsoleReport.rankings(new PrintWriter(out), data);
        assertTrue(out.toString().contains("【待审核的申报】（2）") && out.toString().contains("市交通运输局 attack/transport/not-applicable：申报条目 [2.1] 不适用"),
                out.toString());
        String json = new String(JsonReport.toBytes(data), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"pendingClaims\"") && json.contains("\"evidenceId\" : \"attack/hepu/bonus\"") && json.contains("\"status\" : \"PENDING\""),
                "JSON");
        String csv = new String(CsvReport.toBytes(data), StandardCharsets.UTF_8);
        assertTrue(csv.contains("待审核的申报（条）"), "CSV header");
        for (String line : csv.split("\r\n")) {
            if (line.contains(",beihai/hepu,")) {
                assertTrue(line.contains(",0,1,"), "合浦县: 0 unused, 1 pending claim: " + line);
            }
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(XlsxReport.toBytes(data)))) {
            Sheet sheet = wb.findSheet("待审核的申报").get();
            List<Row> rows = sheet.read();
            assertEquals(XlsxReport.CLAIM_COLUMNS.get(3), rows.get(1).getCellText(3));
            assertEquals(4, rows.size(), "title, header, two claims");
            assertEquals("beihai/transport", rows.get(2).getCellText(0));
            assertEquals("待审核", rows.get(2).getCellText(5));
            assertTrue(wb.findSheet("未使用的证据").isPresent());
        }
    }
}

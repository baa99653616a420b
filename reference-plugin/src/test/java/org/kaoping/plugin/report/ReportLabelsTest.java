package org.kaoping.plugin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.imports.EvidenceCsvTestSupport;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.plugin.run.CycleRun;

/** Honest labels (示例数据 on every output of synthetic data, whichever command made it) and neutralized bidi controls. */
class ReportLabelsTest {
    private static String console(ReportData data) {
        StringWriter s = new StringWriter();
        ConsoleReport.rankings(new PrintWriter(s), data);
        return s.toString();
    }

    private static List<List<String>> csv(ReportData data) {
        byte[] b = CsvReport.toBytes(data);
        return EvidenceCsvTestSupport.parse(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a report made like `report --evidence <the demo's evidence>` (plain title, no notices) is labelled 示例数据 everywhere")
    void reportOverTheDemosEvidenceSaysSynthetic() throws Exception {
        CycleResult r = CycleRun.score(BeihaiDemo.setup(), BeihaiSampleCity.tree(), BeihaiDemo.evidence());
        ReportData data = r.reportData("考评结果 beihai-2015-demo 2015", Collections.<String>emptyList(), BeihaiDemo.CATEGORY_LABELS);
        assertTrue(data.isSynthetic());
        assertTrue(data.notices().get(0).startsWith(ReportData.SYNTHETIC_NOTICE), data.notices().toString());
        assertTrue(data.title().contains(ReportData.SYNTHETIC_MARKER), data.title());
        assertTrue(console(data).startsWith("考评结果 beihai-2015-demo 2015（示例数据）\n  * 示例数据，非真实考评结果"), console(data));
        String html = HtmlReport.toHtml(data);
        assertTrue(html.contains("<p class=\"synthetic\">示例数据，非真实考评结果</p>"));
        List<List<String>> rows = csv(data);
        int note = rows.get(0).indexOf(CsvReport.DATA_NOTE);
        assertEquals(rows.get(0).size() - 1, note, "the last column");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(ReportData.SYNTHETIC_NOTICE, row.get(note), row.toString());
        }
        JsonNode json = new ObjectMapper().readTree(JsonReport.toBytes(data));
        assertTrue(json.get("synthetic").asBoolean());
        assertTrue(json.get("notices").get(0).asText().startsWith(ReportData.SYNTHETIC_NOTICE));
    }

    @Test
    @DisplayName("data whose evidence is not marked synthetic carries no 示例数据 label")
    void realDataIsNotLabelled() throws Exception {
        ReportData data = ReportFixtures.twoCounties("甲县", "乙县", "oa-2015/");
        assertFalse(data.isSynthetic());
        assertFalse(console(data).contains(ReportData.SYNTHETIC_MARKER));
        assertFalse(HtmlReport.toHtml(data).contains(ReportData.SYNTHETIC_MARKER));
        for (List<String> row : csv(data).subList(1, 3)) {
            assertEquals("", row.get(row.size() - 1));
        }
        assertFalse(new ObjectMapper().readTree(JsonReport.toBytes(data)).get("synthetic").asBoolean());
        assertTrue(ReportFixtures.twoCounties("甲县", "乙县", ReportData.SYNTHETIC_ID_PREFIX).isSynthetic(), "the prefix marks it");
        assertTrue(data.toBuilder().synthetic(true).build().isSynthetic(), "or a declaration");
    }

    @Test
    @DisplayName("U+202E and other bidi or control characters in names are neutralized in HTML, CSV, console and xlsx")
    void bidiControlsAreNeutralized() throws Exception {
        String spoofed = "市\u202E局安公\u2066甲\u2069\u0007";
        ReportData data = ReportFixtures.twoCounties(spoofed, "乙县\u200F", "oa-2015/");
        String html = HtmlReport.toHtml(data);
        String table = new String(CsvReport.toBytes(data), StandardCharsets.UTF_8);
        String text = console(data);
        StringBuilder sheets = new StringBuilder();
        for (List<org.dhatim.fastexcel.reader.Row> rows : XlsxReportTest.read(XlsxReport.toBytes(data)).values()) {
            for (org.dhatim.fastexcel.reader.Row r : rows) {
                for (org.dhatim.fastexcel.reader.Cell c : r) {
                    sheets.append(c == null ? "" : c.getText()).append('\n');
                }
            }
        }
        StringWriter card = new StringWriter();
        ConsoleReport.scorecard(new PrintWriter(card), data.scorecard("u1"), 2, true, Collections.<String, String>emptyMap());
        for (String out : new String[] {html, table, text, sheets.toString(), card.toString()}) {
            for (char c : new char[] {'\u202E', '\u2066', '\u2069', '\u200F', '\u0007'}) {
                assertFalse(out.indexOf(c) >= 0, String.format("U+%04X left in %s", (int) c, out.substring(0, Math.min(200, out.length()))));
            }
            assertTrue(out.contains("市[U+202E]局安公[U+2066]甲[U+2069][U+0007]"), out.substring(0, Math.min(400, out.length())));
        }
        assertEquals("a\nb\tc", SafeText.of("a\nb\tc"), "line feed and tab stay");
    }
}

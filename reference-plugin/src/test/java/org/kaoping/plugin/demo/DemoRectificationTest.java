package org.kaoping.plugin.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.rectification.Rectification;
import org.kaoping.core.rectification.RectificationOrigin;
import org.kaoping.core.rectification.RectificationStatus;
import org.kaoping.plugin.bulletin.AppraisalExport;
import org.kaoping.plugin.bulletin.Bulletin;
import org.kaoping.plugin.report.Reports;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.runtime.RectificationTrail;

/**
 * The demo after the scores, run once into a temporary folder: the two 整改 items (one verified, one overdue and notified
 * once), and every document it writes opened and checked — the 通报 and 评先评优名单 as HTML and as Word documents read
 * back from their {@code word/document.xml}, and the 绩效考评 export as a workbook and as CSV.
 */
class DemoRectificationTest {
    @TempDir
    static Path out;
    static CycleResult result;

    @BeforeAll
    static void runTheDemo() {
        result = BeihaiDemo.runAndWrite(out);
    }

    static String text(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    /** The text of a .docx's body: every {@code w:t} of {@code word/document.xml}, a line per paragraph. */
    static String docxText(Path p) throws IOException {
        try (ZipFile zip = new ZipFile(p.toFile())) {
            for (String part : new String[] {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml"}) {
                assertTrue(zip.getEntry(part) != null, p + " lacks " + part);
            }
            ZipEntry e = zip.getEntry("word/document.xml");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (InputStream in = zip.getInputStream(e)) {
                byte[] buf = new byte[8192];
                for (int n; (n = in.read(buf)) > 0; ) {
                    bytes.write(buf, 0, n);
                }
            }
            String xml = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4");
            StringBuilder s = new StringBuilder();
            Matcher m = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>|</w:p>").matcher(xml);
            while (m.find()) {
                s.append(m.group(1) == null ? "\n" : m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                        .replace("&quot;", "\"").replace("&apos;", "'"));
            }
            return s.toString();
        }
    }

    static List<String> rubricTitles() {
        List<String> out = new ArrayList<>();
        for (RankingTable t : result.rankings().values()) {
            out.add(BeihaiDemo.report(result).rubric(t).title());
        }
        return out;
    }

    @Nested
    class Items {
        @Test
        @DisplayName("Two items from the findings: the incident's, fixed and verified; the veto's, overdue and notified once at its deadline")
        void twoItems() {
            List<Rectification> items = itemsInStore();
            assertEquals(2, items.size());
            Map<String, Rectification> byUnit = new HashMap<>();
            for (Rectification r : items) {
                byUnit.put(r.unitId(), r);
            }
            Rectification incident = byUnit.get(BeihaiDemo.INCIDENT_UNIT);
            assertEquals(RectificationOrigin.INCIDENT, incident.origin());
            assertEquals(RectificationStatus.VERIFIED, incident.status());
            Rectification veto = byUnit.get(BeihaiDemo.VETO_UNIT);
            assertEquals(RectificationOrigin.VETO, veto.origin());
            assertEquals(RectificationStatus.OVERDUE, veto.status());
            assertEquals(java.time.LocalDate.of(2016, 2, 11), veto.dueDate());
        }

        List<Rectification> itemsInStore() {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(BeihaiDemo.storeDirectory(out))) {
                return RectificationTrail.replay(store.auditEvents(0));
            }
        }

        @Test
        @DisplayName("The console summary and the HTML report show the 整改 items")
        void shownInConsoleAndReport() throws IOException {
            String console = String.join("\n", BeihaiDemo.summary(result, out));
            assertTrue(console.contains("整改事项：共 2 项，其中逾期未整改 1 项。"), console);
            assertTrue(console.contains(Bulletin.BULLETIN_DOCX), console);
            String html = text(out.resolve(Reports.HTML));
            assertTrue(html.contains("<h2>整改事项</h2>") && html.contains("逾期未整改") && html.contains("已验收"), "report.html");
        }
    }

    @Nested
    class Bulletins {
        @Test
        @DisplayName("bulletin.docx read back: title, 示例数据, every category, the commended units, the vetoed unit, the open item's deadline, signature and date")
        void bulletinDocx() throws IOException {
            String t = docxText(out.resolve(Bulletin.BULLETIN_DOCX));
            assertTrue(t.startsWith("示例数据"), t.substring(0, 40));
            assertTrue(t.contains("北海市依法治市领导小组办公室关于2015年度创建全国法治城市工作考评结果的通报"), "title");
            for (String title : rubricTitles()) {
                assertTrue(t.contains(title), title);
            }
            assertTrue(t.contains("一、考评基本情况") && t.contains("（一）") && t.contains("五、整改要求"), "headings");
            assertTrue(t.contains("2016年2月11日") && t.contains("逾期未整改"), "the open item with its deadline");
            assertTrue(t.contains("附件1") && t.contains("附件2") && t.contains("附件3"), "attachments");
            assertTrue(t.contains("2016年2月15日"), "date");
            for (org.kaoping.plugin.bulletin.Commendation c : commended()) {
                String full = c.unitName().startsWith("市") ? "北海市" + c.unitName().substring(1) : c.unitName();
                assertTrue(t.contains(full), "named in full: " + full);
            }
            assertTrue(t.contains("北海示例旅游集团因发生重大安全生产责任事故被一票否决"), "vetoed unit");
        }

        @Test
        @DisplayName("bulletin.html holds the same text as the .docx")
        void bulletinHtml() throws IOException {
            String h = text(out.resolve(Bulletin.BULLETIN_HTML));
            assertTrue(h.contains("<h1>北海市依法治市领导小组办公室关于2015年度创建全国法治城市工作考评结果的通报</h1>"));
            assertTrue(h.contains("示例数据，非真实考评结果"));
            for (String title : rubricTitles()) {
                assertTrue(h.contains(title), title);
            }
        }

        @Test
        @DisplayName("The commendation list: 优秀 only, no vetoed unit, at most 3 per category, in the .docx and the .html")
        void commendationList() throws IOException {
            List<org.kaoping.plugin.bulletin.Commendation> list = commended();
            assertFalse(list.isEmpty());
            Map<String, Integer> perCategory = new HashMap<>();
            for (org.kaoping.plugin.bulletin.Commendation c : list) {
                assertEquals("优秀", c.grade());
                assertFalse(c.unitId().equals(BeihaiDemo.VETO_UNIT));
                perCategory.merge(c.category(), 1, Integer::sum);
            }
            for (int n : perCategory.values()) {
                assertTrue(n <= 3, perCategory.toString());
            }
            String docx = docxText(out.resolve(Bulletin.COMMENDATION_DOCX));
            String html = text(out.resolve(Bulletin.COMMENDATION_HTML));
            assertTrue(docx.contains("示例数据") && html.contains("示例数据"));
            for (org.kaoping.plugin.bulletin.Commendation c : list) {
                assertTrue(docx.contains(c.unitName()) && html.contains(c.unitName()), c.unitName());
            }
        }

        List<org.kaoping.plugin.bulletin.Commendation> commended() {
            return org.kaoping.plugin.bulletin.Commendation.select(
                    BeihaiDemo.report(result).toBuilder().plan(DemoRectification.plan(result.setup().plan())).build(), itemsInStore());
        }

        List<Rectification> itemsInStore() {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(BeihaiDemo.storeDirectory(out))) {
                return RectificationTrail.replay(store.auditEvents(0));
            }
        }
    }

    @Nested
    class Appraisal {
        /** Each ranked unit's total, by unit id. */
        Map<String, RankedUnit> ranked() {
            Map<String, RankedUnit> out = new HashMap<>();
            for (RankingTable t : result.rankings().values()) {
                for (RankedUnit u : t.entries()) {
                    out.put(u.unitId(), u);
                }
            }
            return out;
        }

        @Test
        @DisplayName("appraisal.csv: BOM, the documented header, one row per ranked unit, contribution = total × 10 ÷ 100 half up, 示例数据")
        void csv() throws IOException {
            byte[] bytes = Files.readAllBytes(out.resolve(Bulletin.APPRAISAL_CSV));
            assertEquals((byte) 0xEF, bytes[0]);
            String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
            assertEquals(String.join(",", AppraisalExport.COLUMNS), lines[0]);
            Map<String, RankedUnit> ranked = ranked();
            assertEquals(ranked.size(), lines.length - 1);
            for (int i = 1; i < lines.length; i++) {
                String[] c = lines[i].split(",");
                RankedUnit u = ranked.get(c[0]);
                assertEquals(u.finalTotal().toBigDecimal().multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(100))
                        .setScale(2, RoundingMode.HALF_UP), new BigDecimal(c[7]), lines[i]);
                assertEquals("示例数据，非真实考评结果", c[9]);
            }
        }

        @Test
        @DisplayName("appraisal.xlsx: a title row with 示例数据, the header row, unit codes as text and the contribution as a number")
        void xlsx() throws IOException {
            try (ReadableWorkbook wb = new ReadableWorkbook(Files.newInputStream(out.resolve(Bulletin.APPRAISAL_XLSX)))) {
                Sheet s = wb.getFirstSheet();
                assertEquals("绩效考评计分", s.getName());
                List<Row> rows = s.read();
                assertTrue(rows.get(0).getCellText(0).contains("示例数据"));
                assertEquals(AppraisalExport.COLUMNS.get(7), rows.get(1).getCellText(7));
                Map<String, RankedUnit> ranked = ranked();
                assertEquals(ranked.size() + 2, rows.size());
                Row first = rows.get(2);
                RankedUnit u = ranked.get(first.getCellText(0));
                assertEquals(0, u.finalTotal().toBigDecimal().multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(100))
                        .setScale(2, RoundingMode.HALF_UP).compareTo(first.getCellAsNumber(7).get()));
            }
        }
    }

    @Test
    @DisplayName("The overdue item is audited overdue exactly once")
    void notifiedOnce() {
        try (JournalAssessmentStore store = JournalAssessmentStore.open(BeihaiDemo.storeDirectory(out))) {
            long overdue = 0;
            for (org.kaoping.spi.AuditEvent e : store.auditEvents(0)) {
                overdue += e.action() == org.kaoping.spi.AuditEvent.Action.RECTIFICATION_OVERDUE ? 1 : 0;
            }
            assertEquals(1, overdue);
        }
    }
}

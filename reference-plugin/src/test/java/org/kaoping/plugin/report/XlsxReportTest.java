package org.kaoping.plugin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.points.Points;
import org.kaoping.core.scoring.ScoreNode;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.run.CycleResult;

/** results.xlsx read back: the demo's workbook (written by the demo itself) and small hostile cases. */
class XlsxReportTest {
    @TempDir
    static Path dir;

    static CycleResult result;
    static Map<String, List<Row>> book;
    static Map<String, String> sheetXml;

    @BeforeAll
    static void runTheDemo() throws IOException {
        result = BeihaiDemo.runAndWrite(dir);
        byte[] bytes = Files.readAllBytes(dir.resolve(Reports.XLSX));
        book = read(bytes);
        sheetXml = sheetXml(bytes);
    }

    static Map<String, List<Row>> read(byte[] bytes) throws IOException {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet s : (Iterable<Sheet>) wb.getSheets()::iterator) {
                out.put(s.getName(), s.read());
            }
        }
        return out;
    }

    /** Each worksheet's XML, by zip entry name. */
    static Map<String, String> sheetXml(byte[] bytes) throws IOException {
        // Read through the central directory, as Excel does (the streaming writer puts sizes in data descriptors).
        Path tmp = Files.createTempFile("kaoping-", ".xlsx");
        Map<String, String> out = new LinkedHashMap<>();
        try {
            Files.write(tmp, bytes);
            try (ZipFile z = new ZipFile(tmp.toFile())) {
                for (ZipEntry e : java.util.Collections.list(z.entries())) {
                    if (e.getName().startsWith("xl/worksheets/")) {
                        try (java.io.InputStream in = z.getInputStream(e)) {
                            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                            byte[] buf = new byte[8192];
                            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                                b.write(buf, 0, n);
                            }
                            out.put(e.getName(), new String(b.toByteArray(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return out;
    }

    static String text(Row r, int column) {
        return r.getCellAsString(column).orElse("");
    }

    static List<String> header(List<Row> rows) {
        List<String> h = new ArrayList<>();
        for (Cell c : rows.get(1)) {
            h.add(c == null ? "" : c.getText());
        }
        return h;
    }

    static Row rowOf(List<Row> rows, int column, String value) {
        for (Row r : rows.subList(2, rows.size())) {
            if (value.equals(text(r, column))) {
                return r;
            }
        }
        throw new AssertionError("no row with [" + value + "] in column " + column);
    }

    @Test
    @DisplayName("the demo writes results.xlsx: a sheet per standard, the matrices, 问题清单, adjustments, roll-ups, grades; names Excel accepts")
    void theDemoWritesTheWorkbookWithEverySheet() {
        for (String name : new String[] {"说明", "县（区）工作标准", "市级司法机关工作标准", "市级行政部门工作标准", "市级党群部门工作标准",
            "企事业单位工作标准", "县（区）工作标准-逐项得分", "问题清单", "加减分与否决", "汇总-分项平均", "汇总-任务与保障措施", "汇总-地区", "等次分布"}) {
            assertTrue(book.containsKey(name), name + " in " + book.keySet());
        }
        for (String name : book.keySet()) {
            assertTrue(name.length() <= 31 && !name.matches(".*[:\\\\/?*\\[\\]].*"), "sheet name Excel accepts: " + name);
        }
    }

    @Test
    @DisplayName("every sheet's title row says 示例数据; the title and header rows are frozen")
    void everySheetIsMarkedSyntheticAndHasAFrozenHeader() {
        for (Map.Entry<String, List<Row>> s : book.entrySet()) {
            String title = text(s.getValue().get(0), 0);
            assertTrue(title.contains(ReportData.SYNTHETIC_NOTICE) && title.startsWith(BeihaiDemo.TITLE), s.getKey() + ": " + title);
        }
        assertEquals(book.size(), sheetXml.size());
        for (Map.Entry<String, String> x : sheetXml.entrySet()) {
            assertTrue(x.getValue().matches("(?s).*<pane [^>]*ySplit=\"2\"[^>]*state=\"frozen\".*"), "frozen title and header: " + x.getKey());
            assertFalse(x.getValue().contains("<f>"), "no formula in " + x.getKey());
        }
    }

    @Test
    @DisplayName("a standard's sheet has its real section titles as columns and one unit's section totals as the scorecard has them")
    void oneUnitsSectionTotals() {
        List<Row> county = book.get("县（区）工作标准");
        List<String> header = header(county);
        assertTrue(header.contains("推进依法行政(12分)"), header.toString());
        assertTrue(header.contains("推进县（区）党委依法执政(15分)"), header.toString());
        for (String h : header) {
            assertFalse(h.matches("第\\d+部分"), "no generic columns: " + header);
        }
        Scorecard hepu = result.scorecard("beihai/hepu");
        Row row = rowOf(county, 1, "beihai/hepu");
        assertEquals(CellType.STRING, row.getCell(1).getType(), "unit codes are text");
        assertEquals("合浦县", text(row, 2));
        int first = header.indexOf("推进县（区）党委依法执政(15分)");
        for (int i = 0; i < hepu.sections().size(); i++) {
            BigDecimal shown = row.getCellAsNumber(first + i).get();
            assertEquals(0, shown.compareTo(hepu.sections().get(i).awarded().toBigDecimal()), header.get(first + i));
        }
        assertEquals(0, row.getCellAsNumber(header.indexOf("分项合计")).get().compareTo(hepu.rawTotal().toBigDecimal()));
        assertEquals(0, row.getCellAsNumber(header.indexOf("最终得分")).get().compareTo(hepu.finalTotal().toBigDecimal()));
        assertEquals(hepu.grade().name(), text(row, header.indexOf("等次")));
    }

    @Test
    @DisplayName("问题清单 lists every point a unit lost, with the reason in Chinese and the evidence ids")
    void oneUnitsProblemList() {
        Deduction late = result.derivedDeductions().get(0);
        String unit = late.unitId();
        Scorecard card = result.scorecard(unit);
        List<Row> problems = book.get("问题清单");
        List<String> header = header(problems);
        assertEquals(XlsxReport.PROBLEM_COLUMNS, header);
        BigDecimal lost = BigDecimal.ZERO;
        int rows = 0;
        List<String> order = new ArrayList<>();
        for (org.kaoping.core.rubric.Criterion k : card.rubric().allCriteria()) {
            order.add(k.id());
        }
        int previous = -1;
        boolean sawTheLateReport = false;
        for (Row r : problems.subList(2, problems.size())) {
            if (!unit.equals(text(r, 1))) {
                continue;
            }
            rows++;
            int at = order.indexOf(text(r, 3));
            assertTrue(at > previous, "in the standard's order: " + text(r, 3));
            previous = at;
            BigDecimal max = r.getCellAsNumber(5).get();
            BigDecimal got = r.getCellAsNumber(6).get();
            BigDecimal loss = r.getCellAsNumber(7).get();
            assertEquals(0, max.subtract(got).compareTo(loss), "失分 = 分值 − 得分: " + r);
            assertTrue(loss.signum() > 0, r.toString());
            assertFalse(text(r, 8).isEmpty(), "a reason for every loss: " + r);
            lost = lost.add(loss);
            if (text(r, 9).contains(late.id())) {
                sawTheLateReport = true;
                assertTrue(text(r, 8).contains(Wording.ZH_CN.deductionReason(late.reason())), text(r, 8));
                assertTrue(text(r, 8).contains("自查"), text(r, 8));
            }
        }
        assertTrue(rows > 0, "the unit lost points somewhere");
        Points expected = card.applicableMaximum().minus(card.rawTotal());
        assertEquals(0, lost.compareTo(expected.toBigDecimal()), "every point lost is listed: " + unit);
        assertTrue(sawTheLateReport, "the runtime's late/missing deduction " + late.id() + " is on the list");
    }

    @Test
    @DisplayName("adjustments, vetoes, roll-ups and the grade distribution are there")
    void adjustmentsRollUpsAndGrades() {
        List<Row> adj = book.get("加减分与否决");
        Row veto = rowOf(adj, 1, BeihaiDemo.VETO_UNIT);
        assertEquals("一票否决", text(veto, 3));
        assertEquals("重大安全生产责任事故", text(veto, 4));
        Row bonus = rowOf(adj, 1, "beihai/yinhai");
        assertEquals("加分", text(bonus, 3));
        assertEquals(0, bonus.getCellAsNumber(7).get().compareTo(new BigDecimal("1.5")));

        List<Row> tags = book.get("汇总-任务与保障措施");
        assertEquals(2 + 15, tags.size(), "12 tasks and 3 safeguards");
        assertEquals("task:1", text(tags.get(2), 0));
        assertTrue(text(tags.get(2), 1).contains("深化领导干部学法用法"), text(tags.get(2), 1));
        List<Row> areas = book.get("汇总-地区");
        Row hepu = rowOf(areas, 0, "beihai/hepu");
        assertEquals(0, hepu.getCellAsNumber(3).get().compareTo(result.scorecard("beihai/hepu").finalTotal().toBigDecimal()));
        List<Row> grades = book.get("等次分布");
        int total = 0;
        for (Row r : grades.subList(2, grades.size())) {
            total += r.getCellAsNumber(header(grades).indexOf("合计")).get().intValue();
        }
        assertEquals(result.scorecards().size(), total);
        List<Row> sections = book.get("汇总-分项平均");
        assertTrue(sections.size() > 2 + 10, "section averages of every standard");
    }

    @Test
    @DisplayName("text from data never becomes a formula and bidi controls are neutralized")
    void formulasStayTextAndBidiIsNeutralized() throws IOException {
        ReportData data = ReportFixtures.twoCounties("=1+2", "@SUM(A1)\u202E局安公", "real-");
        byte[] bytes = XlsxReport.toBytes(data);
        Map<String, List<Row>> wb = read(bytes);
        List<Row> rows = wb.get("测试标准");
        Row first = rowOf(rows, 1, "u1");
        assertEquals(CellType.STRING, first.getCell(2).getType());
        assertEquals("=1+2", text(first, 2));
        Row second = rowOf(rows, 1, "u2");
        assertEquals("@SUM(A1)[U+202E]局安公", text(second, 2));
        for (String xml : sheetXml(bytes).values()) {
            assertFalse(xml.contains("<f>"), "no formula");
        }
        assertFalse(text(wb.get("说明").get(0), 0).contains(ReportData.SYNTHETIC_MARKER), "real data is not marked");
        assertEquals(Optional.of("推进依法行政(2分)"), Optional.of(header(rows).get(4)));
    }

    @Test
    @DisplayName("sheet names are made unique and short enough")
    void sheetNames() {
        Set<String> taken = new HashSet<>();
        assertEquals("a_b_c", XlsxReport.name("a:b/c", taken));
        assertEquals("a_b_c-2", XlsxReport.name("a:b/c", taken));
        String longName = XlsxReport.name("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", taken);
        assertEquals(31, longName.length());
        assertNotNull(taken);
    }
}

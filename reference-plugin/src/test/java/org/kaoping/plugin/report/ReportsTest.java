package org.kaoping.plugin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.Rules;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.imports.EvidenceCsvTestSupport;

class ReportsTest {
    static ReportData demo;
    static byte[] csv;
    static String html;
    static byte[] json;

    @BeforeAll
    static void render() {
        demo = BeihaiDemo.report(BeihaiDemo.run());
        csv = CsvReport.toBytes(demo);
        html = HtmlReport.toHtml(demo);
        json = JsonReport.toBytes(demo);
    }

    @Test
    void htmlExplainsEveryLeafInChineseAndReproducesEveryScoredLeafsArithmetic() {
        int leaves = count(html, "<details class=\"node leaf");
        assertTrue(leaves > 100, "the demo has many leaves: " + leaves);
        assertEquals(leaves, count(html, "<dt>得分计算</dt>"), "one Chinese explanation per leaf");
        assertFalse(html.contains("  rule: "), "the English text block is gone from the HTML");
        assertTrue(html.contains("<dt>扣分</dt>") && html.contains("<dt>人工改分</dt>") && html.contains("<dt>不适用原因</dt>"));
        assertEquals(0, count(html, "<dt>得分计算</dt><dd>得分 "), "every scored leaf's points are reproduced as points × share");
    }

    @Test
    void csvHasABomCrlfLineEndsAndRowsWhoseTotalsAreTheirShownParts() {
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        List<List<String>> rows = EvidenceCsvTestSupport.parse(text);
        List<String> header = rows.get(0);
        assertEquals(CsvReport.HEADER, header.subList(0, CsvReport.HEADER.size()));
        assertEquals(demo.scorecards().size(), rows.size() - 1, "one row per scored unit");
        int sectionsTotal = header.indexOf("分项合计");
        int item = header.indexOf("折算得分");
        int bonus = header.indexOf("加分");
        int penalty = header.indexOf("扣分");
        int fin = header.indexOf("最终得分");
        int veto = header.indexOf("一票否决");
        int firstSection = CsvReport.HEADER.size();
        boolean sawRescaled = false;
        for (List<String> r : rows.subList(1, rows.size())) {
            assertEquals(header.size(), r.size(), r.toString());
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = firstSection; i < r.size() - 1; i++) {
                if (!r.get(i).isEmpty()) {
                    sum = sum.add(new BigDecimal(r.get(i)));
                }
            }
            assertEquals(0, sum.compareTo(new BigDecimal(r.get(sectionsTotal))), "shown sections add up to 分项合计: " + r);
            // 扣分 counts every deduction (issue 10): those inside items, already within 分项合计, and the penalty on the total
            org.kaoping.core.scoring.Scorecard card = demo.scorecard(r.get(header.indexOf("单位编码")));
            assertEquals(0, new BigDecimal(r.get(penalty)).compareTo(card.allDeductions().toBigDecimal()), "扣分 = every deduction: " + r);
            if (r.get(item).equals(r.get(sectionsTotal))) {
                BigDecimal expected = new BigDecimal(r.get(item)).add(new BigDecimal(r.get(bonus)))
                        .subtract(new BigDecimal(r.get(penalty))).add(card.deductionsTaken().toBigDecimal())
                        .max(BigDecimal.ZERO);
                if (!r.get(veto).contains("总分计零")) {
                    assertEquals(0, expected.compareTo(new BigDecimal(r.get(fin))), "最终得分 = 折算得分 + 加分 − (扣分 − 项内扣分): " + r);
                }
            } else {
                sawRescaled = true;
            }
        }
        assertTrue(sawRescaled, "the demo has a not-applicable item, so one row is rescaled");
        assertTrue(text.contains("合浦县") && text.contains("铁山港区"), "Chinese names intact");
    }

    @Test
    void jsonParsesBackWithTheSameTotalsAndNoNulls() throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        assertTrue(root.get("notices").get(0).asText().startsWith(BeihaiDemo.SYNTHETIC));
        assertEquals(5, root.get("rankings").size());
        assertEquals(demo.scorecards().size(), root.get("scorecards").size());
        Map<String, Scorecard> byId = new HashMap<>();
        for (Scorecard c : demo.scorecards()) {
            byId.put(c.unitId(), c);
        }
        for (JsonNode c : root.get("scorecards")) {
            Scorecard card = byId.get(c.get("unitId").asText());
            assertEquals(0, card.finalTotal().toBigDecimal().compareTo(c.get("finalTotal").decimalValue()), c.get("unitId").asText());
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode s : c.get("sections")) {
                sum = sum.add(s.get("awarded").decimalValue());
                assertTrue(leavesAddUp(s), "every shown parent is the sum of its shown children: " + s.get("id"));
            }
            assertEquals(0, sum.compareTo(c.get("sectionsTotal").decimalValue()));
        }
        assertFalse(new String(json, StandardCharsets.UTF_8).contains("null"), "absent values are omitted");
        JsonNode county = root.get("rankings").get(0);
        assertEquals("beihai-2015/county", county.get("rubricId").asText());
        assertEquals(4, county.get("entries").size());
    }

    private static boolean leavesAddUp(JsonNode n) {
        if (!n.has("children")) {
            return n.has("explanation");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode k : n.get("children")) {
            if (!leavesAddUp(k)) {
                return false;
            }
            sum = sum.add(k.get("awarded").decimalValue());
        }
        if (n.has("sectionDeductions")) { // a deduction filed against the section is taken from its children's sum
            sum = sum.subtract(n.get("sectionDeductions").decimalValue());
        }
        return sum.compareTo(n.get("awarded").decimalValue()) == 0;
    }

    @Test
    void htmlIsSelfContainedWellFormedEnoughAndNamesEveryCounty() {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains(BeihaiDemo.SYNTHETIC), "the synthetic notice is in the header");
        for (String county : Arrays.asList("海城区", "银海区", "铁山港区", "合浦县")) {
            assertTrue(html.contains(county), county);
        }
        assertEquals(count(html, "<details"), count(html, "</details>"), "every <details> closed");
        assertEquals(count(html, "<svg"), count(html, "</svg>"));
        assertEquals(count(html, "<table"), count(html, "</table>"));
        assertTrue(count(html, "<svg") >= 5 + demo.scorecards().size(), "a ranking chart per rubric and a section chart per unit");
        assertFalse(html.contains("null"), "no null leaks into the page");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external assets");
        assertFalse(html.contains("<script"), "no scripts");
        // Bar widths never exceed the chart and are whole pixels.
        Matcher m = Pattern.compile("class=\"bar[^\"]*\"").matcher(html);
        assertTrue(m.find());
        Matcher w = Pattern.compile("<rect x=\"(\\d+)\" y=\"\\d+\" width=\"(\\d+)\"").matcher(html);
        while (w.find()) {
            assertTrue(Long.parseLong(w.group(2)) <= 420, w.group());
        }
    }

    @Test
    void namesWithMarkupAreEscapedEverywhere() {
        Rubric rubric = Rubric.builder("test/escape").version("1").title("标准 <b>&\"'").appliesTo(OrgKind.COUNTY_DISTRICT).points("2")
                .source("test").section("（一）", "部分 <script>alert(1)</script>", "2", s -> s
                        .item("1、", "要求 A&B", "2", Rules.checklist(CreditPolicy.proportional(), "甲 <i>", "乙 & 丙")))
                .build();
        OrgTree tree = OrgTree.of(Arrays.asList(OrgUnit.root("c", "市 <&>", OrgKind.CITY),
                OrgUnit.of("u1", "县 <b>粗</b> & \"引号\"", OrgKind.COUNTY_DISTRICT, "c"),
                OrgUnit.of("u2", "=HYPERLINK(\"x\")", OrgKind.COUNTY_DISTRICT, "c")));
        AssessmentPlan plan = AssessmentPlan.builder().id("p<1>").year(2015).putRubric(OrgKind.COUNTY_DISTRICT, rubric).build();
        List<Evidence> ev = new ArrayList<>();
        for (String u : new String[] {"u1", "u2"}) {
            for (int q = 1; q <= 2; q++) {
                ev.add(ChecklistTick.builder().id(u + "-" + q).unitId(u).key("1.1").period(ReportingPeriod.year(2015))
                        .source(SourceKind.PANEL).author("r <1>").recordedAt(Instant.parse("2015-12-01T00:00:00Z")).requirement(q)
                        .met(q == 1 || u.equals("u1")).build());
            }
        }
        Scorer scorer = Scorer.of(plan);
        EvidenceIndex index = EvidenceIndex.of(ev);
        ReportData data = ReportData.builder().title("标题 <&>").notice("注意 <i>").tree(tree).plan(plan)
                .scorecards(Arrays.asList(scorer.score(tree.unit("u1"), index), scorer.score(tree.unit("u2"), index))).build();
        String page = HtmlReport.toHtml(data);
        for (String raw : new String[] {"<b>粗</b>", "<script>", "<i>", "A&B", "r <1>", "\"引号\""}) {
            assertFalse(page.contains(raw), "raw " + raw);
        }
        assertTrue(page.contains("县 &lt;b&gt;粗&lt;/b&gt; &amp; &quot;引号&quot;"), "escaped unit name");
        assertTrue(page.contains("标题 &lt;&amp;&gt;"));
        assertTrue(HtmlReport.toHtml(data.toBuilder().technicalTrace(true).build()).contains("乙 &amp; 丙"), "the engine's trace, when asked for, is escaped too");
        assertEquals(count(page, "<details"), count(page, "</details>"));

        String table = new String(CsvReport.toBytes(data), StandardCharsets.UTF_8);
        assertTrue(table.contains("\"'=HYPERLINK(\"\"x\"\")\""), "a formula-like name is defused and quoted: " + table);
        assertTrue(table.contains("\"县 <b>粗</b> & \"\"引号\"\"\""), table);
    }

    @Test
    void writeAllWritesTheFourFilesAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        List<Path> written = Reports.writeAll(demo, dir.resolve("out"));
        assertEquals(4, written.size());
        for (Path p : written) {
            assertTrue(Files.size(p) > 1000, p.toString());
        }
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            assertEquals(Arrays.asList(Reports.HTML, Reports.JSON, Reports.CSV, Reports.XLSX).stream().sorted().collect(Collectors.toList()),
                    s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()), "no .tmp files left behind");
        }
        assertTrue(Arrays.equals(csv, Files.readAllBytes(dir.resolve("out").resolve(Reports.CSV))));
    }

    @Test
    void consoleRankingsAlignChineseNamesByDisplayWidth() {
        java.io.StringWriter s = new java.io.StringWriter();
        ConsoleReport.rankings(new java.io.PrintWriter(s), demo);
        String out = s.toString();
        assertTrue(out.contains("【县（区）工作标准】"), out);
        List<String> lines = Arrays.asList(out.split("\n"));
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("名次")).findFirst().get());
        int col = ConsoleReport.width(lines.get(header).substring(0, lines.get(header).indexOf("得分")));
        for (int i = header + 1; i <= header + 4; i++) {
            String l = lines.get(i);
            Matcher m = Pattern.compile("\\d+\\.\\d{2}").matcher(l);
            assertTrue(m.find(), l);
            assertEquals(col, ConsoleReport.width(l.substring(0, m.start())), "score column aligned: " + l);
        }
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}

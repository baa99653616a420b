package org.kaoping.plugin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.TrendRule;
import org.kaoping.core.scoring.ScoreNode;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.run.CycleResult;

/**
 * The done-when of issue 13: the demo's zh-CN console output, HTML and xlsx hold no English word and no UTC time. A
 * run of ASCII letters is allowed only inside a token that is an id or code of the data (unit, evidence, criterion,
 * rubric, plan, metric and category keys, plan tags, the synthetic id prefix), a path the demo printed, or a
 * command-line option ({@code --org}); every other ASCII word fails the test, named with its context.
 */
class ChineseOnlyTest {
    @TempDir
    static Path out;

    static CycleResult result;
    static ReportData data;
    static Set<String> codes = new HashSet<>();

    @BeforeAll
    static void runTheDemo() {
        result = BeihaiDemo.runAndWrite(out);
        data = BeihaiDemo.report(result);
        codes.add(ReportData.SYNTHETIC_ID_PREFIX);
        codes.addAll(java.util.Arrays.asList(Reports.HTML, Reports.CSV, Reports.XLSX, Reports.JSON, BeihaiDemo.UNITS_CSV));
        codes.addAll(java.util.Arrays.asList(org.kaoping.plugin.bulletin.Bulletin.BULLETIN_HTML, org.kaoping.plugin.bulletin.Bulletin.BULLETIN_DOCX,
                org.kaoping.plugin.bulletin.Bulletin.COMMENDATION_HTML, org.kaoping.plugin.bulletin.Bulletin.COMMENDATION_DOCX,
                org.kaoping.plugin.bulletin.Bulletin.APPRAISAL_XLSX, org.kaoping.plugin.bulletin.Bulletin.APPRAISAL_CSV)); // issue 15's files
        codes.add(TasksSection.CSV); // issue 16's 四定 key tasks
        codes.add(data.plan().id());
        for (org.kaoping.runtime.Appeal a : result.appeals()) {
            codes.add(a.id()); // the demo's appeals (issue 15) are named by their ids
        }
        for (OrgUnit u : data.tree().units()) {
            codes.add(u.id());
        }
        for (Scorecard c : data.scorecards()) {
            codes.add(c.rubric().id());
            codes.add(c.rubric().version());
            for (Evidence e : c.evidence().all()) {
                codes.add(e.id());
                codes.add(e.key());
            }
            for (ScoreNode n : c.nodes()) {
                codes.add(n.id());
            }
            for (Criterion k : c.rubric().allCriteria()) {
                codes.addAll(k.tags());
                // The standard's own words, as transcribed (e.g. its typo 1O0％): the source's text, not ours.
                Matcher m = TOKEN.matcher(k.text());
                while (m.find()) {
                    codes.add(m.group());
                }
                if (k.rule().isPresent()) {
                    keys(k.rule().get(), codes);
                }
            }
        }
        for (AdjustmentRule a : data.plan().adjustments()) {
            codes.add(a.category());
        }
        for (VetoRule v : data.plan().vetoRules()) {
            codes.add(v.incidentCategory());
        }
        codes.addAll(data.categoryLabels().keySet());
    }

    private static void keys(Rule r, Set<String> into) {
        if (r instanceof AtLeastRule) {
            into.add(((AtLeastRule) r).metric());
        } else if (r instanceof RateAtLeastRule) {
            into.add(((RateAtLeastRule) r).metric());
        } else if (r instanceof TrendRule) {
            into.add(((TrendRule) r).metric());
        } else if (r instanceof NoIncidentRule) {
            into.add(((NoIncidentRule) r).incidentCategory());
        } else if (r instanceof CompositeRule) {
            for (Rule k : ((CompositeRule) r).conditions()) {
                keys(k, into);
            }
        }
    }

    // Han characters belong to a token (an id like demo-synthetic/beihai/hepu/达标/14 is one code), so an English
    // word written against Chinese text stays in a token that is no code and is still found.
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_./:+\\-\\p{IsHan}]*[A-Za-z][A-Za-z0-9_./:+\\-\\p{IsHan}]*");
    private static final Pattern UTC = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    /** The English words (and UTC times) in {@code text} outside codes, with their context; empty when there are none. */
    static Map<String, String> english(String text, Set<String> allowed) {
        Map<String, String> found = new TreeMap<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            String bare = t.replaceAll("[.:]+$", "");
            if (allowed.contains(t) || allowed.contains(bare) || t.startsWith("--") && t.length() > 2 || bare.matches("U\\+[0-9A-F]{4}")) {
                continue;
            }
            if (bare.startsWith("/") && allowedPath(bare)) {
                continue;
            }
            found.putIfAbsent(t, text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)).replace('\n', ' '));
        }
        Matcher u = UTC.matcher(text);
        if (u.find()) {
            found.put(u.group(), text.substring(Math.max(0, u.start() - 40), Math.min(text.length(), u.end() + 40)));
        }
        return found;
    }

    private static boolean allowedPath(String p) {
        return p.startsWith(out.toAbsolutePath().normalize().toString());
    }

    @Test
    @DisplayName("the scan finds English words and UTC times outside codes (it can fail)")
    void theScanFindsEnglish() {
        Set<String> allowed = new HashSet<>();
        allowed.add("beihai/hepu");
        Map<String, String> found = english("合浦县 beihai/hepu 得分 ANNUAL self-report，2015-12-03T01:00:00Z", allowed);
        assertTrue(found.containsKey("ANNUAL") && found.containsKey("self-report"), found.toString());
        assertTrue(found.containsKey("2015-12-03T01:00"), "a UTC time is found: " + found);
        assertTrue(!found.containsKey("beihai/hepu"), "codes pass: " + found);
    }

    @Test
    @DisplayName("the demo's zh-CN console output (rankings, roll-ups, every scorecard explained, the summary) has no English")
    void consoleIsChinese() {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        ConsoleReport.rankings(w, data);
        for (Scorecard c : data.scorecards()) {
            ConsoleReport.scorecard(w, c, data.scale(), true, data.categoryLabels(), data.plan(), Wording.ZH_CN, false);
        }
        for (String line : BeihaiDemo.summary(result, out)) {
            w.println(line);
        }
        w.flush();
        assertTrue(s.toString().contains("计分规则") && s.toString().contains("自查月报"), "explanations and obligation reasons were scanned");
        assertEquals(new TreeMap<String, String>(), english(s.toString(), codes), "English outside codes in the console output");
    }

    @Test
    @DisplayName("the demo's HTML report has no English in what a reader sees")
    void htmlIsChinese() throws Exception {
        String html = new String(Files.readAllBytes(out.resolve(Reports.HTML)), java.nio.charset.StandardCharsets.UTF_8);
        String visible = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("(?s)<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        assertTrue(visible.contains("年度自查报告") || visible.contains("自查月报"), "obligation reasons were scanned");
        assertEquals(new TreeMap<String, String>(), english(visible, codes), "English outside codes in the HTML");
    }

    @Test
    @DisplayName("the demo's results.xlsx has no English in any cell")
    void workbookIsChinese() throws Exception {
        StringBuilder cells = new StringBuilder();
        List<String> sheets = new ArrayList<>();
        for (Map.Entry<String, List<org.dhatim.fastexcel.reader.Row>> e : XlsxReportTest.read(Files.readAllBytes(out.resolve(Reports.XLSX))).entrySet()) {
            sheets.add(e.getKey());
            for (org.dhatim.fastexcel.reader.Row r : e.getValue()) {
                for (org.dhatim.fastexcel.reader.Cell c : r) {
                    if (c != null && c.getType() == org.dhatim.fastexcel.reader.CellType.STRING) {
                        cells.append(c.getText()).append('\n');
                    }
                }
            }
        }
        cells.append(String.join("\n", sheets));
        assertTrue(cells.toString().contains("自查"), "obligation reasons were scanned");
        assertEquals(new TreeMap<String, String>(), english(cells.toString(), codes), "English outside codes in results.xlsx");
    }

    @Test
    @DisplayName("the demo's review page, 通报 and 表彰 pages have no English in what a reader sees")
    void otherPagesAreChinese() throws Exception {
        StringBuilder text = new StringBuilder();
        for (String page : java.util.Arrays.asList("考评组织与平时考评-示例.md", org.kaoping.plugin.bulletin.Bulletin.BULLETIN_HTML,
                org.kaoping.plugin.bulletin.Bulletin.COMMENDATION_HTML)) {
            String t = new String(Files.readAllBytes(out.resolve(page)), java.nio.charset.StandardCharsets.UTF_8);
            text.append(t.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("(?s)<[^>]*>", " ")).append('\n');
        }
        assertTrue(text.toString().contains("上级下达的指标") && text.toString().contains("本单位"), "the targets and their comparison were scanned");
        assertEquals(new TreeMap<String, String>(), english(text.toString(), codes), "English outside codes in the review page or the 通报");
    }
}

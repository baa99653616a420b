package org.kaoping.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Rules;
import org.kaoping.plugin.json.PlanJson;
import org.kaoping.plugin.json.RubricJson;
import org.kaoping.plugin.plan.PlanDocument;
import org.kaoping.plugin.plan.PlanLocation;
import org.kaoping.plugin.plan.RubricChoice;
import org.kaoping.plugin.store.JournalAssessmentStore;

/** Issue 16, item 6: a 2016 plan run through the CLI reads the 2015 values of its trend rules from the 2015 store. */
class PreviousStoreCommandTest {
    static final String METRIC = "rule-of-law-leading-group-plenary-meetings";
    static final String UNIT = "beihai/hepu";
    /** The metric's Chinese name, as the explanations give it. */
    static final String MEETINGS = "普法依法治理领导小组全体会议";

    @TempDir
    static Path dir;

    static Path store2015;
    static Path plan2016;
    static Path evidence2016;
    /** Hepu's 2015 value of the metric, as the demo stored it. */
    static String value2015;

    @BeforeAll
    static void demo2015AndPlan2016() throws Exception {
        Path demo = dir.resolve("demo");
        MainTest.Run run = new MainTest.Run("demo", "--out", demo.toString());
        assertEquals(0, run.exit, run.toString());
        store2015 = demo.resolve("store");
        try (JournalAssessmentStore s = JournalAssessmentStore.open(store2015)) {
            for (Evidence e : s.evidence(UNIT)) {
                if (e.key().equals(METRIC) && e.period().year() == 2015 && e instanceof MetricValue) {
                    value2015 = ((MetricValue) e).value().stripTrailingZeros().toPlainString();
                }
            }
        }
        assertNotNull(value2015, "the 2015 demo stores hepu's " + METRIC);
        Rubric rubric = Rubric.builder("test-2016/county").version("2016.1.0").title("县（区）工作标准（2016年测试）").source("测试用：2016 年考评标准")
                .appliesTo(OrgKind.COUNTY_DISTRICT).points("2")
                .section("（一）", "加强组织领导（2分）。", "2", s -> s
                        .item("1、", "依法治县领导小组全体会议次数逐年提高（2分）。", "2", Rules.rising(METRIC)))
                .build();
        Path planDir = Files.createDirectories(dir.resolve("plan"));
        RubricJson.export(rubric, planDir.resolve("county-2016.json"));
        plan2016 = planDir.resolve("plan-2016.json");
        PlanJson.export(PlanDocument.builder("test-2016", 2016)
                .rubric(RubricChoice.byFile(OrgKind.COUNTY_DISTRICT, "county-2016.json", null, PlanLocation.ofPath("test", "$")))
                .build(), plan2016);
        evidence2016 = Files.createDirectories(dir.resolve("evidence-2016"));
        long higher = Long.parseLong(value2015) + 3;
        Files.write(evidence2016.resolve("指标值-2016.csv"), ("编号,单位编码,指标,期间,来源,填报人,填报时间,数值,计量单位\n"
                + "t2016-1," + UNIT + "," + METRIC + ",2016,业务系统,测试系统,2016-12-10 10:00:00," + higher + ",次\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static MainTest.Run score(String... more) {
        String[] base = {"score", "--plan", plan2016.toString(), "--evidence", evidence2016.toString(), "--unit", UNIT, "--explain"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return new MainTest.Run(args);
    }

    @Test
    void withThePreviousStoreTheTrendItemNamesThe2015Value() {
        MainTest.Run r = score("--previous-store", store2015.toString());
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.contains("| 逐年比较：" + MEETINGS + "：2015 年 " + value2015 + "，2016 年 " + (Long.parseLong(value2015) + 3) + "，已提高"),
                r.toString());
        assertTrue(r.out.contains("读取 2015 年证据"), "the run says where the previous year came from: " + r);
    }

    @Test
    void withoutItTheTrendItemSaysThePreviousValueIsMissing() {
        MainTest.Run r = score();
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.contains("| 逐年比较：缺少上一周期（2015 年）的" + MEETINGS + "数值，无法判定逐年变化"), r.toString());
        assertFalse(r.out.contains("2015 年 " + value2015 + "，2016 年"), r.toString());
    }

    @Test
    void thePreviousStoreIsOnlyRead() throws Exception {
        java.util.Map<String, byte[]> before = files(store2015);
        MainTest.Run r = score("--previous-store", store2015.toString());
        assertEquals(0, r.exit, r.toString());
        java.util.Map<String, byte[]> after = files(store2015);
        assertEquals(before.keySet(), after.keySet());
        for (String f : before.keySet()) {
            assertTrue(java.util.Arrays.equals(before.get(f), after.get(f)), f + " changed");
        }
    }

    @Test
    void aFolderThatIsNoStoreIsRefusedNamingIt() {
        MainTest.Run r = score("--previous-store", evidence2016.toString());
        assertEquals(1, r.exit, "a configuration error: " + r);
        assertTrue(r.err.contains("--previous-store " + evidence2016 + ": expected the directory of a journal store"), r.toString());
    }

    // ---- --previous-plan: the previous cycle by plan, in a store holding several (issue 16, item 6)

    @Test
    void withThePreviousPlanTheValuesAreThoseItsFinalResultCounted() throws Exception {
        Path copy = copyOf(store2015, dir.resolve("store-with-late-value"));
        long late = Long.parseLong(value2015) + 10;
        try (JournalAssessmentStore s = JournalAssessmentStore.open(copy)) { // a 2015 value written after the final result, not through it
            s.submit(org.kaoping.core.evidence.MetricValue.builder().id("late-2015").unitId(UNIT).key(METRIC)
                    .period(org.kaoping.core.evidence.ReportingPeriod.year(2015)).source(org.kaoping.core.evidence.SourceKind.HOST_SYSTEM)
                    .author("测试系统").recordedAt(java.time.Instant.parse("2016-03-01T02:00:00Z"))
                    .value(java.math.BigDecimal.valueOf(late)).unit("次").build());
        }
        MainTest.Run declared = score("--previous-store", copy.toString(), "--previous-plan", "beihai-2015-demo");
        assertEquals(0, declared.exit, declared.toString());
        assertTrue(declared.out.contains("| 逐年比较：" + MEETINGS + "：2015 年 " + value2015 + "，2016 年 " + (Long.parseLong(value2015) + 3)),
                declared.toString());
        assertTrue(declared.out.contains("按上一周期考评方案 beihai-2015-demo 的定稿结果"), declared.toString());
        assertTrue(declared.out.contains("另有 1 条该年度数值未被该结果计入"), declared.toString());
        MainTest.Run undeclared = score("--previous-store", copy.toString());
        assertEquals(0, undeclared.exit, undeclared.toString());
        assertFalse(undeclared.out.contains("：2015 年 " + value2015 + "，2016 年"), "without it the late value is read too: " + undeclared);
    }

    @Test
    void aPreviousPlanTheStoreHasNoResultOfIsRefusedNamingIt() {
        MainTest.Run r = score("--previous-store", store2015.toString(), "--previous-plan", "beihai-2014");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("--previous-plan beihai-2014") && r.err.contains("plan [beihai-2014]"), r.toString());
    }

    @Test
    void aPreviousPlanWithoutAStoreIsRefused() {
        MainTest.Run r = score("--previous-plan", "beihai-2015-demo");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("--previous-store"), r.toString());
    }

    private static Path copyOf(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (java.util.stream.Stream<Path> s = Files.list(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    Files.copy(p, to.resolve(p.getFileName().toString()));
                }
            }
        }
        return to;
    }

    private static java.util.Map<String, byte[]> files(Path d) throws Exception {
        java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> s = Files.list(d)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    out.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
        }
        return out;
    }
}

package org.kaoping.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.Rules;
import org.kaoping.plugin.json.RubricJson;

/** {@code rubric diff A B}: the 2015 and 2016 standards' differences, in Chinese (issue 16, across years). */
class RubricDiffCommandTest {
    @TempDir
    static Path dir;

    static Path y2015;
    static Path y2016;

    @BeforeAll
    static void twoVersions() {
        Rubric a = Rubric.builder("test/county").version("2015.1.0").title("县（区）工作标准").source("测试用").appliesTo(OrgKind.COUNTY_DISTRICT)
                .points("3")
                .section("（一）", "加强组织领导（3分）。", "3", s -> s
                        .item("1、", "召开领导小组会议不少于2次（2分）。", "2", Rules.atLeast("meetings", 2, "次", Period.YEAR))
                        .item("2、", "制定年度工作计划（1分）。", "1", Rules.judgement()))
                .build();
        Rubric b = Rubric.builder("test/county").version("2016.1.0").title("县（区）工作标准").source("测试用").appliesTo(OrgKind.COUNTY_DISTRICT)
                .points("3")
                .section("（一）", "加强组织领导（3分）。", "2", s -> s
                        .item("1、", "召开领导小组会议不少于2次（2分）。", "2", Rules.atLeast("meetings", 3, "次", Period.YEAR)))
                .section("（二）", "群众满意（1分）。", "1", s -> s
                        .item("1、", "群众满意度逐年提高（1分）。", "1", Rules.rising("satisfaction")))
                .build();
        y2015 = dir.resolve("county-2015.json");
        y2016 = dir.resolve("county-2016.json");
        RubricJson.export(a, y2015);
        RubricJson.export(b, y2016);
    }

    @Test
    void listsTheAddedRemovedAndChangedCriteriaInChinese() {
        MainTest.Run r = new MainTest.Run("rubric", "diff", y2015.toString(), y2016.toString());
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.startsWith("工作标准比较：[test/county] 2015.1.0 《县（区）工作标准》 → [test/county] 2016.1.0"), r.out);
        assertTrue(r.out.matches("(?s).*\n新增条目（2 条）：\n.*  \\+ 2\\.1 （二）1、 1分：群众满意度逐年提高（1分）。\n.*"), r.out);
        assertTrue(r.out.contains("\n删除条目（1 条）：\n  - 1.2 （一）2、 1分：制定年度工作计划（1分）。\n"), r.out);
        assertTrue(r.out.contains("\n  ~ 1 （一） 分值变动（points）：「3」 → 「2」\n"), r.out);
        assertTrue(r.out.matches("(?s).*\n  ~ 1\\.1 （一）1、 计分规则变动（[^）]*）：「[^」]*2[^」]*」 → 「[^」]*3[^」]*」\n.*"), r.out);
        assertTrue(r.out.contains("标准信息（1 处）：\n  ~ version：「2015.1.0」 → 「2016.1.0」"), r.out);
    }

    @Test
    void aRubricAgainstItselfHasNoDifference() {
        MainTest.Run r = new MainTest.Run("rubric", "diff", y2015.toString(), y2015.toString());
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.endsWith("两者无差异。\n"), r.out);
        assertFalse(r.out.contains("新增条目"), r.out);
    }

    @Test
    void anUnknownRubricIsAnErrorNamingIt() {
        MainTest.Run r = new MainTest.Run("rubric", "diff", y2015.toString(), "no-such/rubric");
        assertTrue(r.exit != 0, r.toString());
        assertTrue(r.err.contains("no-such/rubric"), r.toString());
    }
}

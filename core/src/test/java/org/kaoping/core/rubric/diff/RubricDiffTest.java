package org.kaoping.core.rubric.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.core.rule.Period.YEAR;
import static org.kaoping.core.rule.Rules.allOf;
import static org.kaoping.core.rule.Rules.atLeast;
import static org.kaoping.core.rule.Rules.checklist;
import static org.kaoping.core.rule.Rules.judgement;
import static org.kaoping.core.rule.Rules.proportional;
import static org.kaoping.core.rule.Rules.rateAtLeast;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.rubric.CriterionBuilder;
import org.kaoping.core.rubric.Erratum;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rubric.RubricBuilder;

class RubricDiffTest {

    /** A small two-section rubric; {@code tweak} edits the builder of section 二 before build. */
    private static Rubric rubric(String version, Consumer<CriterionBuilder> section2) {
        RubricBuilder b = Rubric.builder("test/county").version(version).title("县（区）工作标准")
                .appliesTo(OrgKind.COUNTY_DISTRICT).points("5").source("test")
                .section("（一）", "加强制度建设（2分）。", "2", s -> s
                        .item("1、", "适时制定出台有关规章制度（1分）。", "1", judgement())
                        .item("2、", "规范性文件依法备案和公布（1分）。", "1",
                                checklist(proportional(), "依法备案", "依法公布")))
                .section("（二）", "加强法治宣传教育（3分）。", "3", section2);
        return b.build();
    }

    private static void section2(CriterionBuilder s) {
        s.item("1、", "每年学法不少于2次（1分）。", "1", i -> i.tag("task:1")
                        .rule(atLeast("law-study-sessions", 2, "次", YEAR)))
                .item("2、", "参考率不低于98％（2分）。", "2", allOf(
                        checklist(proportional(), "建立法律知识考试考核制度"),
                        rateAtLeast("exam-participation-rate", "98%")));
    }

    private static final Rubric BASE = rubric("1", RubricDiffTest::section2);

    @Test
    @DisplayName("a rubric diffed against an equal rubric has no changes")
    void selfDiffIsEmpty() {
        RubricDiff diff = RubricDiff.between(BASE, rubric("1", RubricDiffTest::section2));
        assertTrue(diff.isEmpty(), diff::toString);
        assertEquals("", diff.format());
    }

    @Test
    @DisplayName("a raised rate threshold inside a composite rule is reported with the metric and both rates")
    void rateThreshold() {
        Rubric newer = rubric("1", s -> s
                .item("1、", "每年学法不少于2次（1分）。", "1", i -> i.tag("task:1")
                        .rule(atLeast("law-study-sessions", 2, "次", YEAR)))
                .item("2、", "参考率不低于98％（2分）。", "2", allOf(
                        checklist(proportional(), "建立法律知识考试考核制度"),
                        rateAtLeast("exam-participation-rate", "99%"))));
        assertEquals("* 2.2 （二）2、 rate exam-participation-rate 98% → 99%",
                RubricDiff.between(BASE, newer).format());
    }

    @Test
    @DisplayName("a raised minimum, new points, new text and new tags are each reported on their own line")
    void pointsTextMinimumTags() {
        Rubric newer = Rubric.builder("test/county").version("2").title("县（区）工作标准")
                .appliesTo(OrgKind.COUNTY_DISTRICT).points("6").source("test")
                .section("（一）", "加强制度建设（2分）。", "2", s -> s
                        .item("1、", "适时制定出台有关规章制度（1分）。", "1", judgement())
                        .item("2、", "规范性文件依法备案和公布（1分）。", "1",
                                checklist(proportional(), "依法备案", "依法公布")))
                .section("（二）", "加强法治宣传教育（4分）。", "4", s -> s
                        .item("1、", "每年学法不少于4次（2分）。", "2", i -> i.tag("task:1", "task:11")
                                .rule(atLeast("law-study-sessions", 4, "次", YEAR)))
                        .item("2、", "参考率不低于98％（2分）。", "2", allOf(
                                checklist(proportional(), "建立法律知识考试考核制度"),
                                rateAtLeast("exam-participation-rate", "98%"))))
                .build();
        RubricDiff diff = RubricDiff.between(BASE, newer);
        assertEquals(String.join("\n",
                "~ rubric version 1 → 2",
                "~ rubric points 5 → 6",
                "~ 2 （二） points 3 → 4",
                "~ 2 （二） text 「加强法治宣传教育（3分）。」 → 「加强法治宣传教育（4分）。」",
                "~ 2.1 （二）1、 points 1 → 2",
                "~ 2.1 （二）1、 text 「每年学法不少于2次（1分）。」 → 「每年学法不少于4次（2分）。」",
                "* 2.1 （二）1、 minimum law-study-sessions 2次 per year → 4次 per year",
                "~ 2.1 （二）1、 tags [task:1] → [task:1, task:11]"), diff.format());
        assertEquals(2, diff.changesOf(Change.Kind.POINTS_CHANGED).size());
        assertEquals(4, diff.changesAt("2.1").size());
    }

    @Test
    @DisplayName("an item inserted before others is one addition and moves, not a cascade of re-wordings")
    void insertionMovesFollowers() {
        Rubric newer = rubric("1", s -> s
                .item("1、", "新增：开展宪法宣誓活动（1分）。", "1", judgement())
                .item("2、", "每年学法不少于2次（1分）。", "1", i -> i.tag("task:1")
                        .rule(atLeast("law-study-sessions", 2, "次", YEAR)))
                .item("3、", "参考率不低于98％（2分）。", "2", allOf(
                        checklist(proportional(), "建立法律知识考试考核制度"),
                        rateAtLeast("exam-participation-rate", "98%"))));
        // Totals no longer add up here; the diff does not judge, it reports.
        RubricDiff diff = RubricDiff.between(BASE, newer);
        assertEquals(String.join("\n",
                "+ 2.1 （二）1、 1分 「新增：开展宪法宣誓活动（1分）。」",
                "~ 2.2 （二）2、 moved from 2.1 （二）1、",
                "~ 2.3 （二）3、 moved from 2.2 （二）2、"), diff.format());
    }

    @Test
    @DisplayName("a removed item is listed where it stood in the older rubric, with its points and text")
    void removal() {
        Rubric newer = rubric("1", s -> s
                .item("1、", "每年学法不少于2次（1分）。", "1", i -> i.tag("task:1")
                        .rule(atLeast("law-study-sessions", 2, "次", YEAR))));
        List<Change> changes = RubricDiff.between(BASE, newer).changes();
        assertEquals(1, changes.size());
        assertEquals("- 2.2 （二）2、 2分 「参考率不低于98％（2分）。」", changes.get(0).format());
        assertEquals(Change.Kind.CRITERION_REMOVED, changes.get(0).kind());
    }

    @Test
    @DisplayName("a rule of another kind is reported as a kind change, a changed policy by its parameter")
    void ruleKindAndPolicy() {
        Rubric newer = rubric("1", s -> s
                .item("1、", "每年学法不少于2次（1分）。", "1", i -> i.tag("task:1").rule(judgement()))
                .item("2、", "参考率不低于98％（2分）。", "2", allOf(
                        checklist(proportional(), "建立法律知识考试考核制度"),
                        rateAtLeast("exam-participation-rate", "98%", proportional()))));
        assertEquals(String.join("\n",
                "* 2.1 （二）1、 rule kind AT_LEAST → JUDGEMENT",
                "* 2.2 （二）2、 rate exam-participation-rate policy all-or-nothing → proportional"),
                RubricDiff.between(BASE, newer).format());
    }

    @Test
    @DisplayName("errata declared or withdrawn are reported with what the source says and what is used")
    void errata() {
        Rubric older = Rubric.builder("t").version("1").title("t").appliesTo(OrgKind.CITY).points("1").source("s")
                .item("1、", "甲（1分）", "1", judgement())
                .erratum(Erratum.of("1", "甲（1O分）", "甲（10分）", "typo")).build();
        Rubric newer = Rubric.builder("t").version("1").title("t").appliesTo(OrgKind.CITY).points("1").source("s")
                .item("1、", "甲（1分）", "1", judgement())
                .erratum(Erratum.of("", "总分1O0", "总分100", "typo")).build();
        assertEquals(String.join("\n",
                "- erratum 1 「甲（1O分）」 → 「甲（10分）」",
                "+ erratum rubric 「总分1O0」 → 「总分100」"), RubricDiff.between(older, newer).format());
    }

    @Test
    @DisplayName("a long re-worded text shows the differing middle with context, the common rest elided")
    void textDeltaElides() {
        String delta = TextDelta.of("以五年规划为时间段，领导干部法律知识考试不少于5次，参考率不低于98％；新进、新任人员必须经过法律考试。",
                "以五年规划为时间段，领导干部法律知识考试不少于5次，参考率不低于99％；新进、新任人员必须经过法律考试。");
        assertEquals("「…，参考率不低于98％；新进、新任人…」 → 「…，参考率不低于99％；新进、新任人…」", delta);
    }

    @Test
    @DisplayName("the diff is the same, line for line, however often it is computed")
    void deterministic() {
        Rubric newer = rubric("2", s -> s.item("1、", "改写（3分）。", "3", judgement()));
        String first = RubricDiff.between(BASE, newer).toString();
        for (int i = 0; i < 5; i++) {
            assertEquals(first, RubricDiff.between(BASE, newer).toString());
        }
        assertTrue(first.startsWith("test/county 1 → test/county 2: "), first);
    }
}

package org.kaoping.testkit.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.core.rule.Rules.allOf;
import static org.kaoping.core.rule.Rules.allOrNothing;
import static org.kaoping.core.rule.Rules.atLeast;
import static org.kaoping.core.rule.Rules.checklist;
import static org.kaoping.core.rule.Rules.judgement;
import static org.kaoping.core.rule.Rules.proportional;
import static org.kaoping.core.rule.Rules.rateAtLeast;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Erratum;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rubric.diff.Change;
import org.kaoping.core.rubric.diff.RubricDiff;
import org.kaoping.core.rule.Period;
import org.kaoping.rubrics.beihai2015.Beihai2015;

/** RubricDiff on the real standards: each kind of change injected into the county standard is found. */
class BeihaiDiffTest {
    private static final Rubric COUNTY = Beihai2015.county();

    static Stream<Rubric> beihai() {
        return Beihai2015.all().stream();
    }

    private static String diff(RubricEdit edit) {
        return RubricDiff.between(COUNTY, edit.build()).format();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beihai")
    @DisplayName("a standard diffed against itself or an equal copy has no changes")
    void selfDiffIsEmpty(Rubric rubric) {
        assertTrue(RubricDiff.between(rubric, rubric).isEmpty());
        Rubric copy = RubricEdit.of(rubric).version(rubric.version()).build();
        assertTrue(RubricDiff.between(rubric, copy).isEmpty());
    }

    @Test
    @DisplayName("two different standards differ in metadata and criteria but the diff stays deterministic")
    void differentStandards() {
        RubricDiff one = RubricDiff.between(Beihai2015.county(), Beihai2015.judicial());
        RubricDiff two = RubricDiff.between(Beihai2015.county(), Beihai2015.judicial());
        assertEquals(one.format(), two.format());
        assertEquals("id", one.changes().get(0).subject());
        assertTrue(one.changes().size() > 50, one::toString);
    }

    @Test
    @DisplayName("re-pointing an item is one points line with both values")
    void repointed() {
        assertEquals("~ 7.3 （七）3、 points 1 → 2", diff(RubricEdit.of(COUNTY).points("7.3", "2")));
    }

    @Test
    @DisplayName("a raised rate threshold names the metric and both rates")
    void rateRaised() {
        Rubric newer = RubricEdit.of(COUNTY).map("7.5", c -> Criterion.builder().from(c).rule(
                allOf(checklist(proportional(), "建立法律知识考试考核制度", "新进、新任人员必须经过法律考试"),
                        atLeast("leader-law-exams", 5, "次", Period.PLAN_TERM),
                        rateAtLeast("exam-participation-rate", "99%"),
                        rateAtLeast("unit-leader-law-exam-pass-rate", "100%"),
                        rateAtLeast("civil-servant-law-exam-pass-rate", "100%"))).build()).build();
        assertEquals("* 7.5 （七）5、 rate exam-participation-rate 98% → 99%", RubricDiff.between(COUNTY, newer).format());
    }

    @Test
    @DisplayName("a raised minimum count names the metric and both minima with their unit")
    void minimumRaised() {
        Rubric newer = RubricEdit.of(COUNTY).rule("7.2", allOf(
                checklist(allOrNothing(), "建立健全党委(党组)理论学习中心组学法、法制讲座、法制培训、自学等学法制度"),
                atLeast("central-group-law-study-sessions", 6, "次", Period.YEAR))).build();
        assertEquals("* 7.2 （七）2、 minimum central-group-law-study-sessions 4次 per year → 6次 per year",
                RubricDiff.between(COUNTY, newer).format());
    }

    @Test
    @DisplayName("a rule of another kind is reported as a kind change")
    void ruleKind() {
        assertEquals("* 7.3 （七）3、 rule kind COMPOSITE → JUDGEMENT", diff(RubricEdit.of(COUNTY).rule("7.3", judgement())));
        assertEquals("* 7.3 （七）3、 rule removed " + COUNTY.criterion("7.3").rule().get().describe(),
                diff(RubricEdit.of(COUNTY).withoutRule("7.3")));
    }

    @Test
    @DisplayName("a re-worded item shows the changed words in context")
    void reworded() {
        String text = COUNTY.criterion("7.3").text().replace("40学时", "50学时");
        assertEquals("~ 7.3 （七）3、 text 「…员全年学法不少于40学时，每年开展…」 → 「…员全年学法不少于50学时，每年开展…」",
                diff(RubricEdit.of(COUNTY).text("7.3", text)));
    }

    @Test
    @DisplayName("added, removed, re-labelled and re-tagged criteria are each reported with their place")
    void structure() {
        Criterion added = Criterion.builder().id("7.13").label("13、").text("开展宪法宣誓活动（0.5分）。")
                .points(Points.parse("0.5")).pointsOrigin(PointsOrigin.SOURCE).rule(judgement()).build();
        assertEquals("+ 7.13 （七）13、 0.5分 「开展宪法宣誓活动（0.5分）。」", diff(RubricEdit.of(COUNTY).addChild("7", added)));
        assertEquals("- 2.6 （二）6、 1分 「无因制定和实施地方规范性文件引发的影响社会稳定或侵犯公民合法权益的事件（1分）。」",
                diff(RubricEdit.of(COUNTY).remove("2.6")));
        assertEquals("~ 1 （一） label (一) → （一）", diff(RubricEdit.of(COUNTY).label("1", "（一）")));
        assertEquals("~ 7.1 （七）1、 tags [task:11] → [task:1, task:11]",
                diff(RubricEdit.of(COUNTY).tags("7.1", "task:1", "task:11")));
    }

    @Test
    @DisplayName("a criterion whose id changed but whose text is unchanged counts as moved")
    void moved() {
        List<Change> changes = RubricDiff.between(COUNTY, RubricEdit.of(COUNTY).renameCriterion("2.6", "2.9").build())
                .changes();
        assertEquals(1, changes.size());
        assertEquals(Change.Kind.CRITERION_MOVED, changes.get(0).kind());
        assertEquals("~ 2.9 （二）6、 moved from 2.6 （二）6、", changes.get(0).format());
    }

    @Test
    @DisplayName("metadata and errata changes are reported before and after the criteria")
    void metadataAndErrata() {
        Rubric newer = RubricEdit.of(COUNTY).version("2016.1.0").removeErrata("4.4").points("7.3", "2")
                .addErratum(Erratum.of("", "总分100分", "总分100分", "example")).build();
        RubricDiff diff = RubricDiff.between(COUNTY, newer);
        List<Change> changes = diff.changes();
        assertEquals(Change.Kind.METADATA_CHANGED, changes.get(0).kind());
        assertEquals("~ rubric version 2015.1.0 → 2016.1.0", changes.get(0).format());
        assertEquals(Change.Kind.POINTS_CHANGED, changes.get(1).kind());
        assertEquals(Change.Kind.ERRATUM_REMOVED, changes.get(2).kind());
        assertEquals("4.4", changes.get(2).criterionId());
        assertEquals("+ erratum rubric 「总分100分」 → 「总分100分」", changes.get(3).format());
        assertEquals(4, changes.size());
    }
}

package org.kaoping.core.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.core.rule.Rules.atLeast;
import static org.kaoping.core.rule.Rules.checklist;
import static org.kaoping.core.rule.Rules.judgement;
import static org.kaoping.core.rule.Rules.proportional;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;
import org.kaoping.core.rule.Period;

class RubricBuilderTest {
    private static Rubric sample() {
        return Rubric.builder("test/county").version("1").title("县（区）工作标准").source("测试").points("10")
                .appliesTo(OrgKind.COUNTY_DISTRICT)
                .section("（一）", "推进依法执政（7分）。", "7", s -> s
                        .item("1、", "制定下发法治建设意见（2分）。", "2", judgement())
                        .item("2、", "支持和保障创建工作（5分）。", "5", i -> i.sharePointsEqually().tag("task:12")
                                .requirement("(1)", "成立领导小组", checklist(proportional(), "成立", "组长"))
                                .requirement("(2)", "纳入绩效考评", judgement())
                                .requirement("(3)", "专项经费", judgement())))
                .section("（二）", "加强制度建设（3分）。", "3", s -> s
                        .item("1、", "培训不少于2次（1分）。", "1", atLeast("training-sessions", 2, "次", Period.YEAR))
                        .itemWithoutPoints("2、", "制定过程符合法定程序。", i -> i.rule(judgement())
                                .pointsByErratum("1", "（无分值）", "the section declares 3 and the other items sum to 2"))
                        .item("3、", "备案和公布（1分）。", "1", i -> i.id("records").rule(judgement())))
                .build();
    }

    @Test
    void idsAreDottedPositionsUnlessGiven() {
        Rubric r = sample();
        assertEquals(Arrays.asList("1", "1.1", "1.2", "1.2.1", "1.2.2", "1.2.3", "2", "2.1", "2.2", "records"),
                r.allCriteria().stream().map(Criterion::id).collect(Collectors.toList()));
        assertEquals("(2)", r.criterion("1.2.2").label());
    }

    @Test
    void requirementsWithoutPointsShareTheParentsEquallyAndSaySo() {
        Rubric r = sample();
        assertEquals(Arrays.asList(Points.parse("1.67"), Points.parse("1.67"), Points.parse("1.66")),
                r.criterion("1.2").children().stream().map(Criterion::points).collect(Collectors.toList()));
        Criterion first = r.criterion("1.2.1");
        assertEquals(PointsOrigin.DERIVED, first.pointsOrigin());
        assertTrue(first.pointsNote().get().contains("equal share of 5分 among 3"), first.pointsNote().get());
        assertEquals(PointsOrigin.SOURCE, r.criterion("1.2").pointsOrigin());
    }

    @Test
    void pointsByErratumRecordTheErratumOnTheCriterion() {
        Rubric r = sample();
        Criterion fixed = r.criterion("2.2");
        assertEquals(PointsOrigin.ERRATUM, fixed.pointsOrigin());
        assertEquals(Points.ONE, fixed.points());
        assertEquals(1, r.errata().size());
        Erratum e = r.errata().get(0);
        assertEquals("2.2", e.criterionId());
        assertEquals("（无分值）", e.sourceSays());
        assertEquals("1分", e.used());
    }

    @Test
    void tagsAndRulesAreKept() {
        Rubric r = sample();
        assertEquals(Arrays.asList("task:12"), r.criterion("1.2").tags());
        assertEquals("training-sessions ≥ 2次 per year, all-or-nothing", r.criterion("2.1").rule().get().describe());
        assertEquals(7, r.leaves().size());
    }

    @Test
    void buildNamesTheMissingField() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Rubric.builder("x").title("t").source("s").points("1").build());
        assertEquals("Rubric [x] has no version; call .version(…) before build()", e.getMessage());
    }

    @Test
    void unknownCriterionIsNamed() {
        UnknownCriterionException e = assertThrows(UnknownCriterionException.class, () -> sample().criterion("9.9"));
        assertEquals("Unknown criterion [9.9] in rubric [test/county]", e.getMessage());
    }
}

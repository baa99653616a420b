package org.kaoping.rubrics.beihai2015;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.validation.Diagnostic;
import org.kaoping.core.validation.RubricValidator;
import org.kaoping.core.validation.ValidationReport;

/** The five rubrics as a whole: identity, metadata, validity, shape and the derived points. */
class RubricsTest {

    static List<Rubric> rubrics() {
        return Beihai2015.all();
    }

    @Test
    void theFiveRubricsHaveTheAgreedIdsAndOrgKinds() {
        assertEquals(List.of("beihai-2015/county", "beihai-2015/judicial", "beihai-2015/administrative",
                "beihai-2015/party-mass", "beihai-2015/enterprise"), Beihai2015.ids());
        assertEquals(Set.of(OrgKind.COUNTY_DISTRICT), Beihai2015.county().appliesTo());
        assertEquals(Set.of(OrgKind.CITY_JUDICIAL), Beihai2015.judicial().appliesTo());
        assertEquals(Set.of(OrgKind.CITY_ADMINISTRATIVE), Beihai2015.administrative().appliesTo());
        assertEquals(Set.of(OrgKind.CITY_PARTY_MASS), Beihai2015.partyMass().appliesTo());
        assertEquals(Set.of(OrgKind.ENTERPRISE_INSTITUTION), Beihai2015.enterprise().appliesTo());
        List<String> titles = new ArrayList<>();
        for (Rubric r : rubrics()) {
            titles.add(r.title());
        }
        assertEquals(List.of("县（区）工作标准", "市级司法机关工作标准", "市级行政部门工作标准", "市级党群部门工作标准",
                "企事业单位工作标准"), titles);
    }

    @Test
    void accessorsReturnTheSharedInstances() {
        assertSame(Beihai2015.county(), Beihai2015.byId("beihai-2015/county").orElseThrow());
        assertSame(Beihai2015.partyMass(), Beihai2015.all().get(3));
        assertTrue(Beihai2015.byId("beihai-2015/unknown").isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> Beihai2015.all().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> Beihai2015.ids().clear());
    }

    @ParameterizedTest
    @MethodSource("rubrics")
    void versionAndSourceNameTheDocument(Rubric r) {
        assertEquals("2015.1.0", r.version());
        assertTrue(r.source().startsWith("北海争创全国法治城市活动工作标准（征求意见稿）, 附件3, "), r.source());
        assertEquals(Points.HUNDRED, r.points());
    }

    @ParameterizedTest
    @MethodSource("rubrics")
    void validatorFindsNoErrorsAndNoWarningsAndListsEachErratum(Rubric r) {
        ValidationReport report = RubricValidator.validate(r);
        assertEquals(List.of(), report.errors(), report.summary());
        assertEquals(List.of(), report.warnings(), report.summary());
        assertEquals(r.errata().size(), report.notices().size(), report.summary());
        for (Diagnostic d : report.notices()) {
            assertEquals(Diagnostic.Code.ERRATUM, d.code());
        }
    }

    @ParameterizedTest
    @MethodSource("rubrics")
    void pointsAddUpAtEveryLevelAndTheLeavesSumToTheTotal(Rubric r) {
        Points sections = Points.ZERO;
        for (Criterion c : r.criteria()) {
            sections = sections.plus(c.points());
        }
        assertEquals(Points.HUNDRED, sections, r.id());
        Points leaves = Points.ZERO;
        for (Criterion leaf : r.leaves()) {
            assertTrue(leaf.rule().isPresent(), r.id() + " " + leaf.id() + " has a rule");
            assertTrue(leaf.points().isPositive(), r.id() + " " + leaf.id());
            leaves = leaves.plus(leaf.points());
        }
        assertEquals(Points.HUNDRED, leaves, r.id());
        for (Criterion c : r.allCriteria()) {
            if (!c.isLeaf()) {
                Points sum = Points.ZERO;
                for (Criterion child : c.children()) {
                    sum = sum.plus(child.points());
                }
                assertEquals(c.points(), sum, r.id() + " " + c.id());
                assertTrue(c.rule().isEmpty(), r.id() + " " + c.id() + " is scored through its children");
            }
        }
    }

    /** Items per section as counted in the printed document. */
    @Test
    void itemCountsPerSectionFollowThePrintedDocument() {
        assertEquals(List.of(7, 6, 10, 9, 6, 5, 12, 7, 10, 6), itemCounts(Beihai2015.county()));
        assertEquals(List.of(6, 12, 5), itemCounts(Beihai2015.judicial()));
        assertEquals(List.of(6, 15, 4), itemCounts(Beihai2015.administrative()));
        assertEquals(List.of(3, 12, 3), itemCounts(Beihai2015.enterprise()));
        // 四、市级党群部门工作标准 has no sections: items 1–16 sit directly under the standard.
        Rubric partyMass = Beihai2015.partyMass();
        assertEquals(16, partyMass.criteria().size());
        assertEquals("16、", partyMass.criteria().get(15).label());
        assertEquals(List.of(0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), itemCounts(partyMass));
    }

    @Test
    void numberedRequirementsSitUnderTheItemsThatListThem() {
        assertEquals(List.of("(1)", "(2)", "(3)", "(4)", "（5）"), labels(Beihai2015.county().criterion("1.2")));
        assertEquals(List.of("(1)", "(2)", "(3)"), labels(Beihai2015.county().criterion("1.3")));
        assertEquals(List.of("(1)", "(2)", "(3)", "(4)"), labels(Beihai2015.judicial().criterion("1.1")));
        assertEquals(List.of("(1)", "(2)", "(3)"), labels(Beihai2015.judicial().criterion("1.2")));
        assertEquals(List.of("(1)", "(2)", "(3)", "(4)"), labels(Beihai2015.administrative().criterion("1.1")));
        assertEquals(List.of("(1)", "(2)", "(3)"), labels(Beihai2015.administrative().criterion("1.2")));
        assertEquals(List.of("(1)", "(2)"), labels(Beihai2015.partyMass().criterion("6")));
        int requirements = 0;
        for (Rubric r : rubrics()) {
            for (Criterion c : r.allCriteria()) {
                if (c.label().matches("[(（]\\d+[)）]")) {
                    requirements++;
                }
            }
        }
        assertEquals(5 + 3 + 4 + 3 + 4 + 3 + 2, requirements);
    }

    /** Requirements without points of their own share their item's points equally, marked as derived. */
    @Test
    void requirementsShareTheirItemsPointsEquallyAndSayHow() {
        assertShares(Beihai2015.county().criterion("1.2"), "1", "1", "1", "1", "1");
        assertShares(Beihai2015.county().criterion("1.3"), "1", "1", "1");
        assertShares(Beihai2015.judicial().criterion("1.1"), "1.75", "1.75", "1.75", "1.75");
        assertShares(Beihai2015.judicial().criterion("1.2"), "1.34", "1.33", "1.33");
        assertShares(Beihai2015.administrative().criterion("1.1"), "2", "2", "2", "2");
        assertShares(Beihai2015.administrative().criterion("1.2"), "1.34", "1.33", "1.33");
        assertShares(Beihai2015.partyMass().criterion("6"), "2.5", "2.5");
        for (Rubric r : rubrics()) {
            for (Criterion c : r.allCriteria()) {
                if (c.pointsOrigin() == PointsOrigin.DERIVED) {
                    assertTrue(c.pointsNote().orElse("").startsWith("equal share of "), r.id() + " " + c.id());
                    assertTrue(c.label().matches("[(（]\\d+[)）]"), r.id() + " " + c.id() + " only requirements are derived");
                }
            }
        }
    }

    private static void assertShares(Criterion item, String... shares) {
        assertEquals(PointsOrigin.SOURCE, item.pointsOrigin());
        List<String> actual = new ArrayList<>();
        for (Criterion c : item.children()) {
            assertEquals(PointsOrigin.DERIVED, c.pointsOrigin(), item.id() + " " + c.label());
            actual.add(c.points().toString());
        }
        assertEquals(List.of(shares), actual, item.id() + " " + item.text());
    }

    private static List<Integer> itemCounts(Rubric r) {
        List<Integer> out = new ArrayList<>();
        for (Criterion c : r.criteria()) {
            out.add(c.children().size());
        }
        return out;
    }

    private static List<String> labels(Criterion c) {
        List<String> out = new ArrayList<>();
        for (Criterion child : c.children()) {
            out.add(child.label());
        }
        return out;
    }
}

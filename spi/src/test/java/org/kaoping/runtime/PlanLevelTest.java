package org.kaoping.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.RollUpRule;
import org.kaoping.core.rule.Rules;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * Plans at every level (属地逐级分类考核制, issue 16): a plan owned by an assessing office covers exactly the units the
 * delegation gives it, many such plans share one store, and a roll-up criterion of a higher level is derived from the
 * stored results of the plans below.
 */
class PlanLevelTest {
    static final Instant NOW = Instant.parse("2015-12-10T02:00:00Z");
    static final String CITY_OFFICE = "c/office";

    /** A city, its office, two counties with townships and villages, a lead department and its affiliated school. */
    static final List<OrgUnit> UNITS = Arrays.asList(
            OrgUnit.root("c", "示例市", OrgKind.CITY),
            OrgUnit.of(CITY_OFFICE, "示例市依法治市办", OrgKind.CITY_PARTY_MASS, "c"),
            OrgUnit.of("c/a", "甲县", OrgKind.COUNTY_DISTRICT, "c"),
            OrgUnit.of("c/a/t1", "甲县一镇", OrgKind.TOWNSHIP, "c/a"),
            OrgUnit.of("c/a/t1/v1", "一镇一村", OrgKind.VILLAGE_COMMUNITY, "c/a/t1"),
            OrgUnit.of("c/a/t1/v2", "一镇二村", OrgKind.VILLAGE_COMMUNITY, "c/a/t1"),
            OrgUnit.of("c/a/t2", "甲县二镇", OrgKind.TOWNSHIP, "c/a"),
            OrgUnit.of("c/a/t2/v1", "二镇一村", OrgKind.VILLAGE_COMMUNITY, "c/a/t2"),
            OrgUnit.of("c/b", "乙县", OrgKind.COUNTY_DISTRICT, "c"),
            OrgUnit.of("c/b/t1", "乙县一镇", OrgKind.TOWNSHIP, "c/b"),
            OrgUnit.of("c/b/t1/v1", "乙县一村", OrgKind.VILLAGE_COMMUNITY, "c/b/t1"),
            OrgUnit.of("c/edu", "示例市教育局", OrgKind.CITY_ADMINISTRATIVE, "c"),
            OrgUnit.builder().id("c/school").name("示例中学").kind(OrgKind.ENTERPRISE_INSTITUTION).parentId("c")
                    .leadDepartmentId("c/edu").build());

    final InMemoryAssessmentStore store = new InMemoryAssessmentStore();

    static Rubric oneItem(String id, OrgKind kind) {
        return Rubric.builder(id).version("1").title(id).source("test").points("100").appliesTo(kind)
                .section("一、", "工作", "100", s -> s.item("1、", "工作成效", "100", Rules.judgement())).build();
    }

    /** The county standard: half judged, half the share of its villages rated at least 合格, 100% or nothing. */
    static Rubric countyRubric() {
        return Rubric.builder("t/county").version("1").title("县（区）").source("test").points("100").appliesTo(OrgKind.COUNTY_DISTRICT)
                .section("一、", "工作", "50", s -> s.item("1、", "工作成效", "50", Rules.judgement()))
                .section("二、", "基层", "50", s -> s.item("1、", "民主法治村（社区）创建覆盖率达到100％", "50",
                        RollUpRule.shareAtLeast(OrgKind.VILLAGE_COMMUNITY, Grade.PASS, Ratio.ONE, CreditPolicy.allOrNothing())))
                .build();
    }

    static AssessmentPlan plan(String id, Rubric... rubrics) {
        Map<OrgKind, Rubric> byKind = new java.util.EnumMap<>(OrgKind.class);
        for (Rubric r : rubrics) {
            for (OrgKind k : r.appliesTo()) {
                byKind.put(k, r);
            }
        }
        return AssessmentPlan.builder().id(id).year(2015).rubrics(byKind).build();
    }

    Kaoping.Builder runtime(AssessmentPlan plan) {
        return Kaoping.builder().orgDirectory(directory()).store(store).cityOffice(CITY_OFFICE).plan(plan)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).parallelism(1);
    }

    static OrgDirectory directory() {
        return new OrgDirectory() {
            @Override
            public String id() {
                return "levels-test";
            }

            @Override
            public List<OrgUnit> units() {
                return UNITS;
            }
        };
    }

    static Judgement judgement(String unit, String key, String authorUnit, String level, int n) {
        return Judgement.builder().id("j/" + unit + "/" + key + "/" + n).unitId(unit).key(key).period(ReportingPeriod.year(2015))
                .source(SourceKind.PANEL).author("评委").authorUnitId(authorUnit).recordedAt(NOW).level(level).build();
    }

    static List<String> ids(List<OrgUnit> units) {
        return units.stream().map(OrgUnit::id).collect(Collectors.toList());
    }

    @Nested
    @DisplayName("A plan owned by an office covers exactly the units the delegation gives it")
    class Coverage {
        @Test
        @DisplayName("a county office's township plan covers its own townships only, and refuses evidence about another county's township")
        void aCountyOfficeCannotAssessAnotherCountysTownship() {
            Kaoping a = runtime(plan("a-townships", oneItem("t/township", OrgKind.TOWNSHIP))).assessingOffice("c/a").build();
            assertEquals(Arrays.asList("c/a/t1", "c/a/t2"), ids(a.assessedUnits()));
            assertTrue(a.notAssessed().get("c/b/t1").contains("c/b"), a.notAssessed().get("c/b/t1"));
            EvidenceRefusedException refused = assertThrows(EvidenceRefusedException.class,
                    () -> a.submit("评委", "c/a", judgement("c/b/t1", "1.1", "c/a", "好", 1)));
            assertTrue(refused.getMessage().contains("c/b/t1"), refused.getMessage());
            assertTrue(store.evidence("c/b/t1").isEmpty(), "nothing stored");
        }

        @Test
        @DisplayName("the city office's plan covers every county (and spot-checks city units), as the delegation says, and it may file about any county")
        void theCityOfficeCanAssessAnyCounty() {
            Kaoping city = runtime(plan("city", countyRubric(), oneItem("t/enterprise", OrgKind.ENTERPRISE_INSTITUTION),
                    oneItem("t/township", OrgKind.TOWNSHIP))).assessingOffice(CITY_OFFICE).build();
            assertEquals(Arrays.asList("c/a", "c/b", "c/school"), ids(city.assessedUnits()), "townships are the county offices' to assess");
            for (String county : Arrays.asList("c/a", "c/b")) {
                city.submit("评委", CITY_OFFICE, judgement(county, "1.1", CITY_OFFICE, "较好", 1));
                assertEquals(1, store.evidence(county).size(), county);
            }
        }

        @Test
        @DisplayName("a lead department's plan covers its affiliated units (归口单位) only")
        void aLeadDepartmentAssessesItsAffiliatedUnits() {
            Kaoping edu = runtime(plan("edu", oneItem("t/enterprise", OrgKind.ENTERPRISE_INSTITUTION))).assessingOffice("c/edu").build();
            assertEquals(Arrays.asList("c/school"), ids(edu.assessedUnits()));
            assertEquals(java.util.Optional.of("c/edu"), edu.assessingOffice());
        }

        @Test
        @DisplayName("a township ranking holds only that county's townships, while another county's plan ranks its own in the same store")
        void aTownshipRankingHoldsOnlyItsCountysTownships() {
            Kaoping a = runtime(plan("a-townships", oneItem("t/township", OrgKind.TOWNSHIP))).assessingOffice("c/a").build();
            Kaoping b = runtime(plan("b-townships", oneItem("t/township", OrgKind.TOWNSHIP))).assessingOffice("c/b").build();
            a.submit("评委", "c/a", judgement("c/a/t1", "1.1", "c/a", "好", 1));
            a.submit("评委", "c/a", judgement("c/a/t2", "1.1", "c/a", "一般", 1));
            b.submit("评委", "c/b", judgement("c/b/t1", "1.1", "c/b", "较好", 1));
            RankingTable ta = a.rank().get("t/township");
            RankingTable tb = b.rank().get("t/township");
            assertEquals(Arrays.asList("c/a/t1", "c/a/t2"), ta.entries().stream().map(RankedUnit::unitId).collect(Collectors.toList()));
            assertEquals(Arrays.asList("c/b/t1"), tb.entries().stream().map(RankedUnit::unitId).collect(Collectors.toList()));
            assertEquals(2, store.scorecards("a-townships").size());
            assertEquals(1, store.scorecards("b-townships").size());
        }

        @Test
        @DisplayName("an office that is not in the org tree is a configuration error naming it")
        void anUnknownOfficeIsRefused() {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> runtime(plan("x", oneItem("t/township", OrgKind.TOWNSHIP))).assessingOffice("c/nowhere").build());
            assertTrue(e.getMessage().contains("c/nowhere"), e.getMessage());
        }
    }

    @Nested
    @DisplayName("A roll-up criterion is derived from the results of the plans below")
    class RollUp {
        Kaoping village(String township) {
            return runtime(plan("villages-" + township.replace('/', '-'), oneItem("t/village", OrgKind.VILLAGE_COMMUNITY)))
                    .assessingOffice(township).build();
        }

        Kaoping city() {
            return runtime(plan("city", countyRubric())).assessingOffice(CITY_OFFICE)
                    .subordinatePlans("villages-c-a-t1", "villages-c-a-t2", "villages-c-b-t1").build();
        }

        void rateVillages(Kaoping t1, Kaoping t2, String v2Level) {
            t1.submit("评委", "c/a/t1", judgement("c/a/t1/v1", "1.1", "c/a/t1", "好", 1));
            t1.submit("评委", "c/a/t1", judgement("c/a/t1/v2", "1.1", "c/a/t1", v2Level, 1));
            t2.submit("评委", "c/a/t2", judgement("c/a/t2/v1", "1.1", "c/a/t2", "较好", 1));
            t1.scoreCycle();
            t2.scoreCycle();
        }

        @Test
        @DisplayName("the county's coverage item changes when a village's result changes, and its explanation names the village's result")
        void theDerivedItemFollowsAVillagesResultAndNamesIt() {
            Kaoping t1 = village("c/a/t1");
            Kaoping t2 = village("c/a/t2");
            Kaoping city = city();
            rateVillages(t1, t2, "较好");
            Map<String, RankingTable> before = city.rank();
            assertEquals(Points.of(50), city.scoreUnit("c/a").awarded("2.1"), "every village of 甲县 is rated at least 合格");

            t1.submit("评委", "c/a/t1", judgement("c/a/t1/v2", "1.1", "c/a/t1", "差", 2)); // v2 falls to 不合格
            t1.scoreCycle();
            Map<String, RankingTable> after = city.rank();
            Scorecard card = city.scoreUnit("c/a");
            assertEquals(Points.ZERO, card.awarded("2.1"), "one village of three below 合格: coverage 2/3 < 100%");
            assertEquals(Points.of(50), before.get("t/county").entries().stream().filter(u -> u.unitId().equals("c/a")).findFirst().get()
                    .finalTotal().minus(after.get("t/county").entries().stream().filter(u -> u.unitId().equals("c/a")).findFirst().get().finalTotal()),
                    "rank() follows the village's new result without new evidence about the county");
            List<String> inputs = card.node("2.1").explanation().channels().stream().flatMap(c -> c.inputs().stream())
                    .collect(Collectors.toList());
            List<String> used = card.node("2.1").explanation().channels().stream().flatMap(c -> c.evidenceIds().stream())
                    .collect(Collectors.toList());
            assertTrue(inputs.stream().anyMatch(s -> s.contains("c/a/t1/v2") && s.contains("不合格")), inputs.toString());
            assertTrue(inputs.stream().anyMatch(s -> s.startsWith("2 of 3")), inputs.toString());
            assertTrue(used.contains(RollUpInputs.ID_PREFIX + "villages-c-a-t1/c/a/t1/v2"), used.toString());
        }

        @Test
        @DisplayName("a village no subordinate plan has rated counts as without a result, never as covered")
        void aVillageWithoutAResultIsNotCovered() {
            Kaoping city = city();
            Kaoping b = village("c/b/t1");
            Scorecard card = city.scoreUnit("c/b");
            assertEquals(Points.ZERO, card.awarded("2.1"));
            List<String> inputs = card.node("2.1").explanation().channels().stream().flatMap(c -> c.inputs().stream())
                    .collect(Collectors.toList());
            assertTrue(inputs.stream().anyMatch(s -> s.contains("c/b/t1/v1") && s.contains(RollUpRule.NO_RESULT)), inputs.toString());
            b.submit("评委", "c/b/t1", judgement("c/b/t1/v1", "1.1", "c/b/t1", "好", 1));
            b.scoreCycle();
            assertEquals(Points.of(50), city.scoreUnit("c/b").awarded("2.1"));
        }

        @Test
        @DisplayName("nobody files a derived input by hand: the gate refuses a metric value under the roll-up's key")
        void aDerivedInputCannotBeFiled() {
            Kaoping city = city();
            Evidence forged = MetricValue.builder().id("forged").unitId("c/a").key(RollUpRule.inputKeyOf(OrgKind.VILLAGE_COMMUNITY))
                    .period(ReportingPeriod.year(2015)).source(SourceKind.HOST_SYSTEM).author("host").recordedAt(NOW)
                    .value(BigDecimal.valueOf(100)).unit("优秀").build();
            assertThrows(EvidenceRefusedException.class, () -> city.submit("host", CITY_OFFICE, forged));
        }
    }
}

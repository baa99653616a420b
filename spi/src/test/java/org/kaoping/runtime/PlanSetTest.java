package org.kaoping.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.support.InMemoryAssessmentStore;
import static org.kaoping.runtime.PlanLevelTest.countyRubric;
import static org.kaoping.runtime.PlanLevelTest.directory;
import static org.kaoping.runtime.PlanLevelTest.judgement;
import static org.kaoping.runtime.PlanLevelTest.oneItem;
import static org.kaoping.runtime.PlanLevelTest.plan;

/**
 * Many plans of every level in one store and one object (issue 16, item 1): the set runs the plans below first, routes
 * a submission to the plans that assess the unit, and ranks per plan only.
 */
class PlanSetTest {
    private static final String CITY_OFFICE = PlanLevelTest.CITY_OFFICE;
    private final PlanLevelTest fixture = new PlanLevelTest();
    private final InMemoryAssessmentStore store = fixture.store;

    private Kaoping.Builder runtime(org.kaoping.core.plan.AssessmentPlan plan) {
        return fixture.runtime(plan);
    }

    Kaoping village(String township) {
        return runtime(plan("villages-" + township.replace('/', '-'), oneItem("t/village", OrgKind.VILLAGE_COMMUNITY))).assessingOffice(township)
                .build();
    }

    Kaoping city() {
        return runtime(plan("city", countyRubric())).assessingOffice(CITY_OFFICE).subordinatePlans("villages-c-a-t1", "villages-c-a-t2").build();
    }

    @Test
    @DisplayName("the plans below run first, whatever order they are given in")
    void thePlansBelowRunFirst() {
        try (PlanSet set = PlanSet.of(Arrays.asList(city(), village("c/a/t1"), village("c/a/t2")))) {
            assertEquals(Arrays.asList("villages-c-a-t1", "villages-c-a-t2", "city"), set.planIds());
        }
    }

    @Test
    @DisplayName("a submission goes through the gate of the plan whose office assesses the unit; scoring all derives the county's item from the villages")
    void submissionsAreRoutedAndTheCycleRollsUp() {
        try (PlanSet set = PlanSet.of(Arrays.asList(city(), village("c/a/t1"), village("c/a/t2")))) {
            assertEquals(Collections.singletonList("villages-c-a-t1"), set.plansAssessing("c/a/t1/v1"));
            assertEquals(Collections.singletonList("city"), set.plansAssessing("c/a"));
            Map<String, SubmitOutcome> out = set.submit("评委", "c/a/t1", judgement("c/a/t1/v1", "1.1", "c/a/t1", "好", 1));
            assertEquals(Collections.singleton("villages-c-a-t1"), out.keySet());
            set.submit("评委", "c/a/t1", judgement("c/a/t1/v2", "1.1", "c/a/t1", "较好", 1));
            set.submit("评委", "c/a/t2", judgement("c/a/t2/v1", "1.1", "c/a/t2", "一般", 1));
            set.submit("评委", CITY_OFFICE, judgement("c/a", "1.1", CITY_OFFICE, "好", 1));
            Map<String, List<Scorecard>> cards = set.scoreAll();
            Scorecard county = cards.get("city").stream().filter(c -> c.unitId().equals("c/a")).findFirst().get();
            assertEquals(Points.of(50), county.awarded("2.1"), "all three villages of 甲县 rated at least 合格, read from the plans below in this run");
            Map<String, Map<String, RankingTable>> ranks = set.rankAll();
            assertEquals(Arrays.asList("c/a/t1/v1", "c/a/t1/v2"), units(ranks.get("villages-c-a-t1").get("t/village")));
            assertEquals(Collections.singletonList("c/a/t2/v1"), units(ranks.get("villages-c-a-t2").get("t/village")), "never ranked across offices");
        }
    }

    @Test
    @DisplayName("evidence about a unit no plan of the set assesses is refused, not dropped")
    void evidenceNoPlanAssessesIsRefused() {
        try (PlanSet set = PlanSet.of(Arrays.asList(village("c/a/t1")))) {
            assertTrue(set.plansAssessing("c/b/t1/v1").isEmpty());
            org.kaoping.core.UnitNotAssessedException e = assertThrows(org.kaoping.core.UnitNotAssessedException.class,
                    () -> set.submit("评委", "c/b/t1", judgement("c/b/t1/v1", "1.1", "c/b/t1", "好", 1)));
            assertTrue(e.getMessage().contains("c/b/t1/v1") && e.getMessage().contains("villages-c-a-t1"), e.getMessage());
            assertTrue(store.evidence("c/b/t1/v1").isEmpty());
        }
    }

    @Test
    @DisplayName("plans on different stores, a plan given twice, and subordinate plans in a cycle are refused")
    void badSetsAreRefused() {
        Kaoping other = Kaoping.builder().orgDirectory(directory()).store(new InMemoryAssessmentStore()).cityOffice(CITY_OFFICE)
                .plan(plan("other", oneItem("t/township", OrgKind.TOWNSHIP))).assessingOffice("c/b").build();
        ConfigurationException stores = assertThrows(ConfigurationException.class, () -> PlanSet.of(Arrays.asList(village("c/a/t1"), other)));
        assertTrue(stores.getMessage().contains("[other]"), stores.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlanSet.of(Arrays.asList(village("c/a/t1"), village("c/a/t1"))));
        Kaoping a = runtime(plan("a", oneItem("t/township", OrgKind.TOWNSHIP))).assessingOffice("c/a").subordinatePlans("b").build();
        Kaoping b = runtime(plan("b", oneItem("t/township", OrgKind.TOWNSHIP))).assessingOffice("c/b").subordinatePlans("a").build();
        ConfigurationException loop = assertThrows(ConfigurationException.class, () -> PlanSet.of(Arrays.asList(a, b)));
        assertTrue(loop.getMessage().contains("a → b → a"), loop.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlanSet.of(Collections.<Kaoping>emptyList()));
    }

    private static List<String> units(RankingTable t) {
        return t.entries().stream().map(RankedUnit::unitId).collect(Collectors.toList());
    }
}

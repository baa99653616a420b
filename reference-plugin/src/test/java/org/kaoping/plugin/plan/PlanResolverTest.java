package org.kaoping.plugin.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.json.PlanFormatException;
import org.kaoping.plugin.json.PlanJson;
import org.kaoping.plugin.json.RubricJson;
import org.kaoping.plugin.run.CycleSetup;
import org.kaoping.rubrics.beihai2015.Beihai2015;
import org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider;
import org.kaoping.spi.RubricRegistry;

class PlanResolverTest {
    static final RubricRegistry BEIHAI = RubricRegistry.of(new Beihai2015RubricProvider());

    @Test
    @DisplayName("The Beihai 2015 default plan resolves to the demo's plan and setup, apart from the id and the demo's wording")
    void defaultPlanIsTheDemosPlan() {
        ResolvedPlan resolved = PlanResolver.resolve(BeihaiPlans.default2015(), BEIHAI, null);
        AssessmentPlan demo = BeihaiDemo.plan();
        assertEquals(AssessmentPlan.builder().from(demo).id(BeihaiPlans.ID).build(), resolved.plan());
        CycleSetup demoSetup = BeihaiDemo.setup();
        CycleSetup setup = resolved.setup(BeihaiSampleCity.tree(), null);
        assertEquals(demoSetup.cycle(), setup.cycle());
        assertEquals(demoSetup.asOf(), setup.asOf(), "judged at the demo's review date, 2016-01-10 09:00 Beijing time");
        assertEquals(demoSetup.cityOffice(), setup.cityOffice());
        for (Rubric r : demo.rubrics().values()) {
            assertEquals(demoSetup.effects(r.id()), setup.effects(r.id()), r.id());
        }
        assertEquals(demoSetup.excludedKinds().keySet(), setup.excludedKinds().keySet());
        assertEquals(demoSetup.excludedUnits().keySet(), setup.excludedUnits().keySet());
        for (String reason : setup.excludedKinds().values()) {
            assertTrue(!reason.contains("示例"), "no demo wording in the default plan: " + reason);
        }
    }

    @Test
    @DisplayName("A rubric file resolves relative to the plan; a criterion it lacks is located where the plan names it")
    void rubricFileAndMissingCriterion(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("rubrics"));
        RubricJson.export(Beihai2015.county(), dir.resolve("rubrics/county.json"));
        String text = PlanJson.toJson(BeihaiPlans.default2015()).replace("\"rubric\": \"beihai-2015/county\"", "\"file\": \"rubrics/county.json\"");
        PlanDocument doc = PlanJson.parse(text, "plan.json");
        assertEquals(Beihai2015.county(), PlanResolver.resolve(doc, BEIHAI, dir).plan().rubricFor(OrgKind.COUNTY_DISTRICT));

        PlanDocument bad = PlanJson.parse(text.replace("\"selfReportCriterion\": \"1.2\"", "\"selfReportCriterion\": \"1.99\""), "plan.json");
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanResolver.resolve(bad, BEIHAI, dir));
        assertEquals("$.rubrics[0].selfReportCriterion", e.path());
        assertEquals(11, e.line(), e.getMessage());
        assertTrue(e.problem().contains("has no criterion [1.99]"), e.getMessage());

        PlanFormatException missing = assertThrows(PlanFormatException.class, () -> PlanResolver.resolve(doc, BEIHAI, dir.resolve("elsewhere")));
        assertEquals("$.rubrics[0].file", missing.path());
        assertTrue(missing.problem().contains("does not exist"), missing.getMessage());
    }

    @Test
    @DisplayName("A rubric given to a kind it does not apply to, a blend or a tie-break on a criterion no rubric has, are refused where declared")
    void referencesAreChecked() {
        String good = PlanJson.toJson(BeihaiPlans.default2015());
        PlanFormatException kind = assertThrows(PlanFormatException.class, () -> PlanResolver.resolve(PlanJson.parse(
                good.replace("\"rubric\": \"beihai-2015/judicial\"", "\"rubric\": \"beihai-2015/county\""), "p.json"), BEIHAI, null));
        assertEquals("$.rubrics[1]", kind.path());
        assertTrue(kind.problem().contains("rubric [beihai-2015/county] applies to 县（区）, not to 市级司法机关"), kind.getMessage());
        PlanFormatException blend = assertThrows(PlanFormatException.class, () -> PlanResolver.resolve(PlanJson.parse(
                good.replace("\"4.9\"", "\"49.9\""), "p.json"), BEIHAI, null));
        assertEquals("$.sources.byCriterion[0].criteria[1]", blend.path());
        PlanFormatException tie = assertThrows(PlanFormatException.class, () -> PlanResolver.resolve(PlanJson.parse(
                good.replace("\"kind\": \"lower-penalty\"", "\"kind\": \"higher-on-criterion\", \"criterion\": \"77\""), "p.json"), BEIHAI, null));
        assertTrue(tie.path().startsWith("$.tieBreaks[0]"), tie.getMessage());
    }

    @Test
    @DisplayName("Restricted to an office rubric, a kind keeps the plan's self-report criterion; a rubric without it is refused")
    void restrictKeepsTheCriterion() {
        ResolvedPlan all = PlanResolver.resolve(BeihaiPlans.default2015(), BEIHAI, null);
        Rubric office = org.kaoping.core.rubric.Rubric.builder().from(Beihai2015.county()).id("office-2015/county").build();
        ResolvedPlan only = PlanResolver.restrict(all, office);
        assertEquals(java.util.Collections.singleton(OrgKind.COUNTY_DISTRICT), only.plan().rubrics().keySet());
        assertEquals(all.effects().get(Beihai2015.COUNTY_ID), only.effects().get("office-2015/county"));
        assertTrue(only.warnings().isEmpty());

        Rubric partyMassAsCounty = org.kaoping.core.rubric.Rubric.builder().from(Beihai2015.partyMass()).id("office/odd")
                .appliesTo(java.util.Collections.singleton(OrgKind.COUNTY_DISTRICT)).build();
        assertTrue(!partyMassAsCounty.findCriterion("1.2").isPresent(), "the party-mass standard has no item 1.2");
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanResolver.restrict(all, partyMassAsCounty));
        assertTrue(e.problem().contains("has no criterion [1.2]"), e.getMessage());
    }

    @Test
    @DisplayName("The plan's notice states the deadline reading and the deductions in Chinese")
    void noticeStatesTheReading() {
        String notice = PlanText.notice(BeihaiPlans.default2015());
        assertTrue(notice.contains("自查月报于每月25日前报送，年度自查报告于11月30日前报送；“日前”含当日，即当日24时（北京时间）截止"), notice);
        assertTrue(notice.contains("自查月报迟报每次扣0.2分、漏报每次扣0.5分，年度自查报告迟报扣1分、漏报扣2分"), notice);
        PlanDocument before = BeihaiPlans.default2015().toBuilder().cycle(org.kaoping.core.cycle.AssessmentCycle.builder().year(2015)
                .deadlineReading(org.kaoping.core.cycle.DeadlineReading.BEFORE_THE_DAY).build()).build();
        assertTrue(PlanText.notice(before).contains("“日前”不含当日，即前一日24时（北京时间）截止"), PlanText.notice(before));
        assertTrue(PlanJson.toJson(before).contains("\"reading\": \"before-the-day\""));
    }
}

package org.kaoping.plugin.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.RuleKind;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.validation.RubricValidator;
import org.kaoping.plugin.report.Reports;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.plugin.run.Timings;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/** The demo's four levels (属地逐级分类考核制, issue 16): plans below the city in the city's store, 六.2 derived from the villages. */
class DemoLevelsTest {
    static List<DemoLevels.Level> levels;
    static CycleResult city;
    static DemoLevels.Level lead;

    @BeforeAll
    static void run() {
        try (InMemoryAssessmentStore store = new InMemoryAssessmentStore()) {
            levels = DemoLevels.runBelow(store, new Timings());
            city = org.kaoping.plugin.run.CycleRun.run(BeihaiDemo.setup(), BeihaiSampleCity.directory(), store,
                    new org.kaoping.spi.support.InMemoryEvidenceSource("demo-evidence").append(BeihaiDemo.evidence()));
            lead = DemoLevels.runLead(store, new Timings());
        }
    }

    static List<String> ranked(CycleResult r) {
        List<String> out = new ArrayList<>();
        for (RankingTable t : r.rankings().values()) {
            for (RankedUnit u : t.entries()) {
                out.add(u.unitId());
            }
        }
        return out;
    }

    @Nested
    @DisplayName("The standards below the city are rubric files")
    class Standards {
        @Test
        @DisplayName("the township and village standards load from their JSON files and validate without errors")
        void theFilesValidate() {
            for (Rubric r : new Rubric[] {DemoLevels.townshipStandard(), DemoLevels.villageStandard()}) {
                assertTrue(!RubricValidator.validate(r).hasErrors(), r.id());
            }
        }

        @Test
        @DisplayName("the city's county standard is a new version whose 六.2 reads the villages through a roll-up")
        void sixTwoIsARollUp() {
            Rubric county = BeihaiDemo.plan().rubricFor(OrgKind.COUNTY_DISTRICT);
            assertTrue(county.version().contains("六.2"), county.version());
            assertTrue(county.criterion("6.2").rule().get().describe().contains("VILLAGE_COMMUNITY"), county.criterion("6.2").rule().get().describe());
        }
    }

    @Nested
    @DisplayName("Each office ranks only what it assesses")
    class Rankings {
        @Test
        @DisplayName("海城区's township ranking holds exactly 海城区's townships")
        void theCountysTownshipRankingHoldsOnlyItsTownships() {
            DemoLevels.Level county = DemoLevels.byPlan(levels).get(DemoLevels.TOWNSHIP_PLAN);
            OrgTree tree = BeihaiSampleCity.tree();
            List<String> own = tree.children(DemoLevels.COUNTY_OFFICE).stream().filter(u -> u.kind() == OrgKind.TOWNSHIP)
                    .map(OrgUnit::id).sorted().collect(Collectors.toList());
            assertEquals(own, ranked(county.result).stream().sorted().collect(Collectors.toList()));
            assertTrue(own.size() < tree.unitsOfKind(OrgKind.TOWNSHIP).size());
        }

        @Test
        @DisplayName("a township's village ranking holds its own villages, and the lead department's its 归口单位")
        void villagesAndAffiliates() {
            String township = "beihai/hepu/t1";
            DemoLevels.Level villages = DemoLevels.byPlan(levels).get(DemoLevels.villagePlanId(township));
            for (String v : ranked(villages.result)) {
                assertTrue(v.startsWith(township + "/"), v);
            }
            assertEquals(3, ranked(villages.result).size());
            for (String u : ranked(lead.result)) {
                assertEquals(DemoLevels.LEAD_DEPARTMENT, BeihaiSampleCity.tree().unit(u).leadDepartmentId().get(), u);
                assertEquals(city.scorecard(u).finalTotal(), lead.result.scorecard(u).finalTotal(), "the same evidence, standard and settings");
            }
            assertEquals(2, ranked(lead.result).size(), "市教育局's 归口单位: the school and the vocational college");
        }
    }

    @Test
    @DisplayName("every county's 六.2 is derived from its villages' results, and its explanation names them")
    void sixTwoNamesTheVillages() {
        for (OrgUnit county : BeihaiSampleCity.tree().unitsOfKind(OrgKind.COUNTY_DISTRICT)) {
            Scorecard c = city.scorecard(county.id());
            String text = c.node("6.2").explanation().text();
            assertTrue(text.contains(county.id() + "/t1/v1"), text);
            assertTrue(text.contains("VILLAGE_COMMUNITY rated ≥ 合格"), text);
        }
        assertEquals(RuleKind.COMPOSITE, city.scorecard("beihai/hepu").rubric().criterion("6.2").rule().get().kind());
    }

    @Test
    @DisplayName("the written demo names its plan and 考评机构 on every CSV row and has a section per assessing office in report.html")
    void theReportsNameTheOffice(@TempDir Path out) throws Exception {
        BeihaiDemo.runAndWrite(out);
        List<String> lines = Files.readAllLines(out.resolve(Reports.CSV), StandardCharsets.UTF_8);
        int office = java.util.Arrays.asList(lines.get(0).split(",")).indexOf("考评机构");
        assertTrue(office > 0, lines.get(0));
        assertEquals("考评方案", lines.get(0).split(",")[office - 1], lines.get(0));
        for (String row : lines.subList(1, lines.size())) {
            assertEquals("市依法治市领导小组办公室", row.split(",")[office], row);
        }
        Path townships = out.resolve("levels").resolve(DemoLevels.TOWNSHIP_PLAN).resolve(Reports.CSV);
        for (String row : Files.readAllLines(townships, StandardCharsets.UTF_8).subList(1, 9)) {
            assertEquals("海城区", row.split(",")[office], row);
        }
        String html = new String(Files.readAllBytes(out.resolve(Reports.HTML)), StandardCharsets.UTF_8);
        for (DemoLevels.Level l : levels) {
            assertTrue(html.contains("考评机构：" + l.officeName), l.officeName);
        }
        assertTrue(html.contains("考评机构：市教育局"), "the lead department's section");
    }
}

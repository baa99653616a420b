package org.kaoping.plugin.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider;
import org.kaoping.runtime.CriterionRef;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.OrgReload;
import org.kaoping.runtime.OverrideRequest;
import org.kaoping.runtime.UnitRef;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * The README's "Org changes and overrides" on the Beihai sample city with the Beihai 2015 standards: the override
 * request it shows is accepted as written, and an enterprise added to the directory is ranked after a reload while
 * one removed no longer is.
 */
class SampleCityReloadTest {
    static final Instant NOW = Instant.parse("2015-12-10T02:00:00Z");

    volatile List<OrgUnit> units = BeihaiSampleCity.units();
    final OrgDirectory directory = new OrgDirectory() {
        @Override
        public String id() {
            return "oa-directory";
        }

        @Override
        public List<OrgUnit> units() {
            return units;
        }
    };

    Kaoping kaoping(InMemoryAssessmentStore store) {
        return Kaoping.builder().rubricProvider(new Beihai2015RubricProvider()).orgDirectory(directory).store(store)
                .cityOffice(BeihaiSampleCity.OFFICE_ID).plan(BeihaiDemo.plan())
                .notAssessed(BeihaiSampleCity.OFFICE_ID, "市依法治市领导小组办公室是考评的承办机构，不作为被考评对象")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).parallelism(2).build();
    }

    @Test
    @DisplayName("The README's override request is accepted as written and sets the criterion")
    void readmeOverrideRequestWorks() {
        Kaoping kaoping = kaoping(new InMemoryAssessmentStore());
        String user = "张三";
        kaoping.override(user, "beihai/office", OverrideRequest.of(UnitRef.of("beihai/hepu"), CriterionRef.of("2.1"),
                Points.parse("0.5"), "复核后更正"));
        assertEquals(Points.parse("0.5"), kaoping.scoreUnit("beihai/hepu").awarded("2.1"));
    }

    @Test
    @DisplayName("After a reload an enterprise added to the sample city is ranked and one removed is not")
    void reloadChangesTheRanking() {
        Kaoping kaoping = kaoping(new InMemoryAssessmentStore());
        String rubric = kaoping.plan().rubrics().get(OrgKind.ENTERPRISE_INSTITUTION).id();
        List<OrgUnit> next = new ArrayList<>(units);
        next.removeIf(u -> u.id().equals("beihai/law-firm"));
        next.add(OrgUnit.builder().id("beihai/airport").name("北海示例机场有限公司").kind(OrgKind.ENTERPRISE_INSTITUTION)
                .parentId("beihai").leadDepartmentId("beihai/transport").build());
        units = next;

        OrgReload r = kaoping.reloadOrgDirectory();

        assertEquals("[beihai/airport]", r.added().stream().map(OrgUnit::id).collect(Collectors.toList()).toString());
        assertEquals("[beihai/law-firm]", r.removed().stream().map(OrgUnit::id).collect(Collectors.toList()).toString());
        RankingTable table = kaoping.rank().get(rubric);
        List<String> ranked = table.entries().stream().map(e -> e.unitId()).collect(Collectors.toList());
        assertTrue(ranked.contains("beihai/airport"), ranked.toString());
        assertFalse(ranked.contains("beihai/law-firm"), ranked.toString());
    }
}

package org.kaoping.plugin.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.points.Points;
import org.kaoping.plugin.demo.BeihaiSampleCity;

/** Issue 16, item 6: what {@link RubricMigration#plan} carries and leaves, record by record, without a store. */
class RubricMigrationTest {
    static final OrgTree TREE = BeihaiSampleCity.tree();
    static final String OFFICE = BeihaiSampleCity.OFFICE_ID;
    static final Instant AT = Instant.parse("2015-11-01T02:00:00Z");

    /** A party-mass unit of the sample city other than the city office. */
    static String partyMassUnit() {
        for (org.kaoping.core.org.OrgUnit u : TREE.units()) {
            if (u.kind() == org.kaoping.core.org.OrgKind.CITY_PARTY_MASS && !u.id().equals(OFFICE)) {
                return u.id();
            }
        }
        throw new AssertionError("no party-mass unit");
    }

    static final String UNIT = partyMassUnit();

    static CriterionMapping mapping() {
        return CriterionMapping.parse("map.csv", CriterionMappingTest.text("party-mass-2015-to-2016.csv").getBytes(StandardCharsets.UTF_8),
                CriterionMappingTest.A, CriterionMappingTest.B);
    }

    static DocumentRef document(String id, String unit, String key, ReportingPeriod p) {
        return DocumentRef.builder().id(id).unitId(unit).key(key).period(p).source(SourceKind.SELF).author("经办人").authorUnitId(unit)
                .recordedAt(AT).title("制度文件").media(DocumentRef.Media.TEXT).uri("file:///doc.pdf")
                .sha256("1111111111111111111111111111111111111111111111111111111111111111").build();
    }

    static Judgement judgement(String id, String unit, String key) {
        return Judgement.builder().id(id).unitId(unit).key(key).period(ReportingPeriod.year(2015)).source(SourceKind.PANEL).author("评委")
                .authorUnitId(OFFICE).recordedAt(AT).level("好").build();
    }

    @Test
    void recordsAreCarriedUnderNewIdsItemsAndYearWithTheirDocumentsAndEveryOtherIsListed() {
        DocumentRef doc = document("d1", UNIT, "14", ReportingPeriod.month(2015, 6));
        ChecklistTick tick = ChecklistTick.builder().id("t1").unitId(UNIT).key("16").period(ReportingPeriod.year(2015)).source(SourceKind.PANEL)
                .author("评委").authorUnitId(OFFICE).recordedAt(AT).requirement(1).met(true).addDocumentIds("d1", "d-not-carried").build();
        Evidence removed = judgement("j13", UNIT, "13");
        Evidence deduction = Deduction.builder().id("x1").unitId(UNIT).key("1").period(ReportingPeriod.year(2015)).source(SourceKind.PANEL)
                .author("评委").authorUnitId(OFFICE).recordedAt(AT).points(Points.of(1)).reason("逾期").build();
        Evidence unknownUnit = judgement("j-gone", "beihai/no-such-unit", "1");
        Evidence otherYear = judgement("j-2014", UNIT, "1");
        otherYear = Judgement.builder().from((Judgement) otherYear).period(ReportingPeriod.year(2014)).build();
        Evidence metric = MetricValue.builder().id("m1").unitId(UNIT).key("law-exam").period(ReportingPeriod.year(2015)).source(SourceKind.SELF)
                .author("经办人").authorUnitId(UNIT).recordedAt(AT).value(BigDecimal.ONE).unit("次").build();
        Evidence county = judgement("j-county", "beihai/hepu", "1"); // county item 1: another standard's item of the same id
        List<Evidence> stored = Arrays.asList(doc, tick, removed, deduction, unknownUnit, otherYear, metric, county);

        MigrationPlan p = RubricMigration.of(mapping(), TREE, 2016).plan(stored);

        assertEquals(2, p.carried().size());
        Evidence d = p.carried().get(0).carried();
        assertEquals("d1@2016", d.id());
        assertEquals("13", d.key());
        assertEquals(ReportingPeriod.month(2016, 6), d.period());
        assertEquals(doc, p.carried().get(0).source());
        ChecklistTick t = (ChecklistTick) p.carried().get(1).carried();
        assertEquals("15", t.key());
        assertEquals(Arrays.asList("d1@2016", "d-not-carried"), t.documentIds(), "a carried document is referred to by its new id");
        assertEquals(3, p.leftOut().size());
        assertEquals(MigrationPlan.Reason.DECLARED_NOT_CARRIED, p.leftOut().get(0).reason());
        assertEquals(MigrationPlan.Reason.DECISION_OF_OLDER_CYCLE, p.leftOut().get(1).reason());
        assertEquals(MigrationPlan.Reason.UNIT_NOT_IN_DIRECTORY, p.leftOut().get(2).reason());
        assertEquals(3, p.otherRecords(), "2014, the metric value and the county's item 1 concern no item of A");
        MigrationPlan.Item thirteen = item(p, "13");
        assertEquals(1, thirteen.left());
        assertTrue(!thirteen.toId().isPresent() && thirteen.note().get().contains("删除"));
        assertEquals(Arrays.asList("16"), p.newItemsWithoutSource());
        assertTrue(!p.imported().isPresent(), "a plan is not applied");
    }

    @Test
    void anImplausibleYearIsACallerMistake() {
        assertThrows(IllegalArgumentException.class, () -> RubricMigration.of(mapping(), TREE, 20160));
    }

    private static MigrationPlan.Item item(MigrationPlan p, String id) {
        for (MigrationPlan.Item i : p.items()) {
            if (i.fromId().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no item " + id);
    }
}

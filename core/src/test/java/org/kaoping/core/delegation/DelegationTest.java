package org.kaoping.core.delegation;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.KaopingException;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DelegationTest {
    static final OrgTree TREE = OrgTree.of(Arrays.asList(
            OrgUnit.root("bh", "北海市", OrgKind.CITY),
            OrgUnit.of("office", "市依法治市办", OrgKind.CITY_PARTY_MASS, "bh"),
            OrgUnit.of("justice", "市司法局", OrgKind.CITY_JUDICIAL, "bh"),
            OrgUnit.builder().id("lawfirm").name("律师事务所").kind(OrgKind.ENTERPRISE_INSTITUTION).parentId("bh")
                    .leadDepartmentId("justice").build(),
            OrgUnit.of("hc", "海城区", OrgKind.COUNTY_DISTRICT, "bh"),
            OrgUnit.of("hc-office", "海城区依法治理办", OrgKind.CITY_PARTY_MASS, "hc"),
            OrgUnit.of("hc-edu", "海城区教育局", OrgKind.CITY_ADMINISTRATIVE, "hc"),
            OrgUnit.of("hc-ent", "海城区某企业", OrgKind.ENTERPRISE_INSTITUTION, "hc"),
            OrgUnit.of("t1", "某街道", OrgKind.TOWNSHIP, "hc"),
            OrgUnit.of("v1", "某社区", OrgKind.VILLAGE_COMMUNITY, "t1"),
            OrgUnit.of("t2", "另一街道", OrgKind.TOWNSHIP, "hc"),
            OrgUnit.of("v2", "另一社区", OrgKind.VILLAGE_COMMUNITY, "t2"),
            OrgUnit.of("yh", "银海区", OrgKind.COUNTY_DISTRICT, "bh"),
            OrgUnit.of("y1", "银海某镇", OrgKind.TOWNSHIP, "yh")));

    final Delegation d = Delegation.of(TREE, "office");

    /**
     * A delegation keeps each unit's assessors once worked out: every question, asked in a seeded random order on one
     * delegation and on many threads at once, answers as a fresh delegation asked once.
     */
    @Test
    void keptAssessorsAnswerAsAFreshDelegation() throws Exception {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (OrgUnit u : TREE.units()) {
            ids.add(u.id());
        }
        Delegation kept = Delegation.builder(TREE, "office").countyOffice("hc", "hc-office").build();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<String>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                final long seed = t;
                runs.add(pool.submit(() -> {
                    java.util.List<String> order = new java.util.ArrayList<>(ids);
                    java.util.Collections.shuffle(order, new java.util.Random(seed));
                    for (int round = 0; round < 3; round++) {
                        for (String assessor : order) {
                            for (String assessee : order) {
                                Delegation fresh = Delegation.builder(TREE, "office").countyOffice("hc", "hc-office").build();
                                if (!kept.roleOf(assessor, assessee).equals(fresh.roleOf(assessor, assessee))
                                        || kept.filerRole(assessor, assessee) != fresh.filerRole(assessor, assessee)
                                        || !kept.assessorsOf(assessee).equals(fresh.assessorsOf(assessee))) {
                                    return assessor + " -> " + assessee;
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<String> run : runs) {
                assertEquals(null, run.get(), "kept answer differs from a fresh delegation's");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Optional.of(AssessorRole.COUNTY_OFFICE), kept.roleOf("hc-office", "t1"));
        assertEquals(Optional.of(AssessorRole.TOWNSHIP), kept.roleOf("t1", "v1"));
    }

    @Test
    void cityOfficeAssessesCountiesAndSpotChecksCityUnits() {
        assertEquals(Optional.of(AssessorRole.CITY_OFFICE), d.roleOf("office", "hc"));
        assertEquals(Optional.of(AssessorRole.CITY_OFFICE_SPOT_CHECK), d.roleOf("office", "justice"));
        assertEquals(Optional.of(AssessorRole.CITY_OFFICE_SPOT_CHECK), d.roleOf("office", "lawfirm"));
        assertFalse(d.mayAssess("office", "t1"), "townships are the county's to assess");
        assertFalse(d.mayAssess("office", "hc-edu"), "a county department is the county's to assess");
    }

    @Test
    void leadDepartmentAssessesItsAffiliatedUnitsOnly() {
        assertEquals(Optional.of(AssessorRole.LEAD_DEPARTMENT), d.roleOf("justice", "lawfirm"));
        assertFalse(d.mayAssess("justice", "hc-ent"));
    }

    @Test
    void countyAssessesItsTownshipsDepartmentsAndEnterprisesNotVillagesNorOtherCounties() {
        assertEquals(Optional.of(AssessorRole.COUNTY_OFFICE), d.roleOf("hc", "t1"));
        assertEquals(Optional.of(AssessorRole.COUNTY_OFFICE), d.roleOf("hc", "hc-edu"));
        assertEquals(Optional.of(AssessorRole.COUNTY_OFFICE), d.roleOf("hc", "hc-ent"));
        assertFalse(d.mayAssess("hc", "v1"));
        assertFalse(d.mayAssess("hc", "y1"));
        assertFalse(d.mayAssess("yh", "t1"));
        Delegation withOffice = Delegation.builder(TREE, "office").countyOffice("hc", "hc-office").build();
        assertTrue(withOffice.mayAssess("hc-office", "t1"));
        assertFalse(withOffice.mayAssess("hc", "t1"), "the configured office assesses, not the county unit");
    }

    @Test
    void townshipAssessesItsOwnVillagesOnly() {
        assertEquals(Optional.of(AssessorRole.TOWNSHIP), d.roleOf("t1", "v1"));
        assertFalse(d.mayAssess("t1", "v2"));
        assertFalse(d.mayAssess("v1", "t1"), "never upward");
    }

    @Test
    void selfAssessmentOnlyOfItselfAndNoPanelMemberRatesTheirOwnUnit() {
        assertEquals(Optional.of(AssessorRole.SELF), d.roleOf("v1", "v1"));
        assertFalse(d.mayAssess("v1", "v2"));
        assertFalse(d.mayRateAsPanelMember("hc", "hc"));
        assertTrue(d.mayRateAsPanelMember("yh", "hc"));
    }

    @Test
    void assessorsOfAUnitSelfFirst() {
        assertEquals(Arrays.asList(Assignment.of("v1", AssessorRole.SELF), Assignment.of("t1", AssessorRole.TOWNSHIP)), d.assessorsOf("v1"));
        assertEquals(Arrays.asList(Assignment.of("lawfirm", AssessorRole.SELF), Assignment.of("office", AssessorRole.CITY_OFFICE_SPOT_CHECK),
                Assignment.of("justice", AssessorRole.LEAD_DEPARTMENT)), d.assessorsOf("lawfirm"));
        assertEquals(Arrays.asList(Assignment.of("hc", AssessorRole.SELF), Assignment.of("office", AssessorRole.CITY_OFFICE)), d.assessorsOf("hc"));
    }

    @Test
    void unknownCityOfficeIsRefused() {
        assertThrows(ConfigurationException.class, () -> Delegation.of(TREE, "nowhere"));
    }
}

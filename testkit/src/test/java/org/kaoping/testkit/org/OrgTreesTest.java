package org.kaoping.testkit.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;

class OrgTreesTest {
    private static final OrgTrees TREES = OrgTrees.defaults();

    @Test
    @DisplayName("the same seed gives the same units in the same order; an iterator repeats its sequence")
    void deterministicPerSeed() {
        for (long seed = 0; seed < 100; seed++) {
            assertEquals(TREES.units(seed), TREES.units(seed));
            assertEquals(TREES.units(seed), TREES.generate(seed).units());
        }
        Iterator<OrgTree> a = TREES.iterator(3L);
        Iterator<OrgTree> b = TREES.iterator(3L);
        for (int i = 0; i < 20; i++) {
            assertEquals(a.next().units(), b.next().units());
        }
        Set<Object> distinct = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            distinct.add(TREES.units(seed));
        }
        assertTrue(distinct.size() > 40, "only " + distinct.size() + " distinct forests of 50");
    }

    @Test
    @DisplayName("every unit sits under a parent of the kind the assessment hierarchy puts above it")
    void hierarchyShape() {
        qt().withExamples(200).forAll(TREES.cities(1, 3).gen()).checkAssert(tree -> {
            for (OrgUnit u : tree.units()) {
                OrgKind parent = tree.parent(u.id()).map(OrgUnit::kind).orElse(null);
                switch (u.kind()) {
                    case CITY:
                        assertEquals(null, parent, u.id());
                        break;
                    case COUNTY_DISTRICT:
                        assertEquals(OrgKind.CITY, parent, u.id());
                        break;
                    case TOWNSHIP:
                        assertEquals(OrgKind.COUNTY_DISTRICT, parent, u.id());
                        break;
                    case VILLAGE_COMMUNITY:
                        assertEquals(OrgKind.TOWNSHIP, parent, u.id());
                        assertTrue(tree.countyOf(u.id()).isPresent(), u.id());
                        break;
                    default:
                        assertTrue(parent == OrgKind.CITY || parent == OrgKind.COUNTY_DISTRICT, u.id());
                }
                if (u.leadDepartmentId().isPresent()) {
                    assertEquals(OrgKind.ENTERPRISE_INSTITUTION, u.kind(), u.id());
                    OrgKind lead = tree.unit(u.leadDepartmentId().get()).kind();
                    assertTrue(lead == OrgKind.CITY_ADMINISTRATIVE || lead == OrgKind.CITY_PARTY_MASS, u.id());
                }
            }
        });
    }

    @Test
    @DisplayName("configured sizes bound the number of counties, townships and villages")
    void sizesRespected() {
        OrgTrees sized = TREES.counties(2, 3).townshipsPerCounty(2, 2).villagesPerTownship(1, 5);
        for (long seed = 0; seed < 100; seed++) {
            OrgTree tree = sized.generate(seed);
            int counties = tree.unitsOfKind(OrgKind.COUNTY_DISTRICT).size();
            assertTrue(counties >= 2 && counties <= 3);
            assertEquals(2 * counties, tree.unitsOfKind(OrgKind.TOWNSHIP).size());
            for (OrgUnit t : tree.unitsOfKind(OrgKind.TOWNSHIP)) {
                int villages = tree.children(t.id()).size();
                assertTrue(villages >= 1 && villages <= 5, t.id());
            }
            assertEquals(1, tree.roots().size());
        }
    }

    @Test
    @DisplayName("the lead-department share is honoured at 0 % and 100 %")
    void leadLinks() {
        for (long seed = 0; seed < 50; seed++) {
            OrgTree none = TREES.leadDepartmentPercent(0).generate(seed);
            assertFalse(none.units().stream().anyMatch(u -> u.leadDepartmentId().isPresent()));
            OrgTree all = TREES.leadDepartmentPercent(100).enterprises(1, 3).generate(seed);
            for (OrgUnit e : all.unitsOfKind(OrgKind.ENTERPRISE_INSTITUTION)) {
                assertTrue(e.leadDepartmentId().isPresent(), e.id());
                assertTrue(all.affiliatesOf(e.leadDepartmentId().get()).contains(e), e.id());
            }
        }
    }

    @Test
    @DisplayName("over many seeds the default forests hold every kind of organization")
    void everyKindOccurs() {
        EnumSet<OrgKind> seen = EnumSet.noneOf(OrgKind.class);
        Iterator<OrgTree> it = TREES.iterator(1L);
        for (int i = 0; i < 30; i++) {
            it.next().units().forEach(u -> seen.add(u.kind()));
        }
        assertEquals(EnumSet.allOf(OrgKind.class), seen);
    }

    @Test
    @DisplayName("impossible sizes are refused with the values in the message")
    void badSizes() {
        assertEquals("a size range needs 0 <= min <= max; got [3, 2]",
                assertThrows(IllegalArgumentException.class, () -> TREES.counties(3, 2)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TREES.cities(0, 1));
        assertThrows(IllegalArgumentException.class, () -> TREES.leadDepartmentPercent(101));
    }
}

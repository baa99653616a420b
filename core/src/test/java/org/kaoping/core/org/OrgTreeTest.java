package org.kaoping.core.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrgTreeTest {
    private static final OrgUnit CITY = OrgUnit.root("beihai", "北海市", OrgKind.CITY);
    private static final OrgUnit HAICHENG = OrgUnit.of("haicheng", "海城区", OrgKind.COUNTY_DISTRICT, "beihai");
    private static final OrgUnit HEPU = OrgUnit.of("hepu", "合浦县", OrgKind.COUNTY_DISTRICT, "beihai");
    private static final OrgUnit LIANZHOU = OrgUnit.of("lianzhou", "廉州镇", OrgKind.TOWNSHIP, "hepu");
    private static final OrgUnit VILLAGE = OrgUnit.of("lianzhou-v1", "廉州镇某村", OrgKind.VILLAGE_COMMUNITY, "lianzhou");
    private static final OrgUnit JUSTICE = OrgUnit.of("justice", "市司法局", OrgKind.CITY_ADMINISTRATIVE, "beihai");
    private static final OrgUnit LAW_FIRM = OrgUnit.builder().id("law-firm").name("某律师事务所")
            .kind(OrgKind.ENTERPRISE_INSTITUTION).parentId("beihai").leadDepartmentId("justice").build();

    private static OrgTree sample() {
        return OrgTree.of(Arrays.asList(CITY, HAICHENG, HEPU, LIANZHOU, VILLAGE, JUSTICE, LAW_FIRM));
    }

    @Test
    void answersHierarchyQuestions() {
        OrgTree tree = sample();
        assertEquals(Optional.of(CITY), tree.parent("hepu"));
        assertEquals(Arrays.asList(LIANZHOU, HEPU, CITY), tree.ancestors("lianzhou-v1"));
        assertEquals(Arrays.asList(LIANZHOU, VILLAGE), tree.descendants("hepu"));
        assertEquals(Arrays.asList(HAICHENG, HEPU, JUSTICE, LAW_FIRM), tree.children("beihai"));
        assertEquals(Optional.of(HEPU), tree.countyOf("lianzhou-v1"));
        assertEquals(Optional.of(HEPU), tree.countyOf("hepu"));
        assertEquals(Optional.empty(), tree.countyOf("justice"));
        assertEquals(Collections.singletonList(LAW_FIRM), tree.affiliatesOf("justice"));
        assertTrue(tree.isAncestor("beihai", "lianzhou-v1"));
        assertFalse(tree.isAncestor("haicheng", "lianzhou-v1"));
        assertFalse(tree.isAncestor("hepu", "hepu"));
        assertEquals(3, tree.depth("lianzhou-v1"));
        assertEquals(Collections.singletonList(CITY), tree.roots());
    }

    @Test
    void refusesDuplicateIdsNamingBothUnits() {
        OrgUnit twin = OrgUnit.of("hepu", "合浦县（重复）", OrgKind.COUNTY_DISTRICT, "beihai");
        OrgTreeException e = assertThrows(OrgTreeException.class, () -> OrgTree.of(Arrays.asList(CITY, HEPU, twin)));
        assertEquals("Duplicate org unit id [hepu]: [合浦县] and [合浦县（重复）]", e.getMessage());
    }

    @Test
    void refusesDanglingParentsAndLeadDepartments() {
        OrgTreeException parent = assertThrows(OrgTreeException.class, () -> OrgTree.of(Arrays.asList(CITY, LIANZHOU)));
        assertEquals("Org unit [lianzhou] (廉州镇) names parent [hepu], which is not in the tree", parent.getMessage());
        OrgTreeException lead = assertThrows(OrgTreeException.class, () -> OrgTree.of(Arrays.asList(CITY, LAW_FIRM)));
        assertTrue(lead.getMessage().contains("lead department [justice]"), lead.getMessage());
    }

    @Test
    void refusesCyclesNamingTheUnitsInTheCycle() {
        OrgUnit a = OrgUnit.of("a", "甲", OrgKind.TOWNSHIP, "c");
        OrgUnit b = OrgUnit.of("b", "乙", OrgKind.TOWNSHIP, "a");
        OrgUnit c = OrgUnit.of("c", "丙", OrgKind.TOWNSHIP, "b");
        OrgTreeException e = assertThrows(OrgTreeException.class, () -> OrgTree.of(Arrays.asList(CITY, a, b, c)));
        assertTrue(e.getMessage().startsWith("Cycle in org tree: "), e.getMessage());
        for (String id : Arrays.asList("a", "b", "c")) {
            assertTrue(e.getMessage().contains(id), e.getMessage());
        }
    }

    @Test
    void unknownIdsAreNamed() {
        UnknownOrgUnitException e = assertThrows(UnknownOrgUnitException.class, () -> sample().parent("nowhere"));
        assertEquals("Unknown org unit [nowhere]", e.getMessage());
    }

    @Test
    void deepChainsDoNotOverflowTheStack() {
        List<OrgUnit> chain = new ArrayList<>();
        chain.add(OrgUnit.root("u0", "u0", OrgKind.CITY));
        for (int i = 1; i < 100_000; i++) {
            chain.add(OrgUnit.of("u" + i, "u" + i, OrgKind.TOWNSHIP, "u" + (i - 1)));
        }
        OrgTree tree = OrgTree.of(chain);
        assertEquals(99_999, tree.descendants("u0").size());
        assertTrue(tree.isAncestor("u0", "u99999"));
    }

    /** Random forests, given in random order: every answer agrees with the parent links it was built from. */
    @Test
    void answersAgreeWithParentLinksForRandomForests() {
        qt().withFixedSeed(2015).withExamples(200).forAll(longs().all(), integers().between(1, 120)).check((seed, n) -> {
            Random random = new Random(seed);
            List<OrgUnit> units = randomForest(random, n);
            Collections.shuffle(units, random);
            OrgTree tree = OrgTree.of(units);
            for (OrgUnit u : units) {
                List<String> chain = new ArrayList<>();
                for (Optional<String> p = u.parentId(); p.isPresent(); p = tree.unit(p.get()).parentId()) {
                    chain.add(p.get());
                }
                List<String> ancestors = tree.ancestors(u.id()).stream().map(OrgUnit::id).collect(Collectors.toList());
                if (!ancestors.equals(chain)) {
                    return false;
                }
                Set<String> below = tree.descendants(u.id()).stream().map(OrgUnit::id).collect(Collectors.toSet());
                for (OrgUnit other : units) {
                    boolean isBelow = tree.ancestors(other.id()).stream().anyMatch(a -> a.id().equals(u.id()));
                    if (isBelow != below.contains(other.id()) || isBelow != tree.isAncestor(u.id(), other.id())) {
                        return false;
                    }
                }
                Optional<String> expectedCounty = u.kind() == OrgKind.COUNTY_DISTRICT ? Optional.of(u.id())
                        : tree.ancestors(u.id()).stream().filter(a -> a.kind() == OrgKind.COUNTY_DISTRICT)
                                .map(OrgUnit::id).findFirst();
                if (!tree.countyOf(u.id()).map(OrgUnit::id).equals(expectedCounty)) {
                    return false;
                }
            }
            return tree.size() == n && new HashSet<>(tree.units()).equals(new HashSet<>(units));
        });
    }

    private static List<OrgUnit> randomForest(Random random, int n) {
        List<OrgUnit> units = new ArrayList<>();
        OrgKind[] kinds = OrgKind.values();
        for (int i = 0; i < n; i++) {
            OrgKind kind = kinds[random.nextInt(kinds.length)];
            if (i == 0 || random.nextInt(10) == 0) {
                units.add(OrgUnit.root("u" + i, "单位" + i, kind));
            } else {
                units.add(OrgUnit.of("u" + i, "单位" + i, kind, "u" + random.nextInt(i)));
            }
        }
        return units;
    }
}

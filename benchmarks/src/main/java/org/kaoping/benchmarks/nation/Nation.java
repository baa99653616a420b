package org.kaoping.benchmarks.nation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.spi.OrgDirectory;

/**
 * A synthetic nation at a scale factor: its units (in kind blocks: cities, counties, townships, villages,
 * judicial, administrative and party-mass departments, enterprises), the rubric of each kind and the plan.
 * At scale 1.0: 333 cities, 2,800 counties, 40,000 townships, 650,000 villages, 1,332 + 6,660 + 1,998 city
 * departments and 3,330 enterprises, 706,453 units. Deterministic for (scale, seed); evidence comes from
 * {@link NationGenerator}.
 */
public final class Nation {
    /** Units of each kind at scale 1.0, in block order. */
    static final OrgKind[] KINDS = {OrgKind.CITY, OrgKind.COUNTY_DISTRICT, OrgKind.TOWNSHIP, OrgKind.VILLAGE_COMMUNITY,
        OrgKind.CITY_JUDICIAL, OrgKind.CITY_ADMINISTRATIVE, OrgKind.CITY_PARTY_MASS, OrgKind.ENTERPRISE_INSTITUTION};
    static final int[] FULL = {333, 2_800, 40_000, 650_000, 1_332, 6_660, 1_998, 3_330};
    static final String[] PREFIX = {"CY", "CO", "TW", "VL", "JD", "AD", "PM", "EN"};
    /** Panel raters per unit of each kind. */
    static final int[] RATERS = {5, 5, 4, 3, 4, 4, 4, 3};

    public final double scale;
    public final long seed;
    public final OrgUnit[] units;
    /** Per unit: the index of its kind in {@link #KINDS}. */
    final byte[] kindIndex;
    public final SyntheticRubric[] rubrics;
    private final Map<OrgKind, Integer> count = new EnumMap<>(OrgKind.class);
    public final AssessmentPlan plan;

    Nation(double scale, long seed) {
        this.scale = scale;
        this.seed = seed;
        this.rubrics = new SyntheticRubric[] {
            new SyntheticRubric(1, "nation/city", "市级法治建设", 96, 10, OrgKind.CITY),
            new SyntheticRubric(2, "nation/county", "县（区）法治建设", 84, 10, OrgKind.COUNTY_DISTRICT),
            new SyntheticRubric(3, "nation/township", "乡镇、街道法治建设", 72, 8, OrgKind.TOWNSHIP),
            new SyntheticRubric(4, "nation/village", "村、社区民主法治", 60, 6, OrgKind.VILLAGE_COMMUNITY),
            new SyntheticRubric(5, "nation/judicial", "司法机关", 64, 8, OrgKind.CITY_JUDICIAL),
            new SyntheticRubric(6, "nation/administrative", "行政部门", 64, 8, OrgKind.CITY_ADMINISTRATIVE),
            new SyntheticRubric(7, "nation/party-mass", "党群部门", 64, 8, OrgKind.CITY_PARTY_MASS),
            new SyntheticRubric(8, "nation/enterprise", "企事业单位", 60, 6, OrgKind.ENTERPRISE_INSTITUTION),
        };
        int[] n = new int[KINDS.length];
        int total = 0;
        for (int k = 0; k < KINDS.length; k++) {
            n[k] = (int) Math.max(1, Math.round(FULL[k] * scale));
            count.put(KINDS[k], n[k]);
            total += n[k];
        }
        units = new OrgUnit[total];
        kindIndex = new byte[total];
        int[] start = new int[KINDS.length];
        int at = 0;
        for (int k = 0; k < KINDS.length; k++) {
            start[k] = at;
            for (int i = 0; i < n[k]; i++) {
                String parent;
                switch (k) {
                    case 0: parent = null; break;
                    case 1: parent = units[start[0] + i % n[0]].id(); break;
                    case 2: parent = units[start[1] + i % n[1]].id(); break;
                    case 3: parent = units[start[2] + i % n[2]].id(); break;
                    default: parent = units[start[0] + i % n[0]].id(); break;
                }
                String id = PREFIX[k] + pad(i);
                units[at] = OrgUnit.builder().id(id).name(id).kind(KINDS[k]).parentId(Optional.ofNullable(parent)).build();
                kindIndex[at] = (byte) k;
                at++;
            }
        }
        Map<OrgKind, Rubric> byKind = new EnumMap<>(OrgKind.class);
        for (int k = 0; k < KINDS.length; k++) {
            byKind.put(KINDS[k], rubrics[k].rubric);
        }
        plan = AssessmentPlan.builder().id("nation-" + Facts.YEAR).year(Facts.YEAR).rubrics(byKind).build();
    }

    private static String pad(int i) {
        String s = Integer.toString(i);
        return "000000".substring(Math.min(6, s.length())) + s;
    }

    public int size() {
        return units.length;
    }

    /** How many units of {@code kind} the nation holds. */
    public int count(OrgKind kind) {
        return count.getOrDefault(kind, 0);
    }

    /** The synthetic rubric unit {@code u} is assessed by. */
    public SyntheticRubric rubricOf(int u) {
        return rubrics[kindIndex[u]];
    }

    int ratersOf(int u) {
        return RATERS[kindIndex[u]];
    }

    /** The units as an org tree (validates parents and cycles). */
    public OrgTree tree() {
        return OrgTree.of(Arrays.asList(units));
    }

    /** The rubrics, for the SQL peers and reports. */
    public List<SyntheticRubric> rubricList() {
        return Collections.unmodifiableList(new ArrayList<>(Arrays.asList(rubrics)));
    }

    /** The nation's units as a host's org directory (id {@code nation}), for a runtime over them. */
    public OrgDirectory directory() {
        final List<OrgUnit> list = Collections.unmodifiableList(Arrays.asList(units));
        return new OrgDirectory() {
            @Override
            public String id() {
                return "nation";
            }

            @Override
            public List<OrgUnit> units() {
                return list;
            }
        };
    }
}

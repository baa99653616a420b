package org.kaoping.testkit.org;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.testkit.SeededGenerator;

/**
 * A seeded generator of valid org forests shaped like the seed's assessment tree: each root a city (市)
 * with its judicial organs, administrative and party-mass departments and enterprises; under it counties
 * and districts (县、区), each with townships (乡镇、街道) holding villages and communities (村、社区), county
 * departments and county enterprises. Enterprises name a lead department (牵头部门) with a configurable
 * probability: a city department for a city enterprise, a county department (or, if the county has none,
 * a city department) for a county enterprise.
 *
 * <p>Ids are readable paths ({@code c1.k2.t3.v1} is village 1 of township 3 of county 2 of city 1) and
 * stable for a given seed and shape. Instances are immutable: each sizing method returns a new generator;
 * thread-safe.
 *
 * <pre>{@code
 * OrgTree tree = OrgTrees.defaults().counties(3, 6).villagesPerTownship(0, 10).generate(42L);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class OrgTrees implements SeededGenerator<OrgTree> {
    private static final String[] COUNTY_NAMES = {"海城区", "银海区", "铁山港区", "合浦县"};
    private static final String[] JUDICIAL_NAMES = {"市中级人民法院", "市人民检察院", "市公安局", "市司法局"};
    private static final String[] ADMINISTRATIVE_NAMES = {"市财政局", "市教育局", "市卫生局", "市环保局", "市交通局",
        "市工商局", "市国土资源局", "市住建委"};
    private static final String[] PARTY_MASS_NAMES = {"市委宣传部", "市委组织部", "市总工会", "团市委", "市妇联", "市工商联"};
    private static final String[] COUNTY_DEPARTMENT_NAMES = {"司法局", "财政局", "教育局", "卫生局", "民政局", "环保局"};
    private static final String[] TOWNSHIP_NAMES = {"西场镇", "党江镇", "沙岗镇", "廉州镇", "高德街道", "地角街道"};
    private static final String[] VILLAGE_NAMES = {"南珠村", "海角社区", "东风村", "新村社区", "红星村"};
    private static final String[] ENTERPRISE_NAMES = {"港务集团", "供电公司", "水务公司", "人民医院", "第一中学",
        "燃气公司"};

    private final int[] cities;
    private final int[] counties;
    private final int[] townships;
    private final int[] villages;
    private final int[] countyDepartments;
    private final int[] cityDepartments;
    private final int[] enterprises;
    private final int leadPercent;

    private OrgTrees(int[] cities, int[] counties, int[] townships, int[] villages, int[] countyDepartments,
            int[] cityDepartments, int[] enterprises, int leadPercent) {
        this.cities = cities;
        this.counties = counties;
        this.townships = townships;
        this.villages = villages;
        this.countyDepartments = countyDepartments;
        this.cityDepartments = cityDepartments;
        this.enterprises = enterprises;
        this.leadPercent = leadPercent;
    }

    /**
     * One city with 1–4 counties, 1–4 townships per county, 0–4 villages per township, 0–3 departments per
     * county, 1–3 city departments of each kind, 0–3 enterprises per city and per county, and a lead
     * department for half the enterprises.
     */
    public static OrgTrees defaults() {
        return new OrgTrees(range(1, 1), range(1, 4), range(1, 4), range(0, 4), range(0, 3), range(1, 3),
                range(0, 3), 50);
    }

    /** How many roots (cities) the forest has; at least one. */
    public OrgTrees cities(int min, int max) {
        if (min < 1) {
            throw new IllegalArgumentException("cities min must be at least 1; got " + min);
        }
        return new OrgTrees(range(min, max), counties, townships, villages, countyDepartments, cityDepartments,
                enterprises, leadPercent);
    }

    public OrgTrees counties(int min, int max) {
        return new OrgTrees(cities, range(min, max), townships, villages, countyDepartments, cityDepartments,
                enterprises, leadPercent);
    }

    public OrgTrees townshipsPerCounty(int min, int max) {
        return new OrgTrees(cities, counties, range(min, max), villages, countyDepartments, cityDepartments,
                enterprises, leadPercent);
    }

    public OrgTrees villagesPerTownship(int min, int max) {
        return new OrgTrees(cities, counties, townships, range(min, max), countyDepartments, cityDepartments,
                enterprises, leadPercent);
    }

    public OrgTrees departmentsPerCounty(int min, int max) {
        return new OrgTrees(cities, counties, townships, villages, range(min, max), cityDepartments, enterprises,
                leadPercent);
    }

    /** City departments of each kind: judicial organs, administrative departments, party-mass organizations. */
    public OrgTrees cityDepartmentsPerKind(int min, int max) {
        return new OrgTrees(cities, counties, townships, villages, countyDepartments, range(min, max), enterprises,
                leadPercent);
    }

    /** Enterprises and institutions per city and per county. */
    public OrgTrees enterprises(int min, int max) {
        return new OrgTrees(cities, counties, townships, villages, countyDepartments, cityDepartments,
                range(min, max), leadPercent);
    }

    /** The chance, 0 to 100, that an enterprise names a lead department (when one is available). */
    public OrgTrees leadDepartmentPercent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("lead department percent must lie in [0, 100]; got " + percent);
        }
        return new OrgTrees(cities, counties, townships, villages, countyDepartments, cityDepartments, enterprises,
                percent);
    }

    private static int[] range(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("a size range needs 0 <= min <= max; got [" + min + ", " + max + "]");
        }
        return new int[] {min, max};
    }

    @Override
    public OrgTree generate(long seed) {
        return OrgTree.of(units(seed));
    }

    /** The units of {@link #generate(long)}'s tree, parents before children, as a host directory might list them. */
    public List<OrgUnit> units(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<OrgUnit> out = new ArrayList<>();
        int cityCount = draw(random, cities);
        for (int c = 1; c <= cityCount; c++) {
            String city = "c" + c;
            out.add(OrgUnit.root(city, cityCount == 1 ? "北海市" : "北海市" + c, OrgKind.CITY));
            List<String> cityDepts = new ArrayList<>();
            addAll(out, random, city, "j", OrgKind.CITY_JUDICIAL, JUDICIAL_NAMES, cityDepartments, null);
            cityDepts.addAll(addAll(out, random, city, "a", OrgKind.CITY_ADMINISTRATIVE, ADMINISTRATIVE_NAMES,
                    cityDepartments, null));
            cityDepts.addAll(addAll(out, random, city, "p", OrgKind.CITY_PARTY_MASS, PARTY_MASS_NAMES,
                    cityDepartments, null));
            addAll(out, random, city, "e", OrgKind.ENTERPRISE_INSTITUTION, ENTERPRISE_NAMES, enterprises, cityDepts);
            int countyCount = draw(random, counties);
            for (int k = 1; k <= countyCount; k++) {
                String county = city + ".k" + k;
                out.add(OrgUnit.of(county, pick(COUNTY_NAMES, k), OrgKind.COUNTY_DISTRICT, city));
                int townshipCount = draw(random, townships);
                for (int t = 1; t <= townshipCount; t++) {
                    String township = county + ".t" + t;
                    out.add(OrgUnit.of(township, pick(TOWNSHIP_NAMES, t), OrgKind.TOWNSHIP, county));
                    addAll(out, random, township, "v", OrgKind.VILLAGE_COMMUNITY, VILLAGE_NAMES, villages, null);
                }
                List<String> countyDepts = addAll(out, random, county, "d", OrgKind.CITY_ADMINISTRATIVE,
                        COUNTY_DEPARTMENT_NAMES, countyDepartments, null);
                addAll(out, random, county, "e", OrgKind.ENTERPRISE_INSTITUTION, ENTERPRISE_NAMES, enterprises,
                        countyDepts.isEmpty() ? cityDepts : countyDepts);
            }
        }
        return out;
    }

    /** Adds a drawn number of children of {@code kind}; returns their ids. */
    private List<String> addAll(List<OrgUnit> out, SplittableRandom random, String parent, String prefix,
            OrgKind kind, String[] names, int[] size, List<String> leads) {
        int n = draw(random, size);
        List<String> ids = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            String id = parent + "." + prefix + i;
            String name = pick(names, i);
            if (leads != null && !leads.isEmpty() && random.nextInt(100) < leadPercent) {
                String lead = leads.get(random.nextInt(leads.size()));
                out.add(OrgUnit.builder().id(id).name(name).kind(kind).parentId(parent).leadDepartmentId(lead).build());
            } else {
                out.add(OrgUnit.of(id, name, kind, parent));
            }
            ids.add(id);
        }
        return ids;
    }

    private static int draw(SplittableRandom random, int[] range) {
        return range[0] == range[1] ? range[0] : random.nextInt(range[0], range[1] + 1);
    }

    private static String pick(String[] names, int oneBased) {
        int i = (oneBased - 1) % names.length;
        int round = (oneBased - 1) / names.length;
        return round == 0 ? names[i] : names[i] + (round + 1);
    }
}

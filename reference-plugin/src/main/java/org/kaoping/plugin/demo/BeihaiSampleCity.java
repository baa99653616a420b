package org.kaoping.plugin.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.spi.OrgDirectory;

/**
 * The demo's sample city: Beihai (北海市) with its four county-level units and their real townships and
 * subdistricts, synthetic villages and communities, about thirty city departments with lead-department
 * links, and ten synthetic enterprises and institutions. Names of villages and enterprises are
 * invented and marked 示例; nothing here describes a real assessment.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BeihaiSampleCity {
    /** The id of the city's rule-of-law office (依法治市办), the top assessor. */
    public static final String OFFICE_ID = "beihai/office";

    private static final String CITY_ID = "beihai";

    private BeihaiSampleCity() {}

    /** Every unit of the sample city, parents before children. */
    public static List<OrgUnit> units() {
        return Made.UNITS;
    }

    /**
     * The units and the tree, made once: they are immutable, and the demo's forty-odd runtimes each read the directory
     * (every read made the 170 units again).
     */
    private static final class Made {
        static final List<OrgUnit> UNITS = make();
        static final OrgTree TREE = OrgTree.of(UNITS);
    }

    private static List<OrgUnit> make() {
        List<OrgUnit> u = new ArrayList<>();
        u.add(OrgUnit.root(CITY_ID, "北海市", OrgKind.CITY));
        u.add(OrgUnit.of(OFFICE_ID, "市依法治市领导小组办公室", OrgKind.CITY_PARTY_MASS, CITY_ID));

        county(u, "haicheng", "海城区", "中街街道", "东街街道", "西街街道", "海角街道", "地角街道", "高德街道", "驿马街道", "涠洲镇");
        county(u, "yinhai", "银海区", "福成镇", "银滩镇", "平阳镇", "侨港镇");
        county(u, "tieshangang", "铁山港区", "南康镇", "营盘镇", "兴港镇");
        county(u, "hepu", "合浦县", "廉州镇", "党江镇", "西场镇", "沙岗镇", "乌家镇", "闸口镇", "公馆镇", "白沙镇",
                "山口镇", "沙田镇", "石湾镇", "石康镇", "常乐镇", "星岛湖镇", "曲樟乡");

        department(u, "court", "市中级人民法院", OrgKind.CITY_JUDICIAL);
        department(u, "procuratorate", "市人民检察院", OrgKind.CITY_JUDICIAL);
        department(u, "public-security", "市公安局", OrgKind.CITY_JUDICIAL);
        department(u, "justice", "市司法局", OrgKind.CITY_JUDICIAL);

        String[][] administrative = {
            {"development-reform", "市发展和改革委员会"}, {"education", "市教育局"}, {"science", "市科学技术局"},
            {"industry", "市工业和信息化委员会"}, {"civil-affairs", "市民政局"}, {"finance", "市财政局"},
            {"human-resources", "市人力资源和社会保障局"}, {"land", "市国土资源局"}, {"environment", "市环境保护局"},
            {"housing", "市住房和城乡建设委员会"}, {"transport", "市交通运输局"}, {"water", "市水利局"},
            {"agriculture", "市农业局"}, {"commerce", "市商务局"}, {"culture", "市文化新闻出版广电局"},
            {"health", "市卫生和计划生育委员会"}, {"audit", "市审计局"}, {"work-safety", "市安全生产监督管理局"},
            {"food-drug", "市食品药品监督管理局"}, {"industry-commerce", "市工商行政管理局"},
            {"quality", "市质量技术监督局"}, {"tourism", "市旅游发展委员会"}, {"ocean", "市海洋局"},
            {"state-assets", "市国有资产监督管理委员会"}};
        for (String[] d : administrative) {
            department(u, d[0], d[1], OrgKind.CITY_ADMINISTRATIVE);
        }
        String[][] partyMass = {
            {"organization", "市委组织部"}, {"propaganda", "市委宣传部"}, {"political-legal", "市委政法委"},
            {"trade-union", "市总工会"}, {"youth-league", "共青团北海市委"}, {"womens-federation", "市妇女联合会"}};
        for (String[] d : partyMass) {
            department(u, d[0], d[1], OrgKind.CITY_PARTY_MASS);
        }

        String[][] enterprises = {
            {"port", "北海港务示例集团有限公司", "state-assets"}, {"water-supply", "北海市示例自来水公司", "state-assets"},
            {"transit", "北海市示例公共交通公司", "transport"}, {"investment", "北海示例城市投资开发有限公司", "state-assets"},
            {"tourism-group", "北海示例旅游集团", "tourism"}, {"hospital", "北海市示例人民医院", "health"},
            {"school", "北海市示例第一中学", "education"}, {"vocational", "北海示例职业学院", "education"},
            {"law-firm", "北海示例律师事务所", "justice"}, {"notary", "北海市示例公证处", "justice"}};
        for (String[] e : enterprises) {
            u.add(OrgUnit.builder().id("beihai/" + e[0]).name(e[1]).kind(OrgKind.ENTERPRISE_INSTITUTION)
                    .parentId(CITY_ID).leadDepartmentId("beihai/" + e[2]).build());
        }
        return Collections.unmodifiableList(u);
    }

    /** The sample city as an {@link OrgDirectory} (id {@code beihai-sample-city}), for wiring into the runtime. */
    public static OrgDirectory directory() {
        return new OrgDirectory() {
            @Override
            public String id() {
                return "beihai-sample-city";
            }

            @Override
            public List<OrgUnit> units() {
                return BeihaiSampleCity.units();
            }
        };
    }

    /** The sample city as a tree. */
    public static OrgTree tree() {
        return Made.TREE;
    }

    private static void county(List<OrgUnit> u, String id, String name, String... townships) {
        String countyId = "beihai/" + id;
        u.add(OrgUnit.of(countyId, name, OrgKind.COUNTY_DISTRICT, CITY_ID));
        for (int t = 0; t < townships.length; t++) {
            String townshipId = countyId + "/t" + (t + 1);
            u.add(OrgUnit.of(townshipId, townships[t], OrgKind.TOWNSHIP, countyId));
            // A few synthetic villages or communities under each township.
            boolean urban = townships[t].endsWith("街道");
            for (int v = 1; v <= 3; v++) {
                u.add(OrgUnit.of(townshipId + "/v" + v,
                        townships[t] + "示例" + (urban ? "社区" : "村") + v, OrgKind.VILLAGE_COMMUNITY, townshipId));
            }
        }
    }

    private static void department(List<OrgUnit> u, String id, String name, OrgKind kind) {
        u.add(OrgUnit.of("beihai/" + id, name, kind, CITY_ID));
    }
}

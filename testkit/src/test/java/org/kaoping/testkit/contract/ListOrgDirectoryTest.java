package org.kaoping.testkit.contract;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.spi.OrgDirectory;

/** A directory over a fixed list (Beihai's counties, a department with an affiliate) meets the directory contract. */
class ListOrgDirectoryTest extends OrgDirectoryContract {
    static final List<OrgUnit> UNITS = Collections.unmodifiableList(Arrays.asList(
            OrgUnit.root("beihai", "北海市", OrgKind.CITY),
            OrgUnit.of("fzb", "市依法治市办", OrgKind.CITY_PARTY_MASS, "beihai"),
            OrgUnit.of("haicheng", "海城区", OrgKind.COUNTY_DISTRICT, "beihai"),
            OrgUnit.of("yinhai", "银海区", OrgKind.COUNTY_DISTRICT, "beihai"),
            OrgUnit.of("tieshangang", "铁山港区", OrgKind.COUNTY_DISTRICT, "beihai"),
            OrgUnit.of("hepu", "合浦县", OrgKind.COUNTY_DISTRICT, "beihai"),
            OrgUnit.of("sifaju", "市司法局", OrgKind.CITY_JUDICIAL, "beihai"),
            OrgUnit.builder().id("lvshi-xiehui").name("市律师协会").kind(OrgKind.CITY_PARTY_MASS).parentId("beihai")
                    .leadDepartmentId("sifaju").build()));

    @Override
    protected OrgDirectory newDirectory(Path dir) {
        return new OrgDirectory() {
            @Override
            public String id() {
                return "fixed-list";
            }

            @Override
            public List<OrgUnit> units() {
                return UNITS;
            }
        };
    }
}

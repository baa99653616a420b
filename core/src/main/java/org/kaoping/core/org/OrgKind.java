package org.kaoping.core.org;

import org.kaoping.core.api.API;

/**
 * The kind of an organization, which decides the standard it is assessed by and who assesses it
 * (属地逐级分类考核制).
 */
@API(status = API.Status.STABLE)
public enum OrgKind {
    /** The city itself (市), root of the assessment tree. */
    CITY("市"),
    /** A county or district (县、区), assessed by the 2015 county standard. */
    COUNTY_DISTRICT("县（区）"),
    /** A township or subdistrict (乡镇、街道). */
    TOWNSHIP("乡镇、街道"),
    /** A village or community (村、社区). */
    VILLAGE_COMMUNITY("村、社区"),
    /** A judicial organ: court, procuratorate, public security or justice bureau (司法机关). */
    CITY_JUDICIAL("市级司法机关"),
    /** An administrative department (行政部门); a county's departments are this kind below the county. */
    CITY_ADMINISTRATIVE("市级行政部门"),
    /** A party or mass organization (党群部门). */
    CITY_PARTY_MASS("市级党群部门"),
    /** An enterprise or public institution (企事业单位). */
    ENTERPRISE_INSTITUTION("企事业单位");

    private final String chineseName;

    OrgKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The seed's own name for this kind, e.g. {@code 县（区）}. */
    public String chineseName() {
        return chineseName;
    }
}

package org.kaoping.core.delegation;

import org.kaoping.core.api.API;

/**
 * Who files evidence about a unit, as the delegation matrix sees it: the unit itself, one of its assessors
 * under 属地逐级分类考核制, a panel member, a host system, or a unit with no standing towards it.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum FilerRole {
    /** The assessed unit itself (自查). */
    UNIT_ITSELF("本单位"),
    /** The city office (依法治市办), assessing a county or spot-checking a city department or city-owned unit. */
    CITY_OFFICE("市依法治市办"),
    /** The county office (依法治理办) assessing a township, department or enterprise in its county. */
    COUNTY_OFFICE("县（区）依法治理办"),
    /** A lead department (牵头部门) assessing its affiliated unit (归口单位). */
    LEAD_DEPARTMENT("牵头部门"),
    /** A township or subdistrict assessing its villages and communities. */
    TOWNSHIP("乡镇、街道"),
    /** A rater of the city's review panel (考核小组), from a member unit (成员单位), rating a unit the city office assesses. */
    PANEL_MEMBER("考核小组成员"),
    /** A host system (业务系统) delivering records that name no author unit, through a source declared as one. */
    HOST_SYSTEM("业务系统"),
    /** Any other unit: a peer, a subordinate, a unit of another county. */
    UNRELATED("无关单位");

    private final String chineseName;

    FilerRole(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The role's name in the office's words. */
    public String chineseName() {
        return chineseName;
    }

    /** Whether this role is an assessor of the unit under the delegation (may decide claims, override, deduct). */
    public boolean isAssessor() {
        return this == CITY_OFFICE || this == COUNTY_OFFICE || this == LEAD_DEPARTMENT || this == TOWNSHIP;
    }

    /** The filer role of an assessor role. */
    public static FilerRole of(AssessorRole role) {
        switch (role) {
            case SELF:
                return UNIT_ITSELF;
            case CITY_OFFICE:
            case CITY_OFFICE_SPOT_CHECK:
                return CITY_OFFICE;
            case COUNTY_OFFICE:
                return COUNTY_OFFICE;
            case LEAD_DEPARTMENT:
                return LEAD_DEPARTMENT;
            case TOWNSHIP:
                return TOWNSHIP;
            default:
                throw new AssertionError(role);
        }
    }
}

package org.kaoping.core.delegation;

import org.kaoping.core.api.API;

/** Why an assessor may assess a unit. */
@API(status = API.Status.EXPERIMENTAL)
public enum AssessorRole {
    /** The unit's own self-assessment (自查); only ever of itself. */
    SELF,
    /** The city office (依法治市办) assesses a county or district. */
    CITY_OFFICE,
    /** The city office spot-checks a city department or city-owned unit (抽查考核). */
    CITY_OFFICE_SPOT_CHECK,
    /** A lead department (牵头部门) assesses its affiliated unit (归口单位). */
    LEAD_DEPARTMENT,
    /** A county office (依法治理办) assesses a township, department or enterprise in its county. */
    COUNTY_OFFICE,
    /** A township or subdistrict assesses its villages and communities. */
    TOWNSHIP
}

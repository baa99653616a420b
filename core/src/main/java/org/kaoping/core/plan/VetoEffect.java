package org.kaoping.core.plan;

import org.kaoping.core.api.API;

/** What a veto (一票否决) does to a unit's result. */
@API(status = API.Status.STABLE)
public enum VetoEffect {
    /** The final total becomes zero. */
    ZERO_TOTAL,
    /** The grade is at most the veto's capped grade, whatever the total. */
    CAP_GRADE,
    /** The total and grade stand, but the unit cannot be commended (评先) this cycle. */
    EXCLUDE_FROM_COMMENDATION
}

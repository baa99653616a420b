package org.kaoping.core.plan;

import org.kaoping.core.api.API;

/** Where units with a triggered veto (一票否决) stand in a ranking, as the plan declares. */
@API(status = API.Status.STABLE)
public enum VetoedRanking {
    /**
     * Every unit with a triggered veto ranks after every unit without one, whatever the totals (the default):
     * a veto decides before the total does, so a unit capped at 不合格 never stands above a 合格 unit.
     */
    AFTER_UNVETOED,
    /** By final total like any other unit; the veto acts only through its effect on total, grade or commendation. */
    BY_TOTAL
}

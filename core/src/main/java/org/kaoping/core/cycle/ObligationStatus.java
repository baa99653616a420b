package org.kaoping.core.cycle;

import org.kaoping.core.api.API;

/** Whether a unit met a reporting obligation: submitted before the deadline, after it, or not at all. */
@API(status = API.Status.EXPERIMENTAL)
public enum ObligationStatus {
    ON_TIME,
    LATE,
    MISSING
}

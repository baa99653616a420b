package org.kaoping.core.evidence;

import org.kaoping.core.api.API;

/** How grave an incident is, in the four grades of Chinese incident reporting. */
@API(status = API.Status.STABLE)
public enum IncidentSeverity {
    /** 一般. */
    GENERAL,
    /** 较大. */
    SERIOUS,
    /** 重大. */
    MAJOR,
    /** 特别重大. */
    EXTRAORDINARY
}

package org.kaoping.core.evidence;

/** How grave an incident is, in the four grades of Chinese incident reporting. */
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

package org.kaoping.core.cycle;

/** Whether a unit met a reporting obligation: submitted before the deadline, after it, or not at all. */
public enum ObligationStatus {
    ON_TIME,
    LATE,
    MISSING
}

package org.kaoping.core.cycle;

import org.kaoping.core.api.API;

/**
 * How a cycle reads a due day such as the seed's "于每月25日前" and "于11月30日前": the same reading for the
 * monthly and the annual self-report, declared once in the plan.
 *
 * <p>Offices commonly read "X日前" as "on or before day X" (the deadline is the end of that day); that is the
 * default. {@link #BEFORE_THE_DAY} is the other reading an office may choose: the report is late from the
 * start of day X.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum DeadlineReading {
    /** On or before the due day: late from 00:00 (local time) on the day after it. The default. */
    ON_OR_BEFORE_THE_DAY,
    /** Before the due day: late from 00:00 (local time) on the due day itself. */
    BEFORE_THE_DAY;

    /** The first day on which a report due on {@code dueDay} is late. */
    public java.time.LocalDate firstLateDay(java.time.LocalDate dueDay) {
        return this == ON_OR_BEFORE_THE_DAY ? dueDay.plusDays(1) : dueDay;
    }
}

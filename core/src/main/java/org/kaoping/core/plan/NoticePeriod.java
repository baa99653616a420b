package org.kaoping.core.plan;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * The plan's notice period (公示期): how long published results stay open to appeals (申诉) before they may be
 * finalized, counted in working days or calendar days in Beijing time, and whether open appeals block finalizing.
 *
 * <p>Day 1 is the day of publication if it is a counted day (a working day when counting working days), else the
 * next counted day; the window ends at the end (24:00, Asia/Shanghai) of day {@link #days()}. Working days are
 * Monday to Friday: the plan declares no holiday calendar, so a public holiday on a weekday counts as a working day.
 * Immutable; thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class NoticePeriod {
    /** How the days of the window are counted. */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Counting {
        /** Monday to Friday, in Beijing time. */
        WORKING_DAYS,
        /** Every day, in Beijing time. */
        CALENDAR_DAYS
    }

    /** The most days a notice period may last. */
    public static final int MAX_DAYS = 60;

    /** Beijing time, in which the window's days are counted. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final NoticePeriod DEFAULTS = new NoticePeriod(5, Counting.WORKING_DAYS, true);

    private final int days;
    private final Counting counting;
    private final boolean appealsBlockFinal;

    private NoticePeriod(int days, Counting counting, boolean appealsBlockFinal) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("a notice period lasts 1 to " + MAX_DAYS + " days; got " + days);
        }
        this.days = days;
        this.counting = Objects.requireNonNull(counting, "counting must not be null");
        this.appealsBlockFinal = appealsBlockFinal;
    }

    /** The default: 5 working days, open appeals block finalizing. */
    public static NoticePeriod defaults() {
        return DEFAULTS;
    }

    /**
     * A notice period of {@code days} days counted as {@code counting}.
     *
     * @throws IllegalArgumentException if {@code days} is not within 1 and {@value #MAX_DAYS}
     */
    public static NoticePeriod of(int days, Counting counting, boolean appealsBlockFinal) {
        return new NoticePeriod(days, counting, appealsBlockFinal);
    }

    /** How many counted days the window lasts, 1 to {@value #MAX_DAYS}. */
    public int days() {
        return days;
    }

    public Counting counting() {
        return counting;
    }

    /** Whether an appeal still open keeps the cycle from being finalized. */
    public boolean appealsBlockFinal() {
        return appealsBlockFinal;
    }

    /** The last day of the window opened at {@code publishedAt}, in Beijing time. */
    public LocalDate lastDay(Instant publishedAt) {
        LocalDate d = publishedAt.atZone(SHANGHAI).toLocalDate();
        int counted = 0;
        while (true) {
            if (counts(d)) {
                counted++;
                if (counted == days) {
                    return d;
                }
            }
            d = d.plusDays(1);
        }
    }

    /** The end of the window opened at {@code publishedAt}: the start of the day after {@link #lastDay}, Beijing time (exclusive). */
    public Instant end(Instant publishedAt) {
        return lastDay(publishedAt).plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    }

    private boolean counts(LocalDate d) {
        return counting == Counting.CALENDAR_DAYS || (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NoticePeriod)) {
            return false;
        }
        NoticePeriod n = (NoticePeriod) o;
        return days == n.days && counting == n.counting && appealsBlockFinal == n.appealsBlockFinal;
    }

    @Override
    public int hashCode() {
        return Objects.hash(days, counting, appealsBlockFinal);
    }

    @Override
    public String toString() {
        return "NoticePeriod{" + days + " " + counting + (appealsBlockFinal ? ", open appeals block finalizing" : "") + "}";
    }
}

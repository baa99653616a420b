package org.kaoping.core.evidence;

import java.io.Serializable;
import org.kaoping.core.api.API;

/**
 * The period a piece of evidence reports on: a whole year ({@code 2015}) or one month of it
 * ({@code 2015-03}). Ordered by year, the whole year before its months.
 */
@API(status = API.Status.STABLE)
public final class ReportingPeriod implements Comparable<ReportingPeriod>, Serializable {
    private static final long serialVersionUID = 1L;

    private final int year;
    private final int month;

    private ReportingPeriod(int year, int month) {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year must lie between 1900 and 9999; got " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must lie between 1 and 12 (0 for the whole year); got " + month);
        }
        this.year = year;
        this.month = month;
    }

    /** The whole of {@code year}. */
    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(year, 0);
    }

    /** One month, 1 to 12. */
    public static ReportingPeriod month(int year, int month) {
        if (month == 0) {
            throw new IllegalArgumentException("month must lie between 1 and 12; got 0");
        }
        return new ReportingPeriod(year, month);
    }

    public int year() {
        return year;
    }

    /** The month, 1 to 12, or 0 for a whole year. */
    public int month() {
        return month;
    }

    public boolean isWholeYear() {
        return month == 0;
    }

    @Override
    public int compareTo(ReportingPeriod o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(month, o.month);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportingPeriod && ((ReportingPeriod) o).year == year && ((ReportingPeriod) o).month == month;
    }

    @Override
    public int hashCode() {
        return year * 13 + month;
    }

    /** {@code "2015"} or {@code "2015-03"}. */
    @Override
    public String toString() {
        return month == 0 ? Integer.toString(year) : year + (month < 10 ? "-0" : "-") + month;
    }
}

package org.kaoping.plugin.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.ReportingPeriod;

/**
 * The plugin's rules for reading one CSV cell, shared by every CSV reader of Kaoping (the evidence import, the units
 * file, the OA example), so that a cell a reader accepts means the same in all of them.
 *
 * <p>Public only so that the examples reuse these rules instead of writing their own; not an API.
 */
@API(status = API.Status.INTERNAL)
public final class CsvCells {
    /** A year, optionally 年 or 年度, then optionally a month after {@code -}, {@code /}, {@code .} or 年, optionally 月. */
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:年度?)?(?:[-/.年]?(\\d{1,2})月?)?");

    private CsvCells() {}

    /**
     * The reporting period a cell names: {@code 2015}, {@code 2015年}, {@code 2015年度}, {@code 2015-03},
     * {@code 2015/3}, {@code 2015.03}, {@code 2015年3月} (full-width digits too); null when the cell has another
     * shape.
     *
     * @throws IllegalArgumentException when the shape is a period's but its values are not (month 13), saying why
     */
    public static ReportingPeriod period(String cell) {
        String a = EvidenceCsv.ascii(cell.trim());
        int fast = EvidenceCsv.fastPeriod(a);
        if (fast > 0) { // the common shapes 2015 and 2015-03, without a regular expression
            return fast < 10000 ? ReportingPeriod.year(fast) : ReportingPeriod.month(fast / 100, fast % 100);
        }
        Matcher m = PERIOD.matcher(a);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        return m.group(2) == null ? ReportingPeriod.year(year) : ReportingPeriod.month(year, Integer.parseInt(m.group(2)));
    }
}

package org.kaoping.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.kaoping.core.api.API;

/**
 * The ISO-8601 text of an instant, exactly {@link Instant#toString()} ({@code 2015-06-20T02:00:00Z}, a fraction in
 * groups of three digits when there is one), made without java.time's formatter: every stored record's text has its
 * time, and the formatter was a visible part of writing them. Years outside 0001..9999 are left to the formatter.
 */
@API(status = API.Status.INTERNAL)
public final class InstantText {
    /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the instants whose year is written with four digits and no sign. */
    private static final long MIN_SECOND = -62_135_596_800L;
    private static final long MAX_SECOND = 253_402_300_799L;

    private InstantText() {}

    public static String of(Instant t) {
        long seconds = t.getEpochSecond();
        if (seconds < MIN_SECOND || seconds > MAX_SECOND) {
            return t.toString();
        }
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
        int second = (int) Math.floorMod(seconds, 86_400L);
        int nano = t.getNano();
        int fraction = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
        char[] c = new char[20 + (fraction == 0 ? 0 : fraction + 1)];
        dateTime(c, day.getYear(), day.getMonthValue(), day.getDayOfMonth(), 'T', second / 3600, second / 60 % 60, second % 60);
        if (fraction > 0) {
            c[19] = '.';
            digits(c, 20, fraction == 3 ? nano / 1_000_000 : fraction == 6 ? nano / 1_000 : nano, fraction);
        }
        c[c.length - 1] = 'Z';
        return new String(c);
    }

    /**
     * Writes {@code yyyy-MM-dd}, {@code separator}, {@code HH:mm:ss} into the first 19 chars of {@code c} (the year in
     * 0..9999): the digits of {@link #of} and of the exports' local times, without a formatter.
     */
    public static void dateTime(char[] c, int year, int month, int day, char separator, int hour, int minute, int second) {
        digits(c, 0, year, 4);
        c[4] = '-';
        digits(c, 5, month, 2);
        c[7] = '-';
        digits(c, 8, day, 2);
        c[10] = separator;
        digits(c, 11, hour, 2);
        c[13] = ':';
        digits(c, 14, minute, 2);
        c[16] = ':';
        digits(c, 17, second, 2);
    }

    /** Writes {@code value} as {@code width} decimal digits, zero-padded, at {@code at}. */
    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}

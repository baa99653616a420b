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
        StringBuilder b = new StringBuilder(30);
        digits(b, day.getYear(), 4).append('-');
        digits(b, day.getMonthValue(), 2).append('-');
        digits(b, day.getDayOfMonth(), 2).append('T');
        digits(b, second / 3600, 2).append(':');
        digits(b, second / 60 % 60, 2).append(':');
        digits(b, second % 60, 2);
        int nano = t.getNano();
        if (nano > 0) {
            b.append('.');
            if (nano % 1_000_000 == 0) {
                digits(b, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                digits(b, nano / 1_000, 6);
            } else {
                digits(b, nano, 9);
            }
        }
        return b.append('Z').toString();
    }

    private static StringBuilder digits(StringBuilder b, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(s);
    }
}

package org.kaoping.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.kaoping.core.api.API;

/**
 * The ISO-8601 text of an instant, exactly {@link Instant#toString()} ({@code 2015-06-20T02:00:00Z}, a fraction in
 * groups of three digits when there is one), written and read without java.time's formatter and parser: every stored
 * record's text has its time, and the general formatter and parser were a visible part of writing and reading them back.
 * Years outside 0001..9999 are left to the formatter, and every other form of text to the parser.
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

    /**
     * {@code text} read as {@link Instant#parse} reads it if it has the form {@link #of} writes for years 0000..9999
     * ({@code 2015-12-18T01:00:00Z}, optionally with 1 to 9 digits of fraction), else null: the caller then parses it the
     * general way. Stores read back every record they write.
     */
    public static Instant parse(String text) {
        int len = text.length();
        if (len < 20 || len > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || text.charAt(len - 1) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (len > 20) {
            int fraction = len - 21;
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = digits(text, 20, len - 1);
            for (int i = fraction; i < 9 && nanos >= 0; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || nanos < 0) {
            return null;
        }
        if (day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return Instant.ofEpochSecond(LocalDate.of(year, month, day).toEpochDay() * 86400L + hour * 3600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code text} from {@code from} (inclusive) to {@code to}, or -1 if a character there is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Writes {@code value} as {@code width} decimal digits, zero-padded, at {@code at}. */
    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}

package org.kaoping.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The instant text is {@link Instant#toString()}'s, character for character, and it reads back as {@link Instant#parse}
 * reads it; any other form of text is left to the general parser. Seeded, across the years and fractions.
 */
class InstantTextTest {
    @Test
    void writesInstantToStringAndReadsItBackAsInstantParse() {
        SplittableRandom random = new SplittableRandom(20261206L);
        long[] bounds = {-62_167_219_200L /* 0000-01-01 */, -62_135_596_800L, 253_402_300_799L, 0, -1, 86_399, 86_400,
            951_782_400L /* 2000-02-29 */};
        for (long s : bounds) {
            for (int nano : new int[] {0, 1, 999_999_999, 500_000_000, 120_000, 7_000_000}) {
                for (long delta = -2; delta <= 2; delta++) {
                    check(Instant.ofEpochSecond(s + delta, nano));
                }
            }
        }
        for (int i = 0; i < 300_000; i++) {
            long seconds = i % 4 == 0 ? random.nextLong(-100_000_000_000L, 400_000_000_000L) // beyond 0001..9999 too
                    : random.nextLong(-62_167_219_200L, 253_402_300_800L);
            int nano;
            switch (i % 5) {
                case 0:
                    nano = 0;
                    break;
                case 1:
                    nano = random.nextInt(1000) * 1_000_000;
                    break;
                case 2:
                    nano = random.nextInt(1_000_000) * 1000;
                    break;
                default:
                    nano = random.nextInt(1_000_000_000);
            }
            check(Instant.ofEpochSecond(seconds, nano));
        }
    }

    /** Written as toString writes it; read back as Instant.parse reads it where the year has four digits and no sign. */
    private static void check(Instant t) {
        String text = InstantText.of(t);
        assertEquals(t.toString(), text);
        boolean plainYear = text.charAt(0) != '+' && text.charAt(0) != '-';
        if (plainYear) {
            assertEquals(Instant.parse(text), InstantText.parse(text), text);
        } else {
            assertNull(InstantText.parse(text), text);
        }
    }

    @Test
    void readsShortFractionsAsInstantParseDoes() {
        for (String text : new String[] {"2015-12-18T01:00:00.1Z", "2015-12-18T01:00:00.12Z", "2015-12-18T01:00:00.1234Z",
            "2015-12-18T01:00:00.12345678Z", "2016-02-29T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
            "1969-12-31T23:59:59.5Z"}) {
            assertEquals(Instant.parse(text), InstantText.parse(text), text);
        }
    }

    @Test
    void leavesEveryOtherFormToTheGeneralParser() {
        for (String text : new String[] {"2015-12-18T01:00Z", "2015-12-18T01:00:00", "2015-12-18T01:00:00+08:00", "2015-12-18t01:00:00z",
            "2015-12-18T01:00:00.Z", "2015-12-18T01:00:00.1234567890Z", "2015-02-29T01:00:00Z", "2015-04-31T01:00:00Z",
            "2015-13-01T01:00:00Z", "2015-00-01T01:00:00Z", "2015-12-00T01:00:00Z", "2015-12-18T24:00:00Z", "2015-12-18T23:60:00Z",
            "2015-12-18T23:59:60Z", "+2015-12-18T01:00:00Z", "2015-12-18T01:00:0xZ", "2015-12-18 01:00:00Z", "２０１５-12-18T01:00:00Z",
            "2015-12-18T01:00:00.1a3Z", "", "Z"}) {
            assertNull(InstantText.parse(text), text);
        }
    }
}

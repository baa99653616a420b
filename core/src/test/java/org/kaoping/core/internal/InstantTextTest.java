package org.kaoping.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The instant text is {@link Instant#toString()}'s, character for character: seeded, across the years and fractions. */
class InstantTextTest {
    @Test
    void isInstantToString() {
        SplittableRandom random = new SplittableRandom(20261206L);
        long[] bounds = {-62_135_596_800L, 253_402_300_799L, 0, -1, 86_399, 86_400, 951_782_400L /* 2000-02-29 */};
        for (long s : bounds) {
            for (int nano : new int[] {0, 1, 999_999_999, 500_000_000, 120_000, 7_000_000}) {
                for (long delta = -2; delta <= 2; delta++) {
                    Instant t = Instant.ofEpochSecond(s + delta, nano);
                    assertEquals(t.toString(), InstantText.of(t));
                }
            }
        }
        for (int i = 0; i < 300_000; i++) {
            long seconds = i % 4 == 0 ? random.nextLong(-100_000_000_000L, 400_000_000_000L) // beyond 0001..9999 too
                    : random.nextLong(-62_135_596_800L, 253_402_300_800L);
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
            Instant t = Instant.ofEpochSecond(seconds, nano);
            assertEquals(t.toString(), InstantText.of(t));
        }
    }
}

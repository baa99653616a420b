package org.kaoping.core.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RatioTest {
    @Test
    void parsesPercentagesAsStandardsWriteThem() {
        assertEquals(Ratio.of(49, 50), Ratio.parsePercent("98%"));
        assertEquals(Ratio.ONE, Ratio.parsePercent("100％"));
        assertEquals(Ratio.of(199, 200), Ratio.parsePercent("99.5"));
        assertEquals(Ratio.of(4, 5), Ratio.parsePercent("８０％"));
        assertEquals("98%", Ratio.parsePercent("98%").toPercentString());
        assertThrows(PointsFormatException.class, () -> Ratio.parsePercent("1O0％"));
    }

    @Test
    void reducesAndKeepsTheDenominatorPositive() {
        Ratio r = Ratio.of(6, -8);
        assertEquals(-3, r.numerator());
        assertEquals(4, r.denominator());
        assertTrue(Ratio.of(1, 2).isFraction());
        assertFalse(Ratio.of(101, 100).isFraction());
        assertThrows(ArithmeticException.class, () -> Ratio.of(1, 0));
    }

    @Test
    void comparesExactlyEvenWhereCrossProductsOverflow() {
        qt().withFixedSeed(7).forAll(longs().between(-Long.MAX_VALUE, Long.MAX_VALUE), longs().between(1, Long.MAX_VALUE),
                longs().between(-Long.MAX_VALUE, Long.MAX_VALUE), longs().between(1, Long.MAX_VALUE)).check((a, b, c, d) -> {
                    int expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(d))
                            .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));
                    return Integer.signum(Ratio.of(a, b).compareTo(Ratio.of(c, d))) == expected;
                });
    }

    /** The percent text, worked out in longs where they suffice, is the decimal division's, half up, for any ratio; seeded. */
    @org.junit.jupiter.api.Test
    void percentTextIsTheDecimalDivisions() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261206L);
        for (int i = 0; i < 200_000; i++) {
            long d = 1 + (i % 3 == 0 ? random.nextLong(1, 1_000) : random.nextLong(1, Long.MAX_VALUE));
            long n;
            switch (i % 5) {
                case 0:
                    n = random.nextLong(0, d + 1); // a share in [0, 1]
                    break;
                case 1:
                    n = random.nextLong(-1_000_000, 1_000_000);
                    break;
                case 2:
                    n = Long.MAX_VALUE / 1_000_000 - random.nextLong(0, 3) + random.nextLong(0, 3); // both sides of the long path's bound
                    break;
                default:
                    n = random.nextLong(Long.MIN_VALUE + 1, Long.MAX_VALUE);
            }
            Ratio r = Ratio.of(n, d);
            java.math.BigDecimal p = java.math.BigDecimal.valueOf(r.numerator()).movePointRight(2)
                    .divide(java.math.BigDecimal.valueOf(r.denominator()), 4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            assertEquals((p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%", r.toPercentString(), r.toString());
        }
        assertEquals("66.6667%", Ratio.of(2, 3).toPercentString());
        assertEquals("0.005%", Ratio.of(1, 20_000).toPercentString());
        assertEquals("12.5%", Ratio.of(1, 8).toPercentString());
        assertEquals("0%", Ratio.ZERO.toPercentString());
    }
}

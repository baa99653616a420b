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
}

package org.kaoping.core.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

class PointsTest {
    /** Values up to ±10^12 points: far beyond any rubric, small enough that sums of three never overflow. */
    private static final Gen<Points> POINTS = longs().between(-10_000_000_000_000_000L, 10_000_000_000_000_000L)
            .map(Points::ofUnits);

    @ParameterizedTest(name = "[{0}] parses as {1}")
    @CsvSource(delimiter = '|', value = {
        "1.5|1.5", "2.5分|2.5", "１．５|1.5", "１５分|15", " 0.25 |0.25", "-3|-3", "+4.0000|4", "100|100",
        "0.0001|0.0001", "1.50|1.5", "1.5 分|1.5", "－２|-2"})
    void parsesAsWrittenInAStandard(String text, String expected) {
        assertEquals(expected, Points.parse(text).toString());
    }

    @ParameterizedTest(name = "[{0}] is refused")
    @CsvSource(delimiter = '|', value = {"abc", "''", "1.", ".5", "1.2.3", "1,5", "1.00001", "分", "1O0"})
    void refusesWhatIsNotPoints(String text) {
        PointsFormatException e = assertThrows(PointsFormatException.class, () -> Points.parse(text));
        assertTrue(e.getMessage().contains("[" + text + "]"), () -> "message must quote the text: " + e.getMessage());
    }

    @Test
    void printsWithoutTrailingNoise() {
        assertEquals("100", Points.of(100).toString());
        assertEquals("2.5", Points.parse("2.5000").toString());
        assertEquals("0", Points.ZERO.toString());
        assertEquals("-0.25", Points.parse("-0.25").toString());
        assertEquals("2.50", Points.parse("2.5").format(2));
    }

    @ParameterizedTest(name = "{0} rounded half-up to {1} places is {2}")
    @CsvSource({"2.345,2,2.35", "2.344,2,2.34", "-2.345,2,-2.35", "0.5,0,1", "1.4999,0,1", "99.9951,2,100", "7,2,7"})
    void roundsHalfUp(String value, int scale, String expected) {
        assertEquals(Points.parse(expected), Points.parse(value).roundHalfUp(scale));
    }

    @Test
    void dividesAndMultipliesWithTheDeclaredRounding() {
        assertEquals(Points.parse("1.3333"), Points.of(4).dividedBy(3, RoundingMode.HALF_UP));
        assertEquals(Points.parse("1.3334"), Points.of(4).dividedBy(3, RoundingMode.UP));
        assertEquals(Points.parse("1.6667"), Points.of(5).dividedBy(3, RoundingMode.HALF_UP));
        assertEquals(Points.parse("0.9"), Points.parse("1.5").times(Ratio.percent(60), RoundingMode.HALF_UP));
        assertEquals(Points.parse("0.6667"), Points.of(2).times(Ratio.of(1, 3), RoundingMode.HALF_UP));
        assertEquals(Points.parse("7.5"), Points.parse("2.5").times(3));
        assertThrows(ArithmeticException.class, () -> Points.ONE.dividedBy(0, RoundingMode.HALF_UP));
    }

    @Test
    void allocatesEquallyWithoutLosingATenThousandth() {
        List<Points> shares = Points.of(4).allocateEqually(3);
        assertEquals(Points.parse("1.3334"), shares.get(0));
        assertEquals(Points.parse("1.3333"), shares.get(2));
        assertEquals(Points.of(4), Points.sum(shares));
    }

    @Test
    void allocatesToAStatedScale() {
        assertEquals(java.util.Arrays.asList(Points.parse("1.34"), Points.parse("1.33"), Points.parse("1.33")),
                Points.of(4).allocateEqually(3, 2));
        assertEquals(java.util.Arrays.asList(Points.parse("1.75"), Points.parse("1.75"), Points.parse("1.75"), Points.parse("1.75")),
                Points.of(7).allocateEqually(4, 2));
        // a value finer than the scale keeps its residue on the first share, so the sum stays exact
        assertEquals(java.util.Arrays.asList(Points.parse("0.5001"), Points.parse("0.5")),
                Points.parse("1.0001").allocateEqually(2, 2));
    }

    @Test
    void allocationToAScaleAlwaysSumsToTheWholeInStepsOfThatScale() {
        qt().withFixedSeed(20157).forAll(POINTS, integers().between(1, 50), integers().between(0, Points.SCALE))
                .check((p, parts, scale) -> {
                    List<Points> shares = p.allocateEqually(parts, scale);
                    long step = BigDecimal.ONE.movePointRight(Points.SCALE - scale).longValueExact();
                    boolean onScale = true;
                    for (int i = 1; i < shares.size(); i++) {
                        onScale &= shares.get(i).units() % step == 0 && shares.get(0).units() >= shares.get(i).units();
                    }
                    long spread = shares.get(0).minus(shares.get(shares.size() - 1)).units();
                    return shares.size() == parts && Points.sum(shares).equals(p) && onScale && spread < 2 * step;
                });
    }

    @Test
    void additionIsAssociativeAndCommutative() {
        qt().withFixedSeed(20151).forAll(POINTS, POINTS, POINTS).check((a, b, c) ->
                a.plus(b).equals(b.plus(a)) && a.plus(b).plus(c).equals(a.plus(b.plus(c))) && a.plus(b).minus(b).equals(a));
    }

    @Test
    void roundingStaysWithinHalfAUnit() {
        qt().withFixedSeed(20152).forAll(POINTS, integers().between(0, Points.SCALE)).check((p, scale) -> {
            BigDecimal error = p.roundHalfUp(scale).toBigDecimal().subtract(p.toBigDecimal()).abs();
            BigDecimal half = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
            return error.compareTo(half) <= 0
                    && p.roundHalfUp(scale).equals(Points.of(p.toBigDecimal().setScale(scale, RoundingMode.HALF_UP)));
        });
    }

    @Test
    void parseAndPrintRoundTrip() {
        qt().withFixedSeed(20153).forAll(POINTS).check(p ->
                Points.parse(p.toString()).equals(p) && Points.parse(p.format(Points.SCALE) + "分").equals(p));
    }

    @Test
    void ratioMultiplicationAgreesWithExactDecimalArithmeticOrRefusesOverflow() {
        qt().withFixedSeed(20154)
                .forAll(POINTS, longs().between(-1_000_000_000, 1_000_000_000), longs().between(1, 1_000_000_000))
                .check((p, num, den) -> {
                    BigDecimal exact = p.toBigDecimal().multiply(BigDecimal.valueOf(num))
                            .divide(BigDecimal.valueOf(den), Points.SCALE, RoundingMode.HALF_UP);
                    boolean fits = exact.movePointRight(Points.SCALE).abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
                    try {
                        Points product = p.times(Ratio.of(num, den), RoundingMode.HALF_UP);
                        return fits && product.toBigDecimal().compareTo(exact) == 0;
                    } catch (ArithmeticException overflow) {
                        return !fits;
                    }
                });
    }

    @Test
    void divisionAgreesWithBigDecimalForEveryRoundingMode() {
        qt().withFixedSeed(20155).forAll(POINTS, longs().between(-1000, 1000).assuming(d -> d != 0),
                        integers().between(0, RoundingMode.values().length - 2))
                .check((p, divisor, mode) -> {
                    RoundingMode rounding = RoundingMode.values()[mode]; // all but UNNECESSARY
                    BigDecimal exact = p.toBigDecimal().divide(BigDecimal.valueOf(divisor), Points.SCALE, rounding);
                    return p.dividedBy(divisor, rounding).toBigDecimal().compareTo(exact) == 0;
                });
    }

    @Test
    void allocationAlwaysSumsToTheWhole() {
        qt().withFixedSeed(20156).forAll(POINTS, integers().between(1, 50)).check((p, parts) -> {
            List<Points> shares = p.allocateEqually(parts);
            Points max = shares.get(0);
            Points min = shares.get(shares.size() - 1);
            return shares.size() == parts && Points.sum(shares).equals(p) && max.minus(min).units() <= 1;
        });
    }

    @Test
    void refusesMoreThanFourDecimalsFromBigDecimal() {
        assertThrows(ArithmeticException.class, () -> Points.of(new BigDecimal("0.00001")));
        assertEquals(Points.parse("0.0001"), Points.of(new BigDecimal("0.000100")));
    }
}

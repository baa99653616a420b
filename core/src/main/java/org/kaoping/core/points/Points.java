package org.kaoping.core.points;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * An exact amount of points (分), held as a whole number of ten-thousandths.
 *
 * <p>Addition, subtraction and multiplication by whole numbers are exact. Division and multiplication by
 * a {@link Ratio} name their {@link RoundingMode}; rounding to a displayed scale is half-up (四舍五入)
 * unless stated otherwise. {@link #toString()} prints without trailing zeros: {@code "2.5"}, {@code "100"}.
 * Instances are immutable and compare by value.
 */
@API(status = API.Status.STABLE)
public final class Points implements Comparable<Points>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Decimal places held internally. */
    public static final int SCALE = 4;

    private static final long ONE_UNITS = 10_000L;

    public static final Points ZERO = new Points(0);
    public static final Points ONE = new Points(ONE_UNITS);
    public static final Points HUNDRED = new Points(100 * ONE_UNITS);

    /**
     * The largest magnitude a points value carried by evidence may have (a deduction, a bonus or penalty, an
     * override, a rating score): one million points, far beyond any rubric's 100 and far enough below
     * {@code long}'s range that the engine's checked sums meet a clear refusal long before an overflow.
     */
    public static final Points EVIDENCE_LIMIT = new Points(1_000_000L * ONE_UNITS);

    private final long units;

    private Points(long units) {
        this.units = units;
    }

    /** Whole points: {@code Points.of(15)} is 15 分. */
    public static Points of(long whole) {
        return new Points(Math.multiplyExact(whole, ONE_UNITS));
    }

    /**
     * The exact value of {@code value}.
     *
     * @throws ArithmeticException if it has more than {@value #SCALE} decimal places or does not fit
     */
    public static Points of(BigDecimal value) {
        Objects.requireNonNull(value, "value must not be null");
        BigDecimal scaled = value.movePointRight(SCALE);
        try {
            return new Points(scaled.longValueExact());
        } catch (ArithmeticException e) {
            throw new ArithmeticException("Points hold at most " + SCALE + " decimal places and "
                    + Long.MAX_VALUE / ONE_UNITS + " whole points; got " + value.toPlainString());
        }
    }

    /** A value given in ten-thousandths of a point, the internal unit: {@code ofUnits(15)} is 0.0015. */
    public static Points ofUnits(long units) {
        return new Points(units);
    }

    /**
     * Parses points as written in a standard: {@code "1.5"}, {@code "2.5分"}, full-width
     * {@code "１．５"}, with an optional sign and white space.
     *
     * @throws PointsFormatException quoting the text, if it is not such a value or has more than four
     *     decimal places
     */
    public static Points parse(CharSequence text) {
        Objects.requireNonNull(text, "text must not be null");
        String s = Decimals.normalize(text);
        if (s.endsWith("分")) {
            s = s.substring(0, s.length() - 1);
        }
        BigDecimal value = Decimals.parseDecimal(s);
        if (value == null) {
            throw new PointsFormatException("Not a points value: [" + text
                    + "]; expected a decimal number such as 1.5 or 2.5分");
        }
        if (value.scale() > SCALE && value.stripTrailingZeros().scale() > SCALE) {
            throw new PointsFormatException("Points value [" + text + "] has more than " + SCALE
                    + " decimal places");
        }
        try {
            return of(value);
        } catch (ArithmeticException e) {
            throw new PointsFormatException("Points value [" + text + "] is out of range");
        }
    }

    /** The sum of {@code values}; {@link #ZERO} for none. */
    public static Points sum(Iterable<Points> values) {
        long total = 0;
        for (Points p : values) {
            total = Math.addExact(total, p.units);
        }
        return new Points(total);
    }

    public static Points min(Points a, Points b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static Points max(Points a, Points b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The value in ten-thousandths of a point. */
    public long units() {
        return units;
    }

    public Points plus(Points other) {
        return new Points(Math.addExact(units, other.units));
    }

    public Points minus(Points other) {
        return new Points(Math.subtractExact(units, other.units));
    }

    public Points negate() {
        return new Points(Math.negateExact(units));
    }

    /** Exact multiplication by a whole number. */
    public Points times(long factor) {
        return new Points(Math.multiplyExact(units, factor));
    }

    /** This value times {@code ratio}, rounded to {@value #SCALE} places with {@code rounding}. */
    public Points times(Ratio ratio, RoundingMode rounding) {
        long numerator = ratio.numerator();
        long denominator = ratio.denominator();
        long product;
        try {
            product = Math.multiplyExact(units, numerator);
        } catch (ArithmeticException overflow) {
            return new Points(Decimals.divide(BigInteger.valueOf(units).multiply(BigInteger.valueOf(numerator)),
                    BigInteger.valueOf(denominator), rounding));
        }
        return new Points(Decimals.divide(product, denominator, rounding));
    }

    /** This value divided by a whole number, rounded to {@value #SCALE} places with {@code rounding}. */
    public Points dividedBy(long divisor, RoundingMode rounding) {
        if (divisor == 0) {
            throw new ArithmeticException("Cannot divide " + this + " points by zero");
        }
        return new Points(Decimals.divide(units, divisor, rounding));
    }

    /** How many times {@code whole} goes into this value, as an exact ratio (this / whole). */
    public Ratio ratioTo(Points whole) {
        if (whole.units == 0) {
            throw new ArithmeticException("Cannot take a ratio to zero points");
        }
        return Ratio.of(units, whole.units);
    }

    /** Rounded half-up (四舍五入) to {@code scale} decimal places, 0 to {@value #SCALE}. */
    public Points roundHalfUp(int scale) {
        return round(scale, RoundingMode.HALF_UP);
    }

    /** Rounded to {@code scale} decimal places, 0 to {@value #SCALE}, with {@code rounding}. */
    public Points round(int scale, RoundingMode rounding) {
        if (scale < 0 || scale > SCALE) {
            throw new IllegalArgumentException("scale must be between 0 and " + SCALE + "; got " + scale);
        }
        long step = pow10(SCALE - scale);
        return new Points(Math.multiplyExact(Decimals.divide(units, step, rounding), step));
    }

    /**
     * Splits this value into {@code parts} shares that differ by at most one ten-thousandth and add up
     * to exactly this value; the larger shares come first.
     */
    public List<Points> allocateEqually(int parts) {
        return allocateEqually(parts, SCALE);
    }

    /**
     * Splits this value into {@code parts} shares with at most {@code scale} decimal places that add up
     * to exactly this value: the larger shares come first and differ from the smaller by one step of the
     * scale (4 among 3 at scale 2 is 1.34, 1.33, 1.33). Should this value itself have more decimal places
     * than {@code scale}, the residue below the scale goes to the first share, so the sum stays exact.
     */
    public List<Points> allocateEqually(int parts, int scale) {
        if (parts <= 0) {
            throw new IllegalArgumentException("parts must be positive; got " + parts);
        }
        if (scale < 0 || scale > SCALE) {
            throw new IllegalArgumentException("scale must be between 0 and " + SCALE + "; got " + scale);
        }
        long step = pow10(SCALE - scale);
        long steps = Math.floorDiv(units, step);
        long residue = units - steps * step;
        long base = Math.floorDiv(steps, parts);
        long extra = steps - base * parts;
        List<Points> shares = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            long share = (i < extra ? base + 1 : base) * step + (i == 0 ? residue : 0);
            shares.add(new Points(share));
        }
        return Collections.unmodifiableList(shares);
    }

    /** Whether the magnitude of this value is at most {@link #EVIDENCE_LIMIT}. */
    public boolean isWithinEvidenceLimit() {
        return units >= -EVIDENCE_LIMIT.units && units <= EVIDENCE_LIMIT.units;
    }

    public int signum() {
        return Long.signum(units);
    }

    public boolean isZero() {
        return units == 0;
    }

    public boolean isPositive() {
        return units > 0;
    }

    public boolean isNegative() {
        return units < 0;
    }

    public boolean isGreaterThan(Points other) {
        return units > other.units;
    }

    public boolean isLessThan(Points other) {
        return units < other.units;
    }

    /** Clamped into [{@code low}, {@code high}]. */
    public Points clamp(Points low, Points high) {
        if (low.units > high.units) {
            throw new IllegalArgumentException("empty range [" + low + ", " + high + "]");
        }
        return units < low.units ? low : units > high.units ? high : this;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(units, SCALE);
    }

    /** The value with exactly {@code scale} decimal places, rounded half-up: {@code "2.50"}. */
    public String format(int scale) {
        return roundHalfUp(scale).toBigDecimal().setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }

    @Override
    public int compareTo(Points other) {
        return Long.compare(units, other.units);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Points && ((Points) o).units == units;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(units);
    }

    /** The plain decimal without trailing zeros: {@code "2.5"}, {@code "100"}, {@code "-0.25"}. */
    @Override
    public String toString() {
        BigDecimal d = toBigDecimal().stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }

    private static long pow10(int n) {
        long r = 1;
        for (int i = 0; i < n; i++) {
            r *= 10;
        }
        return r;
    }
}

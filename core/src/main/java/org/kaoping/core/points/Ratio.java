package org.kaoping.core.points;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * An exact fraction in lowest terms, such as a rate threshold ("98%" is 49/50) or a share of an
 * item's points. The denominator is always positive.
 */
@API(status = API.Status.STABLE)
public final class Ratio implements Comparable<Ratio>, Serializable {
    private static final long serialVersionUID = 1L;

    public static final Ratio ZERO = new Ratio(0, 1);
    public static final Ratio ONE = new Ratio(1, 1);

    private final long numerator;
    private final long denominator;

    private Ratio(long numerator, long denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** {@code numerator / denominator}, reduced. */
    public static Ratio of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("Ratio " + numerator + "/0 has a zero denominator");
        }
        if (numerator == 0) {
            return ZERO;
        }
        long g = gcd(Math.abs(numerator), Math.abs(denominator));
        long n = numerator / g;
        long d = denominator / g;
        if (d < 0) {
            n = Math.negateExact(n);
            d = Math.negateExact(d);
        }
        return new Ratio(n, d);
    }

    /** The exact value of a decimal, e.g. {@code 0.98} is 49/50. */
    public static Ratio of(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            return of(v.toBigIntegerExact().longValueExact(), 1);
        }
        if (v.scale() > 18) {
            throw new ArithmeticException("Ratio of " + value.toPlainString() + " has too many decimal places");
        }
        return of(v.unscaledValue().longValueExact(), BigInteger.TEN.pow(v.scale()).longValueExact());
    }

    /** A percentage: {@code percent(98)} is 49/50. */
    public static Ratio percent(long percent) {
        return of(percent, 100);
    }

    /**
     * Parses a percentage as written in a standard: {@code "98%"}, {@code "98"}, {@code "99.5％"},
     * full-width digits allowed.
     *
     * @throws PointsFormatException quoting the text if it is not a percentage
     */
    public static Ratio parsePercent(CharSequence text) {
        Objects.requireNonNull(text, "text must not be null");
        String s = Decimals.normalize(text);
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        BigDecimal value = Decimals.parseDecimal(s);
        if (value == null) {
            throw new PointsFormatException("Not a percentage: [" + text + "]; expected a number such as 98% or 99.5%");
        }
        return of(value.movePointLeft(2));
    }

    public long numerator() {
        return numerator;
    }

    public long denominator() {
        return denominator;
    }

    /** Whether this lies in [0, 1]. */
    public boolean isFraction() {
        return numerator >= 0 && numerator <= denominator;
    }

    public int signum() {
        return Long.signum(numerator);
    }

    /** This ratio as a decimal with {@code scale} places, rounded half-up. */
    public BigDecimal toBigDecimal(int scale) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }

    /** The percentage without trailing zeros, e.g. {@code "98%"} or {@code "33.3333%"} (four places, half-up). */
    public String toPercentString() {
        if (numerator >= 0 && numerator <= Long.MAX_VALUE / 1_000_000) {
            // in longs, as the decimal division below gives it: explanations print a share for every item they show
            long scaled = numerator * 1_000_000; // the percentage times 10^4
            long q = scaled / denominator;
            long r = scaled % denominator;
            if (r >= denominator - r) {
                q++; // half up
            }
            long whole = q / 10_000;
            int fraction = (int) (q % 10_000);
            if (fraction == 0) {
                return whole + "%";
            }
            int digits = 4;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            String f = Integer.toString(fraction);
            StringBuilder b = new StringBuilder(24).append(whole).append('.');
            for (int i = f.length(); i < digits; i++) {
                b.append('0');
            }
            return b.append(f).append('%').toString();
        }
        BigDecimal p = BigDecimal.valueOf(numerator).movePointRight(2)
                .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
    }

    @Override
    public int compareTo(Ratio other) {
        try {
            return Long.compare(Math.multiplyExact(numerator, other.denominator),
                    Math.multiplyExact(other.numerator, denominator));
        } catch (ArithmeticException overflow) {
            return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(other.denominator))
                    .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio && ((Ratio) o).numerator == numerator && ((Ratio) o).denominator == denominator;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
    }

    /** {@code "49/50"}, or {@code "1"} for a whole number. */
    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}

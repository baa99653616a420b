package org.kaoping.core.scoring;

import java.math.BigInteger;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;

/** Exact fraction arithmetic on {@link Ratio}s and the one rounding of a leaf, with a BigInteger path on overflow. */
final class Fractions {
    private Fractions() {}

    static Ratio add(Ratio a, Ratio b) {
        if (a.signum() == 0) {
            return b;
        }
        if (b.signum() == 0) {
            return a;
        }
        try {
            return Ratio.of(Math.addExact(Math.multiplyExact(a.numerator(), b.denominator()),
                    Math.multiplyExact(b.numerator(), a.denominator())), Math.multiplyExact(a.denominator(), b.denominator()));
        } catch (ArithmeticException overflow) {
            return ratio(big(a.numerator()).multiply(big(b.denominator())).add(big(b.numerator()).multiply(big(a.denominator()))),
                    big(a.denominator()).multiply(big(b.denominator())));
        }
    }

    static Ratio multiply(Ratio a, Ratio b) {
        try {
            return Ratio.of(Math.multiplyExact(a.numerator(), b.numerator()), Math.multiplyExact(a.denominator(), b.denominator()));
        } catch (ArithmeticException overflow) {
            return ratio(big(a.numerator()).multiply(big(b.numerator())), big(a.denominator()).multiply(big(b.denominator())));
        }
    }

    static Ratio divide(Ratio a, Ratio b) {
        return multiply(a, Ratio.of(b.denominator(), b.numerator()));
    }

    static Ratio divide(Ratio a, long k) {
        return multiply(a, Ratio.of(1, k));
    }

    /** Denominators up to this have their fractions in [0, 1] made once, in {@link #SMALL}. */
    private static final int SMALL_LIMIT = 64;
    /** {@code SMALL[d][n]} is {@code Ratio.of(n, d)} for {@code 0 ≤ n ≤ d ≤ SMALL_LIMIT}. */
    private static final Ratio[][] SMALL = new Ratio[SMALL_LIMIT + 1][];

    static {
        for (int d = 1; d <= SMALL_LIMIT; d++) {
            SMALL[d] = new Ratio[d + 1];
            for (int n = 0; n <= d; n++) {
                SMALL[d][n] = Ratio.of(n, d);
            }
        }
    }

    /** {@code Ratio.of(n, d)}, without a gcd when {@code 0 ≤ n ≤ d ≤ 64} (a count of requirements or conditions met, a mean of a few raters' levels). */
    static Ratio small(long n, long d) {
        if (n >= 0 && n <= d && d <= SMALL_LIMIT && d > 0) {
            return SMALL[(int) d][(int) n];
        }
        return Ratio.of(n, d);
    }

    /** {@code n / d}, at most one. */
    static Ratio atMostOne(long n, long d) {
        if (n >= d) {
            return Ratio.ONE;
        }
        return Ratio.of(n, d);
    }

    /**
     * {@code n / d}, at most one, for amounts scaled by {@code unit} (metric values): when both are whole units the
     * fraction is read from {@link #small} without a gcd. Exactly {@link #atMostOne}'s value.
     */
    static Ratio atMostOne(long n, long d, long unit) {
        if (n >= d) {
            return Ratio.ONE;
        }
        if (n >= 0 && d > 0 && n % unit == 0 && d % unit == 0) {
            return small(n / unit, d / unit);
        }
        return Ratio.of(n, d);
    }

    /** {@code a × b} compared with {@code c × d}, exactly. */
    static int compareProducts(long a, long b, long c, long d) {
        try {
            return Long.compare(Math.multiplyExact(a, b), Math.multiplyExact(c, d));
        } catch (ArithmeticException overflow) {
            return big(a).multiply(big(b)).compareTo(big(c).multiply(big(d)));
        }
    }

    /**
     * {@code points × share}, rounded half-up to {@code scale} decimal places: the leaf's one rounding stage.
     */
    static long award(long pointsUnits, Ratio share, int scale) {
        if (share.equals(Ratio.ONE)) {
            return pointsUnits;
        }
        if (share.signum() == 0) {
            return 0;
        }
        long step = step(scale);
        try {
            long num = Math.multiplyExact(pointsUnits, share.numerator());
            long den = Math.multiplyExact(share.denominator(), step);
            return Math.multiplyExact(divideHalfUp(num, den), step);
        } catch (ArithmeticException overflow) {
            BigInteger num = big(pointsUnits).multiply(big(share.numerator()));
            BigInteger den = big(share.denominator()).multiply(big(step));
            BigInteger[] qr = num.divideAndRemainder(den);
            BigInteger q = qr[0];
            if (qr[1].shiftLeft(1).compareTo(den) >= 0) {
                q = q.add(BigInteger.ONE);
            }
            return q.longValueExact() * step;
        }
    }

    /**
     * {@code n / d} rounded half-up (away from zero on a tie) for {@code d > 0}: what
     * {@code Points.ofUnits(n).dividedBy(d, RoundingMode.HALF_UP).units()} gives, without a {@link Points} per leaf.
     */
    static long divideHalfUp(long n, long d) {
        long q = n / d;
        long r = n % d;
        if (r == 0) {
            return q;
        }
        long ar = Math.abs(r); // |r| < d, so neither this nor d - ar overflows
        return ar >= d - ar ? q + (n > 0 ? 1 : -1) : q;
    }

    /** Rounds {@code units} half-up to {@code scale} places. */
    static long round(long units, int scale) {
        return Points.ofUnits(units).roundHalfUp(scale).units();
    }

    /** {@code STEPS[scale]} is {@code 10^(Points.SCALE - scale)}: one unit at {@code scale} places, made once. */
    private static final long[] STEPS = new long[Points.SCALE + 1];

    static {
        for (int scale = 0; scale <= Points.SCALE; scale++) {
            STEPS[scale] = powerOfTen(scale);
        }
    }

    static long step(int scale) {
        return scale >= 0 && scale <= Points.SCALE ? STEPS[scale] : powerOfTen(scale);
    }

    private static long powerOfTen(int scale) {
        long step = 1;
        for (int k = scale; k < Points.SCALE; k++) {
            step *= 10;
        }
        return step;
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    private static Ratio ratio(BigInteger n, BigInteger d) {
        BigInteger g = n.gcd(d);
        if (g.signum() != 0) {
            n = n.divide(g);
            d = d.divide(g);
        }
        try {
            return Ratio.of(n.longValueExact(), d.longValueExact());
        } catch (ArithmeticException e) {
            throw new ArithmeticException("fraction " + n + "/" + d + " is too fine to hold exactly");
        }
    }
}

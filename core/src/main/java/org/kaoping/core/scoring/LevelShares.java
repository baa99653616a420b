package org.kaoping.core.scoring;

import java.util.List;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rule.JudgementLevel;
import org.kaoping.core.rule.JudgementRule;

/**
 * A judgement rule's level shares over one common denominator, computed once per compiled rubric, so that the mean
 * of the raters' shares is a sum of longs and one reduction, instead of a fraction addition (and a gcd) per rater.
 *
 * <p>{@link #mean} gives exactly the value {@link #meanByRatios} gives with {@link Ratio} arithmetic (the path before
 * this class, kept as the reference and as the fallback when the common denominator or a sum would leave
 * {@code long}'s range); {@code LevelSharesTest} checks the two agree.
 */
final class LevelShares {
    private final String[] names;
    private final Ratio[] shares;
    /** {@code shares[i] × denominator}, exact; null when the common denominator overflows. */
    private final long[] scaled;
    private final long denominator;

    private LevelShares(String[] names, Ratio[] shares, long[] scaled, long denominator) {
        this.names = names;
        this.shares = shares;
        this.scaled = scaled;
        this.denominator = denominator;
        this.seenAs = new String[names.length];
    }

    static LevelShares of(JudgementRule rule) {
        List<JudgementLevel> levels = rule.levels();
        int n = levels.size();
        String[] names = new String[n];
        Ratio[] shares = new Ratio[n];
        for (int i = 0; i < n; i++) {
            names[i] = levels.get(i).name();
            shares[i] = levels.get(i).share();
        }
        long den = 1;
        long[] scaled = new long[n];
        try {
            for (Ratio s : shares) {
                den = lcm(den, s.denominator());
            }
            for (int i = 0; i < n; i++) {
                scaled[i] = Math.multiplyExact(shares[i].numerator(), den / shares[i].denominator());
            }
        } catch (ArithmeticException tooFine) {
            return new LevelShares(names, shares, null, 1);
        }
        return new LevelShares(names, shares, scaled, den);
    }

    /** The index of the level named {@code name} (the first of that name, as the rule reads it), or -1. */
    int index(String name) {
        // Judgements held as columns share one String per level name, not the rule's: remembering which object last
        // matched each level answers by identity instead of comparing bytes with every earlier level on each rater.
        String[] seen = seenAs;
        for (int i = 0; i < seen.length; i++) {
            if (seen[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                seen[i] = name;
                return i;
            }
        }
        return -1;
    }

    /**
     * Per level, a string last found equal to its name and to no earlier level's (null until then). Written racily from scoring
     * threads: any string a reader sees there equals the level's name, so a hit is always right and a miss only falls
     * back to {@code equals}.
     */
    private final String[] seenAs;

    Ratio share(int level) {
        return shares[level];
    }

    /**
     * The mean share of the levels {@code chosen[0..count)}; with {@code trim}, the highest and the lowest dropped
     * first (the caller checks there are enough raters).
     */
    Ratio mean(int[] chosen, int count, boolean trim) {
        if (scaled != null) {
            try {
                long sum = 0;
                long hi = Long.MIN_VALUE;
                long lo = Long.MAX_VALUE;
                for (int k = 0; k < count; k++) {
                    long s = scaled[chosen[k]];
                    sum = Math.addExact(sum, s);
                    hi = Math.max(hi, s);
                    lo = Math.min(lo, s);
                }
                int c = count;
                if (trim) {
                    sum = Math.subtractExact(Math.subtractExact(sum, hi), lo);
                    c -= 2;
                }
                return Fractions.small(sum, Math.multiplyExact(denominator, c));
            } catch (ArithmeticException outOfRange) {
                // the reference path below widens to BigInteger, or fails as it always did
            }
        }
        return meanByRatios(chosen, count, trim);
    }

    /** The reference: the same mean by exact {@link Ratio} arithmetic, one fraction addition per rater. */
    Ratio meanByRatios(int[] chosen, int count, boolean trim) {
        Ratio sum = Ratio.ZERO;
        Ratio hi = null;
        Ratio lo = null;
        for (int k = 0; k < count; k++) {
            Ratio s = shares[chosen[k]];
            sum = Fractions.add(sum, s);
            hi = hi == null || s.compareTo(hi) > 0 ? s : hi;
            lo = lo == null || s.compareTo(lo) < 0 ? s : lo;
        }
        int c = count;
        if (trim) {
            sum = Fractions.add(sum, Ratio.of(-hi.numerator(), hi.denominator()));
            sum = Fractions.add(sum, Ratio.of(-lo.numerator(), lo.denominator()));
            c -= 2;
        }
        return Fractions.divide(sum, c);
    }

    /** The highest ({@code highest}) or lowest share among {@code chosen[0..count)}, for the explanation. */
    Ratio extreme(int[] chosen, int count, boolean highest) {
        Ratio best = null;
        for (int k = 0; k < count; k++) {
            Ratio s = shares[chosen[k]];
            if (best == null || (highest ? s.compareTo(best) > 0 : s.compareTo(best) < 0)) {
                best = s;
            }
        }
        return best;
    }

    private static long lcm(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return Math.multiplyExact(a / x, b);
    }
}

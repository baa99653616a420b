package org.kaoping.core.plan;

import java.io.Serializable;
import org.kaoping.core.api.API;

/**
 * How several raters' judgements of one item in one channel make one result: their mean, or a trimmed
 * mean that drops the single highest and single lowest when at least a stated number of raters judged.
 */
@API(status = API.Status.STABLE)
public final class RaterCombination implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final RaterCombination MEAN = new RaterCombination(0);

    private final int trimFrom;

    private RaterCombination(int trimFrom) {
        this.trimFrom = trimFrom;
    }

    /** The plain mean of every rater's share. */
    public static RaterCombination mean() {
        return MEAN;
    }

    /**
     * The mean after dropping the highest and the lowest share, when at least {@code minRaters} judged;
     * the plain mean below that, and the explanation says which was used.
     *
     * @param minRaters at least 3, so that one share always remains
     */
    public static RaterCombination trimmedMean(int minRaters) {
        if (minRaters < 3) {
            throw new IllegalArgumentException("a trimmed mean needs a minimum of at least 3 raters; got " + minRaters);
        }
        return new RaterCombination(minRaters);
    }

    public boolean isTrimmed() {
        return trimFrom > 0;
    }

    /** The minimum number of raters from which the trimmed mean trims; 0 for the plain mean. */
    public int minRaters() {
        return trimFrom;
    }

    /** Whether {@code raters} judgements are trimmed. */
    public boolean trims(int raters) {
        return trimFrom > 0 && raters >= trimFrom;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RaterCombination && ((RaterCombination) o).trimFrom == trimFrom;
    }

    @Override
    public int hashCode() {
        return trimFrom;
    }

    @Override
    public String toString() {
        return trimFrom == 0 ? "mean" : "trimmed mean from " + trimFrom + " raters";
    }
}

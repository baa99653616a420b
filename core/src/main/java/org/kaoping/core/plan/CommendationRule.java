package org.kaoping.core.plan;

import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;

/**
 * The rule a plan declares for its commendation list (评先评优名单): the lowest grade commended, whether a veto or an
 * overdue rectification item excludes a unit, and how many units of each category (each ranking) at most, best
 * ranked first. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CommendationRule {
    private static final CommendationRule DEFAULTS = new CommendationRule("优秀", true, true, null);

    private final String minimumGrade;
    private final boolean excludeVetoed;
    private final boolean excludeOverdueRectification;
    private final Integer quotaPerCategory;

    private CommendationRule(String minimumGrade, boolean excludeVetoed, boolean excludeOverdueRectification, Integer quotaPerCategory) {
        this.minimumGrade = minimumGrade;
        this.excludeVetoed = excludeVetoed;
        this.excludeOverdueRectification = excludeOverdueRectification;
        this.quotaPerCategory = quotaPerCategory;
    }

    /** Grade 优秀, no veto, no overdue rectification item, no quota. */
    public static CommendationRule defaults() {
        return DEFAULTS;
    }

    /**
     * A rule.
     *
     * @param minimumGrade the name of the lowest grade commended, one of the plan's grade bands (e.g. 优秀)
     * @param excludeVetoed whether a unit with a triggered veto is left out
     * @param excludeOverdueRectification whether a unit with a rectification item that went overdue is left out
     * @param quotaPerCategory at most this many units per ranking, or null for no quota
     * @throws IllegalArgumentException if the grade is blank or the quota less than 1
     */
    public static CommendationRule of(String minimumGrade, boolean excludeVetoed, boolean excludeOverdueRectification, Integer quotaPerCategory) {
        Objects.requireNonNull(minimumGrade, "minimumGrade must not be null");
        if (minimumGrade.trim().isEmpty()) {
            throw new IllegalArgumentException("commendation minimumGrade must not be blank");
        }
        if (quotaPerCategory != null && quotaPerCategory < 1) {
            throw new IllegalArgumentException("commendation quotaPerCategory must be at least 1; got " + quotaPerCategory);
        }
        return new CommendationRule(minimumGrade, excludeVetoed, excludeOverdueRectification, quotaPerCategory);
    }

    /** The name of the lowest grade commended. */
    public String minimumGrade() {
        return minimumGrade;
    }

    public boolean excludeVetoed() {
        return excludeVetoed;
    }

    public boolean excludeOverdueRectification() {
        return excludeOverdueRectification;
    }

    /** At most this many units per ranking; empty for no quota. */
    public Optional<Integer> quotaPerCategory() {
        return Optional.ofNullable(quotaPerCategory);
    }

    /** The rule in the office's words, e.g. 等次为优秀及以上、未被一票否决、无逾期整改事项、每类至多 3 个. */
    public String describe() {
        StringBuilder s = new StringBuilder("等次为").append(minimumGrade).append("及以上");
        if (excludeVetoed) {
            s.append("、未被一票否决");
        }
        if (excludeOverdueRectification) {
            s.append("、无逾期整改事项");
        }
        if (quotaPerCategory != null) {
            s.append("、每类至多 ").append(quotaPerCategory).append(" 个（按名次）");
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CommendationRule)) {
            return false;
        }
        CommendationRule r = (CommendationRule) o;
        return minimumGrade.equals(r.minimumGrade) && excludeVetoed == r.excludeVetoed
                && excludeOverdueRectification == r.excludeOverdueRectification && Objects.equals(quotaPerCategory, r.quotaPerCategory);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minimumGrade, excludeVetoed, excludeOverdueRectification, quotaPerCategory);
    }

    @Override
    public String toString() {
        return "CommendationRule[" + describe() + "]";
    }
}

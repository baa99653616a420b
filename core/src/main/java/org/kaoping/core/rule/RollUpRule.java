package org.kaoping.core.rule;

import java.util.Objects;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;

/**
 * A criterion derived from the results of the level below (逐级汇总): "民主法治村（社区）创建覆盖率达到100％" is the share
 * of the county's villages and communities rated at least 合格, at least 100%. Three aggregates: the share of
 * subordinate units rated at least a grade, the average total of the rated ones, and the count of units below a grade.
 * The subordinate units are those of {@link #subordinateKind()} under the assessed unit in the org tree; their results
 * come from the plans the runtime is told read them from. A subordinate unit with no result counts in a share's
 * denominator and as below every grade, and never in an average. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RollUpRule implements Rule {
    /** The key under which the runtime hands subordinate results to the engine; never filed by hand. */
    public static final String INPUT_KEY_PREFIX = "subordinate-results/";

    /** The grade name a subordinate unit without a result carries in the derived inputs. */
    public static final String NO_RESULT = "未考评";

    /** What a roll-up computes over the subordinate results. */
    public enum Aggregate {
        /** The share of subordinate units rated at least {@link #grade()} is at least {@link #minimumShare()}. */
        SHARE_AT_LEAST,
        /** The average total of the rated subordinate units is at least {@link #minimumAverage()}. */
        AVERAGE_AT_LEAST,
        /** At most {@link #maximumBelow()} subordinate units are rated below {@link #grade()} (or have no result). */
        COUNT_BELOW_AT_MOST
    }

    private final OrgKind subordinateKind;
    private final Aggregate aggregate;
    private final Grade grade;
    private final Ratio minimumShare;
    private final Points minimumAverage;
    private final int maximumBelow;
    private final CreditPolicy policy;

    private RollUpRule(OrgKind kind, Aggregate aggregate, Grade grade, Ratio share, Points average, int below, CreditPolicy policy) {
        this.subordinateKind = Objects.requireNonNull(kind, "subordinateKind must not be null");
        this.aggregate = aggregate;
        this.grade = grade;
        this.minimumShare = share;
        this.minimumAverage = average;
        this.maximumBelow = below;
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
    }

    /** The share of subordinate units of {@code kind} rated at least {@code grade} must reach {@code minimum} (in [0, 1]). */
    public static RollUpRule shareAtLeast(OrgKind kind, Grade grade, Ratio minimum, CreditPolicy policy) {
        Objects.requireNonNull(minimum, "minimum must not be null");
        if (minimum.signum() < 0 || minimum.compareTo(Ratio.ONE) > 0) {
            throw new IllegalArgumentException("roll-up share must lie in [0%, 100%]; got " + minimum.toPercentString());
        }
        return new RollUpRule(kind, Aggregate.SHARE_AT_LEAST, Objects.requireNonNull(grade, "grade must not be null"), minimum, null, 0,
                policy);
    }

    /** The average total of the rated subordinate units of {@code kind} must reach {@code minimum}. */
    public static RollUpRule averageAtLeast(OrgKind kind, Points minimum, CreditPolicy policy) {
        return new RollUpRule(kind, Aggregate.AVERAGE_AT_LEAST, null, null, Objects.requireNonNull(minimum, "minimum must not be null"), 0,
                policy);
    }

    /** At most {@code maximum} subordinate units of {@code kind} may be rated below {@code grade} or have no result. */
    public static RollUpRule countBelowAtMost(OrgKind kind, Grade grade, int maximum, CreditPolicy policy) {
        if (maximum < 0) {
            throw new IllegalArgumentException("roll-up maximum count must not be negative; got " + maximum);
        }
        return new RollUpRule(kind, Aggregate.COUNT_BELOW_AT_MOST, Objects.requireNonNull(grade, "grade must not be null"), null, null,
                maximum, policy);
    }

    /** The kind of the subordinate units whose results count, e.g. {@link OrgKind#VILLAGE_COMMUNITY}. */
    public OrgKind subordinateKind() {
        return subordinateKind;
    }

    public Aggregate aggregate() {
        return aggregate;
    }

    /** The grade of {@link Aggregate#SHARE_AT_LEAST} and {@link Aggregate#COUNT_BELOW_AT_MOST}; null for an average. */
    public Grade grade() {
        return grade;
    }

    /** The share to reach; null unless {@link Aggregate#SHARE_AT_LEAST}. */
    public Ratio minimumShare() {
        return minimumShare;
    }

    /** The average to reach; null unless {@link Aggregate#AVERAGE_AT_LEAST}. */
    public Points minimumAverage() {
        return minimumAverage;
    }

    /** The most units below the grade; 0 unless {@link Aggregate#COUNT_BELOW_AT_MOST}. */
    public int maximumBelow() {
        return maximumBelow;
    }

    public CreditPolicy policy() {
        return policy;
    }

    /** The evidence key of the derived inputs this rule reads, e.g. {@code subordinate-results/village_community}. */
    public String inputKey() {
        return inputKeyOf(subordinateKind);
    }

    /** The evidence key of the derived inputs about subordinate units of {@code kind}. */
    public static String inputKeyOf(OrgKind kind) {
        return INPUT_KEY_PREFIX + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public RuleKind kind() {
        return RuleKind.ROLL_UP;
    }

    @Override
    public <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitRollUp(this);
    }

    @Override
    public String describe() {
        switch (aggregate) {
            case SHARE_AT_LEAST:
                return "share of " + subordinateKind + " rated ≥ " + grade.name() + " ≥ " + minimumShare.toPercentString() + ", " + policy;
            case AVERAGE_AT_LEAST:
                return "average total of " + subordinateKind + " ≥ " + minimumAverage + ", " + policy;
            default:
                return "count of " + subordinateKind + " below " + grade.name() + " ≤ " + maximumBelow + ", " + policy;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RollUpRule)) {
            return false;
        }
        RollUpRule r = (RollUpRule) o;
        return subordinateKind == r.subordinateKind && aggregate == r.aggregate && Objects.equals(grade, r.grade)
                && Objects.equals(minimumShare, r.minimumShare) && Objects.equals(minimumAverage, r.minimumAverage)
                && maximumBelow == r.maximumBelow && policy.equals(r.policy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subordinateKind, aggregate, grade, minimumShare, minimumAverage, maximumBelow, policy);
    }

    @Override
    public String toString() {
        return describe();
    }
}

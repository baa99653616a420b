package org.kaoping.core.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/**
 * How a plan turns a unit's result into its contribution to the city's performance appraisal (绩效考评): either the
 * final total × a weight ÷ 100 ({@link Method#WEIGHTED_TOTAL}: the campaign weighs {@code weight} points of the
 * appraisal), or fixed points per grade ({@link Method#POINTS_PER_GRADE}); rounded half up (四舍五入) to a declared
 * scale. Exact: computed in decimal, never in floating point. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class AppraisalRule {
    /** How the contribution is computed. */
    public enum Method {
        /** total × weight ÷ 100. */
        WEIGHTED_TOTAL,
        /** the points declared for the unit's grade. */
        POINTS_PER_GRADE
    }

    private final Method method;
    private final Points weight;
    private final Map<String, Points> perGrade;
    private final int scale;

    private AppraisalRule(Method method, Points weight, Map<String, Points> perGrade, int scale) {
        this.method = method;
        this.weight = weight;
        this.perGrade = perGrade;
        this.scale = scale;
    }

    /**
     * total × {@code weight} ÷ 100, rounded half up to {@code scale} places.
     *
     * @throws IllegalArgumentException if the weight is not positive or above 100, or the scale outside [0, 4]
     */
    public static AppraisalRule weightedTotal(Points weight, int scale) {
        Objects.requireNonNull(weight, "weight must not be null");
        if (!weight.isPositive() || weight.isGreaterThan(Points.HUNDRED)) {
            throw new IllegalArgumentException("appraisal weight must lie in (0, 100]; got " + weight);
        }
        return new AppraisalRule(Method.WEIGHTED_TOTAL, weight, Collections.<String, Points>emptyMap(), scale(scale));
    }

    /**
     * The points declared for each grade (by grade name), rounded half up to {@code scale} places.
     *
     * @throws IllegalArgumentException if no grade is given, points are negative or beyond the evidence limit, or the scale outside [0, 4]
     */
    public static AppraisalRule pointsPerGrade(Map<String, Points> perGrade, int scale) {
        Objects.requireNonNull(perGrade, "perGrade must not be null");
        if (perGrade.isEmpty()) {
            throw new IllegalArgumentException("appraisal points per grade need at least one grade");
        }
        for (Map.Entry<String, Points> e : perGrade.entrySet()) {
            Points p = Objects.requireNonNull(e.getValue(), "points must not be null");
            if (p.isNegative() || !p.isWithinEvidenceLimit()) {
                throw new IllegalArgumentException("appraisal points for grade [" + e.getKey() + "] must lie in [0, " + Points.EVIDENCE_LIMIT
                        + "]; got " + p);
            }
        }
        return new AppraisalRule(Method.POINTS_PER_GRADE, null, Collections.unmodifiableMap(new LinkedHashMap<>(perGrade)), scale(scale));
    }

    private static int scale(int scale) {
        if (scale < 0 || scale > Points.SCALE) {
            throw new IllegalArgumentException("appraisal scale must lie in [0, " + Points.SCALE + "]; got " + scale);
        }
        return scale;
    }

    public Method method() {
        return method;
    }

    /** The weight of {@link Method#WEIGHTED_TOTAL}; null for points per grade. */
    public Points weight() {
        return weight;
    }

    /** The points per grade name of {@link Method#POINTS_PER_GRADE}, in declaration order; empty for a weighted total. */
    public Map<String, Points> perGrade() {
        return perGrade;
    }

    /** Decimal places of the contribution, 四舍五入. */
    public int scale() {
        return scale;
    }

    /**
     * The contribution of a unit with final total {@code total} and grade {@code grade}: total × weight ÷ 100, or the
     * grade's points (zero for a grade the rule does not name), rounded half up to {@link #scale()} places.
     */
    public Points contribution(Points total, String grade) {
        Objects.requireNonNull(total, "total must not be null");
        Objects.requireNonNull(grade, "grade must not be null");
        BigDecimal exact;
        if (method == Method.WEIGHTED_TOTAL) {
            exact = total.toBigDecimal().multiply(weight.toBigDecimal()).divide(BigDecimal.valueOf(100));
        } else {
            Points p = perGrade.get(grade);
            exact = p == null ? BigDecimal.ZERO : p.toBigDecimal();
        }
        return Points.of(exact.setScale(scale, RoundingMode.HALF_UP));
    }

    /** The rule in the office's words, e.g. 考评总分 × 10 ÷ 100（保留 2 位小数，四舍五入）. */
    public String describe() {
        if (method == Method.WEIGHTED_TOTAL) {
            return "考评总分 × " + weight + " ÷ 100（保留 " + scale + " 位小数，四舍五入）";
        }
        StringBuilder s = new StringBuilder("按等次计分：");
        String sep = "";
        for (Map.Entry<String, Points> e : perGrade.entrySet()) {
            s.append(sep).append(e.getKey()).append(' ').append(e.getValue()).append(" 分");
            sep = "，";
        }
        return s.append("（保留 ").append(scale).append(" 位小数）").toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AppraisalRule)) {
            return false;
        }
        AppraisalRule r = (AppraisalRule) o;
        return method == r.method && Objects.equals(weight, r.weight) && perGrade.equals(r.perGrade) && scale == r.scale;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, weight, perGrade, scale);
    }

    @Override
    public String toString() {
        return "AppraisalRule[" + describe() + "]";
    }
}

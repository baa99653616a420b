package org.kaoping.core.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Rubric;

/**
 * The plan of one assessment cycle: the rubric for each kind of unit, how channels and raters combine,
 * bonus and penalty categories with caps, vetoes, grade bands, quotas, tie-breaks and the rounding stages.
 *
 * <p>Rounding (四舍五入, half-up) happens at two declared stages only: each leaf's blended result to
 * {@link #leafScale()} decimal places, and a rescaled total (when items are not applicable) to
 * {@link #totalScale()} places. Sums of rounded leaves are exact, so a displayed total always equals the
 * sum of its displayed parts.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class AssessmentPlan {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    AssessmentPlan() {}

    /** E.g. {@code beihai-2015}. */
    public abstract String id();

    /** The calendar year assessed; evidence of other years is ignored, except the previous year for trends. */
    public abstract int year();

    /** The rubric each kind of unit is assessed by. */
    public abstract Map<OrgKind, Rubric> rubrics();

    /** The blend of channels for every item, unless {@link #criterionBlends()} names the item. */
    @Value.Default
    public SourceBlend blend() {
        return SourceBlend.defaultBlend();
    }

    /** Blends for particular criterion ids (in any rubric), e.g. a satisfaction item scored by the public alone. */
    public abstract Map<String, SourceBlend> criterionBlends();

    @Value.Default
    public RaterCombination raters() {
        return RaterCombination.mean();
    }

    /** Bonus and penalty categories. */
    public abstract List<AdjustmentRule> adjustments();

    /** The most all bonuses together may add. */
    public abstract Optional<Points> bonusCap();

    /** The most all penalties together may take. */
    public abstract Optional<Points> penaltyCap();

    public abstract List<VetoRule> vetoRules();

    @Value.Default
    public GradeBands gradeBands() {
        return GradeBands.defaults();
    }

    public abstract List<GradeQuota> quotas();

    /** Where units with a triggered veto rank; by default after every unit without one. */
    @Value.Default
    public VetoedRanking vetoedRanking() {
        return VetoedRanking.AFTER_UNVETOED;
    }

    /** Tie-breaks for ranking, in order. */
    public abstract List<TieBreak> tieBreaks();

    /** Decimal places each leaf's result is rounded to (half-up); 0 to 4, default 2. */
    @Value.Default
    public int leafScale() {
        return 2;
    }

    /** Decimal places a rescaled total is rounded to (half-up); 0 to 4, default 2. */
    @Value.Default
    public int totalScale() {
        return 2;
    }

    /**
     * The notice period (公示期) of the published results, in which units may appeal (申诉); by default 5 working days,
     * open appeals blocking finalizing.
     */
    @API(status = API.Status.EXPERIMENTAL)
    @Value.Default
    public NoticePeriod noticePeriod() {
        return NoticePeriod.defaults();
    }

    // ---- after the scores (issue 15): 整改, 评先评优 and the 绩效考评 contribution

    /** Which findings become rectification items (整改), the days for a fix, and what an unresolved item costs next cycle. */
    @org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
    @Value.Default
    public RectificationPolicy rectification() {
        return RectificationPolicy.defaults();
    }

    /** The rule of the commendation list (评先评优); by default grade 优秀, no veto, no overdue 整改, no quota. */
    @org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
    @Value.Default
    public CommendationRule commendation() {
        return CommendationRule.defaults();
    }

    /** How a unit's result counts in the city's performance appraisal (绩效考评); empty if the plan declares none. */
    @org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
    @Value.Default
    public Optional<AppraisalRule> appraisal() {
        return Optional.empty();
    }

    // ---- issue 17 (review): how the office runs the review ----

    /**
     * The review team, targets set by the higher level, stage targets and self-report sections (issue 17);
     * {@link org.kaoping.core.review.ReviewSettings#none()} unless the plan declares them.
     */
    @org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
    @Value.Default
    public org.kaoping.core.review.ReviewSettings review() {
        return org.kaoping.core.review.ReviewSettings.none();
    }

    /** The blend for criterion {@code criterionId}. */
    public SourceBlend blendFor(String criterionId) {
        SourceBlend b = criterionBlends().get(criterionId);
        return b == null ? blend() : b;
    }

    /**
     * @throws org.kaoping.core.ConfigurationException naming the kind and the kinds the plan covers, if it has no rubric for {@code kind}
     */
    public Rubric rubricFor(OrgKind kind) {
        Rubric r = rubrics().get(kind);
        if (r == null) {
            throw new ConfigurationException("Plan [" + id() + "] has no rubric for " + kind + "; it covers " + rubrics().keySet());
        }
        return r;
    }

    /** The declared category {@code category}, if any. */
    public Optional<AdjustmentRule> adjustment(String category) {
        for (AdjustmentRule a : adjustments()) {
            if (a.category().equals(category)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link AssessmentPlan}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableAssessmentPlan.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        if (leafScale() < 0 || leafScale() > Points.SCALE) {
            throw new IllegalArgumentException("leafScale must lie in [0, " + Points.SCALE + "]; got " + leafScale());
        }
        if (totalScale() < 0 || totalScale() > Points.SCALE) {
            throw new IllegalArgumentException("totalScale must lie in [0, " + Points.SCALE + "]; got " + totalScale());
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (AdjustmentRule a : adjustments()) {
            if (!seen.add(a.category())) {
                throw new IllegalArgumentException("plan [" + id() + "] declares adjustment category [" + a.category() + "] twice");
            }
        }
        for (Map.Entry<OrgKind, Rubric> e : rubrics().entrySet()) {
            if (!e.getValue().appliesTo().isEmpty() && !e.getValue().isApplicableTo(e.getKey())) {
                throw new IllegalArgumentException("plan [" + id() + "] assigns rubric [" + e.getValue().id() + "] to "
                        + e.getKey() + ", but the rubric applies to " + e.getValue().appliesTo());
            }
        }
    }
}

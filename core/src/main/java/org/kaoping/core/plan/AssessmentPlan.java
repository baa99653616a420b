package org.kaoping.core.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.KaopingException;
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
@Value.Immutable
public interface AssessmentPlan {
    /** E.g. {@code beihai-2015}. */
    String id();

    /** The calendar year assessed; evidence of other years is ignored, except the previous year for trends. */
    int year();

    /** The rubric each kind of unit is assessed by. */
    Map<OrgKind, Rubric> rubrics();

    /** The blend of channels for every item, unless {@link #criterionBlends()} names the item. */
    @Value.Default
    default SourceBlend blend() {
        return SourceBlend.defaultBlend();
    }

    /** Blends for particular criterion ids (in any rubric), e.g. a satisfaction item scored by the public alone. */
    Map<String, SourceBlend> criterionBlends();

    @Value.Default
    default RaterCombination raters() {
        return RaterCombination.mean();
    }

    /** Bonus and penalty categories. */
    List<AdjustmentRule> adjustments();

    /** The most all bonuses together may add. */
    Optional<Points> bonusCap();

    /** The most all penalties together may take. */
    Optional<Points> penaltyCap();

    List<VetoRule> vetoRules();

    @Value.Default
    default GradeBands gradeBands() {
        return GradeBands.defaults();
    }

    List<GradeQuota> quotas();

    /** Where units with a triggered veto rank; by default after every unit without one. */
    @Value.Default
    default VetoedRanking vetoedRanking() {
        return VetoedRanking.AFTER_UNVETOED;
    }

    /** Tie-breaks for ranking, in order. */
    List<TieBreak> tieBreaks();

    /** Decimal places each leaf's result is rounded to (half-up); 0 to 4, default 2. */
    @Value.Default
    default int leafScale() {
        return 2;
    }

    /** Decimal places a rescaled total is rounded to (half-up); 0 to 4, default 2. */
    @Value.Default
    default int totalScale() {
        return 2;
    }

    // ---- issue 17 (review): how the office runs the review ----

    /**
     * The review team, targets set by the higher level, stage targets and self-report sections (issue 17);
     * {@link org.kaoping.core.review.ReviewSettings#none()} unless the plan declares them.
     */
    @org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
    @Value.Default
    default org.kaoping.core.review.ReviewSettings review() {
        return org.kaoping.core.review.ReviewSettings.none();
    }

    /** The blend for criterion {@code criterionId}. */
    default SourceBlend blendFor(String criterionId) {
        SourceBlend b = criterionBlends().get(criterionId);
        return b == null ? blend() : b;
    }

    /**
     * @throws KaopingException naming the kind and the kinds the plan covers, if it has no rubric for {@code kind}
     */
    default Rubric rubricFor(OrgKind kind) {
        Rubric r = rubrics().get(kind);
        if (r == null) {
            throw new KaopingException("Plan [" + id() + "] has no rubric for " + kind + "; it covers " + rubrics().keySet());
        }
        return r;
    }

    /** The declared category {@code category}, if any. */
    default Optional<AdjustmentRule> adjustment(String category) {
        for (AdjustmentRule a : adjustments()) {
            if (a.category().equals(category)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    static ImmutableAssessmentPlan.Builder builder() {
        return ImmutableAssessmentPlan.builder();
    }

    @Value.Check
    default void check() {
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

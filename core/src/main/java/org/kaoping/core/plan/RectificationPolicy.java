package org.kaoping.core.plan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;
import org.kaoping.core.rectification.RectificationOrigin;

/**
 * What a plan declares about rectification (整改): which findings become items (spot-check deductions, items that
 * lost at least a threshold of points, vetoes, incidents), how many calendar days a unit has for its fix, and what an
 * item still unresolved costs in the next cycle (a deduction of that many points on the item's criterion, filed by
 * the next cycle's runtime). Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RectificationPolicy {
    /** The calendar days for a fix by default. */
    public static final int DEFAULT_DEADLINE_DAYS = 30;

    private static final RectificationPolicy DEFAULTS = new RectificationPolicy(
            EnumSet.of(RectificationOrigin.SPOT_CHECK, RectificationOrigin.VETO, RectificationOrigin.INCIDENT), null,
            DEFAULT_DEADLINE_DAYS, Points.ZERO);

    private final Set<RectificationOrigin> origins;
    private final Points lostPointsThreshold;
    private final int deadlineDays;
    private final Points unresolvedCost;

    private RectificationPolicy(Set<RectificationOrigin> origins, Points lostPointsThreshold, int deadlineDays, Points unresolvedCost) {
        this.origins = Collections.unmodifiableSet(origins.isEmpty() ? EnumSet.noneOf(RectificationOrigin.class) : EnumSet.copyOf(origins));
        this.lostPointsThreshold = lostPointsThreshold;
        this.deadlineDays = deadlineDays;
        this.unresolvedCost = unresolvedCost;
    }

    /** Spot checks, vetoes and incidents become items, no lost-points threshold, 30 days, no cost in the next cycle. */
    public static RectificationPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A policy.
     *
     * @param origins which findings become items; {@link RectificationOrigin#BY_HAND} is always allowed and need not be named;
     *     {@link RectificationOrigin#LOST_POINTS} needs a threshold
     * @param lostPointsThreshold the points an item must lose to become a rectification item, or null for none
     * @param deadlineDays calendar days from opening to the due date, 1 to 366
     * @param unresolvedCost what each item unresolved at the end of this cycle costs in the next, zero for nothing
     * @throws IllegalArgumentException if the days are out of range, the cost or threshold negative or beyond the evidence limit,
     *     or lost points are named without a threshold
     */
    public static RectificationPolicy of(Set<RectificationOrigin> origins, Points lostPointsThreshold, int deadlineDays, Points unresolvedCost) {
        Objects.requireNonNull(origins, "origins must not be null");
        Objects.requireNonNull(unresolvedCost, "unresolvedCost must not be null");
        if (deadlineDays < 1 || deadlineDays > 366) {
            throw new IllegalArgumentException("rectification deadlineDays must lie in [1, 366]; got " + deadlineDays);
        }
        if (unresolvedCost.isNegative() || !unresolvedCost.isWithinEvidenceLimit()) {
            throw new IllegalArgumentException("rectification unresolvedCost must lie in [0, " + Points.EVIDENCE_LIMIT + "]; got " + unresolvedCost);
        }
        if (lostPointsThreshold != null && (!lostPointsThreshold.isPositive() || !lostPointsThreshold.isWithinEvidenceLimit())) {
            throw new IllegalArgumentException("rectification lostPointsThreshold must be positive; got " + lostPointsThreshold);
        }
        if (origins.contains(RectificationOrigin.LOST_POINTS) && lostPointsThreshold == null) {
            throw new IllegalArgumentException("rectification from lost points needs a lostPointsThreshold");
        }
        Set<RectificationOrigin> o = origins.isEmpty() ? EnumSet.noneOf(RectificationOrigin.class) : EnumSet.copyOf(origins);
        o.remove(RectificationOrigin.BY_HAND);
        return new RectificationPolicy(o, lostPointsThreshold, deadlineDays, unresolvedCost);
    }

    /** The findings that become items, in declaration order of {@link RectificationOrigin}. */
    public Set<RectificationOrigin> origins() {
        return origins;
    }

    /** The points an item must lose to become a rectification item, if the plan rectifies lost points. */
    public Optional<Points> lostPointsThreshold() {
        return Optional.ofNullable(lostPointsThreshold);
    }

    /** Calendar days from opening to the due date (the fix is due on or before that day, Asia/Shanghai). */
    public int deadlineDays() {
        return deadlineDays;
    }

    /** What each item unresolved at the end of the cycle costs in the next cycle; zero for nothing. */
    public Points unresolvedCost() {
        return unresolvedCost;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RectificationPolicy)) {
            return false;
        }
        RectificationPolicy p = (RectificationPolicy) o;
        return origins.equals(p.origins) && Objects.equals(lostPointsThreshold, p.lostPointsThreshold) && deadlineDays == p.deadlineDays
                && unresolvedCost.equals(p.unresolvedCost);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origins, lostPointsThreshold, deadlineDays, unresolvedCost);
    }

    @Override
    public String toString() {
        return "RectificationPolicy[from " + origins + (lostPointsThreshold == null ? "" : ", lost points ≥ " + lostPointsThreshold)
                + ", " + deadlineDays + " days, unresolved costs " + unresolvedCost + "]";
    }
}

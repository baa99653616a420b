package org.kaoping.runtime;

import java.util.Objects;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/**
 * A request to override one leaf criterion of one unit to new points, with the reason: what
 * {@link Kaoping#override(String, String, OverrideRequest)} records as a {@link org.kaoping.core.evidence.ScoreOverride}.
 * Built with {@link #of(UnitRef, CriterionRef, Points, String)}, whose typed references keep the unit and the
 * criterion from being swapped:
 * <pre>{@code
 * OverrideRequest.of(UnitRef.of("beihai/hepu"), CriterionRef.of("2.1"), Points.parse("0.5"), "复核后更正")
 * }</pre>
 * Only nulls are refused here; the gate judges the rest (unit known and assessed, criterion a leaf of its rubric,
 * points between zero and the criterion's, reason not blank) and audits a refusal. Immutable.
 */
@API(status = API.Status.STABLE)
public final class OverrideRequest {
    private final UnitRef unit;
    private final CriterionRef criterion;
    private final Points newPoints;
    private final String reason;

    private OverrideRequest(UnitRef unit, CriterionRef criterion, Points newPoints, String reason) {
        this.unit = unit;
        this.criterion = criterion;
        this.newPoints = newPoints;
        this.reason = reason;
    }

    /**
     * A request to set {@code criterion} of {@code unit} to {@code newPoints} because {@code reason}.
     *
     * @param unit the unit whose score is overridden
     * @param criterion the leaf criterion of the unit's rubric to override
     * @param newPoints the points the criterion gets, between zero and its maximum
     * @param reason why, shown in the scorecard's explanation and the audit trail; must not be blank
     * @return the request
     * @throws NullPointerException if an argument is null
     */
    public static OverrideRequest of(UnitRef unit, CriterionRef criterion, Points newPoints, String reason) {
        return new OverrideRequest(Objects.requireNonNull(unit, "unit must not be null"),
                Objects.requireNonNull(criterion, "criterion must not be null"),
                Objects.requireNonNull(newPoints, "newPoints must not be null"),
                Objects.requireNonNull(reason, "reason must not be null"));
    }

    /** The unit whose score is overridden. */
    public UnitRef unit() {
        return unit;
    }

    /** The leaf criterion overridden. */
    public CriterionRef criterion() {
        return criterion;
    }

    /** The points the criterion gets. */
    public Points newPoints() {
        return newPoints;
    }

    /** Why the criterion is overridden. */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof OverrideRequest)) {
            return false;
        }
        OverrideRequest r = (OverrideRequest) o;
        return unit.equals(r.unit) && criterion.equals(r.criterion) && newPoints.equals(r.newPoints) && reason.equals(r.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, criterion, newPoints, reason);
    }

    @Override
    public String toString() {
        return "override " + criterion + " of " + unit + " to " + newPoints + " because " + reason;
    }
}

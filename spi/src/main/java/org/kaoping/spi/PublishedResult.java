package org.kaoping.spi;

import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.points.Points;

/** One unit's published result: its rank within its rubric, total and grade. */
@Value.Immutable
public interface PublishedResult {
    String rubricId();

    String unitId();

    String unitName();

    /** Shared ranks: 1, 2, 2, 4. */
    int rank();

    Points total();

    String grade();

    /** Whether the unit may be commended (评先); false after a veto that excludes it. */
    boolean commendable();

    /**
     * The unit's contribution to the city's performance appraisal (绩效考评) as the plan's
     * {@link org.kaoping.core.plan.AppraisalRule} declares it (e.g. total × weight ÷ 100, rounded half up at its scale);
     * empty if the plan declares none. Added in issue 15; hosts that ignore it are unaffected.
     */
    Optional<Points> appraisalPoints();

    static ImmutablePublishedResult.Builder builder() {
        return ImmutablePublishedResult.builder();
    }
}

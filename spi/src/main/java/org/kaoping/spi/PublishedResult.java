package org.kaoping.spi;

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
     * The categories of the vetoes (一票否决) the unit's incidents triggered, e.g. {@code major-work-safety-accident}; empty
     * when none (issue 17: the organization department reads them beside the unit's leading cadres).
     */
    @org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
    java.util.List<String> vetoes();

    static ImmutablePublishedResult.Builder builder() {
        return ImmutablePublishedResult.builder();
    }
}

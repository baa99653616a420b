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

    static ImmutablePublishedResult.Builder builder() {
        return ImmutablePublishedResult.builder();
    }
}

package org.kaoping.core.plan;

import org.immutables.value.Value;
import org.kaoping.core.points.Points;

/** One grade band: a final total of at least {@link #minimum()} earns {@link #grade()}. */
@Value.Immutable
public interface GradeBand {
    @Value.Parameter
    Grade grade();

    @Value.Parameter
    Points minimum();

    static GradeBand of(Grade grade, Points minimum) {
        return ImmutableGradeBand.of(grade, minimum);
    }
}

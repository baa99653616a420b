package org.kaoping.core.plan;

import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/** One grade band: a final total of at least {@link #minimum()} earns {@link #grade()}. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class GradeBand {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    GradeBand() {}

    @Value.Parameter
    public abstract Grade grade();

    @Value.Parameter
    public abstract Points minimum();

    public static GradeBand of(Grade grade, Points minimum) {
        return ImmutableGradeBand.of(grade, minimum);
    }
}

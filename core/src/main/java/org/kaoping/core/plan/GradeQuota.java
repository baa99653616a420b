package org.kaoping.core.plan;

import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Ratio;

/**
 * A cap on how many units of one rubric may hold a grade, as a share of the units ranked (e.g. 优秀 at most
 * 20 %, rounded down): units beyond it, in ranking order, move to the next grade down.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class GradeQuota {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    GradeQuota() {}

    @Value.Parameter
    public abstract Grade grade();

    @Value.Parameter
    public abstract Ratio maxShare();

    public static GradeQuota of(Grade grade, Ratio maxShare) {
        return ImmutableGradeQuota.of(grade, maxShare);
    }

    @Value.Check
    void check() {
        if (!maxShare().isFraction()) {
            throw new IllegalArgumentException("quota of " + grade() + " must lie in [0, 1]; got " + maxShare());
        }
    }
}

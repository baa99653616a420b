package org.kaoping.core.plan;

import org.immutables.value.Value;
import org.kaoping.core.points.Ratio;

/**
 * A cap on how many units of one rubric may hold a grade, as a share of the units ranked (e.g. 优秀 at most
 * 20 %, rounded down): units beyond it, in ranking order, move to the next grade down.
 */
@Value.Immutable
public interface GradeQuota {
    @Value.Parameter
    Grade grade();

    @Value.Parameter
    Ratio maxShare();

    static GradeQuota of(Grade grade, Ratio maxShare) {
        return ImmutableGradeQuota.of(grade, maxShare);
    }

    @Value.Check
    default void check() {
        if (!maxShare().isFraction()) {
            throw new IllegalArgumentException("quota of " + grade() + " must lie in [0, 1]; got " + maxShare());
        }
    }
}

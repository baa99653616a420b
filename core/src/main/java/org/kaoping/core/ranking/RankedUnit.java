package org.kaoping.core.ranking;

import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.points.Points;

/** One unit's place in a ranking: its rank (shared on ties), final total, grade after quotas and the grade before. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class RankedUnit {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    RankedUnit() {}

    public abstract String unitId();

    /** 1 for the best; units equal on the total and every tie-break share a rank, and the next rank skips (1, 2, 2, 4). */
    public abstract int rank();

    public abstract Points finalTotal();

    /** The grade after quotas. */
    public abstract Grade grade();

    /** The grade by the bands (and vetoes) alone. */
    public abstract Grade gradeBeforeQuota();

    public abstract boolean commendable();

    /** Whether the scorecard was complete; an incomplete one is provisional. */
    public abstract boolean complete();
}

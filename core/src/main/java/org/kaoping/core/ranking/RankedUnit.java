package org.kaoping.core.ranking;

import org.immutables.value.Value;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.points.Points;

/** One unit's place in a ranking: its rank (shared on ties), final total, grade after quotas and the grade before. */
@Value.Immutable
public interface RankedUnit {
    String unitId();

    /** 1 for the best; units equal on the total and every tie-break share a rank, and the next rank skips (1, 2, 2, 4). */
    int rank();

    Points finalTotal();

    /** The grade after quotas. */
    Grade grade();

    /** The grade by the bands (and vetoes) alone. */
    Grade gradeBeforeQuota();

    boolean commendable();

    /** Whether the scorecard was complete; an incomplete one is provisional. */
    boolean complete();
}

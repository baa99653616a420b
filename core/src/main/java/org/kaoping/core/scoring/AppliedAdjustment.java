package org.kaoping.core.scoring;

import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.points.Points;

/** A bonus or penalty category as applied to one unit: what its evidence claimed, the cap, what was granted and the evidence. */
@Value.Immutable
public interface AppliedAdjustment {
    String category();

    AdjustmentRule.Direction direction();

    Points claimed();

    Points cap();

    /** The claim, capped. */
    Points granted();

    List<String> evidenceIds();
}

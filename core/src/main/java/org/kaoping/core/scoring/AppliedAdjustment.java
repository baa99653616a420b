package org.kaoping.core.scoring;

import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.points.Points;

/** A bonus or penalty category as applied to one unit: what its evidence claimed, the cap, what was granted and the evidence. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class AppliedAdjustment {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    AppliedAdjustment() {}

    public abstract String category();

    public abstract AdjustmentRule.Direction direction();

    public abstract Points claimed();

    public abstract Points cap();

    /** The claim, capped. */
    public abstract Points granted();

    public abstract List<String> evidenceIds();
}

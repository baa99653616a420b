package org.kaoping.core.rule;

import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Ratio;

/** One level of a qualitative judgement, e.g. 较好, and the share of the item's points it earns. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class JudgementLevel {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    JudgementLevel() {}

    @Value.Parameter
    public abstract String name();

    /** Share of the item's points, in [0, 1]. */
    @Value.Parameter
    public abstract Ratio share();

    public static JudgementLevel of(String name, Ratio share) {
        return ImmutableJudgementLevel.of(name, share);
    }
}

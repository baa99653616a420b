package org.kaoping.core.rule;

import org.immutables.value.Value;
import org.kaoping.core.points.Ratio;

/** One level of a qualitative judgement, e.g. 较好, and the share of the item's points it earns. */
@Value.Immutable
public interface JudgementLevel {
    @Value.Parameter
    String name();

    /** Share of the item's points, in [0, 1]. */
    @Value.Parameter
    Ratio share();

    static JudgementLevel of(String name, Ratio share) {
        return ImmutableJudgementLevel.of(name, share);
    }
}

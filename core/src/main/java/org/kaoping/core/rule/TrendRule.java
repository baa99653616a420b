package org.kaoping.core.rule;

import org.immutables.value.Value;
import org.kaoping.core.api.API;

/**
 * A year-over-year trend of a metric ("结案率逐年提高", "信访案件逐年下降"); evaluating it needs the
 * previous cycle's value.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class TrendRule implements Rule {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    TrendRule() {}

    /** Which way the metric must move. */
    public enum Direction {
        INCREASE,
        DECREASE
    }

    public abstract String metric();

    public abstract Direction direction();

    public abstract CreditPolicy policy();

    public static TrendRule of(String metric, Direction direction, CreditPolicy policy) {
        return ImmutableTrendRule.builder().metric(metric).direction(direction).policy(policy).build();
    }

    @Override
    public RuleKind kind() {
        return RuleKind.TREND;
    }

    @Override
    public <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitTrend(this);
    }

    @Override
    public String describe() {
        return metric() + (direction() == Direction.INCREASE ? " rises" : " falls") + " year over year, " + policy();
    }
}

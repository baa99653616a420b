package org.kaoping.core.rule;

import org.immutables.value.Value;

/**
 * A year-over-year trend of a metric ("结案率逐年提高", "信访案件逐年下降"); evaluating it needs the
 * previous cycle's value.
 */
@Value.Immutable
public interface TrendRule extends Rule {
    /** Which way the metric must move. */
    enum Direction {
        INCREASE,
        DECREASE
    }

    String metric();

    Direction direction();

    CreditPolicy policy();

    static TrendRule of(String metric, Direction direction, CreditPolicy policy) {
        return ImmutableTrendRule.builder().metric(metric).direction(direction).policy(policy).build();
    }

    @Override
    default RuleKind kind() {
        return RuleKind.TREND;
    }

    @Override
    default <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitTrend(this);
    }

    @Override
    default String describe() {
        return metric() + (direction() == Direction.INCREASE ? " rises" : " falls") + " year over year, " + policy();
    }
}

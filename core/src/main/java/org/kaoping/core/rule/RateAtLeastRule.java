package org.kaoping.core.rule;

import org.immutables.value.Value;
import org.kaoping.core.points.Ratio;

/** A rate of at least a threshold: "参考率不低于98%" is metric {@code exam-participation}, minimum 49/50. */
@Value.Immutable
public interface RateAtLeastRule extends Rule {
    String metric();

    /** The threshold rate, in [0, 1]. */
    Ratio minimum();

    CreditPolicy policy();

    static RateAtLeastRule of(String metric, Ratio minimum, CreditPolicy policy) {
        return ImmutableRateAtLeastRule.builder().metric(metric).minimum(minimum).policy(policy).build();
    }

    @Override
    default RuleKind kind() {
        return RuleKind.RATE_AT_LEAST;
    }

    @Override
    default <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitRateAtLeast(this);
    }

    @Override
    default String describe() {
        return metric() + " rate ≥ " + minimum().toPercentString() + ", " + policy();
    }
}

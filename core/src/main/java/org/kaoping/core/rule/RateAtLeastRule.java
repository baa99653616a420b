package org.kaoping.core.rule;

import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Ratio;

/** A rate of at least a threshold: "参考率不低于98%" is metric {@code exam-participation}, minimum 49/50. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class RateAtLeastRule implements Rule {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    RateAtLeastRule() {}

    public abstract String metric();

    /** The threshold rate, in [0, 1]. */
    public abstract Ratio minimum();

    public abstract CreditPolicy policy();

    public static RateAtLeastRule of(String metric, Ratio minimum, CreditPolicy policy) {
        return ImmutableRateAtLeastRule.builder().metric(metric).minimum(minimum).policy(policy).build();
    }

    @Override
    public RuleKind kind() {
        return RuleKind.RATE_AT_LEAST;
    }

    @Override
    public <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitRateAtLeast(this);
    }

    @Override
    public String describe() {
        return metric() + " rate ≥ " + minimum().toPercentString() + ", " + policy();
    }
}

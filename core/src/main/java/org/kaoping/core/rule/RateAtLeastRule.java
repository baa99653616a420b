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

    /**
     * The key of a target the higher level sets each year (上级指标要求), e.g. {@code safe-unit-rate}: when present the
     * threshold is the plan's target of that key for the year ({@code ReviewSettings#target}) and {@link #minimum()} is
     * not used; without a target for the year the rule has no input (the item is not met, and the explanation says why).
     */
    @API(status = API.Status.EXPERIMENTAL)
    @Value.Default
    public java.util.Optional<String> targetKey() {
        return java.util.Optional.empty(); // not abstract: adding it keeps the STABLE class source-compatible
    }

    /** A rate of at least the higher level's target {@code targetKey} of the year (上级指标要求). */
    @API(status = API.Status.EXPERIMENTAL)
    public static RateAtLeastRule ofTarget(String metric, String targetKey, CreditPolicy policy) {
        return ImmutableRateAtLeastRule.builder().metric(metric).minimum(Ratio.ONE).targetKey(java.util.Optional.of(targetKey)).policy(policy).build();
    }

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
        return metric() + " rate ≥ " + (targetKey().isPresent() ? "the higher level's target [" + targetKey().get() + "]"
                : minimum().toPercentString()) + ", " + policy();
    }
}

package org.kaoping.core.rule;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.kaoping.core.api.API;

/**
 * At least a minimum amount of a metric per period: "每年参加依法行政培训不少于2次" is metric
 * {@code administrative-law-training}, minimum 2, unit 次, period {@link Period#YEAR}.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class AtLeastRule implements Rule {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    AtLeastRule() {}

    /** The metric key evidence is reported under. */
    public abstract String metric();

    public abstract BigDecimal minimum();

    /** The unit as the source writes it: 次, 学时, 天. */
    public abstract String unit();

    public abstract Period period();

    public abstract CreditPolicy policy();

    public static AtLeastRule of(String metric, BigDecimal minimum, String unit, Period period, CreditPolicy policy) {
        return ImmutableAtLeastRule.builder().metric(metric).minimum(minimum).unit(unit).period(period)
                .policy(policy).build();
    }

    @Override
    public RuleKind kind() {
        return RuleKind.AT_LEAST;
    }

    @Override
    public <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitAtLeast(this);
    }

    @Override
    public String describe() {
        return metric() + " ≥ " + minimum().stripTrailingZeros().toPlainString() + unit() + " per "
                + period().name().toLowerCase(java.util.Locale.ROOT) + ", " + policy();
    }
}

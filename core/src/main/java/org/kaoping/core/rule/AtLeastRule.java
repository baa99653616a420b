package org.kaoping.core.rule;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * At least a minimum amount of a metric per period: "每年参加依法行政培训不少于2次" is metric
 * {@code administrative-law-training}, minimum 2, unit 次, period {@link Period#YEAR}.
 */
@Value.Immutable
public interface AtLeastRule extends Rule {
    /** The metric key evidence is reported under. */
    String metric();

    BigDecimal minimum();

    /** The unit as the source writes it: 次, 学时, 天. */
    String unit();

    Period period();

    CreditPolicy policy();

    static AtLeastRule of(String metric, BigDecimal minimum, String unit, Period period, CreditPolicy policy) {
        return ImmutableAtLeastRule.builder().metric(metric).minimum(minimum).unit(unit).period(period)
                .policy(policy).build();
    }

    @Override
    default RuleKind kind() {
        return RuleKind.AT_LEAST;
    }

    @Override
    default <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitAtLeast(this);
    }

    @Override
    default String describe() {
        return metric() + " ≥ " + minimum().stripTrailingZeros().toPlainString() + unit() + " per "
                + period().name().toLowerCase(java.util.Locale.ROOT) + ", " + policy();
    }
}

package org.kaoping.core.evidence;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.api.API;

/**
 * A measured amount of a metric for a period: "3 training sessions in March" ({@code value} 3, unit 次),
 * or a rate as a count out of a base ("490 of 500 sat the exam": {@code value} 490, {@code outOf} 500).
 * Its key is the metric key a rule names.
 *
 * <p>Values hold at most {@value #SCALE} decimal places so that scoring compares them as whole numbers.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class MetricValue extends Evidence {
    /**
     * For the generated implementation and for a host's own deliberate view of its stored records (such as
     * the benchmarks' compact facts); values made by {@link #builder()} are validated, subclasses answer for
     * their own values.
     */
    protected MetricValue() {}

    /** Decimal places a value may carry. */
    public static final int SCALE = 6;

    public abstract BigDecimal value();

    /** The unit as the source writes it: 次, 学时, 件. */
    public abstract String unit();

    /** The base of a rate, when the value is a count out of it. */
    public abstract Optional<BigDecimal> outOf();

    /** {@link #value()} in millionths, computed once. */
    @Value.Derived
    @Value.Auxiliary
    public long scaledValue() {
        return scale(value(), "value");
    }

    /** {@link #outOf()} in millionths, or one million (a base of 1) when absent. */
    @Value.Derived
    @Value.Auxiliary
    public long scaledOutOf() {
        return outOf().isPresent() ? scale(outOf().get(), "outOf") : 1_000_000L;
    }

    @Override
    public EvidenceKind kind() {
        return EvidenceKind.METRIC_VALUE;
    }

    @Override
    public <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitMetricValue(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link MetricValue}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableMetricValue.Builder {
        Builder() {}
    }

    /** {@code v} in millionths; exact. */
    public static long scale(BigDecimal v, String field) {
        try {
            return v.movePointRight(SCALE).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("metric " + field + " " + v.toPlainString() + " has more than "
                    + SCALE + " decimal places or is out of range");
        }
    }

    @Value.Check
    void check() {
        EvidenceChecks.common(this);
        if (value().signum() < 0) {
            EvidenceChecks.fail(this, "value must not be negative; got " + value().toPlainString());
        }
        if (outOf().isPresent() && outOf().get().signum() <= 0) {
            EvidenceChecks.fail(this, "outOf must be positive; got " + outOf().get().toPlainString());
        }
        if (outOf().isPresent() && value().compareTo(outOf().get()) > 0) {
            EvidenceChecks.fail(this, "value " + value().toPlainString() + " exceeds its base " + outOf().get().toPlainString());
        }
    }
}

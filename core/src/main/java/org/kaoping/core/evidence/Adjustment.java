package org.kaoping.core.evidence;

import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/**
 * A claim for a bonus (加分) or a penalty (扣分) outside the rubric's items: its key is the adjustment
 * category the assessment plan declares (with its direction and cap), e.g. {@code national-commendation}.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class Adjustment extends Evidence {
    /**
     * For the generated implementation and for a host's own deliberate view of its stored records (such as
     * the benchmarks' compact facts); values made by {@link #builder()} are validated, subclasses answer for
     * their own values.
     */
    protected Adjustment() {}

    /** The amount claimed, positive; the plan's category says whether it adds or subtracts. */
    public abstract Points points();

    public abstract String reason();

    @Override
    public EvidenceKind kind() {
        return EvidenceKind.ADJUSTMENT;
    }

    @Override
    public <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitAdjustment(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Adjustment}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableAdjustment.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        EvidenceChecks.common(this);
        if (!points().isPositive()) {
            EvidenceChecks.fail(this, "adjustment must be positive; got " + points());
        }
    }
}

package org.kaoping.core.evidence;

import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/**
 * A finding that deducts points from a criterion (扣分): a spot-check finding, or the declared effect of a
 * missed obligation. Its key is the criterion id; on a criterion with children, the deduction is taken
 * from its leaves in order, each down to zero (扣完为止).
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class Deduction extends Evidence {
    /**
     * For the generated implementation and for a host's own deliberate view of its stored records (such as
     * the benchmarks' compact facts); values made by {@link #builder()} are validated, subclasses answer for
     * their own values.
     */
    protected Deduction() {}

    public abstract Points points();

    public abstract String reason();

    @Override
    public EvidenceKind kind() {
        return EvidenceKind.DEDUCTION;
    }

    @Override
    public <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitDeduction(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Deduction}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableDeduction.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        EvidenceChecks.common(this);
        if (!points().isPositive()) {
            EvidenceChecks.fail(this, "deduction must be positive; got " + points());
        }
    }
}

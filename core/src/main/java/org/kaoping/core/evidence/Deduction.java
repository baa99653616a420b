package org.kaoping.core.evidence;

import org.immutables.value.Value;
import org.kaoping.core.points.Points;

/**
 * A finding that deducts points from a criterion (扣分): a spot-check finding, or the declared effect of a
 * missed obligation. Its key is the criterion id; on a criterion with children, the deduction is taken
 * from its leaves in order, each down to zero (扣完为止).
 */
@Value.Immutable
public interface Deduction extends Evidence {
    Points points();

    String reason();

    @Override
    default EvidenceKind kind() {
        return EvidenceKind.DEDUCTION;
    }

    @Override
    default <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitDeduction(this);
    }

    static ImmutableDeduction.Builder builder() {
        return ImmutableDeduction.builder();
    }

    @Value.Check
    default void check() {
        EvidenceChecks.common(this);
        if (!points().isPositive()) {
            EvidenceChecks.fail(this, "deduction must be positive; got " + points());
        }
    }
}

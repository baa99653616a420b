package org.kaoping.core.evidence;

import org.immutables.value.Value;
import org.kaoping.core.points.Points;

/**
 * A claim for a bonus (加分) or a penalty (扣分) outside the rubric's items: its key is the adjustment
 * category the assessment plan declares (with its direction and cap), e.g. {@code national-commendation}.
 */
@Value.Immutable
public interface Adjustment extends Evidence {
    /** The amount claimed, positive; the plan's category says whether it adds or subtracts. */
    Points points();

    String reason();

    @Override
    default EvidenceKind kind() {
        return EvidenceKind.ADJUSTMENT;
    }

    @Override
    default <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitAdjustment(this);
    }

    static ImmutableAdjustment.Builder builder() {
        return ImmutableAdjustment.builder();
    }

    @Value.Check
    default void check() {
        EvidenceChecks.common(this);
        if (!points().isPositive()) {
            EvidenceChecks.fail(this, "adjustment must be positive; got " + points());
        }
    }
}

package org.kaoping.core.evidence;

import org.immutables.value.Value;

/**
 * An assessor's statement that a criterion does not apply to the unit (不适用), with the reason; its key is
 * the criterion id. The criterion's points leave the denominator and the total is rescaled.
 */
@Value.Immutable
public interface NotApplicableMark extends Evidence {
    String reason();

    @Override
    default EvidenceKind kind() {
        return EvidenceKind.NOT_APPLICABLE;
    }

    @Override
    default <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitNotApplicable(this);
    }

    static ImmutableNotApplicableMark.Builder builder() {
        return ImmutableNotApplicableMark.builder();
    }

    @Value.Check
    default void check() {
        EvidenceChecks.common(this);
        EvidenceChecks.blank(reason(), "reason", this);
    }
}

package org.kaoping.core.evidence;

import java.util.List;
import org.immutables.value.Value;

/**
 * Whether one requirement of a checklist criterion is met: its key is the criterion id, the
 * requirement is its 1-based position in the rule's list, with the documents that show it.
 */
@Value.Immutable
public interface ChecklistTick extends Evidence {
    /** 1-based position in the checklist rule's requirements. */
    int requirement();

    boolean met();

    /** Ids of {@link DocumentRef}s that support the tick. */
    List<String> documentIds();

    @Override
    default EvidenceKind kind() {
        return EvidenceKind.CHECKLIST_TICK;
    }

    @Override
    default <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitChecklistTick(this);
    }

    static ImmutableChecklistTick.Builder builder() {
        return ImmutableChecklistTick.builder();
    }

    @Value.Check
    default void check() {
        EvidenceChecks.common(this);
        if (requirement() < 1) {
            EvidenceChecks.fail(this, "requirement is 1-based; got " + requirement());
        }
    }
}

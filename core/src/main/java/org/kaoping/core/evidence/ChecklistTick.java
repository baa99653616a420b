package org.kaoping.core.evidence;

import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.api.API;

/**
 * Whether one requirement of a checklist criterion is met: its key is the criterion id, the
 * requirement is its 1-based position in the rule's list, with the documents that show it.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class ChecklistTick extends Evidence {
    /**
     * For the generated implementation and for a host's own deliberate view of its stored records (such as
     * the benchmarks' compact facts); values made by {@link #builder()} are validated, subclasses answer for
     * their own values.
     */
    protected ChecklistTick() {}

    /** 1-based position in the checklist rule's requirements. */
    public abstract int requirement();

    public abstract boolean met();

    /** Ids of {@link DocumentRef}s that support the tick. */
    public abstract List<String> documentIds();

    @Override
    public EvidenceKind kind() {
        return EvidenceKind.CHECKLIST_TICK;
    }

    @Override
    public <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitChecklistTick(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link ChecklistTick}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableChecklistTick.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        EvidenceChecks.common(this);
        if (requirement() < 1) {
            EvidenceChecks.fail(this, "requirement is 1-based; got " + requirement());
        }
    }
}

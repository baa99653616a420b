package org.kaoping.core.evidence;

import org.immutables.value.Value;
import org.kaoping.core.api.API;

/**
 * An assessor's statement that a criterion does not apply to the unit (不适用), with the reason; its key is
 * the criterion id. The criterion's points leave the denominator and the total is rescaled.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class NotApplicableMark extends Evidence {
    /**
     * For the generated implementation and for a host's own deliberate view of its stored records (such as
     * the benchmarks' compact facts); values made by {@link #builder()} are validated, subclasses answer for
     * their own values.
     */
    protected NotApplicableMark() {}

    public abstract String reason();

    @Override
    public EvidenceKind kind() {
        return EvidenceKind.NOT_APPLICABLE;
    }

    @Override
    public <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitNotApplicable(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link NotApplicableMark}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableNotApplicableMark.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        EvidenceChecks.common(this);
        EvidenceChecks.blank(reason(), "reason", this);
    }
}

package org.kaoping.core.evidence;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.kaoping.core.api.API;

/**
 * Something that happened and should not have ("无…发生"): its key is the incident category a
 * no-incident rule or a veto names, with the date, severity and a description.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class Incident extends Evidence {
    /**
     * For the generated implementation and for a host's own deliberate view of its stored records (such as
     * the benchmarks' compact facts); values made by {@link #builder()} are validated, subclasses answer for
     * their own values.
     */
    protected Incident() {}

    public abstract LocalDate date();

    public abstract IncidentSeverity severity();

    public abstract String description();

    @Override
    public EvidenceKind kind() {
        return EvidenceKind.INCIDENT;
    }

    @Override
    public <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitIncident(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Incident}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableIncident.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        EvidenceChecks.common(this);
    }
}

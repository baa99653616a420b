package org.kaoping.core.evidence;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Something that happened and should not have ("无…发生"): its key is the incident category a
 * no-incident rule or a veto names, with the date, severity and a description.
 */
@Value.Immutable
public interface Incident extends Evidence {
    LocalDate date();

    IncidentSeverity severity();

    String description();

    @Override
    default EvidenceKind kind() {
        return EvidenceKind.INCIDENT;
    }

    @Override
    default <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitIncident(this);
    }

    static ImmutableIncident.Builder builder() {
        return ImmutableIncident.builder();
    }

    @Value.Check
    default void check() {
        EvidenceChecks.common(this);
    }
}

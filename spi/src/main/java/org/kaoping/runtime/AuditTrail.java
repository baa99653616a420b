package org.kaoping.runtime;

import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.AssessmentStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kaoping.core.evidence.Evidence;

/**
 * Writes the runtime's audit events to the {@link AssessmentStore}: it owns how an event is stamped (the
 * runtime's clock, optional actor unit, unit and subject) and how a refusal is both audited and turned into
 * an {@link EvidenceRefusedException}, so that every collaborator of {@link Kaoping} audits the same way.
 * Immutable; thread-safe because the store is thread-safe by contract.
 */
final class AuditTrail {
    private final AssessmentStore store;
    private final Clock clock;

    AuditTrail(AssessmentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void audit(String actor, String actorUnitId, AuditEvent.Action action, String unitId, String subject, String detail) {
        audit(event(actor, actorUnitId, action, unitId, subject, detail));
    }

    void audit(AuditEvent event) {
        store.audit(event);
    }

    void auditAll(List<AuditEvent> events) {
        store.auditAll(events);
    }

    AuditEvent event(String actor, String actorUnitId, AuditEvent.Action action, String unitId, String subject, String detail) {
        return AuditEvent.builder().at(clock.instant()).actor(actor).actorUnitId(Optional.ofNullable(actorUnitId))
                .action(action).unitId(Optional.ofNullable(unitId)).subject(Optional.ofNullable(subject)).detail(detail).build();
    }

    /** Audits the refusal of {@code e} as {@code EVIDENCE_REFUSED} and returns the exception to throw. */
    EvidenceRefusedException refuse(String actor, String actorUnitId, Evidence e, String reason) {
        EvidenceRefusedException x = new EvidenceRefusedException(e.id(), e.unitId(), actor, actorUnitId, reason);
        audit(actor, actorUnitId, AuditEvent.Action.EVIDENCE_REFUSED, e.unitId(), e.id(), x.getMessage());
        return x;
    }
}

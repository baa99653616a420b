package org.kaoping.runtime;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;

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
        return refuse(actor, actorUnitId, e.id(), e.unitId(), reason);
    }

    /**
     * Audits the refusal of evidence {@code evidenceId} about {@code unitId} as {@code EVIDENCE_REFUSED} and returns
     * the exception to throw. The actor is stored escaped ({@link org.kaoping.core.delegation.IdRule#escape}), so that
     * a refused actor with a line break or a bidirectional control never reaches the trail as it is.
     */
    EvidenceRefusedException refuse(String actor, String actorUnitId, String evidenceId, String unitId, String reason) {
        String a = safe(actor);
        String u = actorUnitId == null ? null : safe(actorUnitId);
        EvidenceRefusedException x = new EvidenceRefusedException(safe(evidenceId), safe(unitId), a, u, reason);
        audit(a, u, AuditEvent.Action.EVIDENCE_REFUSED, safe(unitId), safe(evidenceId), x.getMessage());
        return x;
    }

    private static String safe(String s) {
        String e = org.kaoping.core.delegation.IdRule.escape(s);
        return e.trim().isEmpty() ? "[empty]" : e;
    }
}

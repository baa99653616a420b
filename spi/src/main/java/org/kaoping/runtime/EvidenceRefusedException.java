package org.kaoping.runtime;

import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;

/**
 * Thrown when the runtime's one gate refuses evidence, an override, a claim decision or an imported batch: an id
 * or actor breaking the id rule, an unknown unit, a filer the delegation matrix does not allow, or evidence that does
 * not fit the plan (see {@code docs/gate.md}): {@code Evidence [e-17] about unit [yinhai] refused for
 * actor 张三 of unit [haicheng]: a unit submits SELF evidence only about itself}. The refusal is audited
 * as {@link org.kaoping.spi.AuditEvent.Action#EVIDENCE_REFUSED} and nothing is stored.
 */
@API(status = API.Status.STABLE)
public final class EvidenceRefusedException extends RefusedInputException {
    private static final long serialVersionUID = 1L;

    private final String evidenceId;
    private final String unitId;
    private final String reason;

    EvidenceRefusedException(String evidenceId, String unitId, String actor, String actorUnitId, String reason) {
        super("Evidence [" + evidenceId + "] about unit [" + unitId + "] refused for actor " + actor
                + (actorUnitId == null ? "" : " of unit [" + actorUnitId + "]") + ": " + reason);
        this.evidenceId = evidenceId;
        this.unitId = unitId;
        this.reason = reason;
    }

    /** The refused evidence's id. */
    public String evidenceId() {
        return evidenceId;
    }

    /** The unit the evidence is about. */
    public String unitId() {
        return unitId;
    }

    /** Why it was refused, without the ids. */
    public String reason() {
        return reason;
    }
}

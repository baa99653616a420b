package org.kaoping.core.evidence;

import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;

/** Thrown when two different pieces of evidence about one unit share an id. */
@API(status = API.Status.STABLE)
public final class DuplicateEvidenceException extends RefusedInputException {
    private static final long serialVersionUID = 1L;

    private final String unitId;
    private final String evidenceId;

    DuplicateEvidenceException(String unitId, String id) {
        super("Evidence id [" + id + "] is used twice for unit [" + unitId + "] with different content");
        this.unitId = unitId;
        this.evidenceId = id;
    }

    /** The unit both pieces of evidence are about. */
    public String unitId() {
        return unitId;
    }

    /** The id they share. */
    public String evidenceId() {
        return evidenceId;
    }
}

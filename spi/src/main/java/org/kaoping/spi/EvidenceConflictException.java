package org.kaoping.spi;

import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;

/** Thrown when evidence is submitted under an id the store already holds with different content; nothing is stored. */
@API(status = API.Status.STABLE)
public final class EvidenceConflictException extends RefusedInputException {
    private static final long serialVersionUID = 1L;

    private final String evidenceId;

    public EvidenceConflictException(String evidenceId) {
        super("Evidence [" + evidenceId + "] is already stored with different content; evidence is append-only, "
                + "so submit a correction under a new id");
        this.evidenceId = evidenceId;
    }

    public String evidenceId() {
        return evidenceId;
    }
}

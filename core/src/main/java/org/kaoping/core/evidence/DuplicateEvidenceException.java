package org.kaoping.core.evidence;

import org.kaoping.core.KaopingException;

/** Thrown when two different pieces of evidence about one unit share an id. */
public final class DuplicateEvidenceException extends KaopingException {
    private static final long serialVersionUID = 1L;

    DuplicateEvidenceException(String unitId, String id) {
        super("Evidence id [" + id + "] is used twice for unit [" + unitId + "] with different content");
    }
}

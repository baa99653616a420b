package org.kaoping.core.org;

import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;

/** Thrown when org units do not form a tree: a duplicate id, a dangling reference or a cycle. */
@API(status = API.Status.STABLE)
public final class OrgTreeException extends RefusedInputException {
    private static final long serialVersionUID = 1L;

    OrgTreeException(String message) {
        super(message);
    }
}

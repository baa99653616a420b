package org.kaoping.core.org;

import org.kaoping.core.KaopingException;

/** Thrown when org units do not form a tree: a duplicate id, a dangling reference or a cycle. */
public final class OrgTreeException extends KaopingException {
    private static final long serialVersionUID = 1L;

    OrgTreeException(String message) {
        super(message);
    }
}

package org.kaoping.core.org;

import org.kaoping.core.KaopingException;

/** Thrown when an org unit id is looked up that the tree does not hold. */
public final class UnknownOrgUnitException extends KaopingException {
    private static final long serialVersionUID = 1L;

    private final String unitId;

    UnknownOrgUnitException(String unitId) {
        super("Unknown org unit [" + unitId + "]");
        this.unitId = unitId;
    }

    public String unitId() {
        return unitId;
    }
}

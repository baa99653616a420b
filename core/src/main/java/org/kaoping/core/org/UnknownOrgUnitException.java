package org.kaoping.core.org;

import org.kaoping.core.UnitNotAssessedException;
import org.kaoping.core.api.API;

/**
 * Thrown when an org unit id is looked up that the tree does not hold; a unit Kaoping does not know is not
 * assessed either, so this is a {@link UnitNotAssessedException} whose {@link #reason()} says so.
 */
@API(status = API.Status.STABLE)
public final class UnknownOrgUnitException extends UnitNotAssessedException {
    private static final long serialVersionUID = 1L;

    /** The {@link #reason()} of every instance. */
    public static final String NOT_IN_TREE = "the org tree has no such unit";

    UnknownOrgUnitException(String unitId) {
        super(unitId, NOT_IN_TREE, "Unknown org unit [" + unitId + "]");
    }
}

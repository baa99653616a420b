package org.kaoping.core;

import org.kaoping.core.api.API;

/**
 * A score, rank or other result was asked for a unit that the plan does not assess (a kind or unit declared
 * not assessed, or a unit without a rubric). The unit id and the plan's reason are accessors.
 */
@API(status = API.Status.STABLE)
public class UnitNotAssessedException extends KaopingException {
    private static final long serialVersionUID = 1L;

    private final String unitId;
    private final String reason;

    public UnitNotAssessedException(String unitId, String reason) {
        this(unitId, reason, "Unit [" + unitId + "] is not assessed: " + reason);
    }

    /** For subclasses that word the message themselves; it should still name the unit and the reason. */
    protected UnitNotAssessedException(String unitId, String reason, String message) {
        super(message);
        this.unitId = unitId;
        this.reason = reason;
    }

    /** The unit asked for. */
    public String unitId() {
        return unitId;
    }

    /** Why the plan does not assess it. */
    public String reason() {
        return reason;
    }
}

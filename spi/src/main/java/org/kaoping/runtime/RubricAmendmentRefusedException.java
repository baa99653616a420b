package org.kaoping.runtime;

import java.util.Objects;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;

/**
 * The refusal of an ad-hoc deployment ({@link Kaoping#amendRubric}): the acting unit may not amend the plan's rubrics,
 * or the amendment does not fit the plan. Nothing is amended; the refusal is audited as
 * {@code RUBRIC_AMENDMENT_REFUSED}.
 */
@API(status = API.Status.EXPERIMENTAL)
public class RubricAmendmentRefusedException extends RefusedInputException {
    private static final long serialVersionUID = 1L;

    private final String planId;
    private final String actorUnitId;
    private final String reason;

    RubricAmendmentRefusedException(String planId, String actorUnitId, String reason) {
        super("Refused to amend the rubrics of plan [" + planId + "] for unit [" + actorUnitId + "]: " + reason);
        this.planId = Objects.requireNonNull(planId);
        this.actorUnitId = Objects.requireNonNull(actorUnitId);
        this.reason = Objects.requireNonNull(reason);
    }

    /** @return the plan whose rubrics were to be amended */
    public String planId() {
        return planId;
    }

    /** @return the unit the actor acted for */
    public String actorUnitId() {
        return actorUnitId;
    }

    /** @return why the amendment was refused */
    public String reason() {
        return reason;
    }
}

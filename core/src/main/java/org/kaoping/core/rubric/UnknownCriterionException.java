package org.kaoping.core.rubric;

import org.kaoping.core.ConfigurationException;
import org.kaoping.core.api.API;

/** Thrown when a criterion id is looked up that a rubric does not hold: a plan or obligation effect names a criterion its rubric lacks. */
@API(status = API.Status.STABLE)
public final class UnknownCriterionException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    private final String rubricId;
    private final String criterionId;

    UnknownCriterionException(String rubricId, String criterionId) {
        super("Unknown criterion [" + criterionId + "] in rubric [" + rubricId + "]");
        this.rubricId = rubricId;
        this.criterionId = criterionId;
    }

    /** The rubric that was asked. */
    public String rubricId() {
        return rubricId;
    }

    /** The criterion id it does not hold. */
    public String criterionId() {
        return criterionId;
    }
}

package org.kaoping.core.rubric;

import org.kaoping.core.KaopingException;

/** Thrown when a criterion id is looked up that a rubric does not hold. */
public final class UnknownCriterionException extends KaopingException {
    private static final long serialVersionUID = 1L;

    UnknownCriterionException(String rubricId, String criterionId) {
        super("Unknown criterion [" + criterionId + "] in rubric [" + rubricId + "]");
    }
}

package org.kaoping.core.scoring;

import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;

/** Thrown when evidence cannot be scored as given, e.g. a judgement level the rule does not list; names unit, criterion and evidence. */
@API(status = API.Status.STABLE)
public final class ScoringException extends RefusedInputException {
    private static final long serialVersionUID = 1L;

    public ScoringException(String message) {
        super(message);
    }

    /** Evidence that could not be scored because {@code cause} was thrown, e.g. by a custom rule evaluator. */
    public ScoringException(String message, Throwable cause) {
        super(message, cause);
    }
}

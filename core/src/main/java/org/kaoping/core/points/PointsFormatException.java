package org.kaoping.core.points;

import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;

/** Thrown when text is not a valid points value or ratio; the message quotes the text. */
@API(status = API.Status.STABLE)
public final class PointsFormatException extends RefusedInputException {
    private static final long serialVersionUID = 1L;

    PointsFormatException(String message) {
        super(message);
    }
}

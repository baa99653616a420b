package org.kaoping.core.points;

import org.kaoping.core.KaopingException;

/** Thrown when text is not a valid points value or ratio; the message quotes the text. */
public final class PointsFormatException extends KaopingException {
    private static final long serialVersionUID = 1L;

    PointsFormatException(String message) {
        super(message);
    }
}

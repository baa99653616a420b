package org.kaoping.core;

import org.kaoping.core.api.API;

/**
 * Input from outside was refused and nothing of it was stored: evidence or an override the gate does not
 * accept, a file that does not parse or breaks a declared limit, an act outside its window. The message names
 * the input (file and line, field, or id) and what was expected; subclasses carry those as accessors.
 */
@API(status = API.Status.STABLE)
public class RefusedInputException extends KaopingException {
    private static final long serialVersionUID = 1L;

    public RefusedInputException(String message) {
        super(message);
    }

    public RefusedInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

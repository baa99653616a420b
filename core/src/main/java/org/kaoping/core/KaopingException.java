package org.kaoping.core;

import org.kaoping.core.api.API;

/**
 * The root of the exceptions Kaoping throws for what happens in an assessment: unchecked, with a message that
 * quotes the bad value and says what was expected. Its four kinds are {@link ConfigurationException} (set up
 * wrongly), {@link RefusedInputException} (input refused, nothing stored), {@link UnitNotAssessedException} and
 * {@link StoreException} (a store failed); the other subclasses belong to one of these or name a condition of
 * their own. A caller's mistake in using the API (a null or out-of-range argument) is an
 * {@link IllegalArgumentException} or {@link NullPointerException}, as in the JDK and Guava, and is not
 * wrapped.
 */
@API(status = API.Status.STABLE)
public class KaopingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KaopingException(String message) {
        super(message);
    }

    public KaopingException(String message, Throwable cause) {
        super(message, cause);
    }
}

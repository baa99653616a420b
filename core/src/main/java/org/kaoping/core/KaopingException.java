package org.kaoping.core;

import org.kaoping.core.api.API;

/**
 * The root of the exceptions Kaoping throws for what happens in an assessment: unchecked, with a message that
 * quotes the bad value and says what was expected. Its four kinds are {@link ConfigurationException} (set up
 * wrongly), {@link RefusedInputException} (input refused, nothing stored), {@link UnitNotAssessedException} and
 * {@link StoreException} (a store failed); every other subclass belongs to one of these, except two conditions
 * of their own that a caller handles apart: some units of a batch failed ({@code UnitsFailedException}, its cause
 * the first failure) and a result sink failed ({@code PublicationFailedException}). The bare root is never thrown.
 *
 * <p>Not wrapped, as in the JDK and Guava: a caller's mistake in using the API (a null or out-of-range argument,
 * a call in the wrong state) is an {@link IllegalArgumentException}, {@link NullPointerException} or
 * {@link IllegalStateException}, documented with {@code @throws}; arithmetic on points that leaves their declared
 * range is an {@link ArithmeticException}; writing an export or report file that cannot be written is an
 * {@link java.io.UncheckedIOException}. See {@code docs/naming.md}.
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

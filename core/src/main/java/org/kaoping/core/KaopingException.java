package org.kaoping.core;

/**
 * The root of every exception Kaoping throws: unchecked, with a message that quotes the bad value
 * and says what was expected.
 */
public class KaopingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KaopingException(String message) {
        super(message);
    }

    public KaopingException(String message, Throwable cause) {
        super(message, cause);
    }
}

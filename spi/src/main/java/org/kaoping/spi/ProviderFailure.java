package org.kaoping.spi;

import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * A provider that discovery found registered but could not use: the class named in its
 * {@code META-INF/services} file and what went wrong (class not found, constructor threw, not a subtype,
 * linkage error, or {@code id()} failed or was blank).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE)
public final class ProviderFailure {
    private final String className;
    private final Throwable cause;

    ProviderFailure(String className, Throwable cause) {
        this.className = Objects.requireNonNull(className, "className must not be null");
        this.cause = Objects.requireNonNull(cause, "cause must not be null");
    }

    /**
     * The provider's class name as registered, or {@code "<unknown>"} when the service loader's error did
     * not name it (e.g. an unreadable services file).
     */
    public String className() {
        return className;
    }

    /** The underlying error: the exception a constructor threw, a {@code ClassNotFoundException}, and so on. */
    public Throwable cause() {
        return cause;
    }

    /** {@code com.example.Broken: IllegalStateException: no config}. */
    @Override
    public String toString() {
        String message = cause.getMessage();
        return className + ": " + cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}

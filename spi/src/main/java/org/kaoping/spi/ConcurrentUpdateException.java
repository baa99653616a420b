package org.kaoping.spi;

import org.kaoping.core.StoreException;
import org.kaoping.core.api.API;

/**
 * Thrown when a scorecard is written with an expected version that is not the stored one: someone else
 * wrote it first. Nothing is written; reload and retry.
 */
@API(status = API.Status.STABLE)
public final class ConcurrentUpdateException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final long expectedVersion;
    private final long actualVersion;

    public ConcurrentUpdateException(String what, long expectedVersion, long actualVersion) {
        super("Concurrent update of " + what + ": expected version " + expectedVersion + ", but the store holds version "
                + actualVersion);
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}

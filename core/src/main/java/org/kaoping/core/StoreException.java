package org.kaoping.core;

import org.kaoping.core.api.API;

/**
 * An assessment store failed to read or write: an I/O or database failure, a damaged or closed store, a
 * concurrent update. What was stored before the failure is unchanged; the message names the store (file or
 * table) and the cause is kept.
 */
@API(status = API.Status.STABLE)
public class StoreException extends KaopingException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

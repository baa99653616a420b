package org.kaoping.plugin.journal;

import org.kaoping.core.StoreException;
import org.kaoping.core.api.API;

/**
 * A {@link Journal} could not do what was asked: an I/O failure, or a journal that is closed or was
 * made unusable by an earlier failure. The message names the journal file.
 */
@API(status = API.Status.STABLE)
public class JournalException extends StoreException {
    private static final long serialVersionUID = 1L;

    public JournalException(String message) {
        super(message);
    }

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}

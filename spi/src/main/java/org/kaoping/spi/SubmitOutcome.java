package org.kaoping.spi;

import org.kaoping.core.api.API;

/** What a store did with one submitted piece of evidence. */
@API(status = API.Status.STABLE)
public enum SubmitOutcome {
    /** Stored now. */
    ADDED,
    /** An identical record with the same id was already stored; nothing changed. */
    DUPLICATE
}

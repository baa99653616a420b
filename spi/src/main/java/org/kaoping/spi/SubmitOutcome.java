package org.kaoping.spi;

/** What a store did with one submitted piece of evidence. */
public enum SubmitOutcome {
    /** Stored now. */
    ADDED,
    /** An identical record with the same id was already stored; nothing changed. */
    DUPLICATE
}

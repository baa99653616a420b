package org.kaoping.spi;

/**
 * A host system that produces evidence (documents, metric values, incidents, ratings, self-reports),
 * read incrementally from an opaque cursor so that each import picks up only what is new.
 *
 * <p>Registered in {@code META-INF/services/org.kaoping.spi.EvidenceSource}, or wired explicitly. Must be
 * thread-safe. The same cursor must yield the same evidence (ids stable), so that a repeated import is
 * harmless: the store treats a re-submitted identical record as a duplicate, not an error.
 */
public interface EvidenceSource extends KaopingProvider {
    /** The cursor that starts from the beginning. */
    String START = "";

    /**
     * Evidence recorded after {@code cursor}, at most {@code limit} items.
     *
     * @param cursor {@link #START} or a {@link EvidenceBatch#nextCursor()} this source returned
     * @throws org.kaoping.core.KaopingException naming the file, line or record for unreadable input;
     *     nothing of a refused batch is returned
     */
    EvidenceBatch fetch(String cursor, int limit);
}

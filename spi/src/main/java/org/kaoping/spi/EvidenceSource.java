package org.kaoping.spi;

import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;

/**
 * A host system that produces evidence (documents, metric values, incidents, ratings, self-reports),
 * read incrementally from an opaque cursor so that each import picks up only what is new.
 *
 * <p>Registered in {@code META-INF/services/org.kaoping.spi.EvidenceSource}, or wired explicitly. Must be
 * thread-safe. The same cursor must yield the same evidence (ids stable), so that a repeated import is
 * harmless: the store treats a re-submitted identical record as a duplicate, not an error.
 */
@API(status = API.Status.STABLE)
public interface EvidenceSource extends KaopingProvider {
    /** The cursor that starts from the beginning. */
    String START = "";

    /**
     * Evidence recorded after {@code cursor}, at most {@code limit} items (except a batch that is one whole unit of
     * the source, refused whole on a conflict: see {@link EvidenceBatch#cursorIfConflict()}).
     *
     * @param cursor {@link #START} or a {@link EvidenceBatch#nextCursor()} this source returned
     * @throws org.kaoping.core.RefusedInputException naming the file, line or record for unreadable input, or
     *     for a cursor this source did not return; nothing of a refused batch is returned
     */
    EvidenceBatch fetch(String cursor, int limit);

    /**
     * What this source may deliver and whom it speaks for; the runtime refuses, whole, a batch with a record outside
     * it. By default {@link SourceDeclaration#authorsOfRecords()}: any kind, each record filed by the author unit it
     * names (see there for records naming none).
     */
    default SourceDeclaration declaration() {
        return SourceDeclaration.authorsOfRecords();
    }

    /**
     * Where {@code record} came from (e.g. {@code 评议.csv line 12}), for the message of a refused batch; empty by
     * default, when the source does not keep it.
     */
    default java.util.Optional<String> originOf(Evidence record) {
        return java.util.Optional.empty();
    }
}

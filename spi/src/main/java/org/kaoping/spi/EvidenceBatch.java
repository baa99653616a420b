package org.kaoping.spi;

import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;

/** One page of evidence from an {@link EvidenceSource}, with the cursor to continue from. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class EvidenceBatch {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    EvidenceBatch() {}

    public abstract List<Evidence> evidence();

    /** The opaque cursor to pass to the next {@link EvidenceSource#fetch} call. */
    public abstract String nextCursor();

    /** Whether more evidence is available now beyond this batch. */
    public abstract boolean hasMore();

    /**
     * What the source wants recorded about this batch beyond its evidence, in English, or empty: e.g. that files before
     * the cursor changed and are read again. The runtime puts it in the batch's audit entry and the import's result.
     */
    @API(status = API.Status.EXPERIMENTAL)
    @Value.Default
    public String note() {
        return "";
    }

    /**
     * Where the import continues if this batch is refused because a record conflicts with evidence already stored under
     * its id (e.g. a row changed in a file the source reads again), or empty (the default) to stop the import there
     * with the {@link EvidenceConflictException}. With a cursor, the runtime stores nothing of the batch, records the
     * refusal (an {@code EVIDENCE_REFUSED} audit event naming the record, where it came from and what differs; the
     * import's result) and continues from this cursor. A source sets it on a batch that holds one whole unit of its
     * input (a whole file), so that the unit is stored entirely or not at all; such a batch may hold more than the
     * fetch's limit.
     */
    @API(status = API.Status.EXPERIMENTAL)
    @Value.Default
    public String cursorIfConflict() {
        return "";
    }

    public static EvidenceBatch of(List<? extends Evidence> evidence, String nextCursor, boolean hasMore) {
        return ImmutableEvidenceBatch.builder().evidence(evidence).nextCursor(nextCursor).hasMore(hasMore).build();
    }

    /** A batch with a {@link #note()} ({@code note} empty for none). */
    @API(status = API.Status.EXPERIMENTAL)
    public static EvidenceBatch of(List<? extends Evidence> evidence, String nextCursor, boolean hasMore, String note) {
        return ImmutableEvidenceBatch.builder().evidence(evidence).nextCursor(nextCursor).hasMore(hasMore).note(note).build();
    }

    /** A batch with a {@link #note()} and a {@link #cursorIfConflict()} (each empty for none). */
    @API(status = API.Status.EXPERIMENTAL)
    public static EvidenceBatch of(List<? extends Evidence> evidence, String nextCursor, boolean hasMore, String note,
            String cursorIfConflict) {
        return ImmutableEvidenceBatch.builder().evidence(evidence).nextCursor(nextCursor).hasMore(hasMore).note(note)
                .cursorIfConflict(cursorIfConflict).build();
    }
}

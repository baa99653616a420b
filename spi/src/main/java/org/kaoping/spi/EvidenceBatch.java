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

    public static EvidenceBatch of(List<? extends Evidence> evidence, String nextCursor, boolean hasMore) {
        return ImmutableEvidenceBatch.builder().evidence(evidence).nextCursor(nextCursor).hasMore(hasMore).build();
    }

    /** A batch with a {@link #note()} ({@code note} empty for none). */
    @API(status = API.Status.EXPERIMENTAL)
    public static EvidenceBatch of(List<? extends Evidence> evidence, String nextCursor, boolean hasMore, String note) {
        return ImmutableEvidenceBatch.builder().evidence(evidence).nextCursor(nextCursor).hasMore(hasMore).note(note).build();
    }
}

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

    public static EvidenceBatch of(List<? extends Evidence> evidence, String nextCursor, boolean hasMore) {
        return ImmutableEvidenceBatch.builder().evidence(evidence).nextCursor(nextCursor).hasMore(hasMore).build();
    }
}

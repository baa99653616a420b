package org.kaoping.spi;

import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.evidence.Evidence;

/** One page of evidence from an {@link EvidenceSource}, with the cursor to continue from. */
@Value.Immutable
public interface EvidenceBatch {
    @Value.Parameter
    List<Evidence> evidence();

    /** The opaque cursor to pass to the next {@link EvidenceSource#fetch} call. */
    @Value.Parameter
    String nextCursor();

    /** Whether more evidence is available now beyond this batch. */
    @Value.Parameter
    boolean hasMore();

    static EvidenceBatch of(List<? extends Evidence> evidence, String nextCursor, boolean hasMore) {
        return ImmutableEvidenceBatch.of(evidence, nextCursor, hasMore);
    }
}

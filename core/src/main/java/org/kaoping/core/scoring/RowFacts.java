package org.kaoping.core.scoring;

import java.util.List;
import java.util.Optional;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceColumns;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.plan.Channel;

/**
 * The fast path of the passes that read only the kind, year and channel of most evidence: when a list is rows of
 * {@link EvidenceColumns} (an index over a store's columns answers such lists), those are read from the columns by
 * row, without the view the list's {@code get} would make. Exact: a view answers these very columns.
 */
final class RowFacts {
    private static final int STEPS = ReviewStep.values().length + 1;
    /** {@link Channel#index()} by source ordinal × {@link #STEPS} + step code (0 none, else ordinal + 1). */
    private static final int[] CHANNEL = new int[SourceKind.values().length * STEPS];

    static {
        for (SourceKind s : SourceKind.values()) {
            CHANNEL[s.ordinal() * STEPS] = Channel.of(s).index();
            for (ReviewStep r : ReviewStep.values()) {
                CHANNEL[s.ordinal() * STEPS + r.ordinal() + 1] = Channel.of(s, r).index();
            }
        }
    }

    private RowFacts() {}

    /** {@code l} as rows of columns, or null when it is not. */
    static EvidenceColumns.RowList of(List<Evidence> l) {
        return l instanceof EvidenceColumns.RowList ? (EvidenceColumns.RowList) l : null;
    }

    /** {@link Channel#indexOf(Evidence)} of row {@code row}. */
    static int channel(EvidenceColumns c, int row) {
        Optional<ReviewStep> step = c.step(row);
        return CHANNEL[c.source(row).ordinal() * STEPS + (step.isPresent() ? step.get().ordinal() + 1 : 0)];
    }
}

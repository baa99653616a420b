package org.kaoping.core.plan;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.SourceKind;

/**
 * What a blending weight is given to: a source ({@code PANEL}), or one annual-review step of a source
 * ({@code PANEL / 实地检查}). Evidence falls into the most specific channel the plan declares.
 */
@API(status = API.Status.STABLE)
public final class Channel implements Comparable<Channel>, Serializable {
    private static final long serialVersionUID = 1L;

    /** The number of distinct channels; {@link #index()} lies below it. */
    public static final int COUNT = SourceKind.values().length * (ReviewStep.values().length + 1);
    /** Channels per source: the bare source and one per review step (a constant, so no values() copy per lookup). */
    private static final int STEPS = ReviewStep.values().length + 1;

    private static final Channel[] ALL = new Channel[COUNT];

    static {
        for (SourceKind s : SourceKind.values()) {
            ALL[index(s, null)] = new Channel(s, null);
            for (ReviewStep r : ReviewStep.values()) {
                ALL[index(s, r)] = new Channel(s, r);
            }
        }
    }

    private final SourceKind source;
    private final ReviewStep step;

    private Channel(SourceKind source, ReviewStep step) {
        this.source = source;
        this.step = step;
    }

    /** All evidence of {@code source}, whatever its step. */
    public static Channel of(SourceKind source) {
        return ALL[index(Objects.requireNonNull(source, "source must not be null"), null)];
    }

    /** Evidence of {@code source} produced at review step {@code step}. */
    public static Channel of(SourceKind source, ReviewStep step) {
        return ALL[index(Objects.requireNonNull(source, "source must not be null"), Objects.requireNonNull(step, "step must not be null"))];
    }

    /** A review step in its usual source: {@code PUBLIC / 群众评分} for step five, {@code PANEL / …} otherwise. */
    public static Channel of(ReviewStep step) {
        return of(step.usualSource(), step);
    }

    /** The channel at {@code index}, the inverse of {@link #index()}. */
    public static Channel ofIndex(int index) {
        return ALL[index];
    }

    /** The most specific channel of {@code evidence}: its source and, if it names one, its step. */
    public static Channel exact(Evidence evidence) {
        return ALL[index(evidence.source(), evidence.step().orElse(null))];
    }

    /** The {@link #index()} of {@link #exact(Evidence)}, without creating anything. */
    public static int indexOf(Evidence evidence) {
        return index(evidence.source(), evidence.step().orElse(null));
    }

    static int index(SourceKind s, ReviewStep r) {
        return s.ordinal() * STEPS + (r == null ? 0 : r.ordinal() + 1);
    }

    public SourceKind source() {
        return source;
    }

    public Optional<ReviewStep> step() {
        return Optional.ofNullable(step);
    }

    /** The channel without its step: {@code this} if it has none. */
    public Channel sourceOnly() {
        return of(source);
    }

    /** A dense number in [0, {@link #COUNT}), stable across runs. */
    public int index() {
        return index(source, step);
    }

    @Override
    public int compareTo(Channel o) {
        return Integer.compare(index(), o.index());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Channel && ((Channel) o).source == source && ((Channel) o).step == step;
    }

    @Override
    public int hashCode() {
        return index();
    }

    /** {@code PANEL} or {@code PANEL/INSPECT_ON_SITE}. */
    @Override
    public String toString() {
        return step == null ? source.name() : source.name() + "/" + step.name();
    }

    private Object readResolve() {
        return ALL[index()];
    }
}

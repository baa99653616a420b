package org.kaoping.core.evidence;

import java.time.Instant;
import java.util.Optional;
import org.kaoping.core.api.API;

/**
 * One piece of evidence (档案) about one unit: a stable id, the unit, the criterion id, metric key or
 * category it bears on ({@link #key()}), the period it reports on, its source, author and time.
 *
 * <p>Evidence is immutable and compares by value. Concrete kinds are listed in {@link EvidenceKind}; every
 * piece of evidence is one of them, which is why only the kinds in this package extend it.
 */
@API(status = API.Status.STABLE)
public abstract class Evidence {
    /** Package-private: only the evidence kinds of this package extend it. */
    Evidence() {}

    /** Stable and unique id, e.g. the host store's record id; explanations cite it. */
    public abstract String id();

    /** The id of the unit it is about (the assessee). */
    public abstract String unitId();

    /**
     * What it bears on: a criterion id (judgements, ticks, documents, deductions, overrides, not-applicable
     * marks, public ratings), a metric key (metric values), an incident category (incidents), an
     * adjustment category (bonus and penalty) or {@link SelfReport#KEY}.
     */
    public abstract String key();

    public abstract ReportingPeriod period();

    public abstract SourceKind source();

    /** The annual-review step that produced it, if any. */
    public abstract Optional<ReviewStep> step();

    /** The person or system that recorded it, e.g. a rater's id. */
    public abstract String author();

    /** The unit the author belongs to, when known; a panel member never rates their own unit. */
    public abstract Optional<String> authorUnitId();

    /** When it was recorded. */
    public abstract Instant recordedAt();

    public abstract EvidenceKind kind();

    /** Calls the method of {@code visitor} for this evidence's type (see {@link EvidenceVisitor}). */
    public abstract <R> R accept(EvidenceVisitor<R> visitor);

    /**
     * Value equality ({@link EvidenceValues#equal}): the same kind with equal attributes, whatever class holds them,
     * so that a store's compact view equals the value it was made from, both ways.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence && EvidenceValues.equal(this, (Evidence) o);
    }

    /** {@link EvidenceValues#hash}, consistent with {@link #equals(Object)} across the classes that hold evidence. */
    @Override
    public int hashCode() {
        return EvidenceValues.hash(this);
    }
}

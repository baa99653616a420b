package org.kaoping.core.evidence;

import java.time.Instant;
import java.util.Optional;
import org.kaoping.core.api.API;

/**
 * One piece of evidence (档案) about one unit: a stable id, the unit, the criterion id, metric key or
 * category it bears on ({@link #key()}), the period it reports on, its source, author and time.
 *
 * <p>Evidence is immutable and compares by value. Concrete kinds are listed in {@link EvidenceKind}.
 */
@API(status = API.Status.STABLE)
public interface Evidence {
    /** Stable and unique id, e.g. the host store's record id; explanations cite it. */
    String id();

    /** The id of the unit it is about (the assessee). */
    String unitId();

    /**
     * What it bears on: a criterion id (judgements, ticks, documents, deductions, overrides, not-applicable
     * marks, public ratings), a metric key (metric values), an incident category (incidents), an
     * adjustment category (bonus and penalty) or {@link SelfReport#KEY}.
     */
    String key();

    ReportingPeriod period();

    SourceKind source();

    /** The annual-review step that produced it, if any. */
    Optional<ReviewStep> step();

    /** The person or system that recorded it, e.g. a rater's id. */
    String author();

    /** The unit the author belongs to, when known; a panel member never rates their own unit. */
    Optional<String> authorUnitId();

    /** When it was recorded. */
    Instant recordedAt();

    EvidenceKind kind();
}

package org.kaoping.spi;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/** The results of a plan as published to the host's performance appraisal (绩效考评): one entry per unit. */
@Value.Immutable
public interface Publication {
    String planId();

    Instant publishedAt();

    /** Who published, e.g. the assessment office's user. */
    String publishedBy();

    /** Ordered by rubric, then rank, then unit id. */
    List<PublishedResult> results();

    static ImmutablePublication.Builder builder() {
        return ImmutablePublication.builder();
    }
}

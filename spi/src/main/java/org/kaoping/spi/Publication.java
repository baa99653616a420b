package org.kaoping.spi;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.api.API;

/** The results of a plan as published to the host's performance appraisal (绩效考评): one entry per unit. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class Publication {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    Publication() {}

    public abstract String planId();

    public abstract Instant publishedAt();

    /** Who published, e.g. the assessment office's user. */
    public abstract String publishedBy();

    /** Ordered by rubric, then rank, then unit id. */
    public abstract List<PublishedResult> results();

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Publication}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutablePublication.Builder {
        Builder() {}
    }
}

package org.kaoping.core.scoring;

import java.time.Instant;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/** A manual override as applied: who, when, why, the points before and after, and the evidence id recording it. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class AppliedOverride {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    AppliedOverride() {}

    public abstract String evidenceId();

    public abstract String author();

    public abstract Instant at();

    public abstract String reason();

    public abstract Points oldPoints();

    public abstract Points newPoints();

    /** A builder of {@code AppliedOverride}s. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link AppliedOverride}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableAppliedOverride.Builder {
        Builder() {}
    }
}

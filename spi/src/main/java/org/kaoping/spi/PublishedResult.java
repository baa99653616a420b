package org.kaoping.spi;

import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/** One unit's published result: its rank within its rubric, total and grade. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class PublishedResult {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    PublishedResult() {}

    public abstract String rubricId();

    public abstract String unitId();

    public abstract String unitName();

    /** Shared ranks: 1, 2, 2, 4. */
    public abstract int rank();

    public abstract Points total();

    public abstract String grade();

    /** Whether the unit may be commended (评先); false after a veto that excludes it. */
    public abstract boolean commendable();

    /**
     * The unit's contribution to the city's performance appraisal (绩效考评) as the plan's
     * {@link org.kaoping.core.plan.AppraisalRule} declares it (e.g. total × weight ÷ 100, rounded half up at its scale);
     * empty if the plan declares none. Added in issue 15 (experimental); hosts that ignore it are unaffected.
     */
    @API(status = API.Status.EXPERIMENTAL)
    @Value.Default
    public java.util.Optional<Points> appraisalPoints() {
        return java.util.Optional.empty();
    }

    /**
     * The categories of the vetoes (一票否决) the unit's incidents triggered, e.g. {@code major-work-safety-accident}; empty
     * when none (issue 17: the organization department reads them beside the unit's leading cadres).
     */
    @API(status = API.Status.EXPERIMENTAL)
    @Value.Default
    public java.util.List<String> vetoes() {
        return java.util.Collections.emptyList(); // not abstract: adding it keeps the STABLE class source-compatible
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link PublishedResult}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutablePublishedResult.Builder {
        Builder() {}
    }
}

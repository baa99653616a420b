package org.kaoping.core.scoring;

import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/** A deduction taken from a leaf: the evidence, the criterion it was filed on, the reason, what was asked and what was taken. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class AppliedDeduction {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    AppliedDeduction() {}

    public abstract String evidenceId();

    /** The criterion the deduction names: this leaf or an ancestor whose deduction reached it. */
    public abstract String criterionId();

    public abstract String reason();

    /** What the deduction asked of this leaf. */
    public abstract Points asked();

    /** What the leaf could give, down to zero (扣完为止). */
    public abstract Points taken();

    /** A builder of {@code AppliedDeduction}s. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link AppliedDeduction}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableAppliedDeduction.Builder {
        Builder() {}
    }
}

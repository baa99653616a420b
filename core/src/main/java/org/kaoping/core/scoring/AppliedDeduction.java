package org.kaoping.core.scoring;

import org.immutables.value.Value;
import org.kaoping.core.points.Points;

/** A deduction taken from a leaf: the evidence, the criterion it was filed on, the reason, what was asked and what was taken. */
@Value.Immutable
public interface AppliedDeduction {
    String evidenceId();

    /** The criterion the deduction names: this leaf or an ancestor whose deduction reached it. */
    String criterionId();

    String reason();

    /** What the deduction asked of this leaf. */
    Points asked();

    /** What the leaf could give, down to zero (扣完为止). */
    Points taken();
}

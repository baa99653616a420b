package org.kaoping.core.rubric;

import org.immutables.value.Value;

/**
 * A documented correction of the source (勘误): where, what the source says, what Kaoping uses instead,
 * and why. The verbatim text stays in the criterion; the erratum states the reading used.
 */
@Value.Immutable
public interface Erratum {
    /** The id of the criterion it applies to; empty for the rubric as a whole. */
    @Value.Parameter
    String criterionId();

    /** What the source says, quoted. */
    @Value.Parameter
    String sourceSays();

    /** What Kaoping uses instead. */
    @Value.Parameter
    String used();

    @Value.Parameter
    String reason();

    static Erratum of(String criterionId, String sourceSays, String used, String reason) {
        return ImmutableErratum.of(criterionId, sourceSays, used, reason);
    }
}

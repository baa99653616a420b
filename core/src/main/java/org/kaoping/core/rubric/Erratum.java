package org.kaoping.core.rubric;

import org.immutables.value.Value;
import org.kaoping.core.api.API;

/**
 * A documented correction of the source (勘误): where, what the source says, what Kaoping uses instead,
 * and why. The verbatim text stays in the criterion; the erratum states the reading used.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class Erratum {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    Erratum() {}

    /** The id of the criterion it applies to; empty for the rubric as a whole. */
    @Value.Parameter
    public abstract String criterionId();

    /** What the source says, quoted. */
    @Value.Parameter
    public abstract String sourceSays();

    /** What Kaoping uses instead. */
    @Value.Parameter
    public abstract String used();

    @Value.Parameter
    public abstract String reason();

    public static Erratum of(String criterionId, String sourceSays, String used, String reason) {
        return ImmutableErratum.of(criterionId, sourceSays, used, reason);
    }
}

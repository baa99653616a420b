package org.kaoping.core.ranking;

import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;

/** A criterion's result across units: mean awarded points and the share of the applicable maximum earned, over the units where it applied. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class SectionAverage {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    SectionAverage() {}

    public abstract String criterionId();

    public abstract String label();

    /** Units where the criterion applied. */
    public abstract int units();

    /** Mean awarded points, rounded half-up to four places. */
    public abstract Points meanAwarded();

    /** Total awarded over total applicable maximum: low values mark weak sections. */
    public abstract Ratio share();
}

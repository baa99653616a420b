package org.kaoping.core.ranking;

import org.immutables.value.Value;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;

/** A criterion's result across units: mean awarded points and the share of the applicable maximum earned, over the units where it applied. */
@Value.Immutable
public interface SectionAverage {
    String criterionId();

    String label();

    /** Units where the criterion applied. */
    int units();

    /** Mean awarded points, rounded half-up to four places. */
    Points meanAwarded();

    /** Total awarded over total applicable maximum: low values mark weak sections. */
    Ratio share();
}

package org.kaoping.core.rubric;

import org.kaoping.core.api.API;

/** Where a criterion's points come from, so a derived or corrected value is never passed off as the source's. */
@API(status = API.Status.STABLE)
public enum PointsOrigin {
    /** Stated in the source document. */
    SOURCE,
    /** Computed by a declared rule (e.g. equal shares of the parent's points); see {@link Criterion#pointsNote()}. */
    DERIVED,
    /** Set by an {@link Erratum} because the source's value cannot be used as written. */
    ERRATUM,
    /** The source states none and nothing supplies them; the value is zero and the validator reports it. */
    NONE
}

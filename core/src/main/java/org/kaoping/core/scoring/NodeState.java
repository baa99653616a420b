package org.kaoping.core.scoring;

import org.kaoping.core.api.API;

/** How a scorecard node got its points. */
@API(status = API.Status.STABLE)
public enum NodeState {
    /** Scored by its rule from evidence (a parent: the sum of its children). */
    SCORED,
    /** Not applicable to the unit: no points, and none in the denominator. */
    NOT_APPLICABLE,
    /** No evidence to score it (a parent: some leaf below lacks evidence); it earns zero and says so. */
    MISSING_EVIDENCE,
    /** An assessor set its points by hand; the explanation shows who, when, why, old and new. */
    OVERRIDDEN
}

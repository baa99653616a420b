package org.kaoping.core.plan;

import org.kaoping.core.api.API;

/** What a weighted blend does when an item has no evidence from a weighted channel; never a silent zero. */
@API(status = API.Status.STABLE)
public enum MissingSourcePolicy {
    /** The channels present share the whole weight in proportion to their own weights; the explanation says so. */
    RENORMALIZE,
    /**
     * The missing channel contributes nothing, the item is flagged incomplete and so is the scorecard:
     * its total is provisional until the evidence arrives.
     */
    MARK_INCOMPLETE
}

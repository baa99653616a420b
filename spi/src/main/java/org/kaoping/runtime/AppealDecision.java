package org.kaoping.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * An assessor's decision on an {@link Appeal} (复核): upheld, with the overrides that changed the unit's score and
 * the units whose rank moved, or rejected with a reason. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class AppealDecision {
    private final boolean upheld;
    private final String decidedBy;
    private final String decidedByUnitId;
    private final Instant decidedAt;
    private final String reason;
    private final List<String> overrideIds;
    private final List<String> rankChanges;

    private AppealDecision(boolean upheld, String decidedBy, String decidedByUnitId, Instant decidedAt, String reason,
            List<String> overrideIds, List<String> rankChanges) {
        this.upheld = upheld;
        this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy must not be null");
        this.decidedByUnitId = Objects.requireNonNull(decidedByUnitId, "decidedByUnitId must not be null");
        this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt must not be null");
        this.reason = Objects.requireNonNull(reason, "reason must not be null");
        this.overrideIds = Collections.unmodifiableList(new ArrayList<>(overrideIds));
        this.rankChanges = Collections.unmodifiableList(new ArrayList<>(rankChanges));
    }

    /** A decision as recorded in the audit trail. */
    static AppealDecision of(boolean upheld, String decidedBy, String decidedByUnitId, Instant decidedAt, String reason,
            List<String> overrideIds, List<String> rankChanges) {
        return new AppealDecision(upheld, decidedBy, decidedByUnitId, decidedAt, reason, overrideIds, rankChanges);
    }

    /** True if the appeal was upheld (复核成立), false if rejected (驳回). */
    public boolean upheld() {
        return upheld;
    }

    public String decidedBy() {
        return decidedBy;
    }

    /** The unit the assessor acted for: the city office or the unit's assessor under the delegation. */
    public String decidedByUnitId() {
        return decidedByUnitId;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    /** Why the appeal was upheld or rejected; shown to the unit. */
    public String reason() {
        return reason;
    }

    /** The ids of the score overrides made for an upheld appeal, in order; empty for a rejection. */
    public List<String> overrideIds() {
        return overrideIds;
    }

    /**
     * The units whose published rank or total changed with an upheld appeal, each as
     * {@code unitId: rank old→new, total old→new}; empty for a rejection.
     */
    public List<String> rankChanges() {
        return rankChanges;
    }

    @Override
    public String toString() {
        return (upheld ? "upheld" : "rejected") + " by " + decidedBy + " of unit [" + decidedByUnitId + "] at " + decidedAt + ": " + reason;
    }
}

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
    private final List<ResultChange> resultChanges;

    private AppealDecision(boolean upheld, String decidedBy, String decidedByUnitId, Instant decidedAt, String reason,
            List<String> overrideIds, List<ResultChange> resultChanges) {
        this.upheld = upheld;
        this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy must not be null");
        this.decidedByUnitId = Objects.requireNonNull(decidedByUnitId, "decidedByUnitId must not be null");
        this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt must not be null");
        this.reason = Objects.requireNonNull(reason, "reason must not be null");
        this.overrideIds = Collections.unmodifiableList(new ArrayList<>(overrideIds));
        this.resultChanges = Collections.unmodifiableList(new ArrayList<>(resultChanges));
    }

    /** A decision as recorded in the audit trail. */
    static AppealDecision of(boolean upheld, String decidedBy, String decidedByUnitId, Instant decidedAt, String reason,
            List<String> overrideIds, List<ResultChange> resultChanges) {
        return new AppealDecision(upheld, decidedBy, decidedByUnitId, decidedAt, reason, overrideIds, resultChanges);
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

    /** The units whose published rank, total or grade changed with an upheld appeal; empty for a rejection. */
    public List<ResultChange> resultChanges() {
        return resultChanges;
    }

    @Override
    public String toString() {
        return (upheld ? "upheld" : "rejected") + " by " + decidedBy + " of unit [" + decidedByUnitId + "] at " + decidedAt + ": " + reason;
    }

    /** How one unit's published result changed when an appeal was upheld. Immutable. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class ResultChange {
        private final String unitId;
        private final int rankBefore;
        private final int rankAfter;
        private final org.kaoping.core.points.Points totalBefore;
        private final org.kaoping.core.points.Points totalAfter;
        private final String gradeBefore;
        private final String gradeAfter;

        private ResultChange(String unitId, int rankBefore, int rankAfter, org.kaoping.core.points.Points totalBefore,
                org.kaoping.core.points.Points totalAfter, String gradeBefore, String gradeAfter) {
            this.unitId = Objects.requireNonNull(unitId);
            this.rankBefore = rankBefore;
            this.rankAfter = rankAfter;
            this.totalBefore = Objects.requireNonNull(totalBefore);
            this.totalAfter = Objects.requireNonNull(totalAfter);
            this.gradeBefore = Objects.requireNonNull(gradeBefore);
            this.gradeAfter = Objects.requireNonNull(gradeAfter);
        }

        static ResultChange of(String unitId, int rankBefore, int rankAfter, org.kaoping.core.points.Points totalBefore,
                org.kaoping.core.points.Points totalAfter, String gradeBefore, String gradeAfter) {
            return new ResultChange(unitId, rankBefore, rankAfter, totalBefore, totalAfter, gradeBefore, gradeAfter);
        }

        public String unitId() {
            return unitId;
        }

        public int rankBefore() {
            return rankBefore;
        }

        public int rankAfter() {
            return rankAfter;
        }

        public org.kaoping.core.points.Points totalBefore() {
            return totalBefore;
        }

        public org.kaoping.core.points.Points totalAfter() {
            return totalAfter;
        }

        public String gradeBefore() {
            return gradeBefore;
        }

        public String gradeAfter() {
            return gradeAfter;
        }

        /** Whether the unit's rank moved (it was notified either way). */
        public boolean rankMoved() {
            return rankBefore != rankAfter;
        }

        @Override
        public String toString() {
            return unitId + ": rank " + rankBefore + "→" + rankAfter + ", total " + totalBefore + "→" + totalAfter + ", grade " + gradeBefore
                    + "→" + gradeAfter;
        }
    }
}

package org.kaoping.core.plan;

import java.io.Serializable;
import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * One declared tie-break between units with equal final totals, applied in the plan's order: the higher
 * award on a named criterion, or the smaller penalty. Units still equal after every tie-break share a rank.
 */
@API(status = API.Status.STABLE)
public final class TieBreak implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The kinds of tie-break. */
    public enum Kind {
        /** Higher awarded points on a criterion (e.g. a section) ranks first. */
        HIGHER_ON_CRITERION,
        /** Fewer penalty points (adjustments and deductions) ranks first. */
        LOWER_PENALTY
    }

    private static final TieBreak LOWER_PENALTY = new TieBreak(Kind.LOWER_PENALTY, null);

    private final Kind kind;
    private final String criterionId;

    private TieBreak(Kind kind, String criterionId) {
        this.kind = kind;
        this.criterionId = criterionId;
    }

    public static TieBreak higherOn(String criterionId) {
        return new TieBreak(Kind.HIGHER_ON_CRITERION, Objects.requireNonNull(criterionId, "criterionId must not be null"));
    }

    public static TieBreak lowerPenalty() {
        return LOWER_PENALTY;
    }

    public Kind kind() {
        return kind;
    }

    /** The criterion of {@link Kind#HIGHER_ON_CRITERION}; null otherwise. */
    public String criterionId() {
        return criterionId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TieBreak && ((TieBreak) o).kind == kind && Objects.equals(((TieBreak) o).criterionId, criterionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, criterionId);
    }

    @Override
    public String toString() {
        return kind == Kind.LOWER_PENALTY ? "lower penalty" : "higher on " + criterionId;
    }
}

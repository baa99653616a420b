package org.kaoping.core.evidence;

import org.immutables.value.Value;
import org.kaoping.core.points.Points;

/**
 * An assessor's manual override of a leaf criterion's points: who ({@link #author()}), when
 * ({@link #recordedAt()}), why and the new value; the scorecard records the old value beside it. Its key
 * is the criterion id. The latest override of a criterion wins.
 */
@Value.Immutable
public interface ScoreOverride extends Evidence {
    Points newPoints();

    String reason();

    @Override
    default EvidenceKind kind() {
        return EvidenceKind.SCORE_OVERRIDE;
    }

    @Override
    default <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitScoreOverride(this);
    }

    static ImmutableScoreOverride.Builder builder() {
        return ImmutableScoreOverride.builder();
    }

    @Value.Check
    default void check() {
        EvidenceChecks.common(this);
        EvidenceChecks.blank(reason(), "reason", this);
        if (newPoints().isNegative()) {
            EvidenceChecks.fail(this, "newPoints must not be negative; got " + newPoints());
        }
    }
}

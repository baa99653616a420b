package org.kaoping.core.evidence;

import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/**
 * An assessor's manual override of a leaf criterion's points: who ({@link #author()}), when
 * ({@link #recordedAt()}), why and the new value; the scorecard records the old value beside it. Its key
 * is the criterion id. The latest override of a criterion wins.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class ScoreOverride extends Evidence {
    /**
     * For the generated implementation and for a host's own deliberate view of its stored records (such as
     * the benchmarks' compact facts); values made by {@link #builder()} are validated, subclasses answer for
     * their own values.
     */
    protected ScoreOverride() {}

    public abstract Points newPoints();

    public abstract String reason();

    @Override
    public EvidenceKind kind() {
        return EvidenceKind.SCORE_OVERRIDE;
    }

    @Override
    public <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitScoreOverride(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link ScoreOverride}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableScoreOverride.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        EvidenceChecks.common(this);
        EvidenceChecks.blank(reason(), "reason", this);
        if (newPoints().isNegative()) {
            EvidenceChecks.fail(this, "newPoints must not be negative; got " + newPoints());
        }
    }
}

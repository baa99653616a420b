package org.kaoping.core.evidence;

import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/**
 * A public rating of a criterion (群众评分、满意度): either {@code satisfied} of {@code respondents}, or a
 * mean {@code score} out of {@code maxScore}. Its key is the criterion id. Ratings of one channel pool:
 * satisfied and respondents add up, as do score and maximum.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class PublicRating extends Evidence {
    /**
     * For the generated implementation and for a host's own deliberate view of its stored records (such as
     * the benchmarks' compact facts); values made by {@link #builder()} are validated, subclasses answer for
     * their own values.
     */
    protected PublicRating() {}

    /** How many answered; zero for a score-form rating. */
    @Value.Default
    public long respondents() {
        return 0;
    }

    @Value.Default
    public long satisfied() {
        return 0;
    }

    public abstract Optional<Points> score();

    public abstract Optional<Points> maxScore();

    @Override
    public EvidenceKind kind() {
        return EvidenceKind.PUBLIC_RATING;
    }

    @Override
    public <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitPublicRating(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link PublicRating}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutablePublicRating.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        EvidenceChecks.common(this);
        if (score().isPresent() != maxScore().isPresent()) {
            EvidenceChecks.fail(this, "score and maxScore come together");
        }
        if (score().isPresent()) {
            if (respondents() != 0 || satisfied() != 0) {
                EvidenceChecks.fail(this, "give either respondents and satisfied, or a score, not both");
            }
            if (!maxScore().get().isPositive() || score().get().isNegative() || score().get().isGreaterThan(maxScore().get())) {
                EvidenceChecks.fail(this, "score " + score().get() + " must lie in [0, " + maxScore().get() + "]");
            }
        } else if (respondents() <= 0 || satisfied() < 0 || satisfied() > respondents()) {
            EvidenceChecks.fail(this, "satisfied " + satisfied() + " must lie in [0, respondents " + respondents()
                    + "] and respondents must be positive");
        }
    }
}

package org.kaoping.core.evidence;

import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.points.Points;

/**
 * A public rating of a criterion (群众评分、满意度): either {@code satisfied} of {@code respondents}, or a
 * mean {@code score} out of {@code maxScore}. Its key is the criterion id. Ratings of one channel pool:
 * satisfied and respondents add up, as do score and maximum.
 */
@Value.Immutable
public interface PublicRating extends Evidence {
    /** How many answered; zero for a score-form rating. */
    @Value.Default
    default long respondents() {
        return 0;
    }

    @Value.Default
    default long satisfied() {
        return 0;
    }

    Optional<Points> score();

    Optional<Points> maxScore();

    @Override
    default EvidenceKind kind() {
        return EvidenceKind.PUBLIC_RATING;
    }

    @Override
    default <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitPublicRating(this);
    }

    static ImmutablePublicRating.Builder builder() {
        return ImmutablePublicRating.builder();
    }

    @Value.Check
    default void check() {
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

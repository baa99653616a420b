package org.kaoping.core.evidence;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rater's qualitative judgement of a criterion: the level chosen (e.g. 较好) by {@link #author()},
 * the rater. Its key is the criterion id. A rater's latest judgement of a criterion counts.
 */
@Value.Immutable
public interface Judgement extends Evidence {
    /** The level's name as the rule lists it, e.g. {@code 较好}. */
    String level();

    Optional<String> comment();

    @Override
    default EvidenceKind kind() {
        return EvidenceKind.JUDGEMENT;
    }

    @Override
    default <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitJudgement(this);
    }

    static ImmutableJudgement.Builder builder() {
        return ImmutableJudgement.builder();
    }

    @Value.Check
    default void check() {
        EvidenceChecks.common(this);
        EvidenceChecks.blank(level(), "level", this);
    }
}

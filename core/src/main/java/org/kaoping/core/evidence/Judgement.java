package org.kaoping.core.evidence;

import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.api.API;

/**
 * One rater's qualitative judgement of a criterion: the level chosen (e.g. 较好) by {@link #author()},
 * the rater. Its key is the criterion id. A rater's latest judgement of a criterion counts.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class Judgement extends Evidence {
    /**
     * For the generated implementation and for a host's own deliberate view of its stored records (such as
     * the benchmarks' compact facts); values made by {@link #builder()} are validated, subclasses answer for
     * their own values.
     */
    protected Judgement() {}

    /** The level's name as the rule lists it, e.g. {@code 较好}. */
    public abstract String level();

    public abstract Optional<String> comment();

    @Override
    public EvidenceKind kind() {
        return EvidenceKind.JUDGEMENT;
    }

    @Override
    public <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitJudgement(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Judgement}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableJudgement.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        EvidenceChecks.common(this);
        EvidenceChecks.blank(level(), "level", this);
    }
}

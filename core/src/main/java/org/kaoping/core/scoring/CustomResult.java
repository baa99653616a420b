package org.kaoping.core.scoring;

import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Ratio;

/**
 * What a {@link CustomRuleEvaluator} found: the share of the item's points earned (in [0, 1]) and the
 * inputs it used, or that the evidence was not enough to decide.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class CustomResult {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    CustomResult() {}

    /** The share earned; empty when the evidence does not decide the item. */
    public abstract Optional<Ratio> share();

    /** The inputs in words, for the explanation, e.g. {@code attendance 11 of 12 meetings}. */
    public abstract String inputs();

    public static CustomResult of(Ratio share, String inputs) {
        return ImmutableCustomResult.builder().share(share).inputs(inputs).build();
    }

    public static CustomResult undecided(String why) {
        return ImmutableCustomResult.builder().inputs(why).build();
    }

    @Value.Check
    void check() {
        if (share().isPresent() && !share().get().isFraction()) {
            throw new IllegalArgumentException("custom rule share must lie in [0, 1]; got " + share().get());
        }
    }
}

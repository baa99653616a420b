package org.kaoping.core.plan;

import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/**
 * A declared bonus (加分) or penalty (扣分) category outside the rubric's items, with a cap on what the
 * category can add or take in one cycle. {@code Adjustment} evidence names the category by key.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class AdjustmentRule {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    AdjustmentRule() {}

    /** Bonus or penalty. */
    public enum Direction {
        BONUS, PENALTY
    }

    @Value.Parameter
    public abstract String category();

    @Value.Parameter
    public abstract Direction direction();

    /** The most this category adds or takes in one cycle. */
    @Value.Parameter
    public abstract Points cap();

    public static AdjustmentRule bonus(String category, Points cap) {
        return ImmutableAdjustmentRule.of(category, Direction.BONUS, cap);
    }

    public static AdjustmentRule penalty(String category, Points cap) {
        return ImmutableAdjustmentRule.of(category, Direction.PENALTY, cap);
    }

    @Value.Check
    void check() {
        if (category().trim().isEmpty()) {
            throw new IllegalArgumentException("adjustment category must not be blank");
        }
        if (!cap().isPositive()) {
            throw new IllegalArgumentException("cap of adjustment [" + category() + "] must be positive; got " + cap());
        }
    }
}

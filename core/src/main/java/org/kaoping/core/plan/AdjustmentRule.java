package org.kaoping.core.plan;

import org.immutables.value.Value;
import org.kaoping.core.points.Points;

/**
 * A declared bonus (加分) or penalty (扣分) category outside the rubric's items, with a cap on what the
 * category can add or take in one cycle. {@code Adjustment} evidence names the category by key.
 */
@Value.Immutable
public interface AdjustmentRule {
    /** Bonus or penalty. */
    enum Direction {
        BONUS, PENALTY
    }

    @Value.Parameter
    String category();

    @Value.Parameter
    Direction direction();

    /** The most this category adds or takes in one cycle. */
    @Value.Parameter
    Points cap();

    static AdjustmentRule bonus(String category, Points cap) {
        return ImmutableAdjustmentRule.of(category, Direction.BONUS, cap);
    }

    static AdjustmentRule penalty(String category, Points cap) {
        return ImmutableAdjustmentRule.of(category, Direction.PENALTY, cap);
    }

    @Value.Check
    default void check() {
        if (category().trim().isEmpty()) {
            throw new IllegalArgumentException("adjustment category must not be blank");
        }
        if (!cap().isPositive()) {
            throw new IllegalArgumentException("cap of adjustment [" + category() + "] must be positive; got " + cap());
        }
    }
}

package org.kaoping.core.ranking;

import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;

/** Awarded and maximum points summed over the units and criteria a roll-up selects (a tag such as {@code task:11}, or an area). */
@Value.Immutable
public interface RollUp {
    /** The tag, or the area's unit id. */
    String key();

    /** The units included, in the order given. */
    List<String> unitIds();

    Points awarded();

    Points maximum();

    /** awarded ÷ maximum; zero when nothing applied. */
    default Ratio share() {
        return maximum().isZero() ? Ratio.ZERO : awarded().ratioTo(maximum());
    }
}

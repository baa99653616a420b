package org.kaoping.core.ranking;

import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;

/** Awarded and maximum points summed over the units and criteria a roll-up selects (a tag such as {@code task:11}, or an area). */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class RollUp {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    RollUp() {}

    /** The tag, or the area's unit id. */
    public abstract String key();

    /** The units included, in the order given. */
    public abstract List<String> unitIds();

    public abstract Points awarded();

    public abstract Points maximum();

    /** awarded ÷ maximum; zero when nothing applied. */
    public Ratio share() {
        return maximum().isZero() ? Ratio.ZERO : awarded().ratioTo(maximum());
    }
}

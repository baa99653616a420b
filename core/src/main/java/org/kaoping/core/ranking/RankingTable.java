package org.kaoping.core.ranking;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.plan.Grade;

/** The ranking of the units scored by one rubric, best first. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class RankingTable {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    RankingTable() {}

    public abstract String rubricId();

    public abstract List<RankedUnit> entries();

    /** How many units hold each grade (after quotas), best grade first; grades nobody holds are absent. */
    public Map<Grade, Integer> gradeDistribution() {
        Map<Grade, Integer> out = new TreeMap<>();
        for (RankedUnit u : entries()) {
            out.merge(u.grade(), 1, Integer::sum);
        }
        return out;
    }

    /** The entry of {@code unitId}. */
    public RankedUnit entry(String unitId) {
        for (RankedUnit u : entries()) {
            if (u.unitId().equals(unitId)) {
                return u;
            }
        }
        throw new IllegalArgumentException("Unit [" + unitId + "] is not in the ranking of [" + rubricId() + "]");
    }
}

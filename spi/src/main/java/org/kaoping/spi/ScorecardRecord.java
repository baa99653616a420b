package org.kaoping.spi;

import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;
import org.kaoping.core.points.Points;

/**
 * The stored result of scoring one unit under one plan: totals, grade and section totals, with the
 * version that guards concurrent writers. The full explained scorecard is a pure function of the rubric,
 * plan and evidence, so it is recomputed rather than stored.
 */
@Value.Immutable
public interface ScorecardRecord {
    String planId();

    String unitId();

    String rubricId();

    /** The final total after rescaling, adjustments and vetoes. */
    Points total();

    /** The grade's name, e.g. 优秀. */
    String grade();

    /** Whether every source the plan requires was present. */
    boolean complete();

    /** Whether a veto excludes the unit from commendation (评先). */
    boolean commendable();

    /** Points per top-level criterion id, in rubric order. */
    Map<String, Points> sectionTotals();

    Instant computedAt();

    /** 1 for the first stored version; 0 on a record not yet stored. */
    @Value.Default
    default long version() {
        return 0;
    }

    static ImmutableScorecardRecord.Builder builder() {
        return ImmutableScorecardRecord.builder();
    }
}

package org.kaoping.spi;

import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/**
 * The stored result of scoring one unit under one plan: totals, grade and section totals, with the
 * version that guards concurrent writers. The full explained scorecard is a pure function of the rubric,
 * plan and evidence, so it is recomputed rather than stored.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class ScorecardRecord {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    ScorecardRecord() {}

    public abstract String planId();

    public abstract String unitId();

    public abstract String rubricId();

    /** The final total after rescaling, adjustments and vetoes. */
    public abstract Points total();

    /** The grade's name, e.g. 优秀. */
    public abstract String grade();

    /** Whether every source the plan requires was present. */
    public abstract boolean complete();

    /** Whether a veto excludes the unit from commendation (评先). */
    public abstract boolean commendable();

    /** Points per top-level criterion id, in rubric order. */
    public abstract Map<String, Points> sectionTotals();

    public abstract Instant computedAt();

    /**
     * The version of the rubric the unit was scored with, e.g. {@code 2015.1} or, after an ad-hoc deployment
     * (临时部署), {@code 2015.1+临时部署-1}; empty when unknown (records stored before versions were recorded).
     */
    @API(status = API.Status.EXPERIMENTAL)
    @Value.Default
    public String rubricVersion() {
        return "";
    }

    /** 1 for the first stored version; 0 on a record not yet stored. */
    @Value.Default
    public long version() {
        return 0;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link ScorecardRecord}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableScorecardRecord.Builder {
        Builder() {}
    }
}

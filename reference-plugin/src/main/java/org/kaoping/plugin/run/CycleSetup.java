package org.kaoping.plugin.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;

/**
 * Everything one cycle is scored with besides the org tree and the evidence: the plan, the cycle's reporting
 * deadlines, the declared effect of late and missing self-reports per rubric, the date obligations are judged
 * at, the city office, and which units are left out of scoring and why. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CycleSetup {
    private final AssessmentPlan plan;
    private final AssessmentCycle cycle;
    private final Map<String, List<ObligationEffect>> effects;
    private final Instant asOf;
    private final Map<OrgKind, String> excludedKinds;
    private final Map<String, String> excludedUnits;
    private final String cityOffice;

    private CycleSetup(Builder b) {
        this.plan = Objects.requireNonNull(b.plan, "plan must be set");
        this.cycle = b.cycle == null ? AssessmentCycle.of(plan.year()) : b.cycle;
        if (cycle.year() != plan.year()) {
            throw new IllegalArgumentException("cycle year " + cycle.year() + " differs from plan year " + plan.year());
        }
        this.asOf = b.asOf == null ? cycle.annualDeadline() : b.asOf;
        for (Map.Entry<String, List<ObligationEffect>> e : b.effects.entrySet()) {
            Rubric r = null;
            for (Rubric candidate : plan.rubrics().values()) {
                if (candidate.id().equals(e.getKey())) {
                    r = candidate;
                }
            }
            if (r == null) {
                throw new IllegalArgumentException("obligation effects name rubric [" + e.getKey() + "], which the plan does not use");
            }
            for (ObligationEffect o : e.getValue()) {
                r.criterion(o.criterionId()); // throws, naming rubric and criterion, if absent
            }
        }
        this.effects = Collections.unmodifiableMap(new LinkedHashMap<>(b.effects));
        this.excludedKinds = Collections.unmodifiableMap(new EnumMap<>(b.excludedKinds));
        this.excludedUnits = Collections.unmodifiableMap(new LinkedHashMap<>(b.excludedUnits));
        this.cityOffice = b.cityOffice;
    }

    public static Builder builder(AssessmentPlan plan) {
        return new Builder(plan);
    }

    public AssessmentPlan plan() {
        return plan;
    }

    public AssessmentCycle cycle() {
        return cycle;
    }

    /** The obligation effects of the rubric {@code rubricId}; empty if none are declared. */
    public List<ObligationEffect> effects(String rubricId) {
        List<ObligationEffect> l = effects.get(rubricId);
        return l == null ? Collections.<ObligationEffect>emptyList() : l;
    }

    /** The instant obligations are judged at: reports due by then and not submitted are missing. */
    public Instant asOf() {
        return asOf;
    }

    /** The unit id of the city office (依法治市办) the runtime is wired with; required to run the cycle. */
    public java.util.Optional<String> cityOffice() {
        return java.util.Optional.ofNullable(cityOffice);
    }

    /** Kinds of unit left out of scoring, with the reason. */
    public Map<OrgKind, String> excludedKinds() {
        return excludedKinds;
    }

    /** Units left out of scoring, with the reason. */
    public Map<String, String> excludedUnits() {
        return excludedUnits;
    }

    /** Builds a {@link CycleSetup}. */
    public static final class Builder {
        private final AssessmentPlan plan;
        private AssessmentCycle cycle;
        private Instant asOf;
        private final Map<String, List<ObligationEffect>> effects = new LinkedHashMap<>();
        private final Map<OrgKind, String> excludedKinds = new EnumMap<>(OrgKind.class);
        private final Map<String, String> excludedUnits = new LinkedHashMap<>();
        private String cityOffice;

        Builder(AssessmentPlan plan) {
            this.plan = plan;
        }

        public Builder cycle(AssessmentCycle cycle) {
            this.cycle = cycle;
            return this;
        }

        public Builder asOf(Instant asOf) {
            this.asOf = asOf;
            return this;
        }

        /** Files the effects of late and missing self-reports of units scored by {@code rubricId}. */
        public Builder effect(String rubricId, ObligationEffect effect) {
            effects.computeIfAbsent(rubricId, k -> new ArrayList<>()).add(effect);
            return this;
        }

        /** The unit id of the city office, the top assessor (under the delegation rules, the source of system evidence). */
        public Builder cityOffice(String unitId) {
            this.cityOffice = Objects.requireNonNull(unitId, "cityOffice must not be null");
            return this;
        }

        public Builder exclude(OrgKind kind, String reason) {
            excludedKinds.put(kind, Objects.requireNonNull(reason, "reason must not be null"));
            return this;
        }

        public Builder exclude(String unitId, String reason) {
            excludedUnits.put(unitId, Objects.requireNonNull(reason, "reason must not be null"));
            return this;
        }

        public CycleSetup build() {
            return new CycleSetup(this);
        }
    }
}

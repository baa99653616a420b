package org.kaoping.core.scoring;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.UnitEvidence;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;

/**
 * Scores units under an {@link AssessmentPlan}: (rubric, plan, unit, evidence) → {@link Scorecard}.
 *
 * <p>Construction validates every rubric of the plan and refuses one with errors by throwing the
 * validator's {@code InvalidRubricException}, refuses custom rule types with no evaluator, and lays each
 * rubric out for fast scoring. Scoring a unit is then linear in its criteria and evidence, reads evidence
 * through the index only, and builds no text; explanations are built on request. Immutable and
 * thread-safe: score units from as many threads as you like.
 */
@API(status = API.Status.STABLE)
public final class Scorer {
    private final AssessmentPlan plan;
    private final Map<String, CustomRuleEvaluator> customs;
    private final Map<OrgKind, CompiledRubric> byKind;

    private Scorer(AssessmentPlan plan, Map<String, CustomRuleEvaluator> customs) {
        this(plan, customs, true);
    }

    /**
     * A scorer that does not validate the plan's rubrics: for tests of compilation and scoring on rubrics whose
     * validation is tested on its own (e.g. depth), never for scoring real input.
     */
    static Scorer unvalidated(AssessmentPlan plan) {
        return new Scorer(plan, Collections.<String, CustomRuleEvaluator>emptyMap(), false);
    }

    private Scorer(AssessmentPlan plan, Map<String, CustomRuleEvaluator> customs, boolean validate) {
        this.plan = plan;
        this.customs = customs;
        Map<Rubric, CompiledRubric> compiled = new IdentityHashMap<>();
        Map<OrgKind, CompiledRubric> kinds = new HashMap<>();
        for (Map.Entry<OrgKind, Rubric> e : plan.rubrics().entrySet()) {
            CompiledRubric c = compiled.get(e.getValue());
            if (c == null) {
                c = new CompiledRubric(e.getValue(), plan, customs, validate);
                compiled.put(e.getValue(), c);
            }
            kinds.put(e.getKey(), c);
        }
        this.byKind = kinds;
    }

    /** A scorer for {@code plan} without custom rule evaluators. */
    public static Scorer of(AssessmentPlan plan) {
        return builder(plan).build();
    }

    public static Builder builder(AssessmentPlan plan) {
        return new Builder(plan);
    }

    /**
     * Scores {@code unit} by {@code rubric} under {@code plan}, whatever rubric the plan assigns to the unit's kind.
     *
     * @throws org.kaoping.core.validation.InvalidRubricException if the rubric has validation errors
     */
    public static Scorecard score(Rubric rubric, AssessmentPlan plan, OrgUnit unit, EvidenceIndex evidence) {
        AssessmentPlan only = AssessmentPlan.builder().from(plan).rubrics(Collections.singletonMap(unit.kind(), rubric)).build();
        return of(only).score(unit, evidence);
    }

    public AssessmentPlan plan() {
        return plan;
    }

    /** Scores {@code unit} by the plan's rubric for its kind, from its evidence in {@code evidence}. */
    public Scorecard score(OrgUnit unit, EvidenceIndex evidence) {
        return score(unit, evidence.unit(unit.id()));
    }

    /**
     * Scores {@code unit} from {@code evidence}, which must be the unit's own.
     *
     * @throws org.kaoping.core.ConfigurationException if the plan has no rubric for the unit's kind
     * @throws ScoringException if evidence cannot be scored as given (an unknown judgement level, an override above the item's points …)
     */
    public Scorecard score(OrgUnit unit, UnitEvidence evidence) {
        Objects.requireNonNull(unit, "unit must not be null");
        if (!evidence.unitId().equals(unit.id())) {
            throw new IllegalArgumentException("evidence of unit [" + evidence.unitId() + "] given to score unit [" + unit.id() + "]");
        }
        CompiledRubric cr = compiledFor(unit.kind());
        Engine run = new Engine(cr, plan, customs, unit, evidence, false);
        run.run();
        PlanEffects effects = new PlanEffects(plan, unit, run);
        return new Scorecard(cr, this, unit, evidence, run, effects.adjustments(), effects.vetoes());
    }

    private CompiledRubric compiledFor(OrgKind kind) {
        CompiledRubric cr = byKind.get(kind);
        if (cr == null) {
            plan.rubricFor(kind); // throws, naming the kinds the plan covers
        }
        return cr;
    }

    /** A traced run of the unit: what explanations and the evidence accounting are built from. */
    Engine trace(CompiledRubric cr, OrgUnit unit, UnitEvidence evidence) {
        Engine run = new Engine(cr, plan, customs, unit, evidence, true);
        run.run();
        return run;
    }

    /** Builds a {@link Scorer}, registering custom rule evaluators by type. */
    public static final class Builder {
        private final AssessmentPlan plan;
        private final Map<String, CustomRuleEvaluator> customs = new HashMap<>();

        Builder(AssessmentPlan plan) {
            this.plan = Objects.requireNonNull(plan, "plan must not be null");
        }

        /** Evaluates custom rules of {@code type} with {@code evaluator}. */
        public Builder customRule(String type, CustomRuleEvaluator evaluator) {
            Objects.requireNonNull(type, "type must not be null");
            Objects.requireNonNull(evaluator, "evaluator must not be null");
            if (customs.putIfAbsent(type, evaluator) != null) {
                throw new IllegalArgumentException("custom rule type [" + type + "] is registered twice");
            }
            return this;
        }

        /**
         * @throws org.kaoping.core.validation.InvalidRubricException if a rubric of the plan has validation errors
         * @throws ScoringException if a rubric uses a custom rule type with no evaluator
         */
        public Scorer build() {
            return new Scorer(plan, Collections.unmodifiableMap(new HashMap<>(customs)));
        }
    }
}

package org.kaoping.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.NotApplicableMark;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.EvidenceVisitor;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.JudgementLevel;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.Rules;
import org.kaoping.core.rule.TrendRule;

/**
 * The gate's checks of evidence against the plan and the unit's rubric: known criteria (leaves where a rule needs
 * one), judgement levels, checklist requirements, metric keys and their units of measure, incident categories,
 * adjustment categories, cited documents, and an override's bounds and date. Nothing that would be silently ignored
 * by scoring passes. One index per rubric, built on first use and cached; thread-safe.
 */
final class PlanChecks {
    private final AssessmentPlan plan;
    private final Map<String, RubricIndex> indices = new ConcurrentHashMap<>();

    PlanChecks(AssessmentPlan plan) {
        this.plan = plan;
    }

    /**
     * Why {@code e}, about a unit scored by {@code rubric}, is refused, or empty.
     *
     * @param documentExists whether a document id is stored or in the same batch
     * @param now the runtime's clock, beyond which an override may not be dated
     */
    Optional<String> problemOf(Evidence e, Rubric rubric, Predicate<String> documentExists, Instant now) {
        return checker(rubric, documentExists, now).apply(e);
    }

    /**
     * {@link #problemOf} for many records against one rubric: the rubric's index is looked up and the visitor made
     * once, not once a record (scoring re-checks every stored fact of a unit).
     */
    java.util.function.Function<Evidence, Optional<String>> checker(Rubric rubric, Predicate<String> documentExists, Instant now) {
        RubricIndex x = indices.computeIfAbsent(rubric.id(), k -> new RubricIndex(rubric, plan));
        ProblemOf visitor = new ProblemOf(x, rubric, documentExists, now);
        return e -> e.accept(visitor);
    }

    /** The checks of one piece of evidence against one rubric's index, by evidence kind. */
    private final class ProblemOf implements EvidenceVisitor<Optional<String>> {
        private final RubricIndex x;
        private final Rubric rubric;
        private final Predicate<String> documentExists;
        private final Instant now;

        ProblemOf(RubricIndex x, Rubric rubric, Predicate<String> documentExists, Instant now) {
            this.x = x;
            this.rubric = rubric;
            this.documentExists = documentExists;
            this.now = now;
        }

        @Override
        public Optional<String> visitSelfReport(SelfReport e) {
            for (String d : e.documentIds()) {
                if (!documentExists.test(d)) {
                    return Optional.of("self-report cites document [" + d + "], which is neither stored nor in the same batch");
                }
            }
            return Optional.empty();
        }

        @Override
        public Optional<String> visitMetricValue(MetricValue e) {
            MetricValue m = e;
            Metric known = x.metricChecks.get(m.key());
            if (known == null && !x.hasCustom) {
                return Optional.of("rubric [" + rubric.id() + "] has no rule measuring metric [" + m.key() + "]; known metrics: "
                        + list(x.metrics));
            }
            Set<String> units = known == null ? null : known.units;
            if (units != null && !known.unitSet.contains(m.unit())) {
                return Optional.of("metric [" + m.key() + "] is measured in " + list(units) + " by rubric [" + rubric.id()
                        + "]; got a value in [" + m.unit() + "]");
            }
            if (known != null && known.rate && units == null && !m.outOf().isPresent()) {
                return Optional.of("metric [" + m.key() + "] is a rate in rubric [" + rubric.id() + "]; the value needs its base (outOf)");
            }
            return Optional.empty();
        }

        @Override
        public Optional<String> visitIncident(Incident e) {
            if (!x.incidentCategories.contains(e.key()) && !x.hasCustom) {
                return Optional.of("incident category [" + e.key() + "] is named by no rule of rubric [" + rubric.id()
                        + "] and no veto of plan [" + plan.id() + "]; known categories: " + list(x.incidentCategories));
            }
            return Optional.empty();
        }

        @Override
        public Optional<String> visitAdjustment(Adjustment e) {
            Adjustment a = e;
            if (!x.adjustmentCategories.contains(a.key())) {
                return Optional.of("plan [" + plan.id() + "] declares no adjustment category [" + a.key() + "]; declared: "
                        + list(x.adjustmentCategories));
            }
            return Optional.empty();
        }

        @Override
        public Optional<String> visitJudgement(Judgement e) {
            CriterionRules rules = criterion(e);
            if (rules == null) {
                return Optional.of(criterionProblem(e));
            }
            Criterion c = rules.criterion;
            if (rules.custom) {
                return Optional.empty(); // a custom rule's evaluator decides what it reads
            }
            Judgement j = e;
            if (!rules.judged) {
                return Optional.of("criterion [" + c.id() + "] of rubric [" + rubric.id() + "] is not judged by levels; a judgement does not apply");
            }
            Set<String> levels = rules.levels;
            if (!levels.contains(j.level())) {
                return Optional.of("criterion [" + c.id() + "] has no judgement level [" + j.level() + "]; levels: " + list(levels));
            }
            return Optional.empty();
        }

        @Override
        public Optional<String> visitChecklistTick(ChecklistTick e) {
            CriterionRules rules = criterion(e);
            if (rules == null) {
                return Optional.of(criterionProblem(e));
            }
            Criterion c = rules.criterion;
            if (rules.custom) {
                return Optional.empty(); // a custom rule's evaluator decides what it reads
            }
            ChecklistTick t = e;
            if (!rules.checklist) {
                return Optional.of("criterion [" + c.id() + "] of rubric [" + rubric.id() + "] has no checklist; a tick does not apply");
            }
            int most = rules.mostRequirements;
            if (t.requirement() > most) {
                return Optional.of("criterion [" + c.id() + "] has " + most + " requirement(s); got requirement " + t.requirement());
            }
            for (String d : t.documentIds()) {
                if (!documentExists.test(d)) {
                    return Optional.of("tick cites document [" + d + "], which is neither stored nor in the same batch");
                }
            }
            return Optional.empty();
        }

        @Override
        public Optional<String> visitScoreOverride(ScoreOverride e) {
            CriterionRules rules = criterion(e);
            if (rules == null) {
                return Optional.of(criterionProblem(e));
            }
            Criterion c = rules.criterion;
            if (rules.custom) {
                return Optional.empty(); // a custom rule's evaluator decides what it reads
            }
            ScoreOverride o = e;
            if (!c.isLeaf()) {
                return Optional.of("criterion [" + c.id() + "] of rubric [" + rubric.id() + "] has children; overrides apply to leaves only");
            }
            if (o.newPoints().isNegative() || o.newPoints().compareTo(c.points()) > 0) {
                return Optional.of("newPoints " + o.newPoints() + " must lie in [0, " + c.points() + "] for criterion [" + c.id() + "]");
            }
            if (o.recordedAt().isAfter(now)) {
                return Optional.of("override dated " + o.recordedAt() + ", after the runtime's clock (" + now
                        + "); an override may not be dated in the future");
            }
            return Optional.empty();
        }

        @Override
        public Optional<String> visitDocument(DocumentRef e) {
            return onCriterion(e);
        }

        @Override
        public Optional<String> visitDeduction(Deduction e) {
            return onCriterion(e);
        }

        @Override
        public Optional<String> visitNotApplicable(NotApplicableMark e) {
            return onCriterion(e);
        }

        @Override
        public Optional<String> visitPublicRating(PublicRating e) {
            return onCriterion(e);
        }

        /** Evidence filed under a criterion id, with nothing to check but that the criterion exists. */
        private Optional<String> onCriterion(Evidence e) {
            return criterion(e) == null ? Optional.of(criterionProblem(e)) : Optional.<String>empty();
        }

        /** The criterion {@code e} is filed under, with its rules' facts, or null if the rubric has none by its key. */
        private CriterionRules criterion(Evidence e) {
            return x.criteria.get(e.key());
        }

        private String criterionProblem(Evidence e) {
            return "rubric [" + rubric.id() + "] has no criterion [" + e.key() + "]";
        }
    }


    /** A criterion and what the checks read from its rules: whether a custom rule reads it, its levels, its checklists' length. */
    private static final class CriterionRules {
        final Criterion criterion;
        final boolean custom;
        final boolean judged;
        /** The levels of its judgement rules, in order. */
        final Set<String> levels = new LinkedHashSet<>();
        final boolean checklist;
        /** The most requirements of its checklist rules. */
        final int mostRequirements;

        CriterionRules(Criterion c) {
            criterion = c;
            custom = !rulesOf(c, CustomRule.class).isEmpty();
            List<JudgementRule> judgements = rulesOf(c, JudgementRule.class);
            judged = !judgements.isEmpty();
            for (JudgementRule r : judgements) {
                for (JudgementLevel l : r.levels()) {
                    levels.add(l.name());
                }
            }
            List<ChecklistRule> checklists = rulesOf(c, ChecklistRule.class);
            checklist = !checklists.isEmpty();
            int most = 0;
            for (ChecklistRule r : checklists) {
                most = Math.max(most, r.requirements().size());
            }
            mostRequirements = most;
        }
    }

    private static <R extends Rule> List<R> rulesOf(Criterion c, Class<R> type) {
        List<R> out = new ArrayList<>();
        if (c.rule().isPresent()) {
            for (Rule r : Rules.leaves(c.rule().get())) {
                if (type.isInstance(r)) {
                    out.add(type.cast(r));
                }
            }
        }
        return out;
    }

    private static String list(Set<String> s) {
        return s.isEmpty() ? "none" : "[" + String.join(", ", s) + "]";
    }

    /** One metric a rubric measures: its units of measure (null when any) and whether it is a rate. */
    private static final class Metric {
        final Set<String> units;
        final Set<String> unitSet;
        final boolean rate;

        Metric(Set<String> units, boolean rate) {
            this.units = units;
            this.unitSet = units == null ? null : new HashSet<>(units);
            this.rate = rate;
        }
    }

    /** What a rubric (and the plan around it) names: criteria, metrics, units, incident and adjustment categories. */
    private static final class RubricIndex {
        /**
         * Per criterion id, the criterion with what the judgement and tick checks read from its rules, worked out once: the
         * gate checks every record filed and scoring every stored one, and each check walked the criterion's rules again.
         */
        final Map<String, CriterionRules> criteria = new HashMap<>();
        final Set<String> metrics = new java.util.TreeSet<>();
        final Map<String, Set<String>> metricUnits = new HashMap<>();
        final Set<String> rateMetrics = new HashSet<>();
        final Set<String> incidentCategories = new java.util.TreeSet<>();
        final Set<String> adjustmentCategories = new java.util.TreeSet<>();
        /**
         * Per metric, what the checks need, in hash sets: scoring re-checks every stored fact, and the sorted sets
         * above (kept for the messages) cost a string comparison per tree level per fact.
         */
        final Map<String, Metric> metricChecks = new HashMap<>();
        boolean hasCustom;

        RubricIndex(Rubric rubric, AssessmentPlan plan) {
            for (Criterion c : rubric.allCriteria()) {
                criteria.put(c.id(), new CriterionRules(c));
                if (c.rule().isPresent()) {
                    index(c.rule().get());
                }
            }
            for (VetoRule v : plan.vetoRules()) {
                incidentCategories.add(v.incidentCategory());
            }
            for (AdjustmentRule a : plan.adjustments()) {
                adjustmentCategories.add(a.category());
            }
            for (String m : metrics) {
                Set<String> units = metricUnits.get(m);
                metricChecks.put(m, new Metric(units, rateMetrics.contains(m)));
            }
        }

        private void index(Rule r) {
            if (r instanceof AtLeastRule) {
                AtLeastRule a = (AtLeastRule) r;
                metrics.add(a.metric());
                metricUnits.computeIfAbsent(a.metric(), k -> new java.util.TreeSet<>()).add(a.unit());
            } else if (r instanceof RateAtLeastRule) {
                metrics.add(((RateAtLeastRule) r).metric());
                rateMetrics.add(((RateAtLeastRule) r).metric());
            } else if (r instanceof TrendRule) {
                metrics.add(((TrendRule) r).metric());
            } else if (r instanceof NoIncidentRule) {
                incidentCategories.add(((NoIncidentRule) r).incidentCategory());
            } else if (r instanceof CompositeRule) {
                for (Rule c : ((CompositeRule) r).conditions()) {
                    index(c);
                }
            } else if (r instanceof CustomRule) {
                hasCustom = true;
            }
        }
    }
}

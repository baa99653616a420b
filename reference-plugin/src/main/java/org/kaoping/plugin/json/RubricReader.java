package org.kaoping.plugin.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Erratum;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.ConditionCredit;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.JudgementLevel;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.RuleKind;
import org.kaoping.core.rule.TrendRule;

/**
 * Maps a {@link Located} JSON tree to a {@link Rubric}, strictly: a missing required key, an unknown
 * key or a value of the wrong type is a {@link RubricFormatException} naming where it is and what was
 * expected. Sums and thresholds are not judged here; that is {@code RubricValidator}'s job.
 */
final class RubricReader extends JsonInput {
    private static final Set<String> RUBRIC_KEYS = keys("$schema", "id", "version", "title", "points",
            "appliesTo", "source", "criteria", "errata");
    private static final Set<String> CRITERION_KEYS = keys("id", "label", "title", "points", "pointsOrigin",
            "pointsNote", "tags", "rule", "criteria");
    private static final Set<String> ERRATUM_KEYS = keys("criterionId", "sourceSays", "used", "reason");
    private static final Set<String> POLICY_KEYS = keys("kind", "deduction");
    private static final Set<String> LEVEL_KEYS = keys("name", "share");

    RubricReader(String source) {
        super(source, RubricFormatException::new);
    }

    Rubric rubric(Located n) {
        object(n, "a rubric object", RUBRIC_KEYS);
        Rubric.Builder b = Rubric.builder()
                .id(string(required(n, "id")))
                .version(string(required(n, "version")))
                .title(string(required(n, "title")))
                .points(points(required(n, "points")))
                .source(string(required(n, "source")));
        Located kinds = n.fields.get("appliesTo");
        if (kinds != null) {
            for (Located k : array(kinds, "an array of org kinds")) {
                b.addAppliesTo(enumValue(k, OrgKind.class, "an org kind"));
            }
        }
        Located criteria = required(n, "criteria");
        List<Located> items = array(criteria, "an array of criteria");
        for (int i = 0; i < items.size(); i++) {
            b.addCriteria(criterion(items.get(i), Integer.toString(i + 1)));
        }
        Located errata = n.fields.get("errata");
        if (errata != null) {
            for (Located e : array(errata, "an array of errata")) {
                object(e, "an erratum object", ERRATUM_KEYS);
                b.addErrata(Erratum.of(string(required(e, "criterionId")), string(required(e, "sourceSays")),
                        string(required(e, "used")), string(required(e, "reason"))));
            }
        }
        return b.build();
    }

    private Criterion criterion(Located n, String defaultId) {
        object(n, "a criterion object", CRITERION_KEYS);
        Located idNode = n.fields.get("id");
        String id = idNode == null ? defaultId : string(idNode);
        Criterion.Builder b = Criterion.builder()
                .id(id)
                .label(string(required(n, "label")))
                .text(string(required(n, "title")))
                .points(points(required(n, "points")));
        Located origin = n.fields.get("pointsOrigin");
        b.pointsOrigin(origin == null ? PointsOrigin.SOURCE : enumValue(origin, PointsOrigin.class, "a points origin"));
        Located note = n.fields.get("pointsNote");
        if (note != null) {
            b.pointsNote(string(note));
        }
        Located tags = n.fields.get("tags");
        if (tags != null) {
            for (Located t : array(tags, "an array of tags")) {
                b.addTags(string(t));
            }
        }
        Located rule = n.fields.get("rule");
        if (rule != null) {
            b.rule(rule(rule));
        }
        Located children = n.fields.get("criteria");
        if (children != null) {
            List<Located> items = array(children, "an array of criteria");
            for (int i = 0; i < items.size(); i++) {
                b.addChildren(criterion(items.get(i), id + "." + (i + 1)));
            }
        }
        return b.build();
    }

    private Rule rule(Located n) {
        if (n.type != Located.Type.OBJECT) {
            throw error(n, "expected a rule object, got " + n.describe());
        }
        Located kindNode = required(n, "kind");
        RuleKind kind = enumValue(kindNode, RuleKind.class, "a rule kind");
        return kind.accept(new RuleKind.Visitor<Rule>() {
            @Override
            public Rule judgement() {
                object(n, "a judgement rule", keys("kind", "levels"));
                List<JudgementLevel> levels = new ArrayList<>();
                for (Located l : array(required(n, "levels"), "an array of levels")) {
                    object(l, "a level object", LEVEL_KEYS);
                    levels.add(JudgementLevel.of(string(required(l, "name")), ratio(required(l, "share"))));
                }
                return JudgementRule.of(levels);
            }

            @Override
            public Rule checklist() {
                object(n, "a checklist rule", keys("kind", "requirements", "policy"));
                List<String> requirements = new ArrayList<>();
                for (Located r : array(required(n, "requirements"), "an array of requirements")) {
                    requirements.add(string(r));
                }
                return ChecklistRule.of(policy(required(n, "policy")), requirements);
            }

            @Override
            public Rule atLeast() {
                object(n, "an at-least rule", keys("kind", "metric", "minimum", "unit", "period", "policy"));
                return AtLeastRule.of(string(required(n, "metric")), decimal(required(n, "minimum"), "a number"),
                        string(required(n, "unit")), enumValue(required(n, "period"), Period.class, "a period"),
                        policy(required(n, "policy")));
            }

            @Override
            public Rule rateAtLeast() {
                object(n, "a rate-at-least rule", keys("kind", "metric", "minimum", "target", "policy"));
                if (n.fields.containsKey("target")) { // issue 17: the threshold is the higher level's target
                    return RateAtLeastRule.ofTarget(string(required(n, "metric")), string(required(n, "target")),
                            policy(required(n, "policy")));
                }
                return RateAtLeastRule.of(string(required(n, "metric")), ratio(required(n, "minimum")),
                        policy(required(n, "policy")));
            }

            @Override
            public Rule trend() {
                object(n, "a trend rule", keys("kind", "metric", "direction", "policy"));
                return TrendRule.of(string(required(n, "metric")),
                        enumValue(required(n, "direction"), TrendRule.Direction.class, "a direction"),
                        policy(required(n, "policy")));
            }

            @Override
            public Rule noIncident() {
                object(n, "a no-incident rule", keys("kind", "incidentCategory", "policy"));
                return NoIncidentRule.of(string(required(n, "incidentCategory")), policy(required(n, "policy")));
            }

            @Override
            public Rule composite() {
                object(n, "a composite rule", keys("kind", "conditions", "policy", "conditionCredit"));
                List<Rule> conditions = new ArrayList<>();
                for (Located c : array(required(n, "conditions"), "an array of rules")) {
                    conditions.add(rule(c));
                }
                Located credit = n.fields.get("conditionCredit");
                return CompositeRule.of(policy(required(n, "policy")), credit == null ? ConditionCredit.MET_IN_FULL
                        : enumValue(credit, ConditionCredit.class, "a condition credit"), conditions);
            }

            @Override
            public Rule custom() {
                object(n, "a custom rule", keys("kind", "type", "parameters"));
                Map<String, String> parameters = new TreeMap<>();
                Located params = n.fields.get("parameters");
                if (params != null) {
                    if (params.type != Located.Type.OBJECT) {
                        throw error(params, "expected an object of text parameters, got " + params.describe());
                    }
                    for (Map.Entry<String, Located> e : params.fields.entrySet()) {
                        parameters.put(e.getKey(), string(e.getValue()));
                    }
                }
                return CustomRule.of(string(required(n, "type")), parameters);
            }

            @Override
            public Rule rollUp() {
                return RubricReader.this.rollUp(n);
            }
        });
    }

    /** A roll-up over the level below: its aggregate decides whether it takes a grade and a minimum or a maximum. */
    private Rule rollUp(Located n) {
        object(n, "a roll-up rule", keys("kind", "subordinateKind", "aggregate", "grade", "minimum", "maximum", "policy"));
        OrgKind kind = enumValue(required(n, "subordinateKind"), OrgKind.class, "an org kind");
        org.kaoping.core.rule.RollUpRule.Aggregate aggregate = enumValue(required(n, "aggregate"),
                org.kaoping.core.rule.RollUpRule.Aggregate.class, "a roll-up aggregate");
        CreditPolicy policy = policy(required(n, "policy"));
        switch (aggregate) {
            case SHARE_AT_LEAST:
                absent(n, "maximum", aggregate);
                return org.kaoping.core.rule.RollUpRule.shareAtLeast(kind, grade(required(n, "grade")), ratio(required(n, "minimum")), policy);
            case AVERAGE_AT_LEAST:
                absent(n, "maximum", aggregate);
                absent(n, "grade", aggregate);
                return org.kaoping.core.rule.RollUpRule.averageAtLeast(kind, points(required(n, "minimum")), policy);
            default: {
                absent(n, "minimum", aggregate);
                Located max = required(n, "maximum");
                java.math.BigDecimal m = decimal(max, "a whole number of units");
                if (m.signum() < 0 || m.stripTrailingZeros().scale() > 0 || m.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                    throw error(max, "expected a whole number of units from 0, got " + max.describe());
                }
                return org.kaoping.core.rule.RollUpRule.countBelowAtMost(kind, grade(required(n, "grade")), m.intValueExact(), policy);
            }
        }
    }

    private void absent(Located n, String key, Enum<?> aggregate) {
        Located v = n.fields.get(key);
        if (v != null) {
            throw error(v, "a \"" + JsonNames.of(aggregate) + "\" roll-up takes no \"" + key + "\"");
        }
    }

    /** One of the four standard grades, by its Chinese name. */
    private org.kaoping.core.plan.Grade grade(Located n) {
        String name = string(n);
        for (org.kaoping.core.plan.Grade g : new org.kaoping.core.plan.Grade[] {org.kaoping.core.plan.Grade.EXCELLENT,
            org.kaoping.core.plan.Grade.GOOD, org.kaoping.core.plan.Grade.PASS, org.kaoping.core.plan.Grade.FAIL}) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        throw error(n, "expected a grade: 优秀, 良好, 合格 or 不合格; got " + n.describe());
    }

    private CreditPolicy policy(Located n) {
        object(n, "a credit policy object", POLICY_KEYS);
        CreditPolicy.Kind kind = enumValue(required(n, "kind"), CreditPolicy.Kind.class, "a credit policy kind");
        Located deduction = n.fields.get("deduction");
        switch (kind) {
            case ALL_OR_NOTHING:
                noDeduction(deduction, kind);
                return CreditPolicy.allOrNothing();
            case PROPORTIONAL:
                noDeduction(deduction, kind);
                return CreditPolicy.proportional();
            default:
                return CreditPolicy.deductEach(points(required(n, "deduction")));
        }
    }

    private void noDeduction(Located deduction, CreditPolicy.Kind kind) {
        if (deduction != null) {
            throw error(deduction, "a \"" + JsonNames.of(kind) + "\" policy takes no deduction; only \""
                    + JsonNames.of(CreditPolicy.Kind.DEDUCT_PER_SHORTFALL) + "\" does");
        }
    }

    // ---- primitives -----------------------------------------------------------------------------

    private Ratio ratio(Located n) {
        Ratio r = n.type == Located.Type.STRING ? JsonNames.parseRatio(n.text) : null;
        if (r == null) {
            throw error(n, "expected a rate as a string such as \"98%\" or \"1/3\", got " + n.describe());
        }
        return r;
    }

    private static Set<String> keys(String... keys) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(keys)));
    }
}

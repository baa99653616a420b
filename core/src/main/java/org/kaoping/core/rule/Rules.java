package org.kaoping.core.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;

/**
 * Short static factories for writing rules in a rubric, so that a transcription reads close to the
 * source: {@code atLeast("training-sessions", 2, "次", YEAR)}, {@code rateAtLeast("exam-pass", "100%")}.
 */
@API(status = API.Status.STABLE)
public final class Rules {
    private Rules() {}

    /** The standard four-level judgement (好, 较好, 一般, 差). */
    public static JudgementRule judgement() {
        return JudgementRule.standard();
    }

    public static ChecklistRule checklist(CreditPolicy policy, String... requirements) {
        return ChecklistRule.of(policy, Arrays.asList(requirements));
    }

    /** At least {@code minimum} per period, all or nothing. */
    public static AtLeastRule atLeast(String metric, long minimum, String unit, Period period) {
        return AtLeastRule.of(metric, BigDecimal.valueOf(minimum), unit, period, CreditPolicy.allOrNothing());
    }

    public static AtLeastRule atLeast(String metric, long minimum, String unit, Period period, CreditPolicy policy) {
        return AtLeastRule.of(metric, BigDecimal.valueOf(minimum), unit, period, policy);
    }

    /** A rate of at least {@code percent} (e.g. "98%"), all or nothing. */
    public static RateAtLeastRule rateAtLeast(String metric, String percent) {
        return RateAtLeastRule.of(metric, Ratio.parsePercent(percent), CreditPolicy.allOrNothing());
    }

    public static RateAtLeastRule rateAtLeast(String metric, String percent, CreditPolicy policy) {
        return RateAtLeastRule.of(metric, Ratio.parsePercent(percent), policy);
    }

    /** The metric must rise year over year (逐年提高), all or nothing. */
    public static TrendRule rising(String metric) {
        return TrendRule.of(metric, TrendRule.Direction.INCREASE, CreditPolicy.allOrNothing());
    }

    /** The metric must fall year over year (逐年下降、降低), all or nothing. */
    public static TrendRule falling(String metric) {
        return TrendRule.of(metric, TrendRule.Direction.DECREASE, CreditPolicy.allOrNothing());
    }

    /** No incident of the category; the first one loses the whole item. */
    public static NoIncidentRule noIncident(String category) {
        return NoIncidentRule.of(category, CreditPolicy.allOrNothing());
    }

    /** No incident of the category; each one deducts {@code each} points, down to zero. */
    public static NoIncidentRule noIncident(String category, String each) {
        return NoIncidentRule.of(category, CreditPolicy.deductEach(Points.parse(each)));
    }

    /** All of the conditions, with credit in proportion to those met in full ({@link ConditionCredit#MET_IN_FULL}). */
    public static CompositeRule allOf(Rule... conditions) {
        return CompositeRule.of(CreditPolicy.proportional(), Arrays.asList(conditions));
    }

    public static CompositeRule allOf(CreditPolicy policy, Rule... conditions) {
        return CompositeRule.of(policy, Arrays.asList(conditions));
    }

    /** All of the conditions, each counting as {@code conditionCredit} declares, the item's credit by {@code policy}. */
    public static CompositeRule allOf(CreditPolicy policy, ConditionCredit conditionCredit, Rule... conditions) {
        return CompositeRule.of(policy, conditionCredit, Arrays.asList(conditions));
    }

    public static CreditPolicy allOrNothing() {
        return CreditPolicy.allOrNothing();
    }

    public static CreditPolicy proportional() {
        return CreditPolicy.proportional();
    }

    /** Deduct {@code each} (e.g. "0.5") per shortfall, down to zero (扣完为止). */
    public static CreditPolicy deductEach(String each) {
        return CreditPolicy.deductEach(Points.parse(each));
    }

    /**
     * The rules that decide {@code rule}: the rule itself, or for a composite every condition at any depth, depth
     * first, composites left out. For code that collects what rules read (the metrics of trend rules, the kinds a
     * roll-up reads) without a visitor per kind; code that must handle every kind implements {@link RuleVisitor}.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static List<Rule> leaves(Rule rule) {
        List<Rule> out = new ArrayList<>();
        addLeaves(java.util.Objects.requireNonNull(rule, "rule"), out);
        return Collections.unmodifiableList(out);
    }

    private static void addLeaves(Rule rule, List<Rule> out) {
        if (rule instanceof CompositeRule) {
            for (Rule r : ((CompositeRule) rule).conditions()) {
                addLeaves(r, out);
            }
        } else {
            out.add(rule);
        }
    }
}

package org.kaoping.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rule.RollUpRule;

/**
 * Evaluates a {@link RollUpRule} over the results of the level below, as the runtime hands them to the engine: one
 * derived metric value per subordinate unit (its id naming the subordinate plan and unit, its value the unit's total,
 * its unit of measure the unit's grade, or {@link RollUpRule#NO_RESULT}). Kept apart from the engine so that the
 * engine's visitor only forwards. Stateless.
 */
final class RollUpEvaluator {
    private static final Grade[] STANDARD = {Grade.EXCELLENT, Grade.GOOD, Grade.PASS, Grade.FAIL};

    private RollUpEvaluator() {}

    /** What a roll-up came to: whether it was met, the proportion achieved, the shortfalls, and the inputs in words. */
    static final class Outcome {
        final boolean met;
        final Ratio proportion;
        final long shortfalls;
        final List<String> inputs;

        Outcome(boolean met, Ratio proportion, long shortfalls, List<String> inputs) {
            this.met = met;
            this.proportion = proportion;
            this.shortfalls = shortfalls;
            this.inputs = Collections.unmodifiableList(inputs);
        }
    }

    /** The outcome of {@code rule} over {@code results}, or null when there is nothing to aggregate (missing input). */
    static Outcome evaluate(RollUpRule rule, List<MetricValue> results) {
        if (results.isEmpty()) {
            return null;
        }
        List<String> inputs = new ArrayList<>();
        int n = results.size();
        switch (rule.aggregate()) {
            case SHARE_AT_LEAST: {
                int k = atLeast(results, rule.grade());
                Ratio min = rule.minimumShare();
                boolean met = (long) k * min.denominator() >= Math.multiplyExact(min.numerator(), (long) n);
                Ratio share = Ratio.of(k, n);
                long needed = (Math.multiplyExact(min.numerator(), (long) n) + min.denominator() - 1) / min.denominator();
                inputs.add(k + " of " + n + " " + rule.subordinateKind() + " rated ≥ " + rule.grade().name() + ": " + share.toPercentString()
                        + (met ? " ≥ " : " < ") + min.toPercentString());
                list(results, inputs);
                Ratio prop = min.signum() == 0 ? Ratio.ONE : Fractions.divide(share, min);
                return new Outcome(met, prop.compareTo(Ratio.ONE) > 0 ? Ratio.ONE : prop, Math.max(0, needed - k), inputs);
            }
            case AVERAGE_AT_LEAST: {
                long sum = 0;
                int rated = 0;
                for (MetricValue m : results) {
                    if (!RollUpRule.NO_RESULT.equals(m.unit())) {
                        sum = Math.addExact(sum, m.scaledValue());
                        rated++;
                    }
                }
                if (rated == 0) {
                    return null;
                }
                // totals are in millionths, points in ten-thousandths: compare sum against minimum × 100 × rated
                long target = Math.multiplyExact(Math.multiplyExact(rule.minimumAverage().units(), 100L), (long) rated);
                boolean met = sum >= target;
                inputs.add("average total of " + rated + " rated " + rule.subordinateKind() + " "
                        + BigDecimal.valueOf(sum, MetricValue.SCALE).divide(BigDecimal.valueOf(rated), 2, java.math.RoundingMode.HALF_UP).toPlainString()
                        + (met ? " ≥ " : " < ") + rule.minimumAverage() + (rated < n ? "; " + (n - rated) + " without a result left out" : ""));
                list(results, inputs);
                Ratio prop = target == 0 ? Ratio.ONE : Ratio.of(Math.min(sum, target), target);
                return new Outcome(met, prop, met ? 0 : 1, inputs);
            }
            default: {
                int below = n - atLeast(results, rule.grade());
                boolean met = below <= rule.maximumBelow();
                inputs.add(below + " of " + n + " " + rule.subordinateKind() + " below " + rule.grade().name() + " or without a result"
                        + (met ? " ≤ " : " > ") + rule.maximumBelow());
                list(results, inputs);
                int allowed = n - rule.maximumBelow();
                Ratio prop = met || allowed <= 0 ? Ratio.ONE : Ratio.of(Math.max(0, n - below), allowed);
                return new Outcome(met, prop.compareTo(Ratio.ONE) > 0 ? Ratio.ONE : prop, met ? 0 : below - rule.maximumBelow(), inputs);
            }
        }
    }

    private static int atLeast(List<MetricValue> results, Grade grade) {
        int k = 0;
        for (MetricValue m : results) {
            Grade g = standard(m.unit());
            if (g != null && g.isAtLeast(grade)) {
                k++;
            }
        }
        return k;
    }

    /** The standard grade named {@code name}, or null (no result, or a grade the standard bands do not know). */
    private static Grade standard(String name) {
        for (Grade g : STANDARD) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        return null;
    }

    /** One line per subordinate result: the derived input's id (plan and unit), the grade and the total. */
    private static void list(List<MetricValue> results, List<String> inputs) {
        for (MetricValue m : results) {
            inputs.add("  " + m.id() + ": " + m.unit() + (RollUpRule.NO_RESULT.equals(m.unit()) ? ""
                    : " " + Points.of(m.value().setScale(Math.min(m.value().scale(), Points.SCALE), java.math.RoundingMode.HALF_UP))));
        }
    }
}

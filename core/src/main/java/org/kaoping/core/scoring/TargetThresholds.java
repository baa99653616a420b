package org.kaoping.core.scoring;

import java.util.List;
import java.util.Optional;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.review.UpperTarget;
import org.kaoping.core.rule.RateAtLeastRule;

/**
 * The threshold of a rate rule: its own minimum, or, for a rule naming a target of the higher level (上级指标要求), the
 * plan's target of that key for the year, with who set it and when written into the explanation.
 */
final class TargetThresholds {
    private TargetThresholds() {}

    /**
     * The threshold {@code rule} uses in {@code year} under {@code plan}, or null when it names a target the plan does
     * not hold for the year; {@code inputs} (null when not tracing) receives the line that explains it.
     */
    static Ratio minimum(RateAtLeastRule rule, AssessmentPlan plan, int year, List<String> inputs) {
        if (!rule.targetKey().isPresent()) {
            return rule.minimum();
        }
        String key = rule.targetKey().get();
        Optional<UpperTarget> t = plan.review().target(key, year);
        if (inputs != null) {
            inputs.add(t.isPresent() ? "target [" + key + "] of " + year + " " + t.get().describe()
                    : "no target [" + key + "] of " + year + " set by the higher level in plan [" + plan.id() + "]: the rate cannot be judged");
        }
        return t.isPresent() ? t.get().rate() : null;
    }
}

package org.kaoping.core.scoring;

import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rule.CustomRule;

/**
 * Evaluates {@link CustomRule}s of one type for the {@link Scorer}; the SPI's {@code RuleEvaluator} adapts
 * to it. It must be a pure function of its arguments (same inputs, same result) and thread-safe.
 */
@FunctionalInterface
@API(status = API.Status.STABLE)
public interface CustomRuleEvaluator {
    /**
     * @param rule the rule, with its parameters
     * @param criterion the leaf it scores
     * @param evidence the evidence of one channel filed under the criterion's id for the cycle's year, sorted by id
     */
    CustomResult evaluate(CustomRule rule, Criterion criterion, List<Evidence> evidence);
}

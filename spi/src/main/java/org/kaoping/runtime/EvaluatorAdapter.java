package org.kaoping.runtime;

import org.kaoping.core.scoring.ScoringException;
import org.kaoping.spi.internal.ProviderNames;
import org.kaoping.spi.RuleEvaluator;
import java.util.List;
import org.kaoping.core.KaopingException;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.scoring.CustomResult;
import org.kaoping.core.scoring.CustomRuleEvaluator;

/**
 * Adapts an SPI {@link RuleEvaluator} to core's {@link CustomRuleEvaluator}, naming the evaluator when it fails
 * or returns null, so that a broken plugin is identifiable from the scoring error. Immutable; as thread-safe as
 * the host's evaluator, which the SPI requires to be thread-safe.
 */
final class EvaluatorAdapter implements CustomRuleEvaluator {
    private final RuleEvaluator evaluator;

    EvaluatorAdapter(RuleEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public CustomResult evaluate(CustomRule rule, Criterion criterion, List<Evidence> evidence) {
        CustomResult r;
        try {
            r = evaluator.evaluate(rule, criterion, evidence);
        } catch (RuntimeException e) {
            throw new ScoringException("RuleEvaluator " + ProviderNames.describe(evaluator) + " failed on criterion ["
                    + criterion.id() + "]: " + e, e);
        }
        if (r == null) {
            throw new ScoringException("RuleEvaluator " + ProviderNames.describe(evaluator) + " returned null for criterion ["
                    + criterion.id() + "]");
        }
        return r;
    }
}

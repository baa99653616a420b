package org.kaoping.core.rule;

import java.util.List;
import org.immutables.value.Value;

/**
 * Several conditions on one item ("不少于5次，参考率不低于98%，合格率100%"): each condition is a rule,
 * and the policy turns the conditions met into points. {@link #conditionCredit()} declares how a condition with
 * partial credit of its own counts (by default only when met in full; see {@link ConditionCredit} for why).
 */
@Value.Immutable
public interface CompositeRule extends Rule {
    List<Rule> conditions();

    CreditPolicy policy();

    /** How a condition with partial credit counts; {@link ConditionCredit#MET_IN_FULL} unless declared. */
    @Value.Default
    default ConditionCredit conditionCredit() {
        return ConditionCredit.MET_IN_FULL;
    }

    static CompositeRule of(CreditPolicy policy, List<Rule> conditions) {
        return ImmutableCompositeRule.builder().policy(policy).conditions(conditions).build();
    }

    static CompositeRule of(CreditPolicy policy, ConditionCredit conditionCredit, List<Rule> conditions) {
        return ImmutableCompositeRule.builder().policy(policy).conditionCredit(conditionCredit).conditions(conditions).build();
    }

    @Override
    default RuleKind kind() {
        return RuleKind.COMPOSITE;
    }

    @Override
    default <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitComposite(this);
    }

    @Override
    default String describe() {
        StringBuilder s = new StringBuilder("all of [");
        String sep = "";
        for (Rule r : conditions()) {
            s.append(sep).append(r.describe());
            sep = "; ";
        }
        return s.append("], ").append(policy()).append(", ").append(conditionCredit().describe()).toString();
    }
}

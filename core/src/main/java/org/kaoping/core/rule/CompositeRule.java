package org.kaoping.core.rule;

import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.api.API;

/**
 * Several conditions on one item ("不少于5次，参考率不低于98%，合格率100%"): each condition is a rule,
 * and the policy turns the conditions met into points. {@link #conditionCredit()} declares how a condition with
 * partial credit of its own counts (by default only when met in full; see {@link ConditionCredit} for why).
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class CompositeRule implements Rule {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    CompositeRule() {}

    public abstract List<Rule> conditions();

    public abstract CreditPolicy policy();

    /** How a condition with partial credit counts; {@link ConditionCredit#MET_IN_FULL} unless declared. */
    @Value.Default
    public ConditionCredit conditionCredit() {
        return ConditionCredit.MET_IN_FULL;
    }

    public static CompositeRule of(CreditPolicy policy, List<Rule> conditions) {
        return ImmutableCompositeRule.builder().policy(policy).conditions(conditions).build();
    }

    public static CompositeRule of(CreditPolicy policy, ConditionCredit conditionCredit, List<Rule> conditions) {
        return ImmutableCompositeRule.builder().policy(policy).conditionCredit(conditionCredit).conditions(conditions).build();
    }

    @Override
    public RuleKind kind() {
        return RuleKind.COMPOSITE;
    }

    @Override
    public <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitComposite(this);
    }

    @Override
    public String describe() {
        StringBuilder s = new StringBuilder("all of [");
        String sep = "";
        for (Rule r : conditions()) {
            s.append(sep).append(r.describe());
            sep = "; ";
        }
        return s.append("], ").append(policy()).append(", ").append(conditionCredit().describe()).toString();
    }
}

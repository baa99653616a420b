package org.kaoping.core.rule;

import java.util.List;
import org.immutables.value.Value;

/** A checklist: each requirement is met or not, and the policy turns the misses into points. */
@Value.Immutable
public interface ChecklistRule extends Rule {
    /** The requirements, in the source's wording and order. */
    List<String> requirements();

    CreditPolicy policy();

    static ChecklistRule of(CreditPolicy policy, List<String> requirements) {
        return ImmutableChecklistRule.builder().policy(policy).requirements(requirements).build();
    }

    @Override
    default RuleKind kind() {
        return RuleKind.CHECKLIST;
    }

    @Override
    default <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitChecklist(this);
    }

    @Override
    default String describe() {
        return "checklist of " + requirements().size() + " requirement(s), " + policy();
    }
}

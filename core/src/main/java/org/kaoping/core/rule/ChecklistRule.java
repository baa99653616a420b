package org.kaoping.core.rule;

import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.api.API;

/** A checklist: each requirement is met or not, and the policy turns the misses into points. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class ChecklistRule implements Rule {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    ChecklistRule() {}

    /** The requirements, in the source's wording and order. */
    public abstract List<String> requirements();

    public abstract CreditPolicy policy();

    public static ChecklistRule of(CreditPolicy policy, List<String> requirements) {
        return ImmutableChecklistRule.builder().policy(policy).requirements(requirements).build();
    }

    @Override
    public RuleKind kind() {
        return RuleKind.CHECKLIST;
    }

    @Override
    public <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitChecklist(this);
    }

    @Override
    public String describe() {
        return "checklist of " + requirements().size() + " requirement(s), " + policy();
    }
}

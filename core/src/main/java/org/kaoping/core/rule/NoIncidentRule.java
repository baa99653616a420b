package org.kaoping.core.rule;

import org.immutables.value.Value;

/**
 * No incident of a category may occur ("无重大安全生产责任事故发生"): all-or-nothing loses the whole
 * item on the first incident, deduct-each loses a fixed amount per incident down to zero.
 */
@Value.Immutable
public interface NoIncidentRule extends Rule {
    /** The incident category evidence is reported under. */
    String incidentCategory();

    CreditPolicy policy();

    static NoIncidentRule of(String incidentCategory, CreditPolicy policy) {
        return ImmutableNoIncidentRule.builder().incidentCategory(incidentCategory).policy(policy).build();
    }

    @Override
    default RuleKind kind() {
        return RuleKind.NO_INCIDENT;
    }

    @Override
    default <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitNoIncident(this);
    }

    @Override
    default String describe() {
        return "no " + incidentCategory() + " incident, " + policy();
    }
}

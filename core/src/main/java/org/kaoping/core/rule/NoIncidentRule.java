package org.kaoping.core.rule;

import org.immutables.value.Value;
import org.kaoping.core.api.API;

/**
 * No incident of a category may occur ("无重大安全生产责任事故发生"): all-or-nothing loses the whole
 * item on the first incident, deduct-each loses a fixed amount per incident down to zero.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class NoIncidentRule implements Rule {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    NoIncidentRule() {}

    /** The incident category evidence is reported under. */
    public abstract String incidentCategory();

    public abstract CreditPolicy policy();

    public static NoIncidentRule of(String incidentCategory, CreditPolicy policy) {
        return ImmutableNoIncidentRule.builder().incidentCategory(incidentCategory).policy(policy).build();
    }

    @Override
    public RuleKind kind() {
        return RuleKind.NO_INCIDENT;
    }

    @Override
    public <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitNoIncident(this);
    }

    @Override
    public String describe() {
        return "no " + incidentCategory() + " incident, " + policy();
    }
}

package org.kaoping.core.rule;

import java.util.Map;
import org.immutables.value.Value;
import org.kaoping.core.api.API;

/** A rule of a host-defined type, evaluated by the SPI {@code RuleEvaluator} registered for that type. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class CustomRule implements Rule {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    CustomRule() {}

    /** The evaluator's type id, e.g. {@code acme/attendance}. */
    public abstract String type();

    /** The rule's parameters as text, in a stable order. */
    @Value.NaturalOrder
    public abstract java.util.SortedMap<String, String> parameters();

    public static CustomRule of(String type, Map<String, String> parameters) {
        return ImmutableCustomRule.builder().type(type).putAllParameters(parameters).build();
    }

    @Override
    public RuleKind kind() {
        return RuleKind.CUSTOM;
    }

    @Override
    public <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitCustom(this);
    }

    @Override
    public String describe() {
        return "custom " + type() + " " + parameters();
    }
}

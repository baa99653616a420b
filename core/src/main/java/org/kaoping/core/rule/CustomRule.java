package org.kaoping.core.rule;

import java.util.Map;
import org.immutables.value.Value;

/** A rule of a host-defined type, evaluated by the SPI {@code RuleEvaluator} registered for that type. */
@Value.Immutable
public interface CustomRule extends Rule {
    /** The evaluator's type id, e.g. {@code acme/attendance}. */
    String type();

    /** The rule's parameters as text, in a stable order. */
    @Value.NaturalOrder
    java.util.SortedMap<String, String> parameters();

    static CustomRule of(String type, Map<String, String> parameters) {
        return ImmutableCustomRule.builder().type(type).putAllParameters(parameters).build();
    }

    @Override
    default RuleKind kind() {
        return RuleKind.CUSTOM;
    }

    @Override
    default <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitCustom(this);
    }

    @Override
    default String describe() {
        return "custom " + type() + " " + parameters();
    }
}

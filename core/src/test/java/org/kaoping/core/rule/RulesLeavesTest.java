package org.kaoping.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** {@link Rules#leaves}: the rules that decide a rule, through composites at any depth, in order. */
class RulesLeavesTest {
    @Test
    void aPlainRuleIsItsOwnLeafAndCompositesAreOpenedDepthFirst() {
        Rule trend = Rules.rising("cases");
        assertEquals(Collections.singletonList(trend), Rules.leaves(trend));
        Rule tick = Rules.checklist(CreditPolicy.proportional(), "a");
        Rule rate = Rules.rateAtLeast("exam", "90");
        Rule inner = CompositeRule.of(CreditPolicy.allOrNothing(), Arrays.asList(rate, trend));
        Rule outer = CompositeRule.of(CreditPolicy.proportional(), Arrays.asList(tick, inner, Rules.judgement()));
        assertEquals(Arrays.asList(tick, rate, trend, Rules.judgement()), Rules.leaves(outer));
    }
}

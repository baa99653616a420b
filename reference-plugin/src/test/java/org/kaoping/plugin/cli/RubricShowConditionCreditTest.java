package org.kaoping.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 10.5: {@code rubric show} states how each composite item counts a condition met in part. */
class RubricShowConditionCreditTest {
    @Test
    @DisplayName("rubric show states every composite's condition-credit policy")
    void compositeStatesItsPolicy() {
        MainTest.Run show = new MainTest.Run("rubric", "show", "beihai-2015/county");
        assertEquals(0, show.exit, show.toString());
        long composites = show.out.lines().filter(l -> l.contains("计分规则：同时满足以下条件：")).count();
        long declared = show.out.lines().filter(l -> l.contains("计分规则：同时满足以下条件：")
                && l.endsWith("；部分满足的条件按未满足计（条件须完全满足才计入）")).count();
        assertTrue(composites > 0, show.out);
        assertEquals(composites, declared, "every composite says how a condition met in part counts");
    }
}

package org.kaoping.plugin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The neutralized characters tested by range (issue 14) are exactly those of the definition by character type, all 65 536. */
class SafeTextRangeTest {
    @Test
    void everyCharacterIsNeutralizedAsByItsType() {
        int neutralized = 0;
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(SafeText.isNeutralizedByType(c), SafeText.isNeutralized(c), String.format("U+%04X", i));
            neutralized += SafeText.isNeutralized(c) ? 1 : 0;
        }
        // 65 controls less LF and TAB, U+061C, U+200E, U+200F, five embeddings and four isolates
        assertEquals(63 + 1 + 2 + 5 + 4, neutralized);
        assertTrue(SafeText.isNeutralized('\u0085'));
        assertFalse(SafeText.isNeutralized('考'));
        assertEquals("a[U+202E]b\n", SafeText.of("a\u202Eb\n"));
    }
}

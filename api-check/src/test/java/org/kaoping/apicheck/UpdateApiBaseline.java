package org.kaoping.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: regenerates api-baseline/ from the current class files when asked to on purpose
 * ({@code api-baseline/update.sh} sets kaoping.api.baseline.update=true); skipped in every other build.
 */
class UpdateApiBaseline {

    @Test
    @EnabledIfSystemProperty(named = "kaoping.api.baseline.update", matches = "true")
    void writeTheBaselineFromTheCurrentClasses() {
        Baseline.write(Baseline.current());

        assertEquals(java.util.Collections.emptyList(), CompatibilityCheck.breaks(Baseline.read(), Baseline.current()));
    }
}

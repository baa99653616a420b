package org.kaoping.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * The shipped modules' STABLE types are compatible with the baseline in api-baseline/; a change that breaks one
 * fails the build until the baseline is regenerated on purpose (api-baseline/update.sh, see docs/api.md).
 */
class PublishedApiCompatibilityTest {

    @Test
    void stableTypesAreCompatibleWithTheBaseline() {
        assertEquals(Collections.emptyList(), CompatibilityCheck.breaks(Baseline.read(), Baseline.current()),
                "incompatible changes to STABLE types; if intended, run api-baseline/update.sh and say so in the commit");
    }

    @Test
    void theListingIsTheBaselinesSurface() throws IOException {
        String listed = new String(Files.readAllBytes(ShippedModules.baselineFolder().resolve(Baseline.LISTING)),
                StandardCharsets.UTF_8);

        assertEquals(Baseline.listing(Baseline.read()), listed,
                "api-baseline/stable-api.txt does not match the baseline jars: run api-baseline/update.sh");
    }
}

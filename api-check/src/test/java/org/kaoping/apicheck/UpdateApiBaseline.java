package org.kaoping.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: regenerates api-baseline/ from the current class files when asked to on purpose
 * ({@code api-baseline/update.sh} sets kaoping.api.baseline.update=true); skipped in every other build. It also
 * drops from pending-status.txt the types that have a status now (it never adds one).
 */
class UpdateApiBaseline {

    @Test
    @EnabledIfSystemProperty(named = "kaoping.api.baseline.update", matches = "true")
    void writeTheBaselineFromTheCurrentClasses() throws IOException {
        Baseline.write(Baseline.current());
        prunePendingStatus();

        assertEquals(Collections.emptyList(), CompatibilityCheck.breaks(Baseline.read(), Baseline.current()));
    }

    private static void prunePendingStatus() throws IOException {
        Path file = ShippedModules.baselineFolder().resolve("pending-status.txt");
        if (!Files.exists(file)) {
            return;
        }
        Map<String, Optional<String>> types = new TreeMap<>();
        for (String module : ShippedModules.NAMES) {
            types.putAll(EveryPublicTypeHasAStatusTest.publicTypes(module));
        }
        Set<String> pending = PendingStatus.names();
        List<String> kept = new ArrayList<>();
        boolean anyName = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String name = line.trim();
            if (name.isEmpty() || name.startsWith("#")) {
                kept.add(line);
            } else if (pending.contains(name) && types.containsKey(name) && !types.get(name).isPresent()) {
                kept.add(line);
                anyName = true;
            }
        }
        if (anyName) {
            Files.write(file, kept, StandardCharsets.UTF_8);
        } else {
            Files.delete(file);
        }
    }
}

package org.kaoping.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The compatibility check itself, on deliberate changes to copies of the real class files: a break of a STABLE type
 * is reported, the same change to an INTERNAL or EXPERIMENTAL type is not.
 */
class CompatibilityCheckTest {

    private static final String STABLE_TYPE = "org.kaoping.core.points.Points";

    private static Map<String, byte[]> core;
    private static Map<String, byte[]> plugin;

    @BeforeAll
    static void readClasses() {
        core = ClassFiles.fromFolder(ShippedModules.classes("core"));
        plugin = ClassFiles.fromFolder(ShippedModules.classes("reference-plugin"));
    }

    private static List<String> breaksOfCore(Map<String, byte[]> changedCore) {
        return CompatibilityCheck.breaks(Collections.singletonMap("core", core),
                Collections.singletonMap("core", changedCore));
    }

    @Test
    void unchangedClassesHaveNoBreak() {
        assertEquals(Collections.emptyList(), breaksOfCore(core));
    }

    @Nested
    class AStableType {

        @Test
        void losingAPublicMethodIsABreak() {
            List<String> breaks = breaksOfCore(Doctor.withoutMethod(core, STABLE_TYPE, "plus"));

            assertTrue(breaks.stream().anyMatch(b -> b.startsWith(STABLE_TYPE + ".plus(") && b.contains("METHOD_REMOVED")),
                    breaks.toString());
        }

        @Test
        void aChangedReturnTypeIsABreak() {
            List<String> breaks = breaksOfCore(
                    Doctor.withReturnType(core, STABLE_TYPE, "plus", "Ljava/lang/Object;"));

            assertTrue(breaks.stream().anyMatch(b -> b.startsWith(STABLE_TYPE + ".plus(")), breaks.toString());
        }

        @Test
        void aLoweredStatusIsABreak() {
            List<String> breaks = breaksOfCore(Doctor.withStatus(core, STABLE_TYPE, "INTERNAL"));

            assertEquals(Collections.singletonList(STABLE_TYPE + ": status lowered from STABLE to INTERNAL"), breaks);
        }
    }

    @Nested
    class ATypeTheCheckDoesNotHold {

        @Test
        void anInternalTypeMayLoseAMethod() {
            String internal = "org.kaoping.plugin.imports.CsvTable";
            Map<String, byte[]> changed = Doctor.withoutMethod(plugin, internal, "parse");

            List<String> breaks = CompatibilityCheck.breaks(Collections.singletonMap("reference-plugin", plugin),
                    Collections.singletonMap("reference-plugin", changed));

            assertEquals(Collections.emptyList(), breaks);
        }

        @Test
        void aTypeInAnInternalPackageMayLoseAMethod() {
            assertEquals(Collections.emptyList(),
                    breaksOfCore(Doctor.withoutMethod(core, "org.kaoping.core.internal.Checks", "notBlank")));
        }

        @Test
        void anExperimentalTypeMayLoseAMethod() {
            assertEquals(Collections.emptyList(),
                    breaksOfCore(Doctor.withoutMethod(core, "org.kaoping.core.rubric.diff.RubricDiff", "isEmpty")));
        }
    }
}

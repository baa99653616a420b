package org.kaoping.plugin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The xlsx writer inside the shaded jar: relocated under {@code org.kaoping.plugin.shaded}, not a dependency, and working. */
class XlsxShadedJarIT {
    private static Path jar() {
        String path = System.getProperty("kaoping.shadedJar");
        assertNotNull(path, "failsafe sets kaoping.shadedJar");
        return Paths.get(path);
    }

    @Test
    @DisplayName("fastexcel and opczip are relocated, and the published POM does not name them")
    void relocatedAndNotADependency() throws Exception {
        Path jar = jar();
        try (JarFile j = new JarFile(jar.toFile())) {
            for (JarEntry e : Collections.list(j.entries())) {
                assertFalse(e.getName().startsWith("org/dhatim/") || e.getName().startsWith("com/github/rzymek/"), "not relocated: " + e.getName());
            }
            assertNotNull(j.getEntry("org/kaoping/plugin/shaded/org/dhatim/fastexcel/Workbook.class"));
            assertNotNull(j.getEntry("org/kaoping/plugin/shaded/com/github/rzymek/opczip/OpcZipOutputStream.class"));
        }
        String pom = new String(Files.readAllBytes(jar.resolveSibling("dependency-reduced-pom.xml")), StandardCharsets.UTF_8);
        int start = pom.lastIndexOf("<dependencies>");
        String dependencies = start < 0 ? "" : pom.substring(start, pom.indexOf("</dependencies>", start));
        assertFalse(dependencies.contains("<artifactId>fastexcel</artifactId>") || dependencies.contains("opczip"), dependencies);
    }
    // The all-in-one CLI jar runs the demo and writes results.xlsx: CliJarIT in module cli checks it.
}

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

    @Test
    @DisplayName("the shaded jar's demo writes a results.xlsx that reads back")
    void theShadedDemoWritesAWorkbook(@TempDir Path dir) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("demo");
        Process p = new ProcessBuilder(java, "-jar", jar().toString(), "demo", "--out", out.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the demo finished");
        assertEquals(0, p.exitValue(), new String(Files.readAllBytes(dir.resolve("log.txt")), StandardCharsets.UTF_8));
        Map<String, List<org.dhatim.fastexcel.reader.Row>> book = XlsxReportTest.read(Files.readAllBytes(out.resolve(Reports.XLSX)));
        assertTrue(book.containsKey("问题清单") && book.containsKey("县（区）工作标准"), book.keySet().toString());
        assertTrue(new File(out.toFile(), Reports.HTML).isFile());
    }
}

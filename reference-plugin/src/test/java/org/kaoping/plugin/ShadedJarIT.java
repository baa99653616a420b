package org.kaoping.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the embeddable jar that {@code package} built and checks what an OA host would get: third-party code inside
 * and relocated, Kaoping's other artifacts outside (declared dependencies), no Main-Class. The runnable all-in-one
 * jar is checked by {@code CliJarIT} in module {@code cli}.
 */
class ShadedJarIT {
    private static Path jar;
    private static List<String> entries;

    @BeforeAll
    static void openJar() throws Exception {
        String path = System.getProperty("kaoping.shadedJar");
        assertNotNull(path, "failsafe sets kaoping.shadedJar");
        jar = Paths.get(path);
        assertTrue(Files.isRegularFile(jar), "shaded jar exists: " + jar);
        entries = new ArrayList<>();
        try (JarFile j = new JarFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = j.entries(); e.hasMoreElements(); ) {
                entries.add(e.nextElement().getName());
            }
        }
    }

    @Test
    void nothingIsLeftOutsideTheRelocatedPackages() {
        List<String> leaked = new ArrayList<>();
        for (String name : entries) {
            for (String prefix : Arrays.asList("com/google", "com/fasterxml", "picocli/", "org/checkerframework",
                    "org/jspecify", "META-INF/versions/", "META-INF/services/com.fasterxml", "META-INF/services/com.google")) {
                if (name.startsWith(prefix)) {
                    leaked.add(name);
                }
            }
            if (name.endsWith("module-info.class") || name.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")) {
                leaked.add(name);
            }
        }
        assertEquals(Collections.emptyList(), leaked);
        assertTrue(entries.contains("org/kaoping/plugin/shaded/com/google/common/collect/ImmutableList.class"));
        assertTrue(entries.contains("org/kaoping/plugin/shaded/com/fasterxml/jackson/core/JsonFactory.class"));
        assertTrue(entries.contains("org/kaoping/plugin/shaded/com/fasterxml/jackson/databind/ObjectMapper.class"));
        assertTrue(entries.contains("org/kaoping/plugin/shaded/picocli/CommandLine.class"));
    }

    @Test
    void everyClassIsJava8Bytecode() throws Exception {
        int classes = 0;
        List<String> tooNew = new ArrayList<>();
        try (JarFile j = new JarFile(jar.toFile())) {
            for (String name : entries) {
                if (!name.endsWith(".class") || name.startsWith("META-INF/versions/")) {
                    continue;
                }
                try (InputStream in = j.getInputStream(j.getEntry(name))) {
                    DataInputStream data = new DataInputStream(in);
                    assertEquals(0xCAFEBABE, data.readInt(), name);
                    data.readUnsignedShort();
                    int major = data.readUnsignedShort();
                    if (major > 52) {
                        tooNew.add(name + " (major " + major + ")");
                    }
                }
                classes++;
            }
        }
        assertEquals(Collections.emptyList(), tooNew);
        assertTrue(classes > 1000, "checked " + classes + " classes");
    }

    @Test
    void holdsNoClassOfAnotherKaopingArtifact() {
        List<String> foreign = new ArrayList<>();
        for (String name : entries) {
            for (String prefix : Arrays.asList("org/kaoping/core/", "org/kaoping/spi/", "org/kaoping/runtime/",
                    "org/kaoping/rubrics/", "org/kaoping/testkit/")) {
                if (name.startsWith(prefix)) {
                    foreign.add(name);
                }
            }
        }
        assertEquals(Collections.emptyList(), foreign, "kaoping-core, -spi and the rubrics are dependencies, not inside");
        assertTrue(entries.contains("org/kaoping/plugin/store/JournalAssessmentStore.class"));
    }

    @Test
    void manifestAndMergedServiceFiles() throws Exception {
        try (JarFile j = new JarFile(jar.toFile())) {
            java.util.jar.Attributes main = j.getManifest().getMainAttributes();
            assertEquals(null, main.getValue("Main-Class"), "the embeddable jar is not runnable alone; kaoping-cli is");
            assertEquals("org.kaoping.plugin", main.getValue("Automatic-Module-Name"));
            assertEquals("false", main.getValue("Multi-Release"));
            ZipEntry services = j.getEntry("META-INF/services/org.kaoping.spi.RubricProvider");
            assertNotNull(services, "merged RubricProvider service file");
            String text;
            try (InputStream in = j.getInputStream(services)) {
                text = new String(readAll(in), StandardCharsets.UTF_8);
            }
            assertTrue(text.contains("org.kaoping.plugin.rubrics.JsonDirectoryRubricProvider"), text);
            assertFalse(text.contains("Beihai2015RubricProvider"), "the rubrics' service file stays in their own jar: " + text);
            assertNotNull(j.getEntry("META-INF/services/org.kaoping.plugin.shaded.com.fasterxml.jackson.core.JsonFactory"),
                    "Jackson's own service file, relocated");
        }
    }

    @Test
    void dependencyReducedPomDeclaresKaopingAndDropsTheShadedLibraries() throws Exception {
        Path pom = jar.resolveSibling("dependency-reduced-pom.xml");
        String text = new String(Files.readAllBytes(pom), StandardCharsets.UTF_8);
        assertTrue(text.contains("<artifactId>kaoping-reference-plugin</artifactId>"), text);
        int start = text.lastIndexOf("<dependencies>");
        String dependencies = start < 0 ? "" : text.substring(start, text.indexOf("</dependencies>", start));
        for (String shaded : Arrays.asList("guava", "jackson", "picocli")) {
            assertFalse(dependencies.contains(shaded), shaded + " is inside the jar, not a dependency: " + dependencies);
        }
        for (String kaoping : Arrays.asList("kaoping-core", "kaoping-spi", "kaoping-rubrics-beihai-2015")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<artifactId>" + kaoping + "</artifactId>\\s*<version>[^<]+</version>\\s*<scope>compile</scope>")
                    .matcher(dependencies);
            assertTrue(m.find(), kaoping + " is a compile dependency of the published POM: " + dependencies);
        }
    }

    private static byte[] readAll(InputStream in) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] b = new byte[8192];
        for (int n; (n = in.read(b)) > 0; ) {
            out.write(b, 0, n);
        }
        return out.toByteArray();
    }
}

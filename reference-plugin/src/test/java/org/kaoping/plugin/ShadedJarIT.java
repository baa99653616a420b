package org.kaoping.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.File;
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
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.plugin.fixtures.SampleRubrics;
import org.kaoping.plugin.json.RubricJson;

/** Opens the shaded jar that {@code package} built and checks what an OA host would get. */
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
    void manifestAndMergedServiceFiles() throws Exception {
        try (JarFile j = new JarFile(jar.toFile())) {
            assertEquals("org.kaoping.plugin.cli.Main", j.getManifest().getMainAttributes().getValue("Main-Class"));
            ZipEntry services = j.getEntry("META-INF/services/org.kaoping.spi.RubricProvider");
            assertNotNull(services, "merged RubricProvider service file");
            String text;
            try (InputStream in = j.getInputStream(services)) {
                text = new String(readAll(in), StandardCharsets.UTF_8);
            }
            assertTrue(text.contains("org.kaoping.plugin.rubrics.JsonDirectoryRubricProvider"), text);
            assertNotNull(j.getEntry("META-INF/services/org.kaoping.plugin.shaded.com.fasterxml.jackson.core.JsonFactory"),
                    "Jackson's own service file, relocated");
        }
    }

    @Test
    void dependencyReducedPomDropsTheShadedLibraries() throws Exception {
        Path pom = jar.resolveSibling("dependency-reduced-pom.xml");
        String text = new String(Files.readAllBytes(pom), StandardCharsets.UTF_8);
        assertTrue(text.contains("<artifactId>kaoping-reference-plugin</artifactId>"), text);
        int start = text.lastIndexOf("<dependencies>");
        String dependencies = start < 0 ? "" : text.substring(start, text.indexOf("</dependencies>", start));
        for (String shaded : Arrays.asList("guava", "jackson", "picocli", "kaoping-spi", "kaoping-core")) {
            assertFalse(dependencies.contains(shaded), shaded + " is inside the jar, not a dependency: " + dependencies);
        }
    }

    @Test
    void runsAsAChildProcess(@TempDir Path dir) throws Exception {
        Result list = java(dir, "-jar", jar.toString(), "rubric", "list");
        assertEquals(0, list.exit, list.toString());
        assertTrue(list.out.startsWith("No rubrics found") || list.out.startsWith("ID "), list.toString());
    }

    @Test
    void readsOfficeRubricsAndPrintsUtf8WhateverThePlatformEncoding(@TempDir Path dir) throws Exception {
        Path rubrics = Files.createDirectory(dir.resolve("rubrics"));
        RubricJson.export(SampleRubrics.full(), rubrics.resolve("county.json"));
        RubricJson.export(SampleRubrics.broken(), dir.resolve("broken.json"));

        Result list = java(dir, "-Dfile.encoding=ISO-8859-1", "-Dkaoping.rubrics.dir=" + rubrics, "-jar", jar.toString(),
                "rubric", "list");
        assertEquals(0, list.exit, list.toString());
        // Columns are padded to the longest value, which depends on what else is discovered.
        assertTrue(java.util.regex.Pattern.compile("(?m)^sample-2016/county\\s+2016\\.1\\.0\\s+20\\s+json-directory\\s+县（区）工作标准（样例）$")
                .matcher(list.out).find(), list.toString());
        assertTrue(list.out.contains("beihai-2015/county"), list.toString());

        Result check = java(dir, "-jar", jar.toString(), "rubric", "check", dir.resolve("broken.json").toString());
        assertEquals(1, check.exit, check.toString());
        assertTrue(check.out.contains("ERROR SUM_MISMATCH"), check.toString());
    }

    private static Result java(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(args));
        File out = dir.resolve("stdout-" + System.nanoTime()).toFile();
        File err = dir.resolve("stderr-" + System.nanoTime()).toFile();
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out).redirectError(err).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), new String(Files.readAllBytes(out.toPath()), StandardCharsets.UTF_8),
                new String(Files.readAllBytes(err.toPath()), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] b = new byte[8192];
        for (int n; (n = in.read(b)) > 0; ) {
            out.write(b, 0, n);
        }
        return out.toByteArray();
    }

    private static final class Result {
        final int exit;
        final String out;
        final String err;

        Result(int exit, String out, String err) {
            this.exit = exit;
            this.out = out;
            this.err = err;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}

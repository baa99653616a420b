package org.kaoping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the runnable all-in-one jar that {@code package} built (the README's main-job command runs it) and runs it as
 * a child process: every Kaoping class and the relocated libraries inside, nothing unrelocated, Java 8 bytecode.
 */
class CliJarIT {
    private static Path jar;
    private static List<String> entries;

    @BeforeAll
    static void openJar() throws Exception {
        String path = System.getProperty("kaoping.cliJar");
        assertNotNull(path, "failsafe sets kaoping.cliJar");
        jar = Paths.get(path);
        assertTrue(Files.isRegularFile(jar), "CLI jar exists: " + jar);
        entries = new ArrayList<>();
        try (JarFile j = new JarFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = j.entries(); e.hasMoreElements(); ) {
                entries.add(e.nextElement().getName());
            }
        }
    }

    @Test
    void holdsEveryKaopingArtifactAndOnlyRelocatedLibraries() {
        for (String cls : Arrays.asList("org/kaoping/core/points/Points.class", "org/kaoping/runtime/Kaoping.class",
                "org/kaoping/spi/AssessmentStore.class", "org/kaoping/rubrics/beihai2015/Beihai2015.class",
                "org/kaoping/plugin/cli/Main.class", "org/kaoping/plugin/shaded/picocli/CommandLine.class",
                "org/kaoping/plugin/shaded/com/fasterxml/jackson/core/JsonFactory.class")) {
            assertTrue(entries.contains(cls), cls);
        }
        List<String> leaked = new ArrayList<>();
        for (String name : entries) {
            for (String prefix : Arrays.asList("com/google", "com/fasterxml", "picocli/", "org/checkerframework",
                    "org/jspecify", "META-INF/versions/")) {
                if (name.startsWith(prefix)) {
                    leaked.add(name);
                }
            }
            if (name.endsWith("module-info.class") || name.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")) {
                leaked.add(name);
            }
        }
        assertEquals(Collections.emptyList(), leaked);
    }

    @Test
    void manifestNamesTheMainClassAndServiceFilesAreMerged() throws Exception {
        try (JarFile j = new JarFile(jar.toFile())) {
            assertEquals("org.kaoping.plugin.cli.Main", j.getManifest().getMainAttributes().getValue("Main-Class"));
            ZipEntry services = j.getEntry("META-INF/services/org.kaoping.spi.RubricProvider");
            assertNotNull(services);
            String text;
            try (InputStream in = j.getInputStream(services)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(text.contains("org.kaoping.plugin.rubrics.JsonDirectoryRubricProvider"), text);
            assertTrue(text.contains("org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider"), text);
        }
    }

    @Test
    void everyClassIsJava8Bytecode() throws Exception {
        List<String> tooNew = new ArrayList<>();
        int classes = 0;
        try (JarFile j = new JarFile(jar.toFile())) {
            for (String name : entries) {
                if (!name.endsWith(".class")) {
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
    void dependencyReducedPomDeclaresNothing() throws Exception {
        String text = Files.readString(jar.resolveSibling("dependency-reduced-pom.xml"));
        assertTrue(text.contains("<artifactId>kaoping-cli</artifactId>"), text);
        assertTrue(!text.contains("<scope>compile</scope>") && !text.contains("kaoping-reference-plugin"),
                "everything is inside the CLI jar: " + text);
    }

    @Test
    void runsTheDemo(@TempDir Path dir) throws Exception {
        Result demo = java(dir, "-jar", jar.toString(), "demo", "--out", "report");
        assertEquals(0, demo.exit, demo.toString());
        assertTrue(Files.isRegularFile(dir.resolve("report/report.html")), demo.toString());
        assertTrue(Files.isRegularFile(dir.resolve("report/results.csv")), demo.toString());
        assertTrue(Files.size(dir.resolve("report/results.xlsx")) > 0, "the relocated xlsx writer works in the CLI jar: " + demo);
        assertTrue(demo.out.contains("示例数据"), demo.toString());
    }

    @Test
    void theReadmesMainJobCommandRunsThisJar() throws Exception {
        String readme = Files.readString(jar.toAbsolutePath().getParent().getParent().getParent().resolve("README.md")); // <root>/cli/target/jar
        String command = "./mvnw -q package -DskipTests && java -jar cli/target/" + jar.getFileName() + " demo --out report";
        assertTrue(readme.contains(command), "README names the CLI jar in its main-job command: " + command);
    }

    @Test
    void readsOfficeRubricsAndPrintsUtf8WhateverThePlatformEncoding(@TempDir Path dir) throws Exception {
        Result export = java(dir, "-jar", jar.toString(), "rubric", "export", "beihai-2015/county");
        assertEquals(0, export.exit, export.toString());
        Path rubrics = Files.createDirectory(dir.resolve("rubrics"));
        // The office's own standard: the Beihai county rubric under another id and title.
        Files.writeString(rubrics.resolve("county.json"), export.out
                .replace("\"id\": \"beihai-2015/county\"", "\"id\": \"office-2016/county\"")
                .replace("\"title\": \"县（区）工作标准\"", "\"title\": \"县（区）工作标准（办公室样例）\""));
        // Broken: the top total no longer matches its sections.
        Files.writeString(dir.resolve("broken.json"), export.out.replaceFirst("\"points\": 100,", "\"points\": 90,"));

        Result list = java(dir, "-Dfile.encoding=ISO-8859-1", "-Dkaoping.rubrics.dir=" + rubrics, "-jar", jar.toString(),
                "rubric", "list");
        assertEquals(0, list.exit, list.toString());
        assertTrue(Pattern.compile("(?m)^office-2016/county\\s+2015\\.1\\.0\\s+100\\s+json-directory\\s+县（区）工作标准（办公室样例）$")
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
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
    }

    private record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}

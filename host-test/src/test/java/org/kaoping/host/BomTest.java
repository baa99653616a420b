package org.kaoping.host;

import static org.junit.jupiter.api.Assertions.assertEquals;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The kaoping-bom lists every module of the build that a host may depend on, and nothing else. */
class BomTest {
    /** Modules that are not dependencies: an application, the BOM itself, and what is never published. */
    private static final List<String> NOT_DEPENDENCIES = Arrays.asList("kaoping-bom", "kaoping-cli", "kaoping-examples",
            "kaoping-api-check",
            "kaoping-benchmarks", "kaoping-host-test", "kaoping-starter-boot27-test",
            "kaoping-starter-boot35-test");

    @Test
    void listsEveryEmbeddableModule() throws IOException {
        Path root = Paths.get("..").toAbsolutePath().normalize();
        Set<String> embeddable = new TreeSet<>();
        Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(read(root.resolve("pom.xml")));
        while (modules.find()) {
            String artifactId = artifactId(read(root.resolve(modules.group(1)).resolve("pom.xml")));
            if (!NOT_DEPENDENCIES.contains(artifactId)) {
                embeddable.add(artifactId);
            }
        }
        Set<String> inBom = new TreeSet<>();
        Matcher managed = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(read(root.resolve("bom/pom.xml")));
        while (managed.find()) {
            inBom.add(managed.group(1));
        }
        inBom.remove("kaoping-bom");
        assertEquals(embeddable, inBom);
    }

    /** The project's own artifactId: the first one after the parent block, if any. */
    private static String artifactId(String pom) {
        int from = pom.indexOf("</parent>");
        Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(pom);
        if (!m.find(Math.max(from, 0))) {
            throw new AssertionError("no artifactId in " + pom);
        }
        return m.group(1);
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}

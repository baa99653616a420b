package org.kaoping.apicheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The modules whose jars Kaoping ships, and where their class files and baselines lie in the repository. */
final class ShippedModules {

    /** The shipped modules, as folder names of the repository. */
    static final List<String> NAMES = Collections.unmodifiableList(Arrays.asList(
            "core", "spi", "rubrics-2015", "reference-plugin", "spring-boot-starter", "testkit"));

    private ShippedModules() {
    }

    /** The repository's root folder, set by the build (kaoping.root); the parent of this module otherwise. */
    static Path root() {
        String root = System.getProperty("kaoping.root");
        return (root == null ? Paths.get("..") : Paths.get(root)).toAbsolutePath().normalize();
    }

    /** A module's compiled main classes; refuses a module that has not been compiled. */
    static Path classes(String module) {
        Path classes = root().resolve(module).resolve("target").resolve("classes");
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException(classes + " does not exist: compile the shipped modules first"
                    + " (./mvnw -q package -DskipTests)");
        }
        return classes;
    }

    /** The folder that holds the baseline of the published surface. */
    static Path baselineFolder() {
        return root().resolve("api-baseline");
    }

    /** A module's baseline jar: the stubs of its class files as last published on purpose. */
    static Path baselineJar(String module) {
        return baselineFolder().resolve(module + ".jar");
    }
}

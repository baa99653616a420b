package org.kaoping.apicheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baseline of the published surface in api-baseline/: per shipped module a jar of its class files without
 * method bodies (what japicmp compares), and stable-api.txt, the held surface as text for reviewers.
 */
final class Baseline {

    static final String LISTING = "stable-api.txt";

    private Baseline() {
    }

    /** The baseline's class files, by module. */
    static Map<String, Map<String, byte[]>> read() {
        Map<String, Map<String, byte[]>> out = new LinkedHashMap<>();
        for (String module : ShippedModules.NAMES) {
            Path jar = ShippedModules.baselineJar(module);
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: run api-baseline/update.sh");
            }
            try {
                out.put(module, ClassFiles.fromJar(Files.readAllBytes(jar)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The current class files of the shipped modules, by module. */
    static Map<String, Map<String, byte[]>> current() {
        Map<String, Map<String, byte[]>> out = new LinkedHashMap<>();
        for (String module : ShippedModules.NAMES) {
            out.put(module, ClassFiles.fromFolder(ShippedModules.classes(module)));
        }
        return out;
    }

    /** The text listing of what a set of modules' class files hold stable. */
    static String listing(Map<String, Map<String, byte[]>> modules) {
        Map<String, byte[]> all = new TreeMap<>();
        modules.values().forEach(all::putAll);
        return "# The STABLE (and DEPRECATED) surface held by the compatibility check, written by api-baseline/update.sh\n"
                + "# from the baseline jars beside this file. Do not edit: regenerate on purpose (docs/api.md).\n"
                + new PublishedSurface(all).listing();
    }

    /** Writes the current classes as the new baseline: stub jars and the listing. */
    static void write(Map<String, Map<String, byte[]>> current) {
        try {
            Files.createDirectories(ShippedModules.baselineFolder());
            Map<String, Map<String, byte[]>> stubs = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, byte[]>> module : current.entrySet()) {
                Map<String, byte[]> stub = new TreeMap<>();
                module.getValue().forEach((entry, bytes) -> stub.put(entry, ClassFiles.stub(bytes)));
                stubs.put(module.getKey(), stub);
                Files.write(ShippedModules.baselineJar(module.getKey()), ClassFiles.toJar(stub));
            }
            Files.write(ShippedModules.baselineFolder().resolve(LISTING),
                    listing(stubs).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.kaoping.apicheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The types whose {@code @API} status another branch adds (api-baseline/pending-status.txt, one class name a line):
 * accepted without a status until then, and refused once they have one, so that the list only shrinks.
 */
final class PendingStatus {

    private PendingStatus() {
    }

    static Set<String> names() {
        Path file = ShippedModules.baselineFolder().resolve("pending-status.txt");
        if (!Files.exists(file)) {
            return Collections.emptySet();
        }
        try {
            Set<String> names = new TreeSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String name = line.trim();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

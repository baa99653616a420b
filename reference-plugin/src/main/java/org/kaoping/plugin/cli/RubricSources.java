package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kaoping.plugin.rubrics.JsonDirectoryRubricProvider;
import org.kaoping.spi.ProviderFailure;
import org.kaoping.spi.Providers;
import org.kaoping.spi.RubricProvider;
import org.kaoping.spi.RubricRegistry;

/** The rubrics every command offers: the discovered providers' and, with {@code --rubrics DIR}, the rubric files of DIR. */
final class RubricSources {
    /** The option's help text, the same on every command. */
    static final String HELP = "Also offer the rubric JSON files of DIR (an office's own standards; see rubric export). "
            + "Without it, the folder named by the system property " + JsonDirectoryRubricProvider.DIRECTORY_PROPERTY + ", if set.";

    private RubricSources() {}

    /**
     * The rubrics of the discovered providers; with {@code dir}, the discovered directory provider is replaced by one
     * reading {@code dir}. Discovery failures and refused rubric files are printed to {@code err} as warnings.
     */
    static RubricRegistry registry(Path dir, PrintWriter err) {
        Providers<RubricProvider> found = Providers.discover(RubricProvider.class);
        List<ProviderFailure> failures = new ArrayList<>(found.failures());
        RubricRegistry r;
        if (dir == null) {
            r = RubricRegistry.of(found);
        } else {
            List<RubricProvider> wired = new ArrayList<>();
            boolean replaced = false;
            for (RubricProvider p : found.all()) {
                if (p instanceof JsonDirectoryRubricProvider) {
                    wired.add(new JsonDirectoryRubricProvider(dir));
                    replaced = true;
                } else {
                    wired.add(p);
                }
            }
            if (!replaced) {
                wired.add(new JsonDirectoryRubricProvider(dir));
            }
            r = RubricRegistry.of(wired);
        }
        failures.addAll(r.failures().subList(dir == null ? found.failures().size() : 0, r.failures().size()));
        for (ProviderFailure f : failures) {
            err.println("kaoping: warning: rubric provider left out: " + f);
        }
        for (RubricProvider p : r.providers()) {
            if (p instanceof JsonDirectoryRubricProvider) {
                for (String problem : ((JsonDirectoryRubricProvider) p).problems()) {
                    err.println("kaoping: warning: rubric file left out: " + problem);
                }
            }
        }
        return r;
    }

    /** A rubric id of {@code registry}, or a rubric JSON file when {@code target} names an existing file (the file wins). */
    static org.kaoping.core.rubric.Rubric byIdOrFile(RubricRegistry registry, String target) {
        Path file;
        try {
            file = java.nio.file.Paths.get(target);
        } catch (java.nio.file.InvalidPathException notAPath) {
            file = null;
        }
        return file != null && java.nio.file.Files.isRegularFile(file) ? org.kaoping.plugin.json.RubricJson.read(file) : registry.rubric(target);
    }
}

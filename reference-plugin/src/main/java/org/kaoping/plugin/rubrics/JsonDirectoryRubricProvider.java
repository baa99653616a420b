package org.kaoping.plugin.rubrics;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.kaoping.core.KaopingException;
import org.kaoping.core.api.API;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.plugin.json.RubricJson;
import org.kaoping.spi.RubricProvider;

/**
 * A {@link RubricProvider} that reads every rubric JSON file of a directory, so an assessment office
 * can author a standard (say, a 2016 one) without Java.
 *
 * <p>The directory is the one given to the constructor or, for the no-argument constructor used by
 * discovery, the system property {@value #DIRECTORY_PROPERTY}; with neither, the provider offers no
 * rubric. On construction it reads, in file-name order, each entry (not a directory) whose name ends in
 * {@code .json} and does not start with a dot (so the temporary files of an export are skipped); it
 * does not descend into sub-directories. A file that is not valid rubric JSON, or whose rubric id an
 * earlier file already has, or that is not a regular file or exceeds {@code InputLimits.MAX_RUBRIC_FILE_BYTES}, is
 * left out and recorded in {@link #problems()} with the file, line and field, and one warning line is logged on {@code org.kaoping.plugin}. Later changes to the directory
 * are not seen.
 *
 * <p>Registered in {@code META-INF/services/org.kaoping.spi.RubricProvider} with id {@value #ID}.
 * Immutable after construction and thread-safe.
 */
@API(status = API.Status.STABLE)
public final class JsonDirectoryRubricProvider implements RubricProvider {
    /** The system property naming the rubric directory for the discovered instance. */
    public static final String DIRECTORY_PROPERTY = "kaoping.rubrics.dir";
    /** This provider's id. */
    public static final String ID = "json-directory";

    private static final Logger LOG = Logger.getLogger("org.kaoping.plugin");

    private final Path directory;
    private final Map<String, Rubric> rubrics = new LinkedHashMap<>();
    private final Map<String, Path> files = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** The directory named by the system property {@value #DIRECTORY_PROPERTY}, or none if it is not set. */
    public JsonDirectoryRubricProvider() {
        this(fromProperty());
    }

    /** Reads {@code directory} now; {@code null} means no directory and no rubrics. */
    public JsonDirectoryRubricProvider(Path directory) {
        this.directory = directory;
        if (directory != null) {
            load(directory);
        }
        if (!problems.isEmpty()) {
            LOG.warning("Kaoping " + ID + ": read " + rubrics.size() + " rubric(s) from " + directory + "; "
                    + problems.size() + " problem(s): " + String.join("; ", problems));
        }
    }

    private static Path fromProperty() {
        String dir = System.getProperty(DIRECTORY_PROPERTY);
        return dir == null || dir.trim().isEmpty() ? null : Paths.get(dir.trim());
    }

    private void load(Path dir) {
        if (!Files.isDirectory(dir)) {
            problems.add(dir + ": not a directory (" + DIRECTORY_PROPERTY + ")");
            return;
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : stream) {
                // Not only regular files: a FIFO or device under a rubric's name is read, and so refused and recorded.
                if (!p.getFileName().toString().startsWith(".") && !Files.isDirectory(p)) {
                    candidates.add(p);
                }
            }
        } catch (IOException e) {
            problems.add(dir + ": cannot list the directory: " + e);
            return;
        }
        Collections.sort(candidates, (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path file : candidates) {
            Rubric r;
            try {
                r = RubricJson.read(file);
            } catch (KaopingException e) {
                problems.add(e.getMessage());
                continue;
            }
            Path earlier = files.get(r.id());
            if (earlier != null) {
                problems.add(file + ": rubric id [" + r.id() + "] is already defined in " + earlier + "; file left out");
                continue;
            }
            rubrics.put(r.id(), r);
            files.put(r.id(), file);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    /** The directory read, if any. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** Rubric ids in the order of their files' names. */
    @Override
    public List<String> rubricIds() {
        return Collections.unmodifiableList(new ArrayList<>(rubrics.keySet()));
    }

    @Override
    public Optional<Rubric> rubric(String rubricId) {
        return Optional.ofNullable(rubrics.get(rubricId));
    }

    /** The file a rubric was read from. */
    public Optional<Path> fileOf(String rubricId) {
        return Optional.ofNullable(files.get(rubricId));
    }

    /** One message per file left out (naming the file, line and field), or per unusable directory. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }
}

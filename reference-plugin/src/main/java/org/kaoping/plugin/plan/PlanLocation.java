package org.kaoping.plugin.plan;

import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * Where a declaration of a plan was read: the source (a file name), 1-based line and column, and the JSON path,
 * so that a problem found only when the plan is resolved (an unknown rubric, a criterion the rubric lacks) can
 * still say where it is. Plans built in Java carry {@link #ofPath(String, String)} locations without line.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class PlanLocation {
    private final String source;
    private final int line;
    private final int column;
    private final String path;

    private PlanLocation(String source, int line, int column, String path) {
        this.source = Objects.requireNonNull(source, "source must not be null");
        this.line = line;
        this.column = column;
        this.path = Objects.requireNonNull(path, "path must not be null");
    }

    /** A position in a file. */
    public static PlanLocation of(String source, int line, int column, String path) {
        return new PlanLocation(source, line, column, path);
    }

    /** A JSON path in a plan that was not read from text (line and column 0). */
    public static PlanLocation ofPath(String source, String path) {
        return new PlanLocation(source, 0, 0, path);
    }

    public String source() {
        return source;
    }

    /** 1-based, or 0 when the plan was not read from text. */
    public int line() {
        return line;
    }

    /** 1-based, or 0 when the plan was not read from text. */
    public int column() {
        return column;
    }

    /** The JSON path, e.g. {@code $.rubrics[0].selfReportCriterion}. */
    public String path() {
        return path;
    }

    /** The same source, line and column with another path (a key inside the located object). */
    public PlanLocation child(String key) {
        return new PlanLocation(source, line, column, path + "." + key);
    }

    @Override
    public String toString() {
        return source + " line " + line + " column " + column + " (" + path + ")";
    }
}

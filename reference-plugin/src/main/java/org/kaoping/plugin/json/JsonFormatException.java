package org.kaoping.plugin.json;

import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;

/**
 * Thrown when JSON text read by this plugin is not what was expected; the message names the source (a file
 * name or other name given to the reader), the line and column, the JSON path and what was expected:
 * {@code rubric.json line 12 column 7 ($.criteria[1].points): expected a number of points, got "abc"}.
 * Catch {@link EvidenceFormatException}, {@link RubricFormatException} or {@link PlanFormatException} to tell the
 * kinds of input apart. Nothing is produced from a source that throws it.
 *
 * <p>Naming rule (see {@code docs/naming.md}): a file or text refused for its content throws a
 * {@code …FormatException}, a {@link org.kaoping.core.RefusedInputException}. JSON, Kaoping's own syntax, gives
 * {@code <Content>FormatException} ({@link org.kaoping.plugin.json.EvidenceFormatException},
 * {@link org.kaoping.plugin.json.RubricFormatException}, {@link org.kaoping.plugin.json.PlanFormatException}, all
 * {@link org.kaoping.plugin.json.JsonFormatException}); CSV, the office's export syntax, gives
 * {@code <Content>CsvFormatException} ({@link org.kaoping.plugin.imports.EvidenceCsvFormatException},
 * {@link org.kaoping.plugin.directory.UnitsCsvFormatException}, both
 * {@link org.kaoping.plugin.imports.CsvFormatException}).
 */
@API(status = API.Status.STABLE)
public abstract class JsonFormatException extends RefusedInputException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    JsonFormatException(String source, int line, int column, String path, String problem) {
        super(line <= 0 ? source + ": " + problem : source + " line " + line + " column " + column + " (" + path + "): " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path;
        this.problem = problem;
    }

    /** The file name or other source name given to the reader. */
    public String source() {
        return source;
    }

    /** 1-based line of the offending value or key; 0 when the problem is the whole file (not a regular file, too large). */
    public int line() {
        return line;
    }

    /** 1-based column of the offending value or key. */
    public int column() {
        return column;
    }

    /** The JSON path of the offending value, e.g. {@code $[2].value} or {@code $.criteria[1].points}. */
    public String path() {
        return path;
    }

    /** What was expected and what was found, without the location. */
    public String problem() {
        return problem;
    }
}

package org.kaoping.plugin.json;

import org.kaoping.core.KaopingException;

/**
 * Thrown when JSON text read by this plugin is not what was expected; the message names the source (a file
 * name or other name given to the reader), the line and column, the JSON path and what was expected:
 * {@code rubric.json line 12 column 7 ($.criteria[1].points): expected a number of points, got "abc"}.
 * Catch {@link EvidenceFormatException} or {@link RubricFormatException} to tell the kinds of input apart.
 */
public abstract class JsonInputException extends KaopingException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    JsonInputException(String source, int line, int column, String path, String problem) {
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

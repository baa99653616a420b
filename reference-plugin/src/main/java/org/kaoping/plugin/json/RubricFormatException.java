package org.kaoping.plugin.json;

import org.kaoping.core.api.API;
/**
 * Thrown when a rubric file is not valid rubric JSON; the message names the file, the line and column,
 * the JSON path and what was expected:
 * {@code rubric.json line 12 column 7 ($.criteria[1].points): expected a number of points, got "abc"}.
 */
@API(status = API.Status.STABLE)
public final class RubricFormatException extends JsonFormatException {
    private static final long serialVersionUID = 1L;

    RubricFormatException(String source, int line, int column, String path, String problem) {
        super(source, line, column, path, problem);
    }
}

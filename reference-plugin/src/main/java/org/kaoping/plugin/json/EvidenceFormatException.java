package org.kaoping.plugin.json;

import org.kaoping.core.api.API;
/**
 * Thrown when text is not valid evidence, scorecard or audit JSON; the message names the source (a file
 * name or other name given to the reader), the line and column, the JSON path and what was expected:
 * {@code exports/2015-03.json line 4 column 12 ($[2].value): expected a decimal number, got "三"}.
 * Nothing is produced from a source that throws it.
 */
@API(status = API.Status.STABLE)
public final class EvidenceFormatException extends JsonFormatException {
    private static final long serialVersionUID = 1L;

    EvidenceFormatException(String source, int line, int column, String path, String problem) {
        super(source, line, column, path, problem);
    }
}

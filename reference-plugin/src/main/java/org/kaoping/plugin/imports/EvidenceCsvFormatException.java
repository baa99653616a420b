package org.kaoping.plugin.imports;

import java.util.List;
import org.kaoping.core.api.API;

/**
 * Thrown when a CSV evidence file is refused (named by the rule in {@link CsvFormatException}): its message lists every problem found (file, line, column, header,
 * what was expected); nothing of the file was imported.
 */
@API(status = API.Status.STABLE)
public final class EvidenceCsvFormatException extends CsvFormatException {
    private static final long serialVersionUID = 1L;

    public EvidenceCsvFormatException(List<ImportProblem> problems) {
        super(problems, "", "nothing imported from it", "an evidence CSV format exception");
    }
}

package org.kaoping.plugin.migrate;

import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.plugin.imports.CsvFormatException;
import org.kaoping.plugin.imports.ImportProblem;

/**
 * A criterion mapping file refused: the message lists the problems found (file, line, column, header, what was
 * expected); nothing of the file is used and nothing is carried over.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CriterionMappingCsvFormatException extends CsvFormatException {
    private static final long serialVersionUID = 1L;

    public CriterionMappingCsvFormatException(List<ImportProblem> problems) {
        super(problems, "criterion mapping file ", "nothing carried over", "a criterion mapping CSV format exception");
    }
}

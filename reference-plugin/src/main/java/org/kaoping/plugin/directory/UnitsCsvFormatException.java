package org.kaoping.plugin.directory;

import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.plugin.imports.CsvFormatException;
import org.kaoping.plugin.imports.ImportProblem;

/**
 * Thrown when a CSV units file is refused (named by the rule in
 * {@link org.kaoping.plugin.imports.CsvFormatException}): its message lists the problems found (file, line, column, header, what
 * was expected); no unit of the file is used.
 */
@API(status = API.Status.STABLE)
public final class UnitsCsvFormatException extends CsvFormatException {
    private static final long serialVersionUID = 1L;

    public UnitsCsvFormatException(List<ImportProblem> problems) {
        super(problems, "units file ", "no unit used from it", "a units CSV format exception");
    }
}

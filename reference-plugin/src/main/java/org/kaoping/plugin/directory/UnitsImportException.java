package org.kaoping.plugin.directory;

import java.util.List;
import org.kaoping.plugin.imports.ImportProblem;
import org.kaoping.plugin.imports.RefusedFileException;

/**
 * Thrown when a units file is refused: its message lists the problems found (file, line, column, header, what
 * was expected); no unit of the file is used.
 */
public final class UnitsImportException extends RefusedFileException {
    private static final long serialVersionUID = 1L;

    public UnitsImportException(List<ImportProblem> problems) {
        super(problems, "units file ", "no unit used from it", "a units import exception");
    }
}

package org.kaoping.plugin.imports;

import java.util.List;

/**
 * Thrown when an import file is refused: its message lists every problem found (file, line, column, header,
 * what was expected); nothing of the file was imported.
 */
public final class EvidenceImportException extends RefusedFileException {
    private static final long serialVersionUID = 1L;

    public EvidenceImportException(List<ImportProblem> problems) {
        super(problems, "", "nothing imported from it", "an import exception");
    }
}

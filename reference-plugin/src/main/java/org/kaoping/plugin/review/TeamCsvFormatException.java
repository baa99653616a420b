package org.kaoping.plugin.review;

import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.plugin.imports.ImportProblem;
import org.kaoping.plugin.imports.CsvFormatException;

/**
 * A review-team file refused (the 考核小组 roster or its assignments): the message lists the problems found (file, line,
 * column, header, what was expected); nothing of either file is used.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TeamCsvFormatException extends CsvFormatException {
    private static final long serialVersionUID = 1L;

    public TeamCsvFormatException(List<ImportProblem> problems) {
        super(problems, "review-team file ", "no team member or assignment used", "a team CSV format exception");
    }
}

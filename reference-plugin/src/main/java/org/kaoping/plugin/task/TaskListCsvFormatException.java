package org.kaoping.plugin.task;

import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.plugin.imports.CsvFormatException;
import org.kaoping.plugin.imports.ImportProblem;

/**
 * A key-task file (四定重点工作任务) refused: the message lists the problems found (file, line, column, header, what was
 * expected); no task of the file is used.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TaskListCsvFormatException extends CsvFormatException {
    private static final long serialVersionUID = 1L;

    public TaskListCsvFormatException(List<ImportProblem> problems) {
        super(problems, "key-task file ", "no task of it used", "a key-task CSV format exception");
    }
}

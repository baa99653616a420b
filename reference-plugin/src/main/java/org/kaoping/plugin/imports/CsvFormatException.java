package org.kaoping.plugin.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;

/**
 * A CSV file refused for the problems it lists: the common base of {@link EvidenceCsvFormatException} and
 * {@link org.kaoping.plugin.directory.UnitsCsvFormatException}. The message names the file, says what was not used,
 * counts the problems and lists the first {@value #LISTED} of them, one a line. Nothing of the file is used.
 *
 * <p>Naming rule (see {@code docs/naming.md}): a file or text refused for its content throws a
 * {@code …FormatException}, a {@link org.kaoping.core.RefusedInputException}. JSON, Kaoping's own syntax, gives
 * {@code <Content>FormatException} ({@link org.kaoping.plugin.json.EvidenceFormatException},
 * {@link org.kaoping.plugin.json.RubricFormatException}, {@link org.kaoping.plugin.json.PlanFormatException}, all
 * {@link org.kaoping.plugin.json.JsonFormatException}); CSV, the office's export syntax, gives
 * {@code <Content>CsvFormatException} ({@link org.kaoping.plugin.imports.EvidenceCsvFormatException},
 * {@link org.kaoping.plugin.directory.UnitsCsvFormatException}, both
 * {@link org.kaoping.plugin.imports.CsvFormatException}).
 */
@API(status = API.Status.STABLE)
public abstract class CsvFormatException extends RefusedInputException {
    private static final long serialVersionUID = 1L;

    /** At most this many problems are listed in the message; {@link #problems()} holds them all. */
    static final int LISTED = 20;

    private final List<ImportProblem> problems;

    /**
     * @param problems at least one problem, the first naming the file
     * @param fileLabel what precedes the file name in the message ({@code ""} or e.g. {@code "units file "})
     * @param outcome what the refusal means, e.g. {@code "nothing imported from it"}
     * @param what the name of the exception in the error thrown when {@code problems} is empty
     */
    protected CsvFormatException(List<ImportProblem> problems, String fileLabel, String outcome, String what) {
        super(message(problems, fileLabel, outcome, what));
        this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
    }

    /** Every problem found, in file and line order. */
    public List<ImportProblem> problems() {
        return problems;
    }

    private static String message(List<ImportProblem> problems, String fileLabel, String outcome, String what) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one problem");
        }
        StringBuilder s = new StringBuilder();
        s.append(fileLabel).append(problems.get(0).file()).append(" refused, ").append(outcome).append(" (").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems").append("):");
        for (int i = 0; i < problems.size() && i < LISTED; i++) {
            s.append(System.lineSeparator()).append("  ").append(problems.get(i));
        }
        if (problems.size() > LISTED) {
            s.append(System.lineSeparator()).append("  … and ").append(problems.size() - LISTED).append(" more");
        }
        return s.toString();
    }
}

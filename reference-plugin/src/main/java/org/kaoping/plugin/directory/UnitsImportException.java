package org.kaoping.plugin.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.KaopingException;
import org.kaoping.plugin.imports.ImportProblem;

/**
 * Thrown when a units file is refused: its message lists the problems found (file, line, column, header, what
 * was expected); no unit of the file is used.
 */
public final class UnitsImportException extends KaopingException {
    private static final long serialVersionUID = 1L;

    /** At most this many problems are listed in the message; {@link #problems()} holds them all. */
    static final int LISTED = 20;

    private final List<ImportProblem> problems;

    public UnitsImportException(List<ImportProblem> problems) {
        super(message(problems));
        this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
    }

    /** Every problem found, in line order. */
    public List<ImportProblem> problems() {
        return problems;
    }

    private static String message(List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a units import exception needs at least one problem");
        }
        StringBuilder s = new StringBuilder();
        s.append("units file ").append(problems.get(0).file()).append(" refused, no unit used from it (").append(problems.size())
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

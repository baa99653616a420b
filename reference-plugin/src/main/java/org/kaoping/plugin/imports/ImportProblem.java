package org.kaoping.plugin.imports;

import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * One thing wrong with an import file: the file, the 1-based line and column (0 when the problem concerns
 * the whole file or the whole row), the header name of the column (for a JSON file, the JSON path) when known, and a message saying what
 * was expected and what was found. Immutable.
 */
@API(status = API.Status.INTERNAL)
public final class ImportProblem {
    private final String file;
    private final int line;
    private final int column;
    private final String header;
    private final String message;

    public ImportProblem(String file, int line, int column, String header, String message) {
        this.file = Objects.requireNonNull(file, "file must not be null");
        this.line = line;
        this.column = column;
        this.header = header == null ? "" : header;
        this.message = Objects.requireNonNull(message, "message must not be null");
    }

    /** The file name as it appears in the folder. */
    public String file() {
        return file;
    }

    /** The 1-based physical line where the row starts; 0 for a problem with the whole file. */
    public int line() {
        return line;
    }

    /** The 1-based column (field position in the row); 0 for a problem with the whole row or file. */
    public int column() {
        return column;
    }

    /** The column's header as written in the file, or for a JSON file the JSON path ({@code $[2].value}); empty when not about one column. */
    public String header() {
        return header;
    }

    /** What was expected and what was found. */
    public String message() {
        return message;
    }

    /** {@code 2015-03.csv, line 7, column 5 (数值): expected a decimal number; got [三]}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(", line ").append(line);
        }
        if (column > 0) {
            s.append(", column ").append(column);
        }
        if (!header.isEmpty()) {
            s.append(" (").append(header).append(')');
        }
        return s.append(": ").append(message).toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ImportProblem)) {
            return false;
        }
        ImportProblem p = (ImportProblem) o;
        return p.file.equals(file) && p.line == line && p.column == column && p.header.equals(header) && p.message.equals(message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, header, message);
    }
}

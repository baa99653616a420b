package org.kaoping.examples.oa;

import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;

/**
 * Thrown when an OA export file (CSV) is refused, named by Kaoping's rule for refused files
 * ({@code <Content>CsvFormatException}, see {@code docs/naming.md}): the message names the file, the line and, where there is
 * one, the column (by number and header), quotes the bad value and says what was expected, e.g.
 * {@code metrics-20151231.csv line 4, column 6 (数值): [十二] is not a number}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class OaCsvFormatException extends RefusedInputException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    /**
     * @param line 1-based, or 0 for the file as a whole
     * @param column 1-based, or 0 for the line as a whole
     * @param header the column's header, or null
     */
    OaCsvFormatException(String file, int line, int column, String header, String problem) {
        super(where(file, line, column, header) + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    OaCsvFormatException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.line = 0;
        this.column = 0;
    }

    private static String where(String file, int line, int column, String header) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(" line ").append(line);
        }
        if (column > 0) {
            s.append(", column ").append(column);
            if (header != null) {
                s.append(" (").append(header).append(')');
            }
        }
        return s.toString();
    }

    /** The file's name, e.g. {@code units.csv}. */
    public String file() {
        return file;
    }

    /** The 1-based line, or 0 if the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** The 1-based column, or 0 if the problem concerns the whole line or file. */
    public int column() {
        return column;
    }
}

package org.kaoping.plugin.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.plugin.json.InputLimits;

/**
 * A CSV text parsed into a header and rows (RFC 4180: comma-separated, fields optionally in double quotes, a
 * doubled quote inside quotes is one quote, quoted fields may hold commas and line breaks; CRLF or LF line
 * ends). Blank lines are skipped. Each row remembers the line it starts on, for error messages. The bounds of
 * {@link InputLimits} hold: a record longer than {@link InputLimits#MAX_CSV_RECORD_CHARS} characters, a row of more than
 * {@link InputLimits#MAX_CSV_FIELDS} fields or a field longer than {@link InputLimits#MAX_STRING_CHARS} characters is
 * a syntax problem naming its line (and column), found before the rest of the record is held.
 *
 * <p>Public only for the plugin's other CSV readers (the units file of {@code CsvOrgDirectory}); not an API.
 */
@API(status = API.Status.INTERNAL)
public final class CsvTable {
    /** One data row: the 1-based line it starts on, its fields, and where it ends in the text. */
    public static final class Row {
        public final int line;
        public final List<String> fields;
        /** The offset in the text just past the row and its line end: the row's text ends before it. */
        public final int end;

        Row(int line, List<String> fields, int end) {
            this.line = line;
            this.fields = fields;
            this.end = end;
        }
    }

    public final List<String> header;
    public final int headerLine;
    public final List<Row> rows;

    private CsvTable(List<String> header, int headerLine, List<Row> rows) {
        this.header = header;
        this.headerLine = headerLine;
        this.rows = rows;
    }

    /**
     * Parses {@code text} of {@code file}; syntax errors (an unclosed quote, text after a closing quote) are
     * added to {@code problems} and the table is then empty.
     */
    public static CsvTable parse(String file, String text, List<ImportProblem> problems) {
        List<Row> all = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int i = 0;
        int n = text.length();
        boolean rowStarted = false;
        int recordStart = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (i - recordStart > InputLimits.MAX_CSV_RECORD_CHARS) {
                problems.add(new ImportProblem(file, rowLine, 0, null, "the record starting here is longer than "
                        + InputLimits.MAX_CSV_RECORD_CHARS + " characters (InputLimits.MAX_CSV_RECORD_CHARS); expected one row"
                        + " a line, with any quote closed"));
                return empty();
            }
            if (c == '"' && field.length() == 0) {
                int quoteLine = line;
                int column = fields.size() + 1;
                i++;
                boolean closed = false;
                while (i < n) {
                    char q = text.charAt(i);
                    if (i - recordStart > InputLimits.MAX_CSV_RECORD_CHARS) {
                        problems.add(new ImportProblem(file, rowLine, 0, null, "the record starting here is longer than "
                                + InputLimits.MAX_CSV_RECORD_CHARS + " characters (InputLimits.MAX_CSV_RECORD_CHARS); the "
                                + "quoted field opened on line " + quoteLine + ", column " + column + " may never be closed"));
                        return empty();
                    }
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                if (!closed) {
                    problems.add(new ImportProblem(file, quoteLine, column, null,
                            "the quoted field opened here is never closed; expected a closing double quote (\")"));
                    return empty();
                }
                rowStarted = true;
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    problems.add(new ImportProblem(file, line, column, null,
                            "text after the closing quote of a quoted field; expected a comma or the end of the line"));
                    return empty();
                }
                continue;
            }
            if (c == ',') {
                if (!fieldFits(file, rowLine, fields.size() + 1, field, problems)) {
                    return empty();
                }
                fields.add(field.toString());
                field.setLength(0);
                rowStarted = true;
                i++;
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                if (rowStarted || field.length() > 0) {
                    if (!fieldFits(file, rowLine, fields.size() + 1, field, problems)) {
                        return empty();
                    }
                    fields.add(field.toString());
                    all.add(new Row(rowLine, Collections.unmodifiableList(new ArrayList<>(fields)), i));
                }
                fields.clear();
                field.setLength(0);
                rowStarted = false;
                line++;
                rowLine = line;
                recordStart = i;
                continue;
            }
            field.append(c);
            rowStarted = true;
            i++;
        }
        if (rowStarted || field.length() > 0) {
            if (!fieldFits(file, rowLine, fields.size() + 1, field, problems)) {
                return empty();
            }
            fields.add(field.toString());
            all.add(new Row(rowLine, Collections.unmodifiableList(new ArrayList<>(fields)), n));
        }
        List<Row> rows = new ArrayList<>();
        for (Row r : all) {
            if (!isBlank(r.fields)) {
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            return empty();
        }
        Row head = rows.remove(0);
        return new CsvTable(head.fields, head.line, rows);
    }

    /** Whether the field about to be added keeps within the bounds; if not, says so in {@code problems}. */
    private static boolean fieldFits(String file, int line, int column, CharSequence field, List<ImportProblem> problems) {
        if (column > InputLimits.MAX_CSV_FIELDS) {
            problems.add(new ImportProblem(file, line, column, null, "the row has more than " + InputLimits.MAX_CSV_FIELDS
                    + " fields (InputLimits.MAX_CSV_FIELDS); expected one field a column"));
            return false;
        }
        if (field.length() > InputLimits.MAX_STRING_CHARS) {
            problems.add(new ImportProblem(file, line, column, null, "the field holds " + field.length()
                    + " characters; expected at most " + InputLimits.MAX_STRING_CHARS + " (InputLimits.MAX_STRING_CHARS)"));
            return false;
        }
        return true;
    }

    private static boolean isBlank(List<String> fields) {
        for (String f : fields) {
            if (!f.trim().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static CsvTable empty() {
        return new CsvTable(Collections.<String>emptyList(), 0, Collections.<Row>emptyList());
    }

    public boolean isEmpty() {
        return header.isEmpty();
    }
}

package org.kaoping.plugin.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A CSV text parsed into a header and rows (RFC 4180: comma-separated, fields optionally in double quotes, a
 * doubled quote inside quotes is one quote, quoted fields may hold commas and line breaks; CRLF or LF line
 * ends). Blank lines are skipped. Each row remembers the line it starts on, for error messages.
 *
 * <p>Public only for the plugin's other CSV readers (the units file of {@code CsvOrgDirectory}); not an API.
 */
public final class CsvTable {
    /** One data row: the 1-based line it starts on and its fields. */
    public static final class Row {
        public final int line;
        public final List<String> fields;

        Row(int line, List<String> fields) {
            this.line = line;
            this.fields = fields;
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
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                int quoteLine = line;
                int column = fields.size() + 1;
                i++;
                boolean closed = false;
                while (i < n) {
                    char q = text.charAt(i);
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
                    fields.add(field.toString());
                    all.add(new Row(rowLine, Collections.unmodifiableList(new ArrayList<>(fields))));
                }
                fields.clear();
                field.setLength(0);
                rowStarted = false;
                line++;
                rowLine = line;
                continue;
            }
            field.append(c);
            rowStarted = true;
            i++;
        }
        if (rowStarted || field.length() > 0) {
            fields.add(field.toString());
            all.add(new Row(rowLine, Collections.unmodifiableList(new ArrayList<>(fields))));
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

package org.kaoping.plugin.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.api.API;

/**
 * The plugin's reading and writing of a small office CSV file with fixed columns, each with a Chinese and an English
 * header ({@code {"编号", "member_id"}}), in any order, other columns ignored, every cell required: shared by the
 * review-team files and the key-task list so that they accept the same files alike. Text is decoded by
 * {@link TextEncoding} and tokenized by {@link CsvTable}.
 *
 * <p>Public only so that readers in other packages reuse these rules; not an API.
 */
@API(status = API.Status.INTERNAL)
public final class CsvColumns {
    private CsvColumns() {}

    /**
     * The rows of one file with every column of {@code columns} filled, cells in column order and trimmed; the problems
     * (undecodable text, a CSV syntax error, no header, a column missing or given twice, an empty cell) are added to
     * {@code problems} naming file, line, column and header, and the rows with them are left out.
     */
    public static List<Row> rows(String file, byte[] bytes, String[][] columns, List<ImportProblem> problems) {
        String text;
        try {
            text = TextEncoding.decode(file, bytes, null).text();
        } catch (EvidenceCsvFormatException e) {
            problems.addAll(e.problems());
            return Collections.emptyList();
        }
        int before = problems.size();
        CsvTable table = CsvTable.parse(file, text, problems);
        if (problems.size() > before) {
            return Collections.emptyList();
        }
        if (table.isEmpty()) {
            problems.add(new ImportProblem(file, 0, 0, null, "the file holds no header; expected a header row with " + names(columns)));
            return Collections.emptyList();
        }
        int[] index = CsvHeader.find(file, table, columns, columns.length, problems);
        if (problems.size() > before) {
            return Collections.emptyList();
        }
        List<Row> out = new ArrayList<>();
        for (CsvTable.Row r : table.rows) {
            String[] cells = new String[columns.length];
            boolean ok = true;
            for (int c = 0; c < columns.length; c++) {
                cells[c] = index[c] < r.fields.size() ? r.fields.get(index[c]).trim() : "";
                if (cells[c].isEmpty()) {
                    problems.add(new ImportProblem(file, r.line, index[c] + 1, table.header.get(index[c]).trim(), "expected "
                            + columns[c][0] + "; the cell is empty"));
                    ok = false;
                }
            }
            if (ok) {
                out.add(new Row(file, r.line, cells, index, table.header));
            }
        }
        return out;
    }

    /** The header row of {@code columns} (their Chinese names), CRLF-terminated. */
    public static String header(String[][] columns) {
        StringBuilder s = new StringBuilder();
        for (String[] c : columns) {
            s.append(s.length() == 0 ? "" : ",").append(c[0]);
        }
        return s.append("\r\n").toString();
    }

    /** {@code v} as one CSV field: quoted when it holds a comma, a quote or a line break. */
    public static String cell(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static String names(String[][] columns) {
        return CsvHeader.names(columns);
    }

    /** One row's cells in column order, with where they came from. */
    public static final class Row {
        /** The 1-based line the row starts on. */
        public final int line;
        /** The cells, in the order of the columns asked for, trimmed and not empty. */
        public final String[] cells;
        private final String file;
        private final int[] index;
        private final List<String> header;

        Row(String file, int line, String[] cells, int[] index, List<String> header) {
            this.file = file;
            this.line = line;
            this.cells = cells;
            this.index = index;
            this.header = header;
        }

        /** A problem with the cell of the {@code column}-th column asked for, naming file, line, column and header. */
        public ImportProblem problem(int column, String message) {
            return new ImportProblem(file, line, index[column] + 1, header.get(index[column]).trim(), message);
        }
    }
}

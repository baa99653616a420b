package org.kaoping.plugin.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaoping.core.api.API;

/**
 * Finds the columns of a small CSV file the office keeps (the review team's roster, a criterion mapping) in its header
 * row: each column by its Chinese header or its English one (trimmed; case, spaces and hyphens aside), in any order.
 * Public only so that the plugin's CSV readers in other packages share it; not an API.
 */
@API(status = API.Status.INTERNAL)
public final class CsvHeader {
    private CsvHeader() {}

    /**
     * The index in {@code table}'s header of each column of {@code columns} ({@code {chinese, english}} each), -1 where
     * absent. A column given twice, or one of the first {@code required} columns missing, is added to {@code problems}.
     */
    public static int[] find(String file, CsvTable table, String[][] columns, int required, List<ImportProblem> problems) {
        int[] index = new int[columns.length];
        for (int c = 0; c < columns.length; c++) {
            index[c] = -1;
            for (int j = 0; j < table.header.size(); j++) {
                String h = table.header.get(j).trim();
                if (h.equals(columns[c][0]) || h.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_').equals(columns[c][1])) {
                    if (index[c] >= 0) {
                        problems.add(new ImportProblem(file, table.headerLine, j + 1, h, "column " + columns[c][0] + "/" + columns[c][1]
                                + " appears twice (also column " + (index[c] + 1) + "); expected it once"));
                    }
                    index[c] = j;
                }
            }
            if (index[c] < 0 && c < required) {
                problems.add(new ImportProblem(file, table.headerLine, 0, null, "no column " + columns[c][0] + "/" + columns[c][1]
                        + "; expected the columns " + names(columns) + "; the header is " + table.header));
            }
        }
        return index;
    }

    /** The columns' names for a message, e.g. {@code [考核组/group, 被考核单位/unit_id]}. */
    public static String names(String[][] columns) {
        List<String> out = new ArrayList<>();
        for (String[] c : columns) {
            out.add(c[0] + "/" + c[1]);
        }
        return out.toString();
    }
}

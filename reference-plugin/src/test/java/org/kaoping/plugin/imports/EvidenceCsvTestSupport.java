package org.kaoping.plugin.imports;

import java.util.ArrayList;
import java.util.List;

/** Test access to the CSV parser, to read reports back. */
public final class EvidenceCsvTestSupport {
    private EvidenceCsvTestSupport() {}

    /** Every row of {@code text}, the header first. */
    public static List<List<String>> parse(String text) {
        List<ImportProblem> problems = new ArrayList<>();
        CsvTable t = CsvTable.parse("test.csv", text, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.toString());
        }
        List<List<String>> out = new ArrayList<>();
        out.add(t.header);
        for (CsvTable.Row r : t.rows) {
            out.add(r.fields);
        }
        return out;
    }
}

package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Erratum;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;

/** Plain-text rendering of rubrics for the console. */
final class Text {
    private Text() {}

    /** Left-aligned columns two spaces apart; the last column is not padded (it holds Chinese titles). */
    static void table(PrintWriter out, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns - 1; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(row[i]);
                if (i < columns - 1) {
                    for (int pad = row[i].length(); pad < width[i] + 2; pad++) {
                        line.append(' ');
                    }
                }
            }
            out.println(line);
        }
    }

    /** {@code 2 sections, 14 criteria, 11 leaves, 20 points; applies to: 县（区）, 乡镇、街道; 1 erratum}. */
    static String counts(Rubric r) {
        List<String> kinds = new ArrayList<>();
        for (OrgKind k : r.appliesTo()) {
            kinds.add(k.chineseName());
        }
        return r.criteria().size() + " top-level criteria, " + r.allCriteria().size() + " criteria, "
                + r.leaves().size() + " leaves, " + r.points() + " points; applies to: "
                + (kinds.isEmpty() ? "(none)" : String.join(", ", kinds)) + "; " + r.errata().size() + " erratum/errata";
    }

    /**
     * The rubric as an indented tree. Each criterion: label and verbatim text, then its points (with the
     * origin when not stated by the source) and its id; a leaf's rule on the line below.
     */
    static void tree(PrintWriter out, Rubric r) {
        out.println(r.id() + " " + r.version() + " 《" + r.title() + "》");
        out.println("Source: " + r.source());
        out.println(counts(r));
        out.println();
        for (Criterion c : r.criteria()) {
            criterion(out, c, "");
        }
        if (!r.errata().isEmpty()) {
            out.println();
            out.println("Errata:");
            for (Erratum e : r.errata()) {
                out.println("  " + (e.criterionId().isEmpty() ? "rubric" : "[" + e.criterionId() + "]")
                        + ": the source says 「" + e.sourceSays() + "」; used: 「" + e.used() + "」; because " + e.reason());
            }
        }
        out.flush();
    }

    private static void criterion(PrintWriter out, Criterion c, String indent) {
        String[] lines = c.text().split("\r?\n", -1);
        StringBuilder s = new StringBuilder(indent).append(c.label()).append(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            s.append('\n').append(indent).append("    ").append(lines[i]);
        }
        s.append("  — ").append(c.points()).append("分");
        if (c.pointsOrigin() != PointsOrigin.SOURCE) {
            s.append(" (").append(c.pointsOrigin().name().toLowerCase(java.util.Locale.ROOT))
                    .append(c.pointsNote().isPresent() ? ": " + c.pointsNote().get() : "").append(')');
        }
        s.append("  [").append(c.id()).append(']');
        if (!c.tags().isEmpty()) {
            s.append("  tags: ").append(String.join(", ", c.tags()));
        }
        out.println(s);
        if (c.rule().isPresent()) {
            out.println(indent + "    rule: " + c.rule().get().kind().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-') + ": " + c.rule().get().describe());
        }
        for (Criterion child : c.children()) {
            criterion(out, child, indent + "  ");
        }
    }
}

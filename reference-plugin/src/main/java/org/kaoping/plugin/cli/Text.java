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
        return "一级条目 " + r.criteria().size() + " 条，条目共 " + r.allCriteria().size() + " 条，计分项 "
                + r.leaves().size() + " 项，总分 " + r.points() + " 分；适用于："
                + (kinds.isEmpty() ? "（无）" : String.join("、", kinds)) + "；勘误 " + r.errata().size() + " 处";
    }

    /**
     * The rubric as an indented tree. Each criterion: label and verbatim text, then its points (with the
     * origin when not stated by the source) and its id; a leaf's rule on the line below.
     */
    static void tree(PrintWriter out, Rubric r) {
        out.println(r.id() + " " + r.version() + " 《" + r.title() + "》");
        out.println("来源：" + r.source());
        out.println(counts(r));
        out.println();
        for (Criterion c : r.criteria()) {
            criterion(out, c, "");
        }
        if (!r.errata().isEmpty()) {
            out.println();
            out.println("勘误：");
            for (Erratum e : r.errata()) {
                out.println("  " + (e.criterionId().isEmpty() ? "整套标准" : "[" + e.criterionId() + "]")
                        + "：原文「" + e.sourceSays() + "」，采用「" + e.used() + "」，理由：" + e.reason());
            }
        }
        out.flush();
    }

    /** How the office names where an item's points come from when the source does not state them. */
    private static String originName(PointsOrigin o) {
        switch (o) {
            case DERIVED:
                return "推算分值";
            case ERRATUM:
                return "依勘误";
            case NONE:
                return "无分值";
            default:
                return "原文分值";
        }
    }

    private static void criterion(PrintWriter out, Criterion c, String indent) {
        String[] lines = c.text().split("\r?\n", -1);
        StringBuilder s = new StringBuilder(indent).append(c.label()).append(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            s.append('\n').append(indent).append("    ").append(lines[i]);
        }
        s.append("  — ").append(c.points()).append("分");
        if (c.pointsOrigin() != PointsOrigin.SOURCE) {
            s.append("（").append(originName(c.pointsOrigin()))
                    .append(c.pointsNote().isPresent() ? "：" + c.pointsNote().get() : "").append('）');
        }
        s.append("  [").append(c.id()).append(']');
        if (!c.tags().isEmpty()) {
            s.append("  标签：").append(String.join("、", c.tags()));
        }
        out.println(s);
        if (c.rule().isPresent()) {
            out.println(indent + "    计分规则：" + org.kaoping.plugin.report.Wording.ZH_CN.rule(c.rule().get(),
                    k -> org.kaoping.rubrics.beihai2015.Beihai2015Labels.all().getOrDefault(k, k)));
        }
        for (Criterion child : c.children()) {
            criterion(out, child, indent + "  ");
        }
    }
}

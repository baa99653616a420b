package org.kaoping.plugin.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.scoring.AppliedAdjustment;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.ScoreNode;
import org.kaoping.core.scoring.TriggeredVeto;

/**
 * Plain-text reports for a terminal: ranking tables per rubric with grades, and one unit's scorecard as a tree
 * with, on request, every item's explanation. Columns are aligned by display width (a Chinese character takes
 * two cells). Stateless.
 */
public final class ConsoleReport {
    private ConsoleReport() {}

    /** The title, notices and one ranking table per rubric: rank, unit, final total, grade, remarks; then the grade distribution. */
    public static void rankings(PrintWriter out, ReportData data) {
        out.println(data.title());
        for (String n : data.notices()) {
            out.println("  * " + n);
        }
        for (RankingTable t : data.rankings()) {
            out.println();
            rankingTable(out, data, t);
        }
        out.flush();
    }

    /** One ranking table. */
    public static void rankingTable(PrintWriter out, ReportData data, RankingTable t) {
        Rubric r = data.rubric(t);
        out.println("【" + r.title() + "】 " + r.id() + " " + r.version() + " — " + t.entries().size() + " 个单位");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"名次", "单位", "得分", "等次", "备注"});
        for (RankedUnit u : t.entries()) {
            Scorecard c = data.scorecard(u.unitId());
            rows.add(new String[] {Integer.toString(u.rank()), data.unitName(u.unitId()), Shown.points(u.finalTotal(), data.scale()),
                    u.grade().name(), String.join("；", Shown.remarks(c, u, data.categoryLabels()))});
        }
        table(out, rows, 2);
        StringBuilder d = new StringBuilder("等次分布：");
        for (Map.Entry<Grade, Integer> e : t.gradeDistribution().entrySet()) {
            d.append(e.getKey()).append(' ').append(e.getValue()).append("  ");
        }
        out.println(d.toString().trim());
    }

    /**
     * One unit's scorecard: header, every node with its shown points and maximum, then the totals line by line
     * (sections' sum, rescaling, bonus, penalty, vetoes, final total and grade). With {@code explain}, each
     * leaf's explanation follows it.
     */
    public static void scorecard(PrintWriter out, Scorecard c, int scale, boolean explain) {
        scorecard(out, c, scale, explain, java.util.Collections.<String, String>emptyMap());
    }

    /** {@link #scorecard(PrintWriter, Scorecard, int, boolean)} naming bonus, penalty and veto categories by {@code labels} (category key → label). */
    public static void scorecard(PrintWriter out, Scorecard c, int scale, boolean explain, Map<String, String> labels) {
        out.println(c.unit().name() + " [" + c.unitId() + "] — " + c.rubric().title() + " (" + c.rubric().id() + " " + c.rubric().version()
                + ")，考评方案 " + c.planId() + " " + c.year());
        for (ScoreNode s : c.sections()) {
            node(out, s, scale, explain, "  ");
        }
        out.println("  分项合计 " + Shown.points(c.rawTotal(), scale) + " / " + c.applicableMaximum());
        if (c.isRescaled()) {
            out.println("  不适用项折算：" + c.rawTotal() + " × " + c.rubric().points() + " ÷ " + c.applicableMaximum() + " = "
                    + Shown.points(c.itemTotal(), scale));
        }
        for (AppliedAdjustment a : c.adjustments()) {
            out.println("  " + (a.direction() == org.kaoping.core.plan.AdjustmentRule.Direction.BONUS ? "加分 " : "扣分 ") + Shown.name(labels, a.category())
                    + "：申报 " + a.claimed() + "，上限 " + a.cap() + "，计 " + a.granted() + " " + a.evidenceIds());
        }
        out.println("  加分 " + Shown.points(c.bonus(), scale) + "，扣分 " + Shown.points(c.allDeductions(), scale)
                + (c.deductionsTaken().isZero() ? "" : "（项内扣分 " + Shown.points(c.deductionsTaken(), scale) + " 已计入分项合计，总分扣分 "
                        + Shown.points(c.penalty(), scale) + "）"));
        for (TriggeredVeto v : c.vetoes()) {
            out.println("  一票否决：" + Shown.name(labels, v.rule().incidentCategory()) + "（" + Shown.effect(v) + "） " + v.incidentIds());
        }
        out.println("  最终得分 " + Shown.points(c.finalTotal(), scale) + "，等次 " + c.grade() + (c.isCommendable() ? "" : "，不得评先")
                + (c.isComplete() ? "" : "，评分未完成（缺少证据：" + String.join(", ", c.missingEvidence()) + "）"));
        out.flush();
    }

    private static void node(PrintWriter out, ScoreNode n, int scale, boolean explain, String indent) {
        String text = n.criterion().text().replace('\n', ' ');
        if (text.length() > 40) {
            text = text.substring(0, 40) + "…";
        }
        out.println(indent + n.criterion().label() + text + "  " + Shown.points(n.awarded(), scale) + "/" + n.maximum()
                + "  [" + n.id() + "]" + (n.state() == org.kaoping.core.scoring.NodeState.SCORED ? "" : " " + n.state()));
        if (explain && n.isLeaf()) {
            for (String line : n.explanation().text().split("\r?\n")) {
                if (!line.isEmpty()) {
                    out.println(indent + "    | " + line);
                }
            }
        }
        for (ScoreNode k : n.children()) {
            node(out, k, scale, explain, indent + "  ");
        }
    }

    /** Left-aligned columns {@code gap} cells apart, by display width; the last column is not padded. */
    static void table(PrintWriter out, List<String[]> rows, int gap) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns - 1; i++) {
                width[i] = Math.max(width[i], width(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(row[i]);
                if (i < columns - 1) {
                    for (int pad = width(row[i]); pad < width[i] + gap; pad++) {
                        line.append(' ');
                    }
                }
            }
            out.println(line.toString().replaceAll("\\s+$", ""));
        }
    }

    /** Terminal cells: two for East Asian wide and full-width characters, one otherwise. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean wide = cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                    || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                    || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
            w += wide ? 2 : 1;
        }
        return w;
    }
}

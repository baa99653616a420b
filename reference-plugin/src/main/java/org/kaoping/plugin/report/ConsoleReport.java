package org.kaoping.plugin.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kaoping.core.api.API;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.scoring.AppliedAdjustment;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.ScoreNode;
import org.kaoping.core.scoring.TriggeredVeto;

/**
 * Plain-text reports for a terminal: ranking tables per rubric with grades, the roll-ups, and one unit's scorecard as
 * a tree with, on request, every item's explanation in the report's wording (Chinese by default; the engine's own
 * English trace only when asked for). Columns are aligned by display width (a Chinese character takes two cells).
 * Text from data is neutralized ({@link SafeText}). Synthetic data says 示例数据 in the title and the first notice,
 * and a scorecard of synthetic evidence ends its first line with 【示例数据，非真实考评结果】. Stateless.
 */
@API(status = API.Status.INTERNAL)
public final class ConsoleReport {
    private ConsoleReport() {}

    /** The title, notices and one ranking table per rubric: rank, unit, final total, grade, remarks; then the grade distribution. */
    public static void rankings(PrintWriter out, ReportData data) {
        out.println(SafeText.of(data.title()));
        for (String n : data.notices()) {
            out.println("  * " + SafeText.of(n));
        }
        for (RankingTable t : data.rankings()) {
            out.println();
            rankingTable(out, data, t);
        }
        out.println();
        if (!data.pendingClaims().isEmpty()) {
            pendingClaims(out, data, null);
            out.println();
        }
        int unusedCount = 0;
        for (Scorecard c : data.scorecards()) {
            unusedCount += c.unusedEvidence().size();
        }
        if (unusedCount > 0) {
            out.println(SafeText.of("【" + data.wording().word("未使用的证据") + "】（" + unusedCount + "）"));
            for (Scorecard c : data.scorecards()) {
                for (String[] row : Shown.unused(data, c)) {
                    out.println(SafeText.of("  " + data.unitName(c.unitId()) + " " + row[0] + " " + row[1] + " [" + row[2] + "]：" + row[3]));
                }
            }
            out.println();
        }
        rollUps(out, data);
        out.flush();
    }

    /** The roll-ups: section averages per standard, the plan's tasks and safeguards, the areas. */
    public static void rollUps(PrintWriter out, ReportData data) {
        RollUps r = data.rollUps();
        int scale = data.scale();
        out.println("【汇总分析】" + (data.isSynthetic() ? "（" + ReportData.SYNTHETIC_MARKER + "）" : ""));
        for (RankingTable t : data.rankings()) {
            Rubric rubric = data.rubric(t);
            out.println("各部分平均得分 — " + SafeText.of(rubric.title()));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"部分", "平均得分", "满分", "得分率"});
            for (RollUps.Row row : r.sectionAverages().get(rubric.id())) {
                rows.add(new String[] {SafeText.of(row.title), Shown.points(row.awarded, scale), row.maximum.toString(), row.share.toPercentString()});
            }
            table(out, rows, 2);
        }
        if (!r.byTag().isEmpty()) {
            out.println("按实施方案主要任务与保障措施");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"任务", "单位数", "得分合计", "满分合计", "得分率"});
            for (RollUps.Row row : r.byTag()) {
                rows.add(new String[] {SafeText.of(HtmlReport.tagName(row)), Integer.toString(row.units), Shown.points(row.awarded, scale),
                    row.maximum.toString(), row.share.toPercentString()});
            }
            table(out, rows, 2);
        }
        if (!r.byArea().isEmpty()) {
            out.println("按地区（县区）");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"地区", "计分单位数", "最终得分合计", "平均得分", "得分率"});
            for (RollUps.Row row : r.byArea()) {
                rows.add(new String[] {SafeText.of(row.title), Integer.toString(row.units), Shown.points(row.awarded, scale),
                    Shown.points(RollUps.mean(row), scale), row.share.toPercentString()});
            }
            table(out, rows, 2);
        }
        out.flush();
    }

    /** One ranking table. */
    public static void rankingTable(PrintWriter out, ReportData data, RankingTable t) {
        Rubric r = data.rubric(t);
        out.println(SafeText.of("【" + r.title() + "】 " + r.id() + " " + r.version() + " — " + t.entries().size() + " 个单位"));
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
            d.append(e.getKey().name()).append(' ').append(e.getValue()).append("  ");
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
        scorecard(out, c, scale, explain, labels, null, Wording.ZH_CN, false);
    }

    /**
     * One unit's scorecard in {@code wording}: with {@code explain}, each leaf's explanation follows it (rule, sources,
     * raters, deductions, override, arithmetic); with {@code trace} also the engine's own English trace.
     *
     * @param plan the plan, for each item's source blend; {@code null} to leave the blend out
     */
    public static void scorecard(PrintWriter out, Scorecard c, int scale, boolean explain, Map<String, String> labels,
            org.kaoping.core.plan.AssessmentPlan plan, Wording wording, boolean trace) {
        boolean synthetic = false;
        for (org.kaoping.core.evidence.Evidence e : c.evidence().all()) {
            synthetic |= e.id().startsWith(ReportData.SYNTHETIC_ID_PREFIX);
        }
        println(out, c.unit().name() + " [" + c.unitId() + "] — " + c.rubric().title() + " (" + c.rubric().id() + " " + c.rubric().version()
                + ")，考评方案 " + c.planId() + " " + c.year() + (synthetic ? " 【" + ReportData.SYNTHETIC_NOTICE + "】" : ""));
        for (ScoreNode s : c.sections()) {
            node(out, c, s, scale, explain, "  ", labels, plan, wording, trace);
        }
        println(out, "  分项合计 " + Shown.points(c.rawTotal(), scale) + " / " + c.applicableMaximum());
        if (c.isRescaled()) {
            println(out, "  不适用项折算：" + c.rawTotal() + " × " + c.rubric().points() + " ÷ " + c.applicableMaximum() + " = "
                    + Shown.points(c.itemTotal(), scale));
        }
        for (AppliedAdjustment a : c.adjustments()) {
            println(out, "  " + (a.direction() == org.kaoping.core.plan.AdjustmentRule.Direction.BONUS ? "加分 " : "扣分 ") + Shown.name(labels, a.category())
                    + "：申报 " + a.claimed() + "，上限 " + a.cap() + "，计 " + a.granted() + "（证据编号 " + String.join(", ", a.evidenceIds()) + "）");
        }
        println(out, "  加分 " + Shown.points(c.bonus(), scale) + "，扣分 " + Shown.points(c.allDeductions(), scale)
                + (c.deductionsTaken().isZero() ? "" : "（项内扣分 " + Shown.points(c.deductionsTaken(), scale) + " 已计入分项合计，总分扣分 "
                        + Shown.points(c.penalty(), scale) + "）"));
        for (TriggeredVeto v : c.vetoes()) {
            println(out, "  一票否决：" + Shown.name(labels, v.rule().incidentCategory()) + "（" + Shown.effect(v) + "）（事件编号 "
                    + String.join(", ", v.incidentIds()) + "）");
        }
        println(out, "  最终得分 " + Shown.points(c.finalTotal(), scale) + "，等次 " + c.grade().name() + (c.isCommendable() ? "" : "，不得评先")
                + (c.isComplete() ? "" : "，评分未完成（缺少证据：" + String.join(", ", c.missingEvidence()) + "）"));
        if (!c.itemsWithMissingInputs().isEmpty()) {
            println(out, "  " + wording.word("缺少输入的条目") + (wording.isChinese() ? "：" : ": ") + Shown.missingInputs(c)
                    + (wording.isChinese() ? "（未勾选的要求、无证据判定的条件按未满足计）" : ""));
        }
        List<org.kaoping.core.scoring.UnusedEvidence> unused = c.unusedEvidence();
        if (!unused.isEmpty()) {
            println(out, "  " + wording.word("未使用的证据") + "（" + unused.size() + "）" + (wording.isChinese() ? "：" : ": "));
            for (org.kaoping.core.scoring.UnusedEvidence u : unused) {
                println(out, "    " + u.evidenceId() + " " + wording.evidenceKind(u.kind()) + " [" + u.key() + "]：" + wording.unusedReason(u.reason()));
            }
        }
        out.flush();
    }

    /**
     * The pending claims (待审核) of {@code unitId}, or of every unit if it is {@code null}: one line each with the unit,
     * evidence id, what it asks and who filed it; nothing if there are none.
     */
    public static void pendingClaims(PrintWriter out, ReportData data, String unitId) {
        List<org.kaoping.core.evidence.Evidence> claims = unitId == null ? data.pendingClaims() : data.pendingClaims(unitId);
        if (claims.isEmpty()) {
            return;
        }
        Wording w = data.wording();
        println(out, "【" + w.word("待审核的申报") + "】（" + claims.size() + "）" + (w.isChinese() ? "经考评办审核批准后方计分，目前未计入得分" : ""));
        for (org.kaoping.core.evidence.Evidence e : claims) {
            println(out, "  " + data.unitName(e.unitId()) + " " + e.id() + "：" + data.claimText(e) + "（" + w.word("申报人") + " " + e.author() + "，"
                    + w.word("待审核") + "）");
        }
        out.flush();
    }

    private static void println(PrintWriter out, String line) {
        out.println(SafeText.of(line));
    }

    private static void node(PrintWriter out, Scorecard c, ScoreNode n, int scale, boolean explain, String indent, Map<String, String> labels,
            org.kaoping.core.plan.AssessmentPlan plan, Wording wording, boolean trace) {
        String text = n.criterion().text().replace('\n', ' ');
        if (text.length() > 40) {
            text = text.substring(0, 40) + "…";
        }
        println(out, indent + n.criterion().label() + text + "  " + Shown.points(n.awarded(), scale) + "/" + n.maximum()
                + "  [" + n.id() + "]" + (n.state() == org.kaoping.core.scoring.NodeState.SCORED ? "" : " " + wording.state(n.state())));
        if (explain && n.isLeaf()) {
            for (String line : ChineseExplanation.lines(n.explanation(), n.criterion().rule().orElse(null),
                    plan == null ? null : plan.blendFor(n.id()), n.points(), scale, k -> Shown.name(labels, k), wording, trace)) {
                println(out, indent + "    | " + line);
            }
        } else if (explain) {
            for (String line : ChineseExplanation.sectionDeductionLines(n, n.explanation(), wording)) {
                println(out, indent + "    | " + line);
            }
        }
        for (ScoreNode k : n.children()) {
            node(out, c, k, scale, explain, indent + "  ", labels, plan, wording, trace);
        }
    }

    /** Left-aligned columns {@code gap} cells apart, by display width; the last column is not padded. */
    static void table(PrintWriter out, List<String[]> raw, int gap) {
        List<String[]> rows = new ArrayList<>(raw.size());
        for (String[] r : raw) {
            String[] safe = new String[r.length];
            for (int i = 0; i < r.length; i++) {
                safe[i] = SafeText.of(r[i]).replace('\n', ' ');
            }
            rows.add(safe);
        }
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

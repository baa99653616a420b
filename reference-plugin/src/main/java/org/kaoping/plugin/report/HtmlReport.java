package org.kaoping.plugin.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.GradeBand;
import org.kaoping.core.plan.RaterCombination;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.scoring.AppliedAdjustment;
import org.kaoping.core.scoring.NodeState;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.ScoreNode;
import org.kaoping.core.scoring.TriggeredVeto;

/**
 * A self-contained HTML report (one file, no external assets, UTF-8): the title and notices; per rubric an inline
 * SVG bar chart of the ranking with the grade thresholds, the ranking table and the grade distribution; per
 * unit a collapsible scorecard with an SVG of its section scores, a table of sections whose total row is exactly their
 * sum, adjustments and vetoes, and every criterion's explanation in nested {@code <details>}; the roll-ups (section
 * averages per standard, the plan's tasks and safeguards, areas). All text is HTML-escaped and neutralized
 * ({@link SafeText}). SVG geometry is computed in whole pixels from exact points, without floating point.
 *
 * <p><b>Printing.</b> On screen the scorecards are collapsed; printed (or saved as PDF) every {@code <details>} is
 * open: the print style sheet shows their content ({@code details::details-content}, no script needed), so the paper
 * carries the rankings and every unit's scorecard with its explanations; each standard starts on a new page, A4.
 */
final class HtmlReport {
    private static final int CHART_WIDTH = 760;
    private static final int LABEL_WIDTH = 250;
    private static final int BAR_MAX = 420;
    private static final int ROW = 24;

    private HtmlReport() {}

    public static byte[] toBytes(ReportData data) {
        return toHtml(data).getBytes(StandardCharsets.UTF_8);
    }

    public static String toHtml(ReportData data) {
        StringBuilder h = new StringBuilder(1 << 20);
        int scale = data.scale();
        Wording w = data.wording();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(w.isChinese() ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(data.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n");
        if (data.isSynthetic()) {
            h.append("<p class=\"synthetic\">").append(esc(ReportData.SYNTHETIC_NOTICE)).append("</p>\n");
        }
        h.append("<h1>").append(esc(data.title())).append("</h1>\n");
        if (!data.notices().isEmpty()) {
            h.append("<ul class=\"notices\">\n");
            for (String n : data.notices()) {
                h.append("<li>").append(esc(n)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        if (w.isChinese()) {
            h.append("<p class=\"plan\">考评方案 ").append(esc(data.plan().id())).append("，年度 ").append(data.plan().year())
                    .append("，等次 ").append(esc(data.plan().gradeBands().toString())).append("，评分：")
                    .append(esc(ratersInChinese(data.plan().raters()))).append("，分值保留 ").append(scale).append(" 位小数（四舍五入）。</p>\n");
        } else {
            h.append("<p class=\"plan\">Plan ").append(esc(data.plan().id())).append(", year ").append(data.plan().year())
                    .append(", grades ").append(esc(data.plan().gradeBands().toString())).append(", raters: ")
                    .append(esc(data.plan().raters().toString())).append(", points with at least ").append(scale)
                    .append(" decimals (rounded half up).</p>\n");
        }
        h.append("<nav><ul>\n");
        List<RankingTable> tables = data.rankings();
        for (int i = 0; i < tables.size(); i++) {
            Rubric r = data.rubric(tables.get(i));
            h.append("<li><a href=\"#r").append(i).append("\">").append(esc(r.title())).append("</a>（")
                    .append(tables.get(i).entries().size()).append("）</li>\n");
        }
        h.append("<li><a href=\"#rollups\">").append(w.word("汇总分析")).append("</a></li>\n");
        h.append("</ul></nav>\n</header>\n<main>\n");
        int unitIndex = 0;
        for (int i = 0; i < tables.size(); i++) {
            RankingTable t = tables.get(i);
            Rubric r = data.rubric(t);
            h.append("<section class=\"rubric\" id=\"r").append(i).append("\">\n<h2>").append(esc(r.title())).append(" <small>")
                    .append(esc(r.id())).append(' ').append(esc(r.version())).append("</small></h2>\n");
            rankingChart(h, data, t, r);
            h.append("<table class=\"ranking\">\n<thead><tr>").append(ths(w, "名次", "单位", "得分", "等次", "备注")).append("</tr></thead>\n<tbody>\n");
            int first = unitIndex;
            for (RankedUnit u : t.entries()) {
                Scorecard c = data.scorecard(u.unitId());
                h.append("<tr><td>").append(u.rank()).append("</td><td><a href=\"#u").append(unitIndex++).append("\">")
                        .append(esc(data.unitName(u.unitId()))).append("</a></td><td class=\"num\">")
                        .append(Shown.points(u.finalTotal(), scale)).append("</td><td class=\"g").append(gradeClass(u.grade())).append("\">")
                        .append(esc(u.grade().name())).append("</td><td>").append(esc(String.join("；", Shown.remarks(c, u, data.categoryLabels()))))
                        .append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n<p class=\"dist\">").append(w.word("等次分布："));
            for (Map.Entry<Grade, Integer> e : t.gradeDistribution().entrySet()) {
                h.append(esc(e.getKey().name())).append(' ').append(e.getValue()).append("　");
            }
            h.append("</p>\n");
            unitIndex = first;
            for (RankedUnit u : t.entries()) {
                unit(h, data, data.scorecard(u.unitId()), u, unitIndex++, scale);
            }
            h.append("</section>\n");
        }
        pendingClaims(h, data);
        for (ReportSection section : data.sections()) {
            section.appendHtml(h, data);
        }
        rollUps(h, data);
        h.append("</main>\n<footer>").append(w.word("本报告由考评系统生成。每项得分均可展开查看计分依据；打印时全部展开。"))
                .append(data.isSynthetic() ? esc(ReportData.SYNTHETIC_NOTICE) + "。" : "").append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void rankingChart(StringBuilder h, ReportData data, RankingTable t, Rubric r) {
        int n = t.entries().size();
        // Grade labels sit on two alternating rows: thresholds such as 80 and 90 are too close for one.
        int top = 34;
        int height = top + n * ROW + 8;
        long full = r.points().units();
        h.append("<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CHART_WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\">\n<title>").append(esc(r.title())).append(" ").append(data.wording().word("排名")).append("</title>\n");
        int band = 0;
        for (GradeBand b : data.plan().gradeBands().bands()) {
            if (b.minimum().isZero()) {
                continue;
            }
            long x = LABEL_WIDTH + scaled(b.minimum(), full, BAR_MAX);
            int labelY = band++ % 2 == 0 ? 10 : 22;
            h.append("<line x1=\"").append(x).append("\" y1=\"").append(labelY + 3).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(height - 4).append("\" class=\"band\"/><text x=\"").append(x).append("\" y=\"")
                    .append(labelY).append("\" class=\"bandlabel\">")
                    .append(esc(b.grade().name())).append(" ≥ ").append(b.minimum()).append("</text>\n");
        }
        int y = top;
        for (RankedUnit u : t.entries()) {
            long w = scaled(u.finalTotal(), full, BAR_MAX);
            h.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 15).append("\" class=\"name\">")
                    .append(u.rank()).append(". ").append(esc(data.unitName(u.unitId()))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"").append(ROW - 8).append("\" class=\"bar g").append(gradeClass(u.grade())).append("\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + w + 6).append("\" y=\"").append(y + 15).append("\">")
                    .append(Shown.points(u.finalTotal(), data.scale())).append(' ').append(esc(u.grade().name())).append("</text>\n");
            y += ROW;
        }
        h.append("</svg>\n");
    }

    /** The plan's rater combination as the office would state it. */
    static String ratersInChinese(RaterCombination raters) {
        return raters.isTrimmed()
                ? "评分人不少于 " + raters.minRaters() + " 人时去掉一个最高分和一个最低分后取平均，少于时取平均"
                : "各评分人取平均";
    }

    private static void unit(StringBuilder h, ReportData data, Scorecard c, RankedUnit u, int index, int scale) {
        Wording w = data.wording();
        h.append("<details class=\"unit\" id=\"u").append(index).append("\">\n<summary>").append(u.rank()).append(". ")
                .append(esc(c.unit().name())).append(" <span class=\"num\">").append(Shown.points(c.finalTotal(), scale))
                .append("</span> <span class=\"g").append(gradeClass(u.grade())).append("\">").append(esc(u.grade().name()))
                .append("</span> <small>").append(esc(c.unitId())).append("</small></summary>\n");
        sectionChart(h, c, scale, w);
        h.append("<table class=\"sections\">\n<thead><tr>").append(ths(w, "部分", "内容", "得分", "适用满分")).append("</tr></thead>\n<tbody>\n");
        for (ScoreNode s : c.sections()) {
            h.append("<tr><td>").append(esc(s.criterion().label())).append("</td><td>").append(esc(s.criterion().text()))
                    .append("</td><td class=\"num\">").append(Shown.points(s.awarded(), scale)).append("</td><td class=\"num\">")
                    .append(esc(s.maximum().toString())).append("</td></tr>\n");
        }
        h.append("</tbody>\n<tfoot>\n<tr><th colspan=\"2\">").append(w.word("分项合计")).append("</th><td class=\"num\">").append(Shown.points(c.rawTotal(), scale))
                .append("</td><td class=\"num\">").append(esc(c.applicableMaximum().toString())).append("</td></tr>\n");
        if (c.isRescaled()) {
            h.append("<tr><th colspan=\"2\">").append(w.word("不适用项折算")).append("（").append(esc(c.rawTotal().toString())).append(" × ")
                    .append(esc(c.rubric().points().toString())).append(" ÷ ").append(esc(c.applicableMaximum().toString()))
                    .append("）</th><td class=\"num\">").append(Shown.points(c.itemTotal(), scale)).append("</td><td></td></tr>\n");
        }
        h.append("<tr><th colspan=\"2\">").append(w.word("加分")).append("</th><td class=\"num\">+").append(Shown.points(c.bonus(), scale)).append("</td><td></td></tr>\n");
        h.append("<tr><th colspan=\"2\">").append(w.word("扣分")).append(c.deductionsTaken().isZero() ? ""
                : w.isChinese() ? "（共 " + Shown.points(c.allDeductions(), scale) + "，其中项内扣分 " + Shown.points(c.deductionsTaken(), scale) + " 已计入分项合计）"
                : " (" + Shown.points(c.allDeductions(), scale) + " in all, of which " + Shown.points(c.deductionsTaken(), scale)
                        + " inside items, already in the section totals)")
                .append("</th><td class=\"num\">−").append(Shown.points(c.penalty(), scale)).append("</td><td></td></tr>\n");
        for (TriggeredVeto v : c.vetoes()) {
            h.append("<tr class=\"veto\"><th colspan=\"2\">").append(w.word("一票否决：")).append(esc(data.categoryName(v.rule().incidentCategory()))).append("（")
                    .append(esc(Shown.effect(v))).append("），").append(w.word("事件")).append(" ").append(esc(String.join(", ", v.incidentIds())))
                    .append("</th><td></td><td></td></tr>\n");
        }
        h.append("<tr class=\"final\"><th colspan=\"2\">").append(w.word("最终得分 · 等次")).append("</th><td class=\"num\">").append(Shown.points(c.finalTotal(), scale))
                .append("</td><td>").append(esc(u.grade().name())).append("</td></tr>\n</tfoot>\n</table>\n");
        for (AppliedAdjustment a : c.adjustments()) {
            h.append("<p class=\"adj\">").append(w.word(a.direction() == org.kaoping.core.plan.AdjustmentRule.Direction.BONUS ? "加分" : "扣分")).append(' ')
                    .append(esc(data.categoryName(a.category()))).append(w.word("：申报 ")).append(esc(a.claimed().toString())).append(w.word("，上限 "))
                    .append(esc(a.cap().toString())).append(w.word("，计 ")).append(esc(a.granted().toString())).append("（")
                    .append(esc(String.join(", ", a.evidenceIds()))).append("）</p>\n");
        }
        List<String> remarks = Shown.remarks(c, u, data.categoryLabels());
        if (!remarks.isEmpty()) {
            h.append("<p class=\"remarks\">").append(esc(String.join("；", remarks))).append("</p>\n");
        }
        if (!c.itemsWithMissingInputs().isEmpty()) {
            h.append("<p class=\"missing\">").append(w.word("缺少输入的条目")).append(w.isChinese() ? "：" : ": ")
                    .append(esc(Shown.missingInputs(c))).append(w.isChinese() ? "（未勾选的要求、无证据判定的条件按未满足计，见各项说明）" : "")
                    .append("</p>\n");
        }
        table(h, w, "待审核的申报", Shown.claims(data, c.unitId()), "证据编号", "申报内容", "申报人", "状态");
        table(h, w, "未使用的证据", Shown.unused(data, c), "证据编号", "证据类别", "所涉条目或类别", "未使用原因");
        h.append("<div class=\"tree\">\n");
        for (ScoreNode s : c.sections()) {
            node(h, data, c.unitId(), s, scale);
        }
        h.append("</div>\n</details>\n");
    }

    /** A captioned table of {@code rows} under {@code headings}; nothing when there are no rows. */
    private static void table(StringBuilder h, Wording w, String caption, List<String[]> rows, String... headings) {
        if (rows.isEmpty()) {
            return;
        }
        h.append("<table class=\"flags\">\n<caption>").append(esc(w.word(caption))).append("（").append(rows.size()).append("）</caption>\n<thead><tr>")
                .append(ths(w, headings)).append("</tr></thead>\n<tbody>\n");
        for (String[] row : rows) {
            h.append("<tr>");
            for (String cell : row) {
                h.append("<td>").append(esc(cell)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void sectionChart(StringBuilder h, Scorecard c, int scale, Wording wording) {
        List<ScoreNode> sections = c.sections();
        int height = sections.size() * ROW + 8;
        h.append("<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CHART_WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\">\n<title>").append(esc(c.unit().name())).append(" ").append(wording.word("各部分得分率")).append("</title>\n");
        int y = 4;
        for (ScoreNode s : sections) {
            String text = s.criterion().text();
            if (text.length() > 14) {
                text = text.substring(0, 14) + "…";
            }
            long w = s.maximum().isZero() ? 0 : scaled(s.awarded(), s.maximum().units(), BAR_MAX);
            h.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 15).append("\" class=\"name\">")
                    .append(esc(s.criterion().label() + text)).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"").append(BAR_MAX)
                    .append("\" height=\"").append(ROW - 8).append("\" class=\"track\"/>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"").append(ROW - 8).append("\" class=\"bar part\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + BAR_MAX + 6).append("\" y=\"").append(y + 15).append("\">")
                    .append(s.state() == NodeState.NOT_APPLICABLE ? wording.state(NodeState.NOT_APPLICABLE) : Shown.points(s.awarded(), scale) + " / " + s.maximum())
                    .append("</text>\n");
            y += ROW;
        }
        h.append("</svg>\n");
    }

    private static void node(StringBuilder h, ReportData data, String unitId, ScoreNode n, int scale) {
        h.append("<details class=\"node").append(n.isLeaf() ? " leaf" : "").append(n.state() == NodeState.SCORED ? "" : " s-" + n.state().name().toLowerCase(java.util.Locale.ROOT))
                .append("\"><summary><span class=\"label\">").append(esc(n.criterion().label())).append("</span>")
                .append(esc(n.criterion().text())).append(" <span class=\"num\">").append(Shown.points(n.awarded(), scale)).append(" / ")
                .append(esc(n.maximum().toString())).append("</span>").append(state(n.state(), data.wording()))
                .append(n.isLeaf() && n.hasMissingInputs() ? " <em class=\"missing\">" + esc(data.wording().word("缺少输入")) + "</em>" : "").append(" <small>[")
                .append(esc(n.id())).append("]</small></summary>\n");
        if (n.isLeaf()) {
            h.append(ChineseExplanation.html(data.explanationEntries(n, unitId), data.explanationOf(n, unitId), data.wording(),
                    data.technicalTrace()));
        } else {
            List<String> taken = ChineseExplanation.sectionDeductionLines(n, data.explanationOf(n, unitId), data.wording());
            if (!taken.isEmpty()) {
                h.append("<div class=\"explain section-deductions\"><p>").append(esc(taken.get(0))).append("</p><ul>");
                for (String line : taken.subList(1, taken.size())) {
                    h.append("<li>").append(esc(line)).append("</li>");
                }
                h.append("</ul></div>\n");
            }
            for (ScoreNode k : n.children()) {
                node(h, data, unitId, k, scale);
            }
        }
        h.append("</details>\n");
    }

    private static String state(NodeState s, Wording w) {
        return s == NodeState.SCORED ? "" : " <em>" + esc(w.state(s)) + "</em>";
    }

    /** Header cells in the wording. */
    private static String ths(Wording w, String... chinese) {
        StringBuilder b = new StringBuilder();
        for (String c : chinese) {
            b.append("<th>").append(esc(w.word(c))).append("</th>");
        }
        return b.toString();
    }

    /** {@code value / full × max} in whole pixels, clamped to [0, max]; integer arithmetic only. */
    static long scaled(Points value, long fullUnits, int max) {
        if (fullUnits <= 0 || value.units() <= 0) {
            return 0;
        }
        long v = Math.min(value.units(), fullUnits);
        return java.math.BigInteger.valueOf(v).multiply(java.math.BigInteger.valueOf(max)).divide(java.math.BigInteger.valueOf(fullUnits)).longValue();
    }

    private static int gradeClass(Grade g) {
        return Math.min(g.rank(), 3);
    }

    /** Every pending claim (待审核) of the data, with its unit: what the office still has to decide. */
    private static void pendingClaims(StringBuilder h, ReportData data) {
        if (data.pendingClaims().isEmpty()) {
            return;
        }
        Wording w = data.wording();
        h.append("<section class=\"claims\" id=\"claims\">\n<h2>").append(esc(w.word("待审核的申报"))).append("</h2>\n<p>")
                .append(w.isChinese() ? "以下申报为单位就本单位提出、经考评办审核批准后方计分的事项，目前尚未审核，未计入得分。"
                        : "Claims units filed in their own favour; they count only once an assessor approves them and are not counted yet.")
                .append("</p>\n<table class=\"flags\">\n<thead><tr>").append(ths(w, "申报单位", "证据编号", "申报内容", "申报人", "状态"))
                .append("</tr></thead>\n<tbody>\n");
        for (org.kaoping.core.evidence.Evidence e : data.pendingClaims()) {
            h.append("<tr><td>").append(esc(data.unitName(e.unitId()))).append("</td><td>").append(esc(e.id())).append("</td><td>")
                    .append(esc(data.claimText(e))).append("</td><td>").append(esc(e.author())).append("</td><td>").append(esc(w.word("待审核")))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /** The roll-ups: section averages per standard, the plan's tasks and safeguards, areas. */
    private static void rollUps(StringBuilder h, ReportData data) {
        RollUps r = data.rollUps();
        int scale = data.scale();
        Wording w = data.wording();
        h.append("<section class=\"rollups\" id=\"rollups\">\n<h2>").append(w.word("汇总分析")).append("</h2>\n<h3>").append(w.word("各标准分项平均得分"))
                .append("</h3>\n");
        for (RankingTable t : data.rankings()) {
            Rubric rubric = data.rubric(t);
            h.append("<table class=\"rollup\">\n<caption>").append(esc(rubric.title())).append("（").append(t.entries().size())
                    .append(" ").append(w.word("个单位")).append("）</caption>\n<thead><tr>").append(ths(w, "部分", "平均得分", "满分", "得分率"))
                    .append("</tr></thead>\n<tbody>\n");
            for (RollUps.Row row : r.sectionAverages().get(rubric.id())) {
                h.append("<tr><td>").append(esc(row.title)).append("</td><td class=\"num\">").append(Shown.points(row.awarded, scale))
                        .append("</td><td class=\"num\">").append(row.maximum).append("</td><td class=\"num\">")
                        .append(row.share.toPercentString()).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        if (!r.byTag().isEmpty()) {
            h.append("<h3>").append(w.word("按实施方案主要任务与保障措施")).append("</h3>\n<table class=\"rollup\">\n<thead><tr>")
                    .append(ths(w, "任务", "单位数", "得分合计", "满分合计", "得分率")).append("</tr></thead>\n<tbody>\n");
            for (RollUps.Row row : r.byTag()) {
                h.append("<tr><td>").append(esc(tagName(row))).append("</td><td class=\"num\">").append(row.units)
                        .append("</td><td class=\"num\">").append(Shown.points(row.awarded, scale)).append("</td><td class=\"num\">")
                        .append(row.maximum).append("</td><td class=\"num\">").append(row.share.toPercentString()).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        if (!r.byArea().isEmpty()) {
            h.append("<h3>").append(w.word("按地区（县区）")).append("</h3>\n<table class=\"rollup\">\n<thead><tr>")
                    .append(ths(w, "地区", "计分单位数", "最终得分合计", "平均得分", "得分率")).append("</tr></thead>\n<tbody>\n");
            for (RollUps.Row row : r.byArea()) {
                h.append("<tr><td>").append(esc(row.title)).append("</td><td class=\"num\">").append(row.units).append("</td><td class=\"num\">")
                        .append(Shown.points(row.awarded, scale)).append("</td><td class=\"num\">").append(Shown.points(RollUps.mean(row), scale))
                        .append("</td><td class=\"num\">").append(row.share.toPercentString()).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n");
    }

    /** {@code 主要任务（三）推进依法行政} for {@code task:3}, {@code 保障措施（一）…} for {@code safeguard:1}; other tags as they are. */
    static String tagName(RollUps.Row row) {
        String n = row.key.substring(row.key.indexOf(':') + 1);
        if (row.key.startsWith("task:")) {
            return "主要任务（" + chineseNumeral(n) + "）" + (row.title.equals(row.key) ? "" : row.title);
        }
        if (row.key.startsWith("safeguard:")) {
            return "保障措施（" + chineseNumeral(n) + "）" + (row.title.equals(row.key) ? "" : row.title);
        }
        return row.title;
    }

    private static String chineseNumeral(String digits) {
        try {
            int n = Integer.parseInt(digits);
            String d = "〇一二三四五六七八九";
            if (n < 10) {
                return String.valueOf(d.charAt(n));
            }
            if (n < 20) {
                return "十" + (n == 10 ? "" : String.valueOf(d.charAt(n - 10)));
            }
        } catch (NumberFormatException e) {
            // not a number: shown as given
        }
        return digits;
    }

    /** {@link SafeText#html(String)}: neutralized, then escaped for HTML text and attribute values. */
    public static String esc(String raw) {
        return SafeText.html(raw);
    }

    private static final String CSS = String.join("\n",
            "body{font-family:\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",sans-serif;margin:0 auto;max-width:1100px;padding:1em 1.5em;color:#222;line-height:1.5}",
            "h1{font-size:1.6em;margin:.2em 0}h2{border-bottom:2px solid #8b0000;padding-bottom:.2em;margin-top:2em}h2 small,summary small{color:#777;font-weight:normal;font-size:.75em}",
            ".notices{background:#fff4e5;border:1px solid #f0b429;padding:.6em 1.6em;font-weight:bold}.plan{color:#555;font-size:.9em}",
            "nav ul{display:flex;flex-wrap:wrap;gap:.4em 1.2em;list-style:none;padding:0}",
            "table{border-collapse:collapse;margin:.6em 0;width:100%}th,td{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}",
            "thead th{background:#f5f5f5}.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}tfoot th{text-align:right}",
            "tr.final td,tr.final th{font-weight:bold;background:#f5f5f5}tr.veto th{color:#b71c1c}",
            "table.flags caption{text-align:left;font-weight:bold}p.missing,em.missing{color:#8a5a00}",
            ".g0{color:#2e7d32}.g1{color:#1565c0}.g2{color:#8d6e00}.g3{color:#c62828}",
            "svg .bar.g0{fill:#2e7d32}svg .bar.g1{fill:#1565c0}svg .bar.g2{fill:#f9a825}svg .bar.g3{fill:#c62828}svg .bar.part{fill:#5c6bc0}svg .track{fill:#eee}",
            "svg text{font-size:12px;fill:#222}svg text.name{text-anchor:end}svg .band{stroke:#999;stroke-dasharray:3 3}svg .bandlabel{font-size:10px;fill:#777;text-anchor:middle}",
            "details.unit{border:1px solid #ccc;border-radius:4px;margin:.5em 0;padding:.3em .8em}details.unit>summary{font-weight:bold;cursor:pointer}",
            "details.node{margin-left:1.2em}details.node>summary{cursor:pointer}.label{color:#8b0000;margin-right:.2em}",
            "pre{white-space:pre-wrap;background:#fafafa;border-left:3px solid #ccc;padding:.4em .8em;font-size:.85em;margin:.3em 0 .6em 1.2em}",
            ".s-missing_evidence>summary{color:#c62828}.s-not_applicable>summary{color:#777}.s-overridden>summary{color:#6a1b9a}",
            ".remarks{color:#b71c1c}.adj{color:#555}footer{color:#777;font-size:.85em;margin:2em 0}",
            "dl.zh{margin:.3em 0 .6em 1.2em;padding:.4em .8em;background:#fafafa;border-left:3px solid #ccc;font-size:.9em;display:grid;grid-template-columns:max-content 1fr;gap:.2em .8em}",
            "dl.zh dt{color:#555;font-weight:bold}dl.zh dd{margin:0}dl.zh ul{margin:0;padding-left:1.2em}table.ded{width:auto;margin:0}",
            "details.tech{margin:0 0 .6em 1.2em;font-size:.85em;color:#555}details.tech>summary{cursor:pointer}details.tech pre{margin-left:0}",
            ".synthetic{background:#c62828;color:#fff;font-weight:bold;padding:.3em .8em;display:inline-block;margin:0}",
            "table.rollup{width:auto;min-width:50%}table.rollup caption{text-align:left;font-weight:bold;padding:.3em 0}",
            "@media print{@page{size:A4;margin:15mm 12mm}body{max-width:none;padding:0;font-size:10.5pt}nav{display:none}",
            "details>summary{list-style:none}details>summary::-webkit-details-marker{display:none}",
            "details::details-content{display:block;content-visibility:visible}",
            "section.rubric,section.rollups{break-before:page}details.unit{break-inside:auto}tr,dl.zh dt,dl.zh dd{break-inside:avoid}",
            "svg.chart{max-width:100%;height:auto}a{color:inherit;text-decoration:none}.synthetic{-webkit-print-color-adjust:exact;print-color-adjust:exact}}",
            "");
}

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
 * sum, adjustments and vetoes, and every criterion's explanation in nested {@code <details>}. All text is
 * HTML-escaped. SVG geometry is computed in whole pixels from exact points, without floating point.
 */
public final class HtmlReport {
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
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(data.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>").append(esc(data.title())).append("</h1>\n");
        if (!data.notices().isEmpty()) {
            h.append("<ul class=\"notices\">\n");
            for (String n : data.notices()) {
                h.append("<li>").append(esc(n)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<p class=\"plan\">考评方案 ").append(esc(data.plan().id())).append("，年度 ").append(data.plan().year())
                .append("，等次 ").append(esc(data.plan().gradeBands().toString())).append("，评分：")
                .append(esc(ratersInChinese(data.plan().raters()))).append("，分值保留 ").append(scale).append(" 位小数（四舍五入）。</p>\n");
        h.append("<nav><ul>\n");
        List<RankingTable> tables = data.rankings();
        for (int i = 0; i < tables.size(); i++) {
            Rubric r = data.rubric(tables.get(i));
            h.append("<li><a href=\"#r").append(i).append("\">").append(esc(r.title())).append("</a>（")
                    .append(tables.get(i).entries().size()).append("）</li>\n");
        }
        h.append("</ul></nav>\n</header>\n<main>\n");
        int unitIndex = 0;
        for (int i = 0; i < tables.size(); i++) {
            RankingTable t = tables.get(i);
            Rubric r = data.rubric(t);
            h.append("<section class=\"rubric\" id=\"r").append(i).append("\">\n<h2>").append(esc(r.title())).append(" <small>")
                    .append(esc(r.id())).append(' ').append(esc(r.version())).append("</small></h2>\n");
            rankingChart(h, data, t, r);
            h.append("<table class=\"ranking\">\n<thead><tr><th>名次</th><th>单位</th><th>得分</th><th>等次</th><th>备注</th></tr></thead>\n<tbody>\n");
            int first = unitIndex;
            for (RankedUnit u : t.entries()) {
                Scorecard c = data.scorecard(u.unitId());
                h.append("<tr><td>").append(u.rank()).append("</td><td><a href=\"#u").append(unitIndex++).append("\">")
                        .append(esc(data.unitName(u.unitId()))).append("</a></td><td class=\"num\">")
                        .append(Shown.points(u.finalTotal(), scale)).append("</td><td class=\"g").append(gradeClass(u.grade())).append("\">")
                        .append(esc(u.grade().name())).append("</td><td>").append(esc(String.join("；", Shown.remarks(c, u, data.categoryLabels()))))
                        .append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n<p class=\"dist\">等次分布：");
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
        h.append("</main>\n<footer>由 Kaoping（考评）生成。每项得分均可展开查看计分依据。</footer>\n</body>\n</html>\n");
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
                .append("\">\n<title>").append(esc(r.title())).append(" 排名</title>\n");
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
        h.append("<details class=\"unit\" id=\"u").append(index).append("\">\n<summary>").append(u.rank()).append(". ")
                .append(esc(c.unit().name())).append(" <span class=\"num\">").append(Shown.points(c.finalTotal(), scale))
                .append("</span> <span class=\"g").append(gradeClass(u.grade())).append("\">").append(esc(u.grade().name()))
                .append("</span> <small>").append(esc(c.unitId())).append("</small></summary>\n");
        sectionChart(h, c, scale);
        h.append("<table class=\"sections\">\n<thead><tr><th>部分</th><th>内容</th><th>得分</th><th>适用满分</th></tr></thead>\n<tbody>\n");
        for (ScoreNode s : c.sections()) {
            h.append("<tr><td>").append(esc(s.criterion().label())).append("</td><td>").append(esc(s.criterion().text()))
                    .append("</td><td class=\"num\">").append(Shown.points(s.awarded(), scale)).append("</td><td class=\"num\">")
                    .append(esc(s.maximum().toString())).append("</td></tr>\n");
        }
        h.append("</tbody>\n<tfoot>\n<tr><th colspan=\"2\">分项合计</th><td class=\"num\">").append(Shown.points(c.rawTotal(), scale))
                .append("</td><td class=\"num\">").append(esc(c.applicableMaximum().toString())).append("</td></tr>\n");
        if (c.isRescaled()) {
            h.append("<tr><th colspan=\"2\">不适用项折算（").append(esc(c.rawTotal().toString())).append(" × ")
                    .append(esc(c.rubric().points().toString())).append(" ÷ ").append(esc(c.applicableMaximum().toString()))
                    .append("）</th><td class=\"num\">").append(Shown.points(c.itemTotal(), scale)).append("</td><td></td></tr>\n");
        }
        h.append("<tr><th colspan=\"2\">加分</th><td class=\"num\">+").append(Shown.points(c.bonus(), scale)).append("</td><td></td></tr>\n");
        h.append("<tr><th colspan=\"2\">扣分").append(c.deductionsTaken().isZero() ? "" : "（共 " + Shown.points(c.allDeductions(), scale) + "，其中项内扣分 "
                + Shown.points(c.deductionsTaken(), scale) + " 已计入分项合计）").append("</th><td class=\"num\">−").append(Shown.points(c.penalty(), scale))
                .append("</td><td></td></tr>\n");
        for (TriggeredVeto v : c.vetoes()) {
            h.append("<tr class=\"veto\"><th colspan=\"2\">一票否决：").append(esc(data.categoryName(v.rule().incidentCategory()))).append("（")
                    .append(esc(Shown.effect(v))).append("），事件 ").append(esc(String.join(", ", v.incidentIds())))
                    .append("</th><td></td><td></td></tr>\n");
        }
        h.append("<tr class=\"final\"><th colspan=\"2\">最终得分 · 等次</th><td class=\"num\">").append(Shown.points(c.finalTotal(), scale))
                .append("</td><td>").append(esc(u.grade().name())).append("</td></tr>\n</tfoot>\n</table>\n");
        for (AppliedAdjustment a : c.adjustments()) {
            h.append("<p class=\"adj\">").append(a.direction() == org.kaoping.core.plan.AdjustmentRule.Direction.BONUS ? "加分 " : "扣分 ")
                    .append(esc(data.categoryName(a.category()))).append("：申报 ").append(esc(a.claimed().toString())).append("，上限 ")
                    .append(esc(a.cap().toString())).append("，计 ").append(esc(a.granted().toString())).append("（")
                    .append(esc(String.join(", ", a.evidenceIds()))).append("）</p>\n");
        }
        List<String> remarks = Shown.remarks(c, u, data.categoryLabels());
        if (!remarks.isEmpty()) {
            h.append("<p class=\"remarks\">").append(esc(String.join("；", remarks))).append("</p>\n");
        }
        h.append("<div class=\"tree\">\n");
        for (ScoreNode s : c.sections()) {
            node(h, data, c.unitId(), s, scale);
        }
        h.append("</div>\n</details>\n");
    }

    private static void sectionChart(StringBuilder h, Scorecard c, int scale) {
        List<ScoreNode> sections = c.sections();
        int height = sections.size() * ROW + 8;
        h.append("<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CHART_WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\">\n<title>").append(esc(c.unit().name())).append(" 各部分得分率</title>\n");
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
                    .append(s.state() == NodeState.NOT_APPLICABLE ? "不适用" : Shown.points(s.awarded(), scale) + " / " + s.maximum())
                    .append("</text>\n");
            y += ROW;
        }
        h.append("</svg>\n");
    }

    private static void node(StringBuilder h, ReportData data, String unitId, ScoreNode n, int scale) {
        h.append("<details class=\"node").append(n.isLeaf() ? " leaf" : "").append(n.state() == NodeState.SCORED ? "" : " s-" + n.state().name().toLowerCase(java.util.Locale.ROOT))
                .append("\"><summary><span class=\"label\">").append(esc(n.criterion().label())).append("</span>")
                .append(esc(n.criterion().text())).append(" <span class=\"num\">").append(Shown.points(n.awarded(), scale)).append(" / ")
                .append(esc(n.maximum().toString())).append("</span>").append(state(n.state())).append(" <small>[")
                .append(esc(n.id())).append("]</small></summary>\n");
        if (n.isLeaf()) {
            h.append(ChineseExplanation.html(data.explanationOf(n, unitId), n.criterion().rule().orElse(null),
                    data.plan().blendFor(n.id()), n.points(), scale, data::categoryName));
        } else {
            for (ScoreNode k : n.children()) {
                node(h, data, unitId, k, scale);
            }
        }
        h.append("</details>\n");
    }

    private static String state(NodeState s) {
        switch (s) {
            case NOT_APPLICABLE: return " <em>不适用</em>";
            case MISSING_EVIDENCE: return " <em>缺少证据</em>";
            case OVERRIDDEN: return " <em>人工调整</em>";
            default: return "";
        }
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

    /** Escapes {@code & < > " '} for text and attribute values. */
    public static String esc(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r;
            switch (c) {
                case '&': r = "&amp;"; break;
                case '<': r = "&lt;"; break;
                case '>': r = "&gt;"; break;
                case '"': r = "&quot;"; break;
                case '\'': r = "&#39;"; break;
                default: r = null;
            }
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    private static final String CSS = String.join("\n",
            "body{font-family:\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",sans-serif;margin:0 auto;max-width:1100px;padding:1em 1.5em;color:#222;line-height:1.5}",
            "h1{font-size:1.6em;margin:.2em 0}h2{border-bottom:2px solid #8b0000;padding-bottom:.2em;margin-top:2em}h2 small,summary small{color:#777;font-weight:normal;font-size:.75em}",
            ".notices{background:#fff4e5;border:1px solid #f0b429;padding:.6em 1.6em;font-weight:bold}.plan{color:#555;font-size:.9em}",
            "nav ul{display:flex;flex-wrap:wrap;gap:.4em 1.2em;list-style:none;padding:0}",
            "table{border-collapse:collapse;margin:.6em 0;width:100%}th,td{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}",
            "thead th{background:#f5f5f5}.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}tfoot th{text-align:right}",
            "tr.final td,tr.final th{font-weight:bold;background:#f5f5f5}tr.veto th{color:#b71c1c}",
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
            "@media print{details{display:block}}",
            "");
}

package org.kaoping.plugin.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.MissingSourcePolicy;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.JudgementLevel;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.TrendRule;
import org.kaoping.core.scoring.AppliedDeduction;
import org.kaoping.core.scoring.AppliedOverride;
import org.kaoping.core.scoring.ChannelResult;
import org.kaoping.core.scoring.Explanation;
import org.kaoping.core.scoring.NodeState;

/**
 * A leaf's {@link Explanation} for the assessment office in the report's {@link Wording} (Chinese by default), built
 * only from the structured parts: the rule (from the criterion's {@link Rule}), the blend (from the plan), each
 * channel's share, evidence ids and raters, deductions (the runtime's late and missing self-report reasons in the
 * office's words, Beijing time), the override, the not-applicable mark and the points arithmetic. What the engine
 * writes only as free English text (the rule's inputs and the notes) is never translated by guesswork: it is shown
 * verbatim under a collapsed 计算过程（技术细节） only when the report asks for the technical trace. As an HTML
 * fragment ({@link #html}) or as plain lines ({@link #lines}); evidence ids and numbers are printed exactly, all text
 * from data neutralized ({@link SafeText}) and, in HTML, escaped.
 */
final class ChineseExplanation {
    private ChineseExplanation() {}

    /** One term of an explanation: its plain lines and, where HTML shows it differently (a table), its HTML. */
    static final class Entry {
        final String term;
        final List<String> lines;
        final String html;

        Entry(String term, List<String> lines, String html) {
            this.term = term;
            this.lines = lines;
            this.html = html;
        }
    }

    /** The Chinese HTML fragment with the engine's trace collapsed after it (see {@link #html(Explanation, Rule, SourceBlend, Points, int, Function, Wording, boolean)}). */
    static String html(Explanation e, Rule rule, SourceBlend blend, Points points, int scale, Function<String, String> categoryName) {
        return html(e, rule, blend, points, scale, categoryName, Wording.ZH_CN, true);
    }

    /**
     * @param e the leaf's explanation
     * @param rule the leaf's rule, or {@code null} if it has none
     * @param blend the plan's blend for the leaf, or {@code null} if unknown
     * @param points the leaf's declared points
     * @param scale the plan's leaf scale (decimal places, rounded half-up)
     * @param categoryName the display name of an incident category key
     * @param w the wording
     * @param trace whether to add the engine's own English trace, collapsed
     */
    static String html(Explanation e, Rule rule, SourceBlend blend, Points points, int scale, Function<String, String> categoryName,
            Wording w, boolean trace) {
        return html(entries(e, rule, blend, points, scale, categoryName, w), e, w, trace);
    }

    /** {@link #html(Explanation, Rule, SourceBlend, Points, int, Function, Wording, boolean)} of entries worked out already. */
    static String html(List<Entry> entries, Explanation e, Wording w, boolean trace) {
        StringBuilder h = new StringBuilder(512);
        h.append("<dl class=\"zh\">\n");
        for (Entry en : entries) {
            h.append("<dt>").append(esc(en.term)).append("</dt><dd>");
            if (en.html != null) {
                h.append(en.html);
            } else if (en.lines.size() == 1) {
                h.append(esc(en.lines.get(0)));
            } else {
                h.append("<ul>");
                for (String l : en.lines) {
                    h.append("<li>").append(esc(l).replace("\n", "<br>")).append("</li>");
                }
                h.append("</ul>");
            }
            h.append("</dd>\n");
        }
        h.append("</dl>\n");
        List<String> technical = trace ? technical(e) : java.util.Collections.<String>emptyList();
        if (!technical.isEmpty()) {
            h.append("<details class=\"tech\"><summary>").append(esc(w.word("计算过程（技术细节）"))).append("</summary><pre>");
            h.append(esc(String.join("\n", technical))).append("</pre></details>\n");
        }
        return h.toString();
    }

    /**
     * The deductions filed against a section (not one of its items), one line each after a heading: the points taken
     * from the sum of its items, the points asked where the section had less left (扣完为止), the reason in the
     * wording and the evidence id. Empty for a leaf or a section against which nothing was filed.
     */
    static List<String> sectionDeductionLines(org.kaoping.core.scoring.ScoreNode section, Explanation e, Wording w) {
        List<String> out = new ArrayList<>();
        if (section.isLeaf() || e.deductions().isEmpty()) {
            return out;
        }
        out.add(w.isChinese() ? "本部分扣分 " + section.sectionDeductions() + " 分，从各项合计中扣除，扣完为止："
                : section.sectionDeductions() + " point(s) deducted from the sum of this section's items, down to zero:");
        for (org.kaoping.core.scoring.AppliedDeduction d : e.deductions()) {
            boolean short_ = d.taken().compareTo(d.asked()) < 0;
            out.add(w.isChinese()
                    ? "扣 " + d.taken() + " 分" + (short_ ? "（应扣 " + d.asked() + " 分，本部分已无分可扣）" : "") + "："
                            + w.deductionReason(d.reason()) + "（证据编号 " + d.evidenceId() + "）"
                    : d.taken() + " deducted" + (short_ ? " (" + d.asked() + " asked; nothing more left in the section)" : "") + ": "
                            + w.deductionReason(d.reason()) + " (evidence " + d.evidenceId() + ")");
        }
        return out;
    }

    /** The explanation as plain lines {@code term：value} for a terminal, with the engine's trace after them when asked for. */
    static List<String> lines(Explanation e, Rule rule, SourceBlend blend, Points points, int scale, Function<String, String> categoryName,
            Wording w, boolean trace) {
        return lines(entries(e, rule, blend, points, scale, categoryName, w), e, w, trace);
    }

    /** {@link #lines(Explanation, Rule, SourceBlend, Points, int, Function, Wording, boolean)} of entries worked out already. */
    static List<String> lines(List<Entry> entries, Explanation e, Wording w, boolean trace) {
        List<String> out = new ArrayList<>();
        String colon = w.isChinese() ? "：" : ": ";
        for (Entry en : entries) {
            if (en.lines.size() == 1) {
                out.add(en.term + colon + SafeText.of(en.lines.get(0)));
            } else {
                out.add(en.term + colon);
                for (String l : en.lines) {
                    for (String part : l.split("\n")) {
                        out.add("  " + SafeText.of(part));
                    }
                }
            }
        }
        if (trace) {
            List<String> technical = technical(e);
            if (!technical.isEmpty()) {
                out.add(w.word("计算过程（技术细节）") + colon);
                for (String t : technical) {
                    out.add("  " + SafeText.of(t));
                }
            }
        }
        return out;
    }

    /** The explanation's terms in order. */
    static List<Entry> entries(Explanation e, Rule rule, SourceBlend blend, Points points, int scale, Function<String, String> categoryName,
            Wording w) {
        List<Entry> out = new ArrayList<>();
        String sep = w.isChinese() ? "；" : "; ";
        if (rule != null) {
            out.add(one(w.word("计分规则"), w.rule(rule, categoryName)));
        }
        if (e.notApplicable().isPresent()) {
            out.add(one(w.word("不适用原因"), w.notApplicable(e.notApplicable().get())));
        }
        if (blend != null && e.state() != NodeState.NOT_APPLICABLE) {
            out.add(one(w.word("来源综合"), w.blend(blend)));
        }
        if (!e.channels().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (ChannelResult c : e.channels()) {
                lines.add(channel(c, w) + (c.raters().isEmpty() ? "" : "\n" + w.word("评分人") + (w.isChinese() ? "：" : ": ")
                        + String.join(sep, c.raters())));
            }
            out.add(new Entry(w.word("依据来源"), lines, null));
        }
        List<String> trend = TrendComparison.lines(e.channels(), categoryName, w.isChinese()); // issue 16: across years
        if (!trend.isEmpty()) {
            out.add(new Entry(w.isChinese() ? "逐年比较" : "year over year", trend, null));
        }
        List<String> target = TargetComparison.lines(e.channels(), categoryName, w.isChinese()); // issue 17: targets from above
        if (!target.isEmpty()) {
            out.add(new Entry(w.isChinese() ? "指标比较" : "rate against threshold", target, null));
        }
        if (!e.missingChannels().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Channel c : e.missingChannels()) {
                names.add(w.channelName(c));
            }
            out.add(one(w.word("缺少证据的来源"), String.join(w.isChinese() ? "、" : ", ", names)));
        }
        if (e.missingInputs()) {
            // what the engine lists as missing among the rule's inputs, once each (several channels may list it)
            java.util.Set<String> missing = new java.util.LinkedHashSet<>();
            for (ChannelResult c : e.channels()) {
                if (c.used()) {
                    missing.addAll(w.missingInputs(c.inputs()));
                }
            }
            if (missing.isEmpty()) {
                missing.add(w.isChinese() ? "有未勾选的要求或无证据判定的条件，按未满足计" : "a requirement not ticked or a condition without evidence, counted as not met");
            }
            out.add(new Entry(w.word("缺少输入"), new ArrayList<>(missing), null));
        }
        if (!e.ignoredEvidenceIds().isEmpty()) {
            out.add(one(w.word("未采用的证据"), (w.isChinese() ? "来源不在本项综合方式之列，未计分：" : "from sources the item's blend does not name, not counted: ")
                    + String.join(", ", e.ignoredEvidenceIds())));
        }
        if (!e.deductions().isEmpty()) {
            String unit = " " + w.word("分");
            StringBuilder s = new StringBuilder("<table class=\"ded\"><thead><tr><th>" + esc(w.word("原因")) + "</th><th>" + esc(w.word("证据编号"))
                    + "</th><th>" + esc(w.word("所扣条目")) + "</th><th>" + esc(w.word("扣分值")) + "</th><th>" + esc(w.word("实扣"))
                    + "</th></tr></thead><tbody>");
            List<String> lines = new ArrayList<>();
            for (AppliedDeduction d : e.deductions()) {
                String reason = w.deductionReason(d.reason());
                s.append("<tr><td>").append(esc(reason)).append("</td><td>").append(esc(d.evidenceId())).append("</td><td>")
                        .append(esc(d.criterionId())).append("</td><td class=\"num\">").append(d.asked()).append(unit).append("</td><td class=\"num\">")
                        .append(d.taken()).append(unit).append("</td></tr>");
                lines.add(w.isChinese() ? reason + "，证据编号 " + d.evidenceId() + "，所扣条目 " + d.criterionId() + "，扣分值 " + d.asked()
                        + " 分，实扣 " + d.taken() + " 分"
                        : reason + ", evidence " + d.evidenceId() + ", item " + d.criterionId() + ", asked " + d.asked() + ", taken " + d.taken());
            }
            out.add(new Entry(w.word("扣分"), lines, s.append("</tbody></table>").toString()));
        }
        if (e.override().isPresent()) {
            AppliedOverride o = e.override().get();
            out.add(one(w.word("人工改分"), w.isChinese()
                    ? "改分人 " + o.author() + "，时间 " + w.time(o.at()) + "，原因：" + o.reason() + "；原分 " + o.oldPoints() + " 分 → 新分 "
                            + o.newPoints() + " 分（证据编号 " + o.evidenceId() + "）"
                    : "by " + o.author() + " at " + w.time(o.at()) + ", because " + o.reason() + "; " + o.oldPoints() + " → " + o.newPoints()
                            + " (evidence " + o.evidenceId() + ")"));
        }
        out.add(one(w.word("得分计算"), w.isChinese() ? arithmetic(e, points, scale) : arithmeticEnglish(e, points, scale)));
        if (!e.documents().isEmpty()) {
            out.add(one(w.word("备查文件"), String.join(sep, e.documents())));
        }
        return out;
    }

    private static Entry one(String term, String line) {
        return new Entry(term, java.util.Collections.singletonList(line), null);
    }

    /** The rule in the office's words, e.g. {@code 检查清单 3 项，按比例计分}. */
    static String rule(Rule r, Function<String, String> categoryName) {
        return Wording.ZH_CN.rule(r, categoryName);
    }

    /** {@code 全有或全无}, {@code 按比例计分} or {@code 每项扣 0.5 分，扣完为止}. */
    static String policy(CreditPolicy p) {
        return Wording.ZH_CN.policy(p);
    }

    static String blend(SourceBlend b) {
        return Wording.ZH_CN.blend(b);
    }

    /** {@code 考核小组} or {@code 考核小组·实地检查}. */
    static String channelName(Channel c) {
        return Wording.ZH_CN.channelName(c);
    }

    private static String channel(ChannelResult c, Wording w) {
        StringBuilder s = new StringBuilder(c.channel().isPresent() ? w.channelName(c.channel().get()) : w.word("全部来源"));
        s.append(w.isChinese() ? "：" : ": ");
        if (c.weight().isPresent()) {
            s.append(w.word("权重")).append(' ').append(c.weight().get()).append(w.isChinese() ? "，" : ", ");
        }
        s.append(c.share().isPresent() ? w.word("得分率") + " " + c.share().get().toPercentString() : w.word("未能判定"));
        s.append(c.used() ? w.word("（采用）") : w.word("（未采用）"));
        s.append(w.isChinese() ? "，证据编号 " : ", evidence ").append(c.evidenceIds().isEmpty() ? w.word("无") : String.join(", ", c.evidenceIds()));
        return s.toString();
    }

    /** The points in English: awarded of maximum, and the state. */
    private static String arithmeticEnglish(Explanation e, Points points, int scale) {
        return Shown.points(e.awarded(), scale) + " of " + points + " points, " + Wording.EN.state(e.state());
    }

    /**
     * The points arithmetic from structured data: declared points × blended share, rounded half-up at the leaf scale,
     * less the deductions taken. Shown only when it reproduces the awarded points exactly; otherwise only the result.
     */
    static String arithmetic(Explanation e, Points points, int scale) {
        String awarded = Shown.points(e.awarded(), scale) + " 分";
        switch (e.state()) {
            case NOT_APPLICABLE:
                return "不适用：不计分，其分值不计入满分";
            case MISSING_EVIDENCE:
                return "无证据判定本项，计 0 分（标记为缺少证据）";
            case OVERRIDDEN: {
                String computed = e.override().isPresent() ? computed(e, points, scale, e.override().get().oldPoints()) : null;
                return (computed == null ? "" : "按规则计算：" + computed + "；") + "人工改分后得分 " + awarded;
            }
            default: {
                String computed = computed(e, points, scale, e.awarded());
                return computed == null ? "得分 " + awarded : computed;
            }
        }
    }

    /** The arithmetic that gives {@code result}, or {@code null} if the structured data does not reproduce it exactly. */
    private static String computed(Explanation e, Points points, int scale, Points result) {
        if (!e.blendedShare().isPresent()) {
            return null;
        }
        Ratio share = e.blendedShare().get();
        Points base = share.equals(Ratio.ONE) ? points : Points.of(points.toBigDecimal().multiply(BigDecimal.valueOf(share.numerator()))
                .divide(BigDecimal.valueOf(share.denominator()), scale, RoundingMode.HALF_UP));
        if (base.isGreaterThan(points)) {
            base = points;
        }
        Points taken = Points.ZERO;
        for (AppliedDeduction d : e.deductions()) {
            taken = taken.plus(d.taken());
        }
        if (!base.minus(taken).equals(result)) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        s.append(points).append(" 分 × ").append(share.toPercentString()).append(" = ").append(Shown.points(base, scale)).append(" 分");
        if (!share.equals(Ratio.ONE) && share.signum() != 0) {
            s.append("（四舍五入保留 ").append(scale).append(" 位小数）");
        }
        if (!e.deductions().isEmpty()) {
            s.append("；扣分 ").append(taken).append(" 分，得分 ").append(Shown.points(result, scale)).append(" 分");
        }
        return s.toString();
    }

    /** The engine's own free-text lines, verbatim: each channel's inputs, then the notes. */
    private static List<String> technical(Explanation e) {
        List<String> out = new ArrayList<>();
        for (ChannelResult c : e.channels()) {
            String name = c.channel().isPresent() ? c.channel().get().toString() : "all sources";
            for (String in : c.inputs()) {
                out.add(name + ": " + in);
            }
        }
        out.addAll(e.notes());
        return out;
    }

    private static String esc(String s) {
        return HtmlReport.esc(s);
    }
}

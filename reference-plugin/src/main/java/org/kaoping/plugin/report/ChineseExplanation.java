package org.kaoping.plugin.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * A leaf's {@link Explanation} in Chinese for the assessment office, as an HTML fragment built only from the
 * structured parts: the rule (from the criterion's {@link Rule}), the blend (from the plan), each channel's share,
 * evidence ids and raters, deductions, the override, the not-applicable mark and the points arithmetic. What the
 * engine writes only as free English text (the rule's inputs and the notes) is shown verbatim under a collapsed
 * 计算过程（技术细节）, never translated by guesswork. Evidence ids and numbers are printed exactly; all text is escaped.
 */
final class ChineseExplanation {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private ChineseExplanation() {}

    /**
     * @param e the leaf's explanation
     * @param rule the leaf's rule, or {@code null} if it has none
     * @param blend the plan's blend for the leaf, or {@code null} if unknown
     * @param points the leaf's declared points
     * @param scale the plan's leaf scale (decimal places, rounded half-up)
     * @param categoryName the display name of an incident category key
     */
    static String html(Explanation e, Rule rule, SourceBlend blend, Points points, int scale, Function<String, String> categoryName) {
        StringBuilder h = new StringBuilder(512);
        h.append("<dl class=\"zh\">\n");
        if (rule != null) {
            row(h, "计分规则", esc(rule(rule, categoryName)));
        }
        if (e.notApplicable().isPresent()) {
            row(h, "不适用原因", esc(e.notApplicable().get()));
        }
        if (blend != null && e.state() != NodeState.NOT_APPLICABLE) {
            row(h, "来源综合", esc(blend(blend)));
        }
        if (!e.channels().isEmpty()) {
            StringBuilder s = new StringBuilder("<ul>");
            for (ChannelResult c : e.channels()) {
                s.append("<li>").append(esc(channel(c)));
                if (!c.raters().isEmpty()) {
                    s.append("<br>评分人：").append(esc(String.join("；", c.raters())));
                }
                s.append("</li>");
            }
            row(h, "依据来源", s.append("</ul>").toString());
        }
        if (!e.missingChannels().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Channel c : e.missingChannels()) {
                names.add(channelName(c));
            }
            row(h, "缺少证据的来源", esc(String.join("、", names)));
        }
        if (!e.ignoredEvidenceIds().isEmpty()) {
            row(h, "未采用的证据", esc("来源不在本项综合方式之列，未计分：" + String.join(", ", e.ignoredEvidenceIds())));
        }
        if (!e.deductions().isEmpty()) {
            StringBuilder s = new StringBuilder("<table class=\"ded\"><thead><tr><th>原因</th><th>证据编号</th><th>所扣条目</th>"
                    + "<th>扣分值</th><th>实扣</th></tr></thead><tbody>");
            for (AppliedDeduction d : e.deductions()) {
                s.append("<tr><td>").append(esc(d.reason())).append("</td><td>").append(esc(d.evidenceId())).append("</td><td>")
                        .append(esc(d.criterionId())).append("</td><td class=\"num\">").append(d.asked()).append(" 分</td><td class=\"num\">")
                        .append(d.taken()).append(" 分</td></tr>");
            }
            row(h, "扣分", s.append("</tbody></table>").toString());
        }
        if (e.override().isPresent()) {
            AppliedOverride o = e.override().get();
            row(h, "人工改分", esc("改分人 " + o.author() + "，时间 " + AT.format(o.at()) + "（北京时间），原因：" + o.reason()
                    + "；原分 " + o.oldPoints() + " 分 → 新分 " + o.newPoints() + " 分（证据编号 " + o.evidenceId() + "）"));
        }
        row(h, "得分计算", esc(arithmetic(e, points, scale)));
        if (!e.documents().isEmpty()) {
            row(h, "备查文件", esc(String.join("；", e.documents())));
        }
        h.append("</dl>\n");
        List<String> technical = technical(e);
        if (!technical.isEmpty()) {
            h.append("<details class=\"tech\"><summary>计算过程（技术细节）</summary><pre>");
            h.append(esc(String.join("\n", technical))).append("</pre></details>\n");
        }
        return h.toString();
    }

    private static void row(StringBuilder h, String term, String htmlValue) {
        h.append("<dt>").append(term).append("</dt><dd>").append(htmlValue).append("</dd>\n");
    }

    /** The rule in the office's words, e.g. {@code 检查清单 3 项，按比例计分}. */
    static String rule(Rule r, Function<String, String> categoryName) {
        switch (r.kind()) {
            case JUDGEMENT: {
                List<String> levels = new ArrayList<>();
                for (JudgementLevel l : ((JudgementRule) r).levels()) {
                    levels.add(l.name() + " " + l.share().toPercentString());
                }
                return "判定等次（" + String.join("、", levels) + "）";
            }
            case CHECKLIST: {
                ChecklistRule c = (ChecklistRule) r;
                return "检查清单 " + c.requirements().size() + " 项，" + policy(c.policy());
            }
            case AT_LEAST: {
                AtLeastRule a = (AtLeastRule) r;
                return a.metric() + " 不少于 " + a.minimum().stripTrailingZeros().toPlainString() + a.unit() + "（"
                        + a.period().chineseName() + "），" + policy(a.policy());
            }
            case RATE_AT_LEAST: {
                RateAtLeastRule a = (RateAtLeastRule) r;
                return a.metric() + " 比率不低于 " + a.minimum().toPercentString() + "，" + policy(a.policy());
            }
            case TREND: {
                TrendRule t = (TrendRule) r;
                return t.metric() + (t.direction() == TrendRule.Direction.INCREASE ? " 逐年提高" : " 逐年下降") + "，" + policy(t.policy());
            }
            case NO_INCIDENT: {
                NoIncidentRule n = (NoIncidentRule) r;
                return "无" + categoryName.apply(n.incidentCategory()) + "事件发生，" + policy(n.policy());
            }
            case COMPOSITE: {
                CompositeRule c = (CompositeRule) r;
                StringBuilder s = new StringBuilder("同时满足以下条件：");
                int i = 1;
                for (Rule k : c.conditions()) {
                    s.append(i > 1 ? "；" : "").append('(').append(i++).append(") ").append(rule(k, categoryName));
                }
                return s.append("。总体计分：").append(policy(c.policy())).toString();
            }
            default: {
                CustomRule c = (CustomRule) r;
                return "自定义规则 " + c.type() + (c.parameters().isEmpty() ? "" : " " + c.parameters());
            }
        }
    }

    /** {@code 全有或全无}, {@code 按比例计分} or {@code 每项扣 0.5 分，扣完为止}. */
    static String policy(CreditPolicy p) {
        switch (p.kind()) {
            case ALL_OR_NOTHING: return "全有或全无";
            case PROPORTIONAL: return "按比例计分";
            default: return "每项扣 " + p.deduction().get() + " 分，扣完为止";
        }
    }

    static String blend(SourceBlend b) {
        if (b.kind() == SourceBlend.Kind.PRECEDENCE) {
            List<String> names = new ArrayList<>();
            for (Channel c : b.order()) {
                names.add(channelName(c));
            }
            return "按先后顺序取第一个有证据的来源：" + String.join(" → ", names);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Channel, Ratio> w : b.weights().entrySet()) {
            parts.add(channelName(w.getKey()) + " 权重 " + w.getValue());
        }
        return "加权综合：" + String.join("，", parts) + (b.missing() == MissingSourcePolicy.RENORMALIZE
                ? "；某来源无证据时，其余来源按权重比例分担" : "；某来源无证据时该来源不得分，本项标记为不完整");
    }

    /** {@code 考核小组} or {@code 考核小组·实地检查}. */
    static String channelName(Channel c) {
        String source = c.source().chineseName();
        if (!c.step().isPresent() || c.step().get().chineseName().equals(source)) {
            return source;
        }
        return source + "·" + c.step().get().chineseName();
    }

    private static String channel(ChannelResult c) {
        StringBuilder s = new StringBuilder(c.channel().isPresent() ? channelName(c.channel().get()) : "全部来源");
        s.append("：");
        if (c.weight().isPresent()) {
            s.append("权重 ").append(c.weight().get()).append("，");
        }
        s.append(c.share().isPresent() ? "得分率 " + c.share().get().toPercentString() : "未能判定");
        s.append(c.used() ? "（采用）" : "（未采用）");
        s.append("，证据编号 ").append(c.evidenceIds().isEmpty() ? "无" : String.join(", ", c.evidenceIds()));
        return s.toString();
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

package org.kaoping.plugin.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.MissingSourcePolicy;
import org.kaoping.core.plan.SourceBlend;
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
import org.kaoping.core.scoring.NodeState;

/**
 * The reports' localized wording: rule descriptions, credit policies, source blends, channel names, node states,
 * times and the reasons the runtime files for late and missing self-reports, in Chinese ({@link #ZH_CN}, the
 * reports' default) or English ({@link #EN}). The Java API, its exceptions and the engine's own trace stay English;
 * this is the layer that renders them for a reader. Times are Beijing time (Asia/Shanghai), written the way offices
 * write them: {@code 2015年12月3日 09:00}. Immutable and thread-safe.
 */
public final class Wording {
    /** Simplified Chinese, the reports' default. */
    public static final Wording ZH_CN = new Wording(true);

    /** English. */
    public static final Wording EN = new Wording(false);

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm", Locale.ROOT).withZone(BEIJING);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH).withZone(BEIJING);

    /**
     * The reason {@code ObligationEffect.deductions} writes: {@code ANNUAL self-report for 2015 LATE (submitted
     * 2015-12-03T01:00:00Z, due before 2015-11-30T16:00:00Z)} or {@code MONTHLY self-report for 2015-03 MISSING (due
     * before …)}. Parsed here (and checked against core in the tests) so that the office reads it in its own words.
     */
    private static final Pattern OBLIGATION_REASON = Pattern.compile(
            "(MONTHLY|ANNUAL) self-report for (\\d{4})(?:-(\\d{2}))? (LATE|MISSING) \\((?:submitted (\\S+), )?due before (\\S+)\\)");

    /** The engine's not-applicable text: {@code reason [evidence-id by author]}. */
    private static final Pattern NOT_APPLICABLE = Pattern.compile("(?s)(.*) \\[(\\S+) by (.+)\\]");

    private final boolean zh;

    private Wording(boolean zh) {
        this.zh = zh;
    }

    /** {@link #ZH_CN} for a Chinese locale, {@link #EN} for any other. */
    public static Wording forLocale(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH_CN : EN;
    }

    /** The locale this wording writes. */
    public Locale locale() {
        return zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** Whether this is the Chinese wording. */
    public boolean isChinese() {
        return zh;
    }

    /** A time in Beijing time: {@code 2015年12月3日 09:00}, or {@code 3 Dec 2015 09:00 (Beijing time)}. */
    public String time(Instant at) {
        return zh ? ZH_TIME.format(at) : EN_TIME.format(at) + " (Beijing time)";
    }

    /** A reporting period: {@code 2015年度} or {@code 2015年3月}; {@code 2015} or {@code 2015-03}. */
    public String period(ReportingPeriod p) {
        if (!zh) {
            return p.toString();
        }
        return p.isWholeYear() ? p.year() + "年度" : p.year() + "年" + p.month() + "月";
    }

    /** A node's state: 已评分, 不适用, 缺少证据, 人工调整. */
    public String state(NodeState s) {
        switch (s) {
            case NOT_APPLICABLE: return zh ? "不适用" : "not applicable";
            case MISSING_EVIDENCE: return zh ? "缺少证据" : "missing evidence";
            case OVERRIDDEN: return zh ? "人工调整" : "overridden";
            default: return zh ? "已评分" : "scored";
        }
    }

    /**
     * A deduction's reason as a reader sees it: the runtime's reason for a late or missing self-report in this
     * wording with Beijing times; any other reason (an assessor's own words) as given.
     */
    public String deductionReason(String reason) {
        Matcher m = OBLIGATION_REASON.matcher(reason);
        if (!m.matches()) {
            return reason;
        }
        boolean annual = m.group(1).equals("ANNUAL");
        int year = Integer.parseInt(m.group(2));
        ReportingPeriod period = m.group(3) == null ? ReportingPeriod.year(year) : ReportingPeriod.month(year, Integer.parseInt(m.group(3)));
        boolean late = m.group(4).equals("LATE");
        Instant due = Instant.parse(m.group(6));
        String submitted = m.group(5) == null ? null : time(Instant.parse(m.group(5)));
        if (zh) {
            String what = annual ? period.year() + "年度自查报告" : period(period) + "自查月报";
            return what + (late ? "迟报" : "漏报") + "（" + (submitted == null ? "" : submitted + "报送，") + "应于" + time(due) + "前报送）";
        }
        String what = (annual ? "annual self-report for " : "monthly self-report for ") + period;
        return what + (late ? " late" : " missing") + " (" + (submitted == null ? "" : "submitted " + submitted + ", ") + "due before "
                + time(due) + ")";
    }

    /** The engine's not-applicable text ({@code reason [id by author]}) in this wording. */
    public String notApplicable(String text) {
        Matcher m = NOT_APPLICABLE.matcher(text);
        if (!m.matches()) {
            return text;
        }
        return zh ? m.group(1) + "（证据编号 " + m.group(2) + "，填报人 " + m.group(3) + "）"
                : m.group(1) + " (evidence " + m.group(2) + ", filed by " + m.group(3) + ")";
    }

    /** The rule in the reader's words, e.g. {@code 检查清单 3 项，按比例计分}. */
    public String rule(Rule r, Function<String, String> categoryName) {
        switch (r.kind()) {
            case JUDGEMENT: {
                List<String> levels = new ArrayList<>();
                for (JudgementLevel l : ((JudgementRule) r).levels()) {
                    levels.add(l.name() + " " + l.share().toPercentString());
                }
                return zh ? "判定等次（" + String.join("、", levels) + "）" : "judged by level (" + String.join(", ", levels) + ")";
            }
            case CHECKLIST: {
                ChecklistRule c = (ChecklistRule) r;
                return zh ? "检查清单 " + c.requirements().size() + " 项，" + policy(c.policy())
                        : "checklist of " + c.requirements().size() + " requirement(s), " + policy(c.policy());
            }
            case AT_LEAST: {
                AtLeastRule a = (AtLeastRule) r;
                String min = a.minimum().stripTrailingZeros().toPlainString();
                return zh ? a.metric() + " 不少于 " + min + a.unit() + "（" + a.period().chineseName() + "），" + policy(a.policy())
                        : a.metric() + " at least " + min + " " + a.unit() + " per " + a.period().name().toLowerCase(Locale.ROOT) + ", "
                                + policy(a.policy());
            }
            case RATE_AT_LEAST: {
                RateAtLeastRule a = (RateAtLeastRule) r;
                return zh ? a.metric() + " 比率不低于 " + a.minimum().toPercentString() + "，" + policy(a.policy())
                        : a.metric() + " rate at least " + a.minimum().toPercentString() + ", " + policy(a.policy());
            }
            case TREND: {
                TrendRule t = (TrendRule) r;
                boolean up = t.direction() == TrendRule.Direction.INCREASE;
                return zh ? t.metric() + (up ? " 逐年提高" : " 逐年下降") + "，" + policy(t.policy())
                        : t.metric() + (up ? " rising year on year" : " falling year on year") + ", " + policy(t.policy());
            }
            case NO_INCIDENT: {
                NoIncidentRule n = (NoIncidentRule) r;
                return zh ? "无" + categoryName.apply(n.incidentCategory()) + "事件发生，" + policy(n.policy())
                        : "no incident of " + categoryName.apply(n.incidentCategory()) + ", " + policy(n.policy());
            }
            case COMPOSITE: {
                CompositeRule c = (CompositeRule) r;
                StringBuilder s = new StringBuilder(zh ? "同时满足以下条件：" : "all of: ");
                int i = 1;
                for (Rule k : c.conditions()) {
                    s.append(i > 1 ? (zh ? "；" : "; ") : "").append('(').append(i++).append(") ").append(rule(k, categoryName));
                }
                return s.append(zh ? "。总体计分：" : ". Overall: ").append(policy(c.policy())).toString();
            }
            default: {
                CustomRule c = (CustomRule) r;
                return (zh ? "自定义规则 " : "custom rule ") + c.type() + (c.parameters().isEmpty() ? "" : " " + c.parameters());
            }
        }
    }

    /** {@code 全有或全无}, {@code 按比例计分} or {@code 每项扣 0.5 分，扣完为止}. */
    public String policy(CreditPolicy p) {
        switch (p.kind()) {
            case ALL_OR_NOTHING: return zh ? "全有或全无" : "all or nothing";
            case PROPORTIONAL: return zh ? "按比例计分" : "proportional";
            default: return zh ? "每项扣 " + p.deduction().get() + " 分，扣完为止" : p.deduction().get() + " points off per shortfall, down to zero";
        }
    }

    /** How the sources of an item are combined. */
    public String blend(SourceBlend b) {
        if (b.kind() == SourceBlend.Kind.PRECEDENCE) {
            List<String> names = new ArrayList<>();
            for (Channel c : b.order()) {
                names.add(channelName(c));
            }
            return (zh ? "按先后顺序取第一个有证据的来源：" : "the first source with evidence, in order: ") + String.join(" → ", names);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Channel, Ratio> w : b.weights().entrySet()) {
            parts.add(channelName(w.getKey()) + (zh ? " 权重 " : " weight ") + w.getValue());
        }
        if (zh) {
            return "加权综合：" + String.join("，", parts) + (b.missing() == MissingSourcePolicy.RENORMALIZE
                    ? "；某来源无证据时，其余来源按权重比例分担" : "；某来源无证据时该来源不得分，本项标记为不完整");
        }
        return "weighted: " + String.join(", ", parts) + (b.missing() == MissingSourcePolicy.RENORMALIZE
                ? "; a source without evidence leaves its weight to the others" : "; a source without evidence scores nothing and the item is incomplete");
    }

    /** {@code 考核小组} or {@code 考核小组·实地检查}; {@code panel} or {@code panel · inspect on site}. */
    public String channelName(Channel c) {
        if (!zh) {
            String source = c.source().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return c.step().isPresent() ? source + " · " + c.step().get().name().toLowerCase(Locale.ROOT).replace('_', ' ') : source;
        }
        String source = c.source().chineseName();
        if (!c.step().isPresent() || c.step().get().chineseName().equals(source)) {
            return source;
        }
        return source + "·" + c.step().get().chineseName();
    }

    /** A word or phrase of the reports' fixed vocabulary by its Chinese form, in this wording. */
    public String word(String chinese) {
        if (zh) {
            return chinese;
        }
        String en = ENGLISH.get(chinese);
        return en == null ? chinese : en;
    }

    private static final Map<String, String> ENGLISH;

    static {
        Map<String, String> m = new java.util.HashMap<>();
        String[][] pairs = {
            {"计分规则", "Rule"}, {"不适用原因", "Not applicable because"}, {"来源综合", "Sources combined"},
            {"依据来源", "Evidence by source"}, {"缺少证据的来源", "Sources without evidence"}, {"未采用的证据", "Evidence not used"},
            {"扣分", "Deductions"}, {"人工改分", "Manual override"}, {"得分计算", "Points"}, {"备查文件", "Documents"},
            {"评分人", "Raters"}, {"原因", "Reason"}, {"证据编号", "Evidence"}, {"所扣条目", "Item"}, {"扣分值", "Asked"},
            {"实扣", "Taken"}, {"计算过程（技术细节）", "Engine trace"}, {"全部来源", "all sources"}, {"得分率", "share"},
            {"未能判定", "undecided"}, {"（采用）", " (used)"}, {"（未采用）", " (not used)"}, {"无", "none"}, {"分", "points"},
            {"权重", "weight"},
            {"汇总分析", "Roll-ups"}, {"名次", "Rank"}, {"单位", "Unit"}, {"得分", "Points"}, {"等次", "Grade"}, {"备注", "Remarks"},
            {"等次分布：", "Grades: "}, {"本报告由考评系统生成。每项得分均可展开查看计分依据；打印时全部展开。",
                "Generated by Kaoping. Every item's points can be expanded to show how they were reached; printing expands them all."},
            {"排名", "ranking"}, {"部分", "Section"}, {"内容", "Text"}, {"适用满分", "Applicable maximum"}, {"分项合计", "Sum of sections"},
            {"不适用项折算", "Rescaled for items not applicable"}, {"加分", "Bonus"}, {"一票否决：", "Veto: "}, {"事件", "incidents"},
            {"最终得分 · 等次", "Final total · grade"}, {"：申报 ", ": claimed "}, {"，上限 ", ", cap "}, {"，计 ", ", granted "},
            {"各部分得分率", "share per section"}, {"各标准分项平均得分", "Section averages per standard"}, {"个单位", "units"},
            {"平均得分", "Mean points"}, {"满分", "Maximum"}, {"得分率", "Share"}, {"按实施方案主要任务与保障措施", "By the plan's tasks and safeguards"},
            {"任务", "Task"}, {"单位数", "Units"}, {"得分合计", "Points earned"}, {"满分合计", "Points possible"}, {"按地区（县区）", "By area (county)"},
            {"地区", "Area"}, {"计分单位数", "Units scored"}, {"最终得分合计", "Sum of final totals"}};
        for (String[] p : pairs) {
            m.put(p[0], p[1]);
        }
        ENGLISH = java.util.Collections.unmodifiableMap(m);
    }
}

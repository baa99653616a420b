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
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.MissingSourcePolicy;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.ConditionCredit;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.JudgementLevel;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.RuleVisitor;
import org.kaoping.core.rule.TrendRule;
import org.kaoping.core.scoring.NodeState;

/**
 * The reports' localized wording: rule descriptions, credit policies, source blends, channel names, node states,
 * times and the reasons the runtime files for late and missing self-reports, in Chinese ({@link #ZH_CN}, the
 * reports' default) or English ({@link #EN}). The Java API, its exceptions and the engine's own trace stay English;
 * this is the layer that renders them for a reader. Times are Beijing time (Asia/Shanghai), written the way offices
 * write them: {@code 2015年12月3日 09:00}. Immutable and thread-safe.
 */
@API(status = API.Status.INTERNAL)
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

    /**
     * The rule in the reader's words, e.g. {@code 检查清单 3 项，按比例计分}.
     *
     * @param categoryName names a code the rule reads (a metric key or an incident category) in the reader's words
     */
    public String rule(Rule r, Function<String, String> categoryName) {
        return r.accept(new RuleWording(categoryName));
    }

    /** The wording of each rule kind; a {@link RuleVisitor}, so a new rule kind does not compile until it has one. */
    private final class RuleWording implements RuleVisitor<String> {
        private final Function<String, String> categoryName;

        RuleWording(Function<String, String> categoryName) {
            this.categoryName = categoryName;
        }

        @Override
        public String visitJudgement(JudgementRule j) {
            List<String> levels = new ArrayList<>();
            for (JudgementLevel l : j.levels()) {
                levels.add(l.name() + " " + l.share().toPercentString());
            }
            return zh ? "判定等次（" + String.join("、", levels) + "）" : "judged by level (" + String.join(", ", levels) + ")";
        }

        @Override
        public String visitChecklist(ChecklistRule c) {
            return zh ? "检查清单 " + c.requirements().size() + " 项，" + policy(c.policy())
                    : "checklist of " + c.requirements().size() + " requirement(s), " + policy(c.policy());
        }

        @Override
        public String visitAtLeast(AtLeastRule a) {
            String min = a.minimum().stripTrailingZeros().toPlainString();
            return zh ? categoryName.apply(a.metric()) + " 不少于 " + min + a.unit() + "（" + a.period().chineseName() + "），" + policy(a.policy())
                    : categoryName.apply(a.metric()) + " at least " + min + " " + a.unit() + " per " + a.period().name().toLowerCase(Locale.ROOT) + ", "
                            + policy(a.policy());
        }

        @Override
        public String visitRateAtLeast(RateAtLeastRule a) {
            if (a.targetKey().isPresent()) { // issue 17: the threshold is the higher level's target of the year
                return zh ? categoryName.apply(a.metric()) + " 达到上级当年下达的指标（考评方案载明下达单位和日期），" + policy(a.policy())
                        : categoryName.apply(a.metric()) + " rate at least the higher level's target of the year, " + policy(a.policy());
            }
            return zh ? categoryName.apply(a.metric()) + " 比率不低于 " + a.minimum().toPercentString() + "，" + policy(a.policy())
                    : categoryName.apply(a.metric()) + " rate at least " + a.minimum().toPercentString() + ", " + policy(a.policy());
        }

        @Override
        public String visitTrend(TrendRule t) {
            boolean up = t.direction() == TrendRule.Direction.INCREASE;
            return zh ? categoryName.apply(t.metric()) + (up ? " 逐年提高" : " 逐年下降") + "，" + policy(t.policy())
                    : categoryName.apply(t.metric()) + (up ? " rising year on year" : " falling year on year") + ", " + policy(t.policy());
        }

        @Override
        public String visitNoIncident(NoIncidentRule n) {
            return zh ? "无" + categoryName.apply(n.incidentCategory()) + "事件发生，" + policy(n.policy())
                    : "no incident of " + categoryName.apply(n.incidentCategory()) + ", " + policy(n.policy());
        }

        @Override
        public String visitComposite(CompositeRule c) {
            StringBuilder s = new StringBuilder(zh ? "同时满足以下条件：" : "all of: ");
            int i = 1;
            for (Rule k : c.conditions()) {
                s.append(i > 1 ? (zh ? "；" : "; ") : "").append('(').append(i++).append(") ").append(rule(k, categoryName));
            }
            return s.append(zh ? "。总体计分：" : ". Overall: ").append(policy(c.policy())).append(zh ? "；" : "; ")
                    .append(conditionCredit(c.conditionCredit())).toString();
        }

        @Override
        public String visitCustom(CustomRule c) {
            return (zh ? "自定义规则 " : "custom rule ") + c.type() + (c.parameters().isEmpty() ? "" : " " + c.parameters());
        }

        @Override
        public String visitRollUp(org.kaoping.core.rule.RollUpRule u) {
            String of = u.subordinateKind().chineseName();
            String what;
            switch (u.aggregate()) {
                case SHARE_AT_LEAST:
                    what = zh ? "下级" + of + "考评" + u.grade().name() + "及以上的比率不低于 " + u.minimumShare().toPercentString()
                            : "share of " + of + " rated " + u.grade().name() + " or better at least " + u.minimumShare().toPercentString();
                    break;
                case AVERAGE_AT_LEAST:
                    what = zh ? "下级" + of + "考评平均得分不低于 " + u.minimumAverage() : "average total of " + of + " at least " + u.minimumAverage();
                    break;
                default:
                    what = zh ? "下级" + of + "考评低于" + u.grade().name() + "（或未考评）的不超过 " + u.maximumBelow() + " 个"
                            : "at most " + u.maximumBelow() + " " + of + " below " + u.grade().name() + " or without a result";
            }
            return what + (zh ? "（由下级考评结果汇总），" : " (rolled up from the level below), ") + policy(u.policy());
        }
    }

    /** How a composite counts a condition met in part: {@code 部分满足的条件按未满足计（条件须完全满足才计入）} or its share. */
    public String conditionCredit(ConditionCredit credit) {
        if (credit == ConditionCredit.SHARE) {
            return zh ? "部分满足的条件按其得分比例计入" : "a condition met in part counts its share";
        }
        return zh ? "部分满足的条件按未满足计（条件须完全满足才计入）" : "a condition met in part counts as not met (only conditions met in full count)";
    }

    /** An evidence kind in the reader's words: 评定, 检查勾选, 指标数据 …; the enum name in English. */
    public String evidenceKind(EvidenceKind kind) {
        if (!zh) {
            return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return kind.accept(new EvidenceKind.Visitor<String>() {
            @Override
            public String document() {
                return "备查文件";
            }

            @Override
            public String metricValue() {
                return "指标数据";
            }

            @Override
            public String incident() {
                return "事件报告";
            }

            @Override
            public String checklistTick() {
                return "检查勾选";
            }

            @Override
            public String judgement() {
                return "评定";
            }

            @Override
            public String publicRating() {
                return "群众评分";
            }

            @Override
            public String selfReport() {
                return "自查报告";
            }

            @Override
            public String deduction() {
                return "扣分";
            }

            @Override
            public String adjustment() {
                return "加减分";
            }

            @Override
            public String notApplicable() {
                return "不适用标记";
            }

            @Override
            public String scoreOverride() {
                return "人工改分";
            }
        });
    }

    /**
     * Why a piece of evidence affects nothing ({@code UnusedEvidence.reason()}, English from the engine) in this
     * wording: in Chinese each of the engine's reasons is recognized and rewritten with the ids, keys and periods kept
     * exactly; a reason not recognized (a newer engine's) is shown as given, prefixed so that the reader sees it is
     * the engine's own text. The tests build every reason with core's own code, so a change of its wording fails them.
     */
    public String unusedReason(String reason) {
        if (!zh) {
            return reason;
        }
        for (Phrase p : UNUSED_REASONS) {
            Matcher m = p.pattern.matcher(reason);
            if (m.matches()) {
                return p.chinese.apply(m);
            }
        }
        return "系统说明（未翻译）：" + reason;
    }

    /**
     * What an item with missing inputs lacks, one line per requirement nobody ticked or condition no evidence
     * decides, from the rule's inputs the engine lists ({@code ChannelResult.inputs()}); empty when it lists none.
     */
    public List<String> missingInputs(List<String> ruleInputs) {
        List<String> out = new ArrayList<>();
        for (String input : ruleInputs) {
            Matcher tick = UNTICKED.matcher(input);
            Matcher condition = UNDECIDED_CONDITION.matcher(input);
            if (tick.matches()) {
                out.add(zh ? "第 (" + tick.group(1) + ") 项要求无人勾选，按未满足计：" + tick.group(2)
                        : "requirement (" + tick.group(1) + ") not ticked, counted as not met: " + tick.group(2));
            } else if (condition.matches()) {
                out.add(zh ? "第 " + condition.group(1) + " 个条件无证据判定，按未满足计" : "condition " + condition.group(1) + " has no evidence, counted as not met");
            }
        }
        return out;
    }

    private static final Pattern UNTICKED = Pattern.compile("\\((\\d+)\\) no tick: not met \\(missing input\\) — (.*)", Pattern.DOTALL);
    private static final Pattern UNDECIDED_CONDITION = Pattern.compile("condition (\\d+) \\[.*\\]: no evidence, not met \\(missing input\\)", Pattern.DOTALL);

    /** One of the engine's reasons and its Chinese form. */
    private static final class Phrase {
        final Pattern pattern;
        final Function<Matcher, String> chinese;

        Phrase(String regex, Function<Matcher, String> chinese) {
            this.pattern = Pattern.compile(regex, Pattern.DOTALL);
            this.chinese = chinese;
        }
    }

    private static final List<Phrase> UNUSED_REASONS = java.util.Arrays.asList(
            new Phrase("its period (\\S+) lies outside the plan year (\\d+)( \\(and no trend or plan-term rule counts it\\))?",
                    m -> "所属期间 " + m.group(1) + " 不在考评年度 " + m.group(2) + " 内" + (m.group(3) == null ? "" : "，也没有逐年趋势或规划期规则计入")),
            new Phrase("plan \\[(.*)\\] declares no bonus or penalty category \\[(.*)\\]; it declares \\[(.*)\\]",
                    m -> "考评方案 [" + m.group(1) + "] 未设加减分类别 [" + m.group(2) + "]（已设类别：" + (m.group(3).isEmpty() ? "无" : "[" + m.group(3).replace(", ", "]、[") + "]") + "）"),
            new Phrase("not counted by the plan's category \\[(.*)\\]", m -> "未计入考评方案的加减分类别 [" + m.group(1) + "]"),
            new Phrase("no no-incident rule of rubric \\[(.*)\\] and no veto of plan \\[(.*)\\] names incident category \\[(.*)\\] \\(misspelled\\?\\)",
                    m -> "考评标准 [" + m.group(1) + "] 没有按事件类别 [" + m.group(3) + "] 计分的条目，考评方案 [" + m.group(2)
                            + "] 也没有该类别的一票否决（类别名称是否写错？）"),
            new Phrase("the veto \\[(.*)\\] does not apply to a (\\S+) incident(?:; the items reading it \\((.*)\\) are (.*))?",
                    m -> "一票否决（" + vetoes(m.group(1)) + "）不适用于" + m.group(2) + "事件"
                            + (m.group(3) == null ? "" : "；读取该事件的条目（" + m.group(3) + "）：" + states(m.group(4)))),
            new Phrase("the items reading it \\((.*)\\) are (.*)", m -> "读取该事件的条目（" + m.group(1) + "）：" + states(m.group(2))),
            new Phrase("no rule of rubric \\[(.*)\\] reads metric key \\[(.*)\\]", m -> "考评标准 [" + m.group(1) + "] 没有读取指标 [" + m.group(2) + "] 的规则"),
            new Phrase("the items reading metric \\[(.*)\\] \\((.*)\\) did not count it: (.*)",
                    m -> "读取指标 [" + m.group(1) + "] 的条目（" + m.group(2) + "）未计入：" + states(m.group(3))),
            new Phrase("not read", m -> "未被读取"),
            new Phrase("rubric \\[(.*)\\] has no criterion \\[(.*)\\]", m -> "考评标准 [" + m.group(1) + "] 没有条目 [" + m.group(2) + "]"),
            new Phrase("criterion \\[(.*)\\] is already not applicable by an earlier mark", m -> "条目 [" + m.group(1) + "] 已由更早的不适用标记定为不适用"),
            new Phrase("criterion \\[(.*)\\] is not applicable", m -> "条目 [" + m.group(1) + "] 不适用"),
            new Phrase("criterion \\[(.*)\\] has children; (\\S+) evidence applies to items",
                    m -> "条目 [" + m.group(1) + "] 下设子项，" + ZH_CN.evidenceKind(EvidenceKind.valueOf(m.group(2))) + "只能针对具体子项"),
            new Phrase("criterion \\[(.*)\\] has no scoring rule", m -> "条目 [" + m.group(1) + "] 没有计分规则"),
            new Phrase("criterion \\[(.*)\\] was set by override (\\S+)( after the deduction)?",
                    m -> "条目 [" + m.group(1) + "] 已由人工改分 " + m.group(2) + " 直接定分" + (m.group(3) == null ? "" : "，此项扣分不再计入")),
            new Phrase("channel (\\S+) decided criterion \\[(.*)\\] first \\((.*)\\)",
                    m -> "条目 [" + m.group(2) + "] 按来源先后顺序已由" + channel(m.group(1)) + "判定"),
            new Phrase("the blend of criterion \\[(.*)\\] \\((.*)\\) does not name channel (\\S+)",
                    m -> "条目 [" + m.group(1) + "] 的来源综合方式不包括" + channel(m.group(3))),
            new Phrase("the rule of criterion \\[(.*)\\] \\((.*)\\) does not count (\\S+) evidence( here: the item is undecided)?",
                    m -> "条目 [" + m.group(1) + "] 的计分规则不使用" + ZH_CN.evidenceKind(EvidenceKind.valueOf(m.group(3)))
                            + (m.group(4) == null ? "" : "（本项未能判定）")),
            new Phrase("superseded by the later override (\\S+)", m -> "已被后来的人工改分 " + m.group(1) + " 取代"),
            new Phrase("a panel member does not rate their own unit", m -> "考核小组成员不评定本单位"),
            new Phrase("superseded by the same rater's later judgement (\\S+)", m -> "已被同一评分人后来的评定 " + m.group(1) + " 取代"),
            new Phrase("superseded by the later tick (\\S+) of requirement \\((\\d+)\\)",
                    m -> "第 (" + m.group(2) + ") 项要求已被后来的勾选 " + m.group(1) + " 取代"),
            new Phrase("it covers the whole year and cannot count toward a single (.+)", m -> "该证据覆盖全年，不能计入按“" + m.group(1) + "”要求的条目"));

    /** The engine's item states ({@code 1.1 not applicable, 2.3 undecided}) in Chinese. */
    private static String states(String s) {
        return s.replace(" not applicable", " 不适用").replace(" overridden", " 已人工改分").replace(" undecided", " 未能判定")
                .replace(" decided without it", " 未用它即已判定").replace(", ", "，");
    }

    /** The engine's veto descriptions ({@code cat (重大, 特别重大) → CAP_GRADE 不合格}) in Chinese. */
    private static String vetoes(String s) {
        return s.replaceAll("(\\S+) \\(([^)]*)\\)", "[$1]（$2）").replace("any severity", "任何等级").replace(", ", "、").replace(" → ZERO_TOTAL", "：总分计零")
                .replace(" → EXCLUDE_FROM_COMMENDATION", "：不得评优").replace(" → CAP_GRADE ", "：等次最高为");
    }

    /** {@code PANEL/INSPECT_ON_SITE} (a channel's toString) as {@link #channelName}; as given if not a channel. */
    private static String channel(String s) {
        try {
            int slash = s.indexOf('/');
            org.kaoping.core.evidence.SourceKind source = org.kaoping.core.evidence.SourceKind.valueOf(slash < 0 ? s : s.substring(0, slash));
            Channel c = slash < 0 ? Channel.of(source) : Channel.of(source, org.kaoping.core.evidence.ReviewStep.valueOf(s.substring(slash + 1)));
            return "来源“" + ZH_CN.channelName(c) + "”";
        } catch (IllegalArgumentException e) {
            return "来源 " + s;
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
            {"权重", "weight"}, {"缺少输入", "Missing inputs"}, {"未使用的证据", "Evidence that affects nothing"},
            {"待审核的申报", "Claims pending review"}, {"证据类别", "Kind"}, {"所涉条目或类别", "Criterion or category"},
            {"未使用原因", "Why it affects nothing"}, {"申报单位", "Unit"}, {"申报内容", "Claim"}, {"申报人", "Filed by"},
            {"状态", "Status"}, {"待审核", "pending"}, {"缺少输入的条目", "Items with missing inputs"},
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

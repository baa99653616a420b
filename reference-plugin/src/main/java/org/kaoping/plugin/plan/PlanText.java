package org.kaoping.plugin.plan;

import java.time.MonthDay;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.cycle.DeadlineReading;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.MissingSourcePolicy;
import org.kaoping.core.plan.RaterCombination;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;

/** What the office reads about a plan, in Chinese: its deadlines and how they are read, its self-report deductions, its blend of sources and raters. */
@API(status = API.Status.INTERNAL)
public final class PlanText {
    private PlanText() {}

    /**
     * {@code 自查月报于每月25日前报送，年度自查报告于11月30日前报送；“日前”含当日，即当日24时（北京时间）截止}; the other reading
     * says {@code 不含当日，即前一日24时（北京时间）截止}.
     */
    public static String deadlines(AssessmentCycle cycle) {
        MonthDay annual = cycle.annualDueBy();
        String months = cycle.firstMonth() == 1 && cycle.lastMonth() == 12 ? "每月" : cycle.firstMonth() + "至" + cycle.lastMonth() + "月每月";
        return "自查月报于" + months + cycle.monthlyDueDay() + "日前报送，年度自查报告于" + annual.getMonthValue() + "月" + annual.getDayOfMonth()
                + "日前报送；" + reading(cycle.deadlineReading());
    }

    /** How "X日前" is read: 含当日 or 不含当日, with the hour it ends. */
    public static String reading(DeadlineReading reading) {
        return reading == DeadlineReading.ON_OR_BEFORE_THE_DAY ? "“日前”含当日，即当日24时（北京时间）截止"
                : "“日前”不含当日，即前一日24时（北京时间）截止";
    }

    /** The plan's notice for reports and the console: its name, deadlines and their reading, and the self-report deductions. */
    public static String notice(PlanDocument plan) {
        StringBuilder s = new StringBuilder("考评方案");
        s.append(plan.title().isEmpty() ? "" : "《" + plan.title() + "》").append("（").append(plan.id()).append("）：").append(deadlines(plan.cycle()));
        if (plan.monthlyLate().isPositive() || plan.monthlyMissing().isPositive() || plan.annualLate().isPositive() || plan.annualMissing().isPositive()) {
            s.append("；自查月报迟报每次扣").append(points(plan.monthlyLate())).append("分、漏报每次扣").append(points(plan.monthlyMissing()))
                    .append("分，年度自查报告迟报扣").append(points(plan.annualLate())).append("分、漏报扣").append(points(plan.annualMissing())).append("分");
        }
        return s.append("。").toString();
    }

    /** {@code 考核小组优先，其次抽查、业务系统、群众评分、自查} or {@code 考核小组（实地检查）30%、群众评分20%…，缺少来源时按其余来源权重折算}. */
    public static String blend(SourceBlend b) {
        StringBuilder s = new StringBuilder();
        if (b.kind() == SourceBlend.Kind.PRECEDENCE) {
            for (int i = 0; i < b.order().size(); i++) {
                s.append(i == 0 ? "" : i == 1 ? "，其次" : "、").append(channel(b.order().get(i))).append(i == 0 ? "优先" : "");
            }
            return b.order().size() == 1 ? channel(b.order().get(0)) + "评定" : s.toString();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Ratio w : b.weights().values()) {
            sum = sum.add(w.toBigDecimal(12));
        }
        for (Map.Entry<Channel, Ratio> e : b.weights().entrySet()) {
            BigDecimal share = e.getValue().toBigDecimal(12).multiply(BigDecimal.valueOf(100)).divide(sum, 2, RoundingMode.HALF_UP).stripTrailingZeros();
            s.append(s.length() == 0 ? "" : "、").append(channel(e.getKey())).append(share.toPlainString()).append('%');
        }
        return s.append(b.missing() == MissingSourcePolicy.RENORMALIZE ? "，缺少某一来源时按其余来源权重折算" : "，缺少某一来源时该项评分未完成").toString();
    }

    /** {@code 去掉一个最高分和一个最低分后取平均（评委不少于5名时）} or {@code 取平均}. */
    public static String raters(RaterCombination r) {
        return r.isTrimmed() ? "去掉一个最高分和一个最低分后取平均（评委不少于" + r.minRaters() + "名时）" : "取平均";
    }

    private static String channel(Channel c) {
        return c.source().chineseName() + (c.step().isPresent() ? "（" + c.step().get().chineseName() + "）" : "");
    }

    private static String points(Points p) {
        return p.toBigDecimal().stripTrailingZeros().toPlainString();
    }
}

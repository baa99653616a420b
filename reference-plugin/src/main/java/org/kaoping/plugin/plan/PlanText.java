package org.kaoping.plugin.plan;

import java.time.MonthDay;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.cycle.DeadlineReading;
import org.kaoping.core.points.Points;

/** What the office reads about a plan, in Chinese: its deadlines and how they are read, its self-report deductions. */
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

    private static String points(Points p) {
        return p.toBigDecimal().stripTrailingZeros().toPlainString();
    }
}

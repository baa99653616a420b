package org.kaoping.core.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.evidence.ReportingPeriod;

/**
 * One year's assessment cycle: the months that need a monthly self-report (自查月报, due before the 25th of
 * the month) and the annual self-report (年度自查报告, due by 30 November), with deadlines in Asia/Shanghai
 * time; all configurable.
 *
 * <p>"Before the 25th" means before 00:00 on the 25th; "by 30 November" means before 00:00 on 1 December.
 */
@Value.Immutable
public interface AssessmentCycle {
    /** The assessment offices' time zone. */
    ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    int year();

    @Value.Default
    default ZoneId zone() {
        return SHANGHAI;
    }

    /** A monthly report is due before this day of its own month; default 25. */
    @Value.Default
    default int monthlyDueDay() {
        return 25;
    }

    /** The annual report is due by the end of this day; default 30 November. */
    @Value.Default
    default MonthDay annualDueBy() {
        return MonthDay.of(11, 30);
    }

    /** The first month that needs a monthly report; default 1. */
    @Value.Default
    default int firstMonth() {
        return 1;
    }

    /** The last month that needs a monthly report; default 12. */
    @Value.Default
    default int lastMonth() {
        return 12;
    }

    static AssessmentCycle of(int year) {
        return ImmutableAssessmentCycle.builder().year(year).build();
    }

    static ImmutableAssessmentCycle.Builder builder() {
        return ImmutableAssessmentCycle.builder();
    }

    /** The months that need a monthly report, in order. */
    default List<ReportingPeriod> months() {
        List<ReportingPeriod> out = new ArrayList<>();
        for (int m = firstMonth(); m <= lastMonth(); m++) {
            out.add(ReportingPeriod.month(year(), m));
        }
        return Collections.unmodifiableList(out);
    }

    /** The instant the report for {@code month} becomes late: 00:00 local time on the due day. */
    default Instant monthlyDeadline(int month) {
        return LocalDate.of(year(), month, monthlyDueDay()).atStartOfDay(zone()).toInstant();
    }

    /** The instant the annual report becomes late: 00:00 local time on the day after the due day. */
    default Instant annualDeadline() {
        return annualDueBy().atYear(year()).plusDays(1).atStartOfDay(zone()).toInstant();
    }

    @Value.Check
    default void check() {
        if (monthlyDueDay() < 1 || monthlyDueDay() > 28) {
            throw new IllegalArgumentException("monthlyDueDay must lie in [1, 28] so every month has it; got " + monthlyDueDay());
        }
        if (firstMonth() < 1 || lastMonth() > 12 || firstMonth() > lastMonth()) {
            throw new IllegalArgumentException("months must satisfy 1 ≤ first ≤ last ≤ 12; got " + firstMonth() + ".." + lastMonth());
        }
    }
}

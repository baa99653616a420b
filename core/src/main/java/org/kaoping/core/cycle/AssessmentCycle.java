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
 * One year's assessment cycle: the months that need a monthly self-report (自查月报, "于每月25日前") and the
 * annual self-report (年度自查报告, "于11月30日前"), with deadlines in Asia/Shanghai time; all configurable.
 *
 * <p>Both due days are read alike, as {@link #deadlineReading()} declares: by default
 * {@linkplain DeadlineReading#ON_OR_BEFORE_THE_DAY on or before the day} (a monthly report is late from 00:00
 * on the 26th, the annual one from 00:00 on 1 December); {@linkplain DeadlineReading#BEFORE_THE_DAY before the
 * day} makes them late from 00:00 on the 25th and on 30 November.
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

    /** The due day of a monthly report in its own month, read as {@link #deadlineReading()} says; default 25. */
    @Value.Default
    default int monthlyDueDay() {
        return 25;
    }

    /** The due day of the annual report, read as {@link #deadlineReading()} says; default 30 November. */
    @Value.Default
    default MonthDay annualDueBy() {
        return MonthDay.of(11, 30);
    }

    /** How both due days are read; default {@link DeadlineReading#ON_OR_BEFORE_THE_DAY}. */
    @Value.Default
    default DeadlineReading deadlineReading() {
        return DeadlineReading.ON_OR_BEFORE_THE_DAY;
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

    /**
     * The instant the report for {@code month} becomes late: 00:00 local time on the day after the due day
     * (on or before the day) or on the due day (before the day).
     */
    default Instant monthlyDeadline(int month) {
        return deadlineReading().firstLateDay(LocalDate.of(year(), month, monthlyDueDay())).atStartOfDay(zone()).toInstant();
    }

    /** The instant the annual report becomes late, read like {@link #monthlyDeadline(int)}. */
    default Instant annualDeadline() {
        return deadlineReading().firstLateDay(annualDueBy().atYear(year())).atStartOfDay(zone()).toInstant();
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

package org.kaoping.core.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
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
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class AssessmentCycle {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    AssessmentCycle() {}

    /** The assessment offices' time zone. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    public abstract int year();

    @Value.Default
    public ZoneId zone() {
        return SHANGHAI;
    }

    /** The due day of a monthly report in its own month, read as {@link #deadlineReading()} says; default 25. */
    @Value.Default
    public int monthlyDueDay() {
        return 25;
    }

    /** The due day of the annual report, read as {@link #deadlineReading()} says; default 30 November. */
    @Value.Default
    public MonthDay annualDueBy() {
        return MonthDay.of(11, 30);
    }

    /** How both due days are read; default {@link DeadlineReading#ON_OR_BEFORE_THE_DAY}. */
    @Value.Default
    public DeadlineReading deadlineReading() {
        return DeadlineReading.ON_OR_BEFORE_THE_DAY;
    }

    /** The first month that needs a monthly report; default 1. */
    @Value.Default
    public int firstMonth() {
        return 1;
    }

    /** The last month that needs a monthly report; default 12. */
    @Value.Default
    public int lastMonth() {
        return 12;
    }

    public static AssessmentCycle of(int year) {
        return AssessmentCycle.builder().year(year).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link AssessmentCycle}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableAssessmentCycle.Builder {
        Builder() {}
    }

    /** The months that need a monthly report, in order. */
    public List<ReportingPeriod> months() {
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
    public Instant monthlyDeadline(int month) {
        return deadlineReading().firstLateDay(LocalDate.of(year(), month, monthlyDueDay())).atStartOfDay(zone()).toInstant();
    }

    /** The instant the annual report becomes late, read like {@link #monthlyDeadline(int)}. */
    public Instant annualDeadline() {
        return deadlineReading().firstLateDay(annualDueBy().atYear(year())).atStartOfDay(zone()).toInstant();
    }

    @Value.Check
    void check() {
        if (monthlyDueDay() < 1 || monthlyDueDay() > 28) {
            throw new IllegalArgumentException("monthlyDueDay must lie in [1, 28] so every month has it; got " + monthlyDueDay());
        }
        if (firstMonth() < 1 || lastMonth() > 12 || firstMonth() > lastMonth()) {
            throw new IllegalArgumentException("months must satisfy 1 ≤ first ≤ last ≤ 12; got " + firstMonth() + ".." + lastMonth());
        }
    }
}

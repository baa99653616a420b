package org.kaoping.core.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.NotApplicableMark;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.points.Points;

/** Terse evidence for tests: unit, year and author defaults, ids numbered in creation order. */
final class Ev {
    static final Instant T0 = Instant.parse("2015-12-01T02:00:00Z");
    private final AtomicInteger seq = new AtomicInteger();
    final String unit;
    final int year;

    Ev(String unit, int year) {
        this.unit = unit;
        this.year = year;
    }

    String nextId() {
        return String.format("e%04d", seq.incrementAndGet());
    }

    MetricValue metric(String key, String value) {
        return metric(key, value, SourceKind.HOST_SYSTEM, ReportingPeriod.year(year));
    }

    MetricValue metric(String key, String value, SourceKind source, ReportingPeriod period) {
        return MetricValue.builder().id(nextId()).unitId(unit).key(key).period(period).source(source)
                .author("host").recordedAt(T0).value(new BigDecimal(value)).unit("次").build();
    }

    MetricValue rate(String key, long value, long outOf) {
        return MetricValue.builder().id(nextId()).unitId(unit).key(key).period(ReportingPeriod.year(year))
                .source(SourceKind.HOST_SYSTEM).author("host").recordedAt(T0).value(BigDecimal.valueOf(value))
                .outOf(BigDecimal.valueOf(outOf)).unit("人").build();
    }

    MetricValue monthly(String key, int month, String value) {
        return metric(key, value, SourceKind.HOST_SYSTEM, ReportingPeriod.month(year, month));
    }

    Judgement judge(String criterion, String rater, String level) {
        return judge(criterion, rater, level, SourceKind.PANEL, T0);
    }

    Judgement judge(String criterion, String rater, String level, SourceKind source, Instant at) {
        return Judgement.builder().id(nextId()).unitId(unit).key(criterion).period(ReportingPeriod.year(year))
                .source(source).author(rater).recordedAt(at).level(level).build();
    }

    ChecklistTick tick(String criterion, int requirement, boolean met) {
        return ChecklistTick.builder().id(nextId()).unitId(unit).key(criterion).period(ReportingPeriod.year(year))
                .source(SourceKind.PANEL).author("panel").recordedAt(T0).requirement(requirement).met(met).build();
    }

    Incident incident(String category) {
        return Incident.builder().id(nextId()).unitId(unit).key(category).period(ReportingPeriod.year(year))
                .source(SourceKind.HOST_SYSTEM).author("host").recordedAt(T0).date(LocalDate.of(year, 6, 1))
                .severity(IncidentSeverity.GENERAL).description(category).build();
    }

    PublicRating rating(String criterion, long satisfied, long respondents) {
        return PublicRating.builder().id(nextId()).unitId(unit).key(criterion).period(ReportingPeriod.year(year))
                .source(SourceKind.PUBLIC).author("survey").recordedAt(T0).satisfied(satisfied).respondents(respondents).build();
    }

    Deduction deduct(String criterion, String points, String reason) {
        return Deduction.builder().id(nextId()).unitId(unit).key(criterion).period(ReportingPeriod.year(year))
                .source(SourceKind.SPOT_CHECK).author("office").recordedAt(T0).points(Points.parse(points)).reason(reason).build();
    }

    NotApplicableMark notApplicable(String criterion, String reason) {
        return NotApplicableMark.builder().id(nextId()).unitId(unit).key(criterion).period(ReportingPeriod.year(year))
                .source(SourceKind.PANEL).author("panel").recordedAt(T0).reason(reason).build();
    }

    ScoreOverride override(String criterion, String points, String who, String why, Instant at) {
        return ScoreOverride.builder().id(nextId()).unitId(unit).key(criterion).period(ReportingPeriod.year(year))
                .source(SourceKind.PANEL).author(who).recordedAt(at).newPoints(Points.parse(points)).reason(why).build();
    }

    static Evidence[] arr(Evidence... e) {
        return e;
    }
}

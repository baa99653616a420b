package org.kaoping.benchmarks.nation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.points.Points;

/**
 * Compact {@link Evidence} views, as a host would write them over its own store: each fact is one small
 * object (32 bytes with compressed oops) holding the unit id and key by reference (shared with the org
 * tree and the rubric), a per-unit sequence number, the source and year packed in one int, and one or two
 * small values. The id ({@code unitId#0042}), period, author and time are derived on request, not stored.
 *
 * <p>They extend the core's evidence kinds (Judgement, ChecklistTick, MetricValue, PublicRating, Incident,
 * SelfReport), whose protected constructors leave room for such views, so the engine scores them exactly as it would the SDK's immutable values; the
 * generator can produce those too ({@link NationGenerator.Style#IMMUTABLES}) for comparison.
 */
public final class Facts {
    private Facts() {}

    /** The assessed year. */
    public static final int YEAR = 2025;
    static final ReportingPeriod THIS_YEAR = ReportingPeriod.year(YEAR);
    static final ReportingPeriod LAST_YEAR = ReportingPeriod.year(YEAR - 1);
    static final ReportingPeriod[] MONTHS = new ReportingPeriod[13];
    static final Instant AT = Instant.parse("2025-12-01T08:00:00Z");
    /** Source kinds by source code (precedence order of the default blend). */
    static final SourceKind[] SOURCES = {SourceKind.PANEL, SourceKind.SPOT_CHECK, SourceKind.HOST_SYSTEM, SourceKind.PUBLIC, SourceKind.SELF};
    static final String[] RATERS = new String[16];
    static final String[] SOURCE_AUTHORS = {"panel", "spot-check", "host-system", "public", "self"};
    static final Optional<BigDecimal> NO_BASE = Optional.empty();
    static final Optional<Points> NO_POINTS = Optional.empty();

    static {
        for (int m = 1; m <= 12; m++) {
            MONTHS[m] = ReportingPeriod.month(YEAR, m);
        }
        for (int r = 0; r < RATERS.length; r++) {
            RATERS[r] = "rater-" + r;
        }
    }

    /** The evidence id of fact {@code seq} of unit {@code unitId}: zero-padded so ids sort by sequence. */
    public static String id(String unitId, int seq) {
        StringBuilder s = new StringBuilder(unitId.length() + 6).append(unitId).append('#');
        if (seq < 1000) {
            s.append('0');
        }
        if (seq < 100) {
            s.append('0');
        }
        if (seq < 10) {
            s.append('0');
        }
        return s.append(seq).toString();
    }

    /** The packed {@code seq | source << 16 | previousYear << 20} every compact fact holds beside its unit id and key. */
    static int meta(int seq, int source, boolean previousYear) {
        return seq | source << 16 | (previousYear ? 1 << 20 : 0);
    }

    static int seq(int meta) {
        return meta & 0xFFFF;
    }

    static int sourceCode(int meta) {
        return (meta >>> 16) & 0xF;
    }

    static ReportingPeriod period(int meta) {
        return (meta & 1 << 20) != 0 ? LAST_YEAR : THIS_YEAR;
    }

    static final class CompactJudgement extends Judgement {
        final String unitId;
        final String key;
        final int meta;
        final byte level;
        final byte rater;

        @Override
        public String id() {
            return Facts.id(unitId, seq(meta));
        }

        @Override
        public String unitId() {
            return unitId;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public ReportingPeriod period() {
            return Facts.period(meta);
        }

        @Override
        public SourceKind source() {
            return SOURCES[sourceCode(meta)];
        }

        @Override
        public Optional<ReviewStep> step() {
            return Optional.empty();
        }

        @Override
        public Optional<String> authorUnitId() {
            return Optional.empty();
        }

        @Override
        public Instant recordedAt() {
            return AT;
        }



        @Override
        public String toString() {
            return kind() + "[" + id() + " " + key + "]";
        }

        CompactJudgement(String unitId, String key, int seq, int source, int level, int rater) {
            this.unitId = unitId;
            this.key = key;
            this.meta = meta(seq, source, false);
            this.level = (byte) level;
            this.rater = (byte) rater;
        }

        @Override
        public String level() {
            return UnitFacts.LEVEL_NAMES[level];
        }

        @Override
        public Optional<String> comment() {
            return Optional.empty();
        }

        @Override
        public String author() {
            return sourceCode(meta) == UnitFacts.SELF ? SOURCE_AUTHORS[UnitFacts.SELF] : RATERS[rater];
        }

    }

    static final class CompactTick extends ChecklistTick {
        final String unitId;
        final String key;
        final int meta;
        final byte requirement;
        final boolean met;

        @Override
        public String id() {
            return Facts.id(unitId, seq(meta));
        }

        @Override
        public String unitId() {
            return unitId;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public ReportingPeriod period() {
            return Facts.period(meta);
        }

        @Override
        public SourceKind source() {
            return SOURCES[sourceCode(meta)];
        }

        @Override
        public Optional<ReviewStep> step() {
            return Optional.empty();
        }

        @Override
        public String author() {
            return SOURCE_AUTHORS[sourceCode(meta)];
        }

        @Override
        public Optional<String> authorUnitId() {
            return Optional.empty();
        }

        @Override
        public Instant recordedAt() {
            return AT;
        }



        @Override
        public String toString() {
            return kind() + "[" + id() + " " + key + "]";
        }

        CompactTick(String unitId, String key, int seq, int source, int requirement, boolean met) {
            this.unitId = unitId;
            this.key = key;
            this.meta = meta(seq, source, false);
            this.requirement = (byte) requirement;
            this.met = met;
        }

        @Override
        public int requirement() {
            return requirement;
        }

        @Override
        public boolean met() {
            return met;
        }

        @Override
        public List<String> documentIds() {
            return Collections.emptyList();
        }

    }

    static final class CompactMetric extends MetricValue {
        final String unitId;
        final String key;
        final int meta;
        final int value;

        @Override
        public String id() {
            return Facts.id(unitId, seq(meta));
        }

        @Override
        public String unitId() {
            return unitId;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public ReportingPeriod period() {
            return Facts.period(meta);
        }

        @Override
        public SourceKind source() {
            return SOURCES[sourceCode(meta)];
        }

        @Override
        public Optional<ReviewStep> step() {
            return Optional.empty();
        }

        @Override
        public String author() {
            return SOURCE_AUTHORS[sourceCode(meta)];
        }

        @Override
        public Optional<String> authorUnitId() {
            return Optional.empty();
        }

        @Override
        public Instant recordedAt() {
            return AT;
        }



        @Override
        public String toString() {
            return kind() + "[" + id() + " " + key + "]";
        }

        CompactMetric(String unitId, String key, int seq, int source, boolean previousYear, int value) {
            this.unitId = unitId;
            this.key = key;
            this.meta = meta(seq, source, previousYear);
            this.value = value;
        }

        @Override
        public BigDecimal value() {
            return BigDecimal.valueOf(value);
        }

        @Override
        public String unit() {
            return "次";
        }

        @Override
        public Optional<BigDecimal> outOf() {
            return NO_BASE;
        }

        @Override
        public long scaledValue() {
            return value * 1_000_000L;
        }

        @Override
        public long scaledOutOf() {
            return 1_000_000L;
        }

    }

    static final class CompactRating extends PublicRating {
        final String unitId;
        final String key;
        final int meta;
        final short satisfied;
        final short respondents;

        @Override
        public String id() {
            return Facts.id(unitId, seq(meta));
        }

        @Override
        public String unitId() {
            return unitId;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public ReportingPeriod period() {
            return Facts.period(meta);
        }

        @Override
        public SourceKind source() {
            return SOURCES[sourceCode(meta)];
        }

        @Override
        public Optional<ReviewStep> step() {
            return Optional.empty();
        }

        @Override
        public String author() {
            return SOURCE_AUTHORS[sourceCode(meta)];
        }

        @Override
        public Optional<String> authorUnitId() {
            return Optional.empty();
        }

        @Override
        public Instant recordedAt() {
            return AT;
        }



        @Override
        public String toString() {
            return kind() + "[" + id() + " " + key + "]";
        }

        CompactRating(String unitId, String key, int seq, int source, int satisfied, int respondents) {
            this.unitId = unitId;
            this.key = key;
            this.meta = meta(seq, source, false);
            this.satisfied = (short) satisfied;
            this.respondents = (short) respondents;
        }

        @Override
        public long respondents() {
            return respondents;
        }

        @Override
        public long satisfied() {
            return satisfied;
        }

        @Override
        public Optional<Points> score() {
            return NO_POINTS;
        }

        @Override
        public Optional<Points> maxScore() {
            return NO_POINTS;
        }

    }

    static final class CompactIncident extends Incident {
        final String unitId;
        final String key;
        final int meta;
        final byte month;

        @Override
        public String id() {
            return Facts.id(unitId, seq(meta));
        }

        @Override
        public String unitId() {
            return unitId;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public ReportingPeriod period() {
            return Facts.period(meta);
        }

        @Override
        public SourceKind source() {
            return SOURCES[sourceCode(meta)];
        }

        @Override
        public Optional<ReviewStep> step() {
            return Optional.empty();
        }

        @Override
        public String author() {
            return SOURCE_AUTHORS[sourceCode(meta)];
        }

        @Override
        public Optional<String> authorUnitId() {
            return Optional.empty();
        }

        @Override
        public Instant recordedAt() {
            return AT;
        }



        @Override
        public String toString() {
            return kind() + "[" + id() + " " + key + "]";
        }

        CompactIncident(String unitId, String key, int seq, int source, boolean previousYear, int month) {
            this.unitId = unitId;
            this.key = key;
            this.meta = meta(seq, source, previousYear);
            this.month = (byte) month;
        }

        @Override
        public LocalDate date() {
            return LocalDate.of(period().year(), month, 15);
        }

        @Override
        public IncidentSeverity severity() {
            return IncidentSeverity.GENERAL;
        }

        @Override
        public String description() {
            return "synthetic incident";
        }

    }

    static final class CompactSelfReport extends SelfReport {
        final String unitId;
        final String key;
        final int meta;
        final byte month;

        @Override
        public String id() {
            return Facts.id(unitId, seq(meta));
        }

        @Override
        public String unitId() {
            return unitId;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public SourceKind source() {
            return SOURCES[sourceCode(meta)];
        }

        @Override
        public Optional<ReviewStep> step() {
            return Optional.empty();
        }

        @Override
        public String author() {
            return SOURCE_AUTHORS[sourceCode(meta)];
        }

        @Override
        public Optional<String> authorUnitId() {
            return Optional.empty();
        }

        @Override
        public Instant recordedAt() {
            return AT;
        }



        @Override
        public String toString() {
            return kind() + "[" + id() + " " + key + "]";
        }

        CompactSelfReport(String unitId, int seq, int month) {
            this.unitId = unitId;
            this.key = SelfReport.KEY;
            this.meta = meta(seq, UnitFacts.SELF, false);
            this.month = (byte) month;
        }

        @Override
        public ReportingPeriod period() {
            return MONTHS[month];
        }

        @Override
        public Type type() {
            return Type.MONTHLY;
        }

        @Override
        public List<String> topics() {
            return Collections.emptyList();
        }

        @Override
        public List<String> documentIds() {
            return Collections.emptyList();
        }

    }
}

package org.kaoping.plugin.imports;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.NotApplicableMark;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SelfReport;

/**
 * Writes evidence of one kind as the CSV {@link EvidenceCsv} reads, with the Chinese headers: what an OA export
 * looks like, and a way to hand evidence to another installation. Times are written as Asia/Shanghai local
 * times ({@code 2015-03-20 10:15:30}) when whole seconds, as ISO instants otherwise. Stateless.
 */
@API(status = API.Status.INTERNAL)
public final class EvidenceCsvWriter {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private EvidenceCsvWriter() {}

    /** The file name the kind is recognized by, e.g. {@code 指标值-2015.csv} for {@code suffix} {@code -2015}. */
    public static String fileName(EvidenceKind kind, String suffix) {
        return spec(kind).chinese + suffix + ".csv";
    }

    /**
     * The CSV text of {@code evidence}, all of {@code kind}, in the order given; CRLF line ends.
     *
     * @throws IllegalArgumentException if an item is of another kind
     */
    public static String toCsv(EvidenceKind kind, List<? extends Evidence> evidence) {
        KindSpec k = spec(kind);
        List<Column> columns = new ArrayList<>(Arrays.asList(Column.ID, Column.UNIT, Column.KEY, Column.PERIOD, Column.SOURCE,
                Column.STEP, Column.AUTHOR, Column.AUTHOR_UNIT, Column.RECORDED_AT));
        columns.addAll(k.required);
        columns.addAll(k.optional);
        StringBuilder s = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (Column c : columns) {
            header.add(c.chinese());
        }
        line(s, header);
        for (Evidence e : evidence) {
            if (e.kind() != kind) {
                throw new IllegalArgumentException("evidence [" + e.id() + "] is " + e.kind() + ", not " + kind);
            }
            if (kind == EvidenceKind.SELF_REPORT) {
                checkSections((SelfReport) e); // once a row, before any of its cells
            }
            List<String> row = new ArrayList<>();
            for (Column c : columns) {
                row.add(value(e, c));
            }
            line(s, row);
        }
        return s.toString();
    }

    /** {@link #toCsv} encoded in {@code charset}, with a byte-order mark when it is UTF-8. */
    public static byte[] toBytes(EvidenceKind kind, List<? extends Evidence> evidence, Charset charset) {
        return TextEncoding.encode(toCsv(kind, evidence), charset);
    }

    private static KindSpec spec(EvidenceKind kind) {
        for (KindSpec k : KindSpec.values()) {
            if (k.kind == kind) {
                return k;
            }
        }
        throw new AssertionError(kind);
    }

    private static String value(Evidence e, Column c) {
        switch (c) {
            case ID: return e.id();
            case UNIT: return e.unitId();
            case KEY: return e.key();
            case PERIOD: return e.period().toString();
            case SOURCE: return e.source().chineseName();
            case STEP: return e.step().isPresent() ? e.step().get().chineseName() : "";
            case AUTHOR: return e.author();
            case AUTHOR_UNIT: return e.authorUnitId().orElse("");
            case RECORDED_AT: return time(e.recordedAt());
            default: return specific(e, c);
        }
    }

    /**
     * The cell of column {@code c} that only one evidence kind has. Read by the evidence's kind and a cast rather than
     * through a visitor: a file holds one kind, and a visitor made per cell put this writer's code into the optimizing
     * compiler's view of every evidence class's {@code accept}, which it then compiled several times over (issue 14).
     */
    private static String specific(Evidence e, Column c) {
        switch (e.kind()) {
            case METRIC_VALUE: {
                MetricValue m = (MetricValue) e;
                return c == Column.VALUE ? plain(m.value()) : c == Column.MEASURE_UNIT ? m.unit() : m.outOf().isPresent() ? plain(m.outOf().get()) : "";
            }
            case JUDGEMENT: {
                Judgement j = (Judgement) e;
                return c == Column.LEVEL ? j.level() : j.comment().orElse("");
            }
            case CHECKLIST_TICK: {
                ChecklistTick t = (ChecklistTick) e;
                return c == Column.REQUIREMENT ? Integer.toString(t.requirement()) : c == Column.MET ? (t.met() ? "是" : "否") : String.join(";", t.documentIds());
            }
            case PUBLIC_RATING: {
                PublicRating r = (PublicRating) e;
                boolean scored = r.score().isPresent();
                switch (c) {
                    case RESPONDENTS: return scored ? "" : Long.toString(r.respondents());
                    case SATISFIED: return scored ? "" : Long.toString(r.satisfied());
                    case SCORE: return scored ? r.score().get().toString() : "";
                    default: return scored ? r.maxScore().get().toString() : "";
                }
            }
            case INCIDENT: {
                Incident i = (Incident) e;
                return c == Column.DATE ? i.date().toString() : c == Column.SEVERITY ? SEVERITY[i.severity().ordinal()] : i.description();
            }
            case SELF_REPORT:
                return selfReport((SelfReport) e, c);
            case DEDUCTION: {
                Deduction d = (Deduction) e;
                return c == Column.POINTS ? d.points().toString() : d.reason();
            }
            case ADJUSTMENT: {
                Adjustment a = (Adjustment) e;
                return c == Column.POINTS ? a.points().toString() : a.reason();
            }
            case NOT_APPLICABLE:
                return ((NotApplicableMark) e).reason();
            case SCORE_OVERRIDE: {
                ScoreOverride o = (ScoreOverride) e;
                return c == Column.NEW_POINTS ? o.newPoints().toString() : o.reason();
            }
            case DOCUMENT: {
                DocumentRef d = (DocumentRef) e;
                switch (c) {
                    case TITLE: return d.title();
                    case MEDIA: return MEDIA[d.media().ordinal()];
                    case URI: return d.uri();
                    case SHA256: return d.sha256();
                    default: return d.mediaType().orElse("");
                }
            }
            default:
                throw new AssertionError(e.kind());
        }
    }

    private static final String[] SEVERITY = {"一般", "较大", "重大", "特别重大"};
    private static final String[] MEDIA = {"文字", "图片", "音频", "视频"};

    /** Refuses a self-report with a section the file has no column for, naming the report and the section. */
    private static void checkSections(SelfReport r) {
        for (String title : r.sections().keySet()) {
            Column c = Column.ofHeader(title);
            if (c == null || !Arrays.asList(Column.SECTIONS).contains(c)) {
                throw new IllegalArgumentException("Self-report [" + r.id() + "] has section [" + title
                        + "]; a CSV file holds the sections 组织建设、经费保障、措施办法、创建效果 only");
            }
        }
    }

    private static String selfReport(SelfReport r, Column c) {
        for (Column sec : Column.SECTIONS) {
            if (c == sec) {
                String text = r.sections().get(sec.chinese());
                return text == null ? "" : text;
            }
        }
        return c == Column.REPORT_TYPE ? (r.type() == SelfReport.Type.MONTHLY ? "月报" : "年报")
                : c == Column.TOPICS ? String.join("、", r.topics()) : String.join(";", r.documentIds());
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /**
     * A time as the office's exports write it: Beijing local time {@code yyyy-MM-dd HH:mm:ss} (the ISO instant where it
     * has a fraction of a second). The digits are written here for the years 1000 to 9999 rather than through
     * {@code DateTimeFormatter}, whose general machinery was a visible part of the demo's export of its thousands of
     * records in a cold JVM (issue 14); a test checks both give the same text.
     */
    static String time(Instant t) {
        if (t.getNano() != 0) {
            return t.toString();
        }
        LocalDateTime d = LocalDateTime.ofInstant(t, AssessmentCycle.SHANGHAI);
        int year = d.getYear();
        if (year < 1000 || year > 9999) {
            return d.format(LOCAL);
        }
        char[] c = new char[19];
        org.kaoping.core.internal.InstantText.dateTime(c, year, d.getMonthValue(), d.getDayOfMonth(), ' ', d.getHour(), d.getMinute(),
                d.getSecond());
        return new String(c);
    }

    /** {@link #time} through the formatter: the definition the test compares it with. */
    static String timeByFormatter(Instant t) {
        return t.getNano() != 0 ? t.toString() : LocalDateTime.ofInstant(t, AssessmentCycle.SHANGHAI).format(LOCAL);
    }

    private static void line(StringBuilder s, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            String v = cells.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                    || !v.equals(v.trim())) {
                s.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                s.append(v);
            }
        }
        s.append("\r\n");
    }
}

package org.kaoping.plugin.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceVisitor;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.NotApplicableMark;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.points.Points;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.plugin.json.InputLimits;

/**
 * The stored JSON text of evidence made without a JSON library, and a check that it reads back, for the JDBC store's
 * writes (issue 14, goal 3). {@link #encode} gives, character for character, what {@link EvidenceJson#toJson}
 * writes through Jackson (the stored content hashes compare that text, so it must never differ; a differential test
 * holds it to that), at a fraction of the cost. {@link #readsBack} answers, without parsing, whether
 * {@code EvidenceJson.parse} of that text would give the evidence back: it is conservative, answering true only for
 * the evidence types' own values whose every field is within what the reader takes; anything else (an unusual
 * value, a host's own evidence class) answers false and goes the full way, encode and parse, so that refusals and
 * their messages stay exactly what they were.
 */
final class EvidenceText {
    /** The classes the evidence builders make (immutable, validated): the only ones {@link #readsBack} vouches for. */
    private static final Set<Class<?>> BUILT = built();
    /**
     * The classes {@link #encode} writes: the built ones and the views {@code EvidenceColumns} answers over values it
     * copied from them (a store's reads and its snapshot; through Jackson they took most of the snapshot's time).
     */
    private static final Set<Class<?>> ENCODED = encoded();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** Jackson's default bound on a field name (a self-report's section title); kept well below it. */
    private static final int MAX_NAME_CHARS = 1_000;
    /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z: instants that print and parse as plain ISO-8601. */
    private static final long MIN_SECOND = -62_135_596_800L;
    private static final long MAX_SECOND = 253_402_300_799L;
    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(InputLimits.MAX_POINTS);

    private EvidenceText() {
    }

    private static Set<Class<?>> built() {
        Set<Class<?>> out = new HashSet<>();
        for (String name : new String[] {"Adjustment", "ChecklistTick", "Deduction", "DocumentRef", "Incident",
            "Judgement", "MetricValue", "NotApplicableMark", "PublicRating", "ScoreOverride", "SelfReport"}) {
            try {
                out.add(Class.forName("org.kaoping.core.evidence.Immutable" + name, false, Evidence.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                // not generated under this name: such evidence takes the full way
            }
        }
        return Collections.unmodifiableSet(out);
    }

    private static Set<Class<?>> encoded() {
        Set<Class<?>> out = new HashSet<>(BUILT);
        for (String name : new String[] {"Adjustment", "Deduction", "Document", "Incident", "Judgement", "Metric",
            "NotApplicable", "Override", "Rating", "SelfReport", "Tick"}) {
            try {
                out.add(Class.forName("org.kaoping.core.evidence.EvidenceColumns$" + name + "View", false,
                        Evidence.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                // no such view: its evidence takes the full way
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * The JSON text of an audit event, exactly {@code EvidenceJson.toJson(event)} (a differential test holds it to
     * that): the journal store writes one for every act, and the 公示 and final records carry a line per counted
     * record in their detail, which Jackson wrote character by character (issue 14).
     */
    static String audit(org.kaoping.spi.AuditEvent event) {
        String detail = event.detail();
        StringBuilder b = new StringBuilder(160 + detail.length() + detail.length() / 8);
        b.append('{');
        name(b, "sequence").append(event.sequence());
        field(b, "at", org.kaoping.core.internal.InstantText.of(event.at()));
        field(b, "actor", event.actor());
        optional(b, "actorUnitId", event.actorUnitId());
        comma(b, "action").append('"').append(enumName(event.action())).append('"');
        optional(b, "unitId", event.unitId());
        optional(b, "subject", event.subject());
        field(b, "detail", detail);
        return b.append('}').toString();
    }

    /**
     * The JSON text of {@code e}, exactly {@code EvidenceJson.toJson(e)}; null if {@code e} is neither of a built class nor
     * a view of the evidence columns.
     */
    static String encode(Evidence e) {
        if (!ENCODED.contains(e.getClass())) {
            return null;
        }
        StringBuilder b = new StringBuilder(320);
        b.append('{');
        name(b, "kind").append('"').append(enumName(e.kind())).append('"');
        field(b, "id", e.id());
        field(b, "unitId", e.unitId());
        field(b, "key", e.key());
        field(b, "period", e.period().toString());
        comma(b, "source").append('"').append(enumName(e.source())).append('"');
        if (e.step().isPresent()) {
            comma(b, "step").append('"').append(enumName(e.step().get())).append('"');
        }
        field(b, "author", e.author());
        optional(b, "authorUnitId", e.authorUnitId());
        field(b, "recordedAt", org.kaoping.core.internal.InstantText.of(e.recordedAt()));
        e.accept(new KindFields(b));
        return b.append('}').toString();
    }

    /** The fields of one evidence kind, in the order {@code EvidenceWriter} writes them. */
    private static final class KindFields implements EvidenceVisitor<Void> {
        private final StringBuilder b;

        KindFields(StringBuilder b) {
            this.b = b;
        }

        @Override
        public Void visitDocument(DocumentRef d) {
            field(b, "title", d.title());
            comma(b, "media").append('"').append(enumName(d.media())).append('"');
            field(b, "uri", d.uri());
            field(b, "sha256", d.sha256());
            optional(b, "mediaType", d.mediaType());
            return null;
        }

        @Override
        public Void visitMetricValue(MetricValue m) {
            comma(b, "value").append(m.value().toString());
            field(b, "unit", m.unit());
            if (m.outOf().isPresent()) {
                comma(b, "outOf").append(m.outOf().get().toString());
            }
            return null;
        }

        @Override
        public Void visitIncident(Incident i) {
            field(b, "date", i.date().toString());
            comma(b, "severity").append('"').append(enumName(i.severity())).append('"');
            field(b, "description", i.description());
            return null;
        }

        @Override
        public Void visitChecklistTick(ChecklistTick t) {
            comma(b, "requirement").append(t.requirement());
            comma(b, "met").append(t.met());
            strings(b, "documentIds", t.documentIds());
            return null;
        }

        @Override
        public Void visitJudgement(Judgement j) {
            field(b, "level", j.level());
            optional(b, "comment", j.comment());
            return null;
        }

        @Override
        public Void visitPublicRating(PublicRating r) {
            if (r.score().isPresent()) {
                comma(b, "score").append(r.score().get().toString());
                comma(b, "maxScore").append(r.maxScore().get().toString());
            } else {
                comma(b, "respondents").append(r.respondents());
                comma(b, "satisfied").append(r.satisfied());
            }
            return null;
        }

        @Override
        public Void visitSelfReport(SelfReport s) {
            comma(b, "type").append('"').append(enumName(s.type())).append('"');
            strings(b, "topics", s.topics());
            strings(b, "documentIds", s.documentIds());
            if (!s.sections().isEmpty()) {
                comma(b, "sections").append('{');
                boolean first = true;
                for (Map.Entry<String, String> sec : s.sections().entrySet()) {
                    if (!first) {
                        b.append(',');
                    }
                    first = false;
                    string(b, sec.getKey()).append(':');
                    string(b, sec.getValue());
                }
                b.append('}');
            }
            return null;
        }

        @Override
        public Void visitDeduction(Deduction d) {
            comma(b, "points").append(d.points().toString());
            field(b, "reason", d.reason());
            return null;
        }

        @Override
        public Void visitAdjustment(Adjustment a) {
            comma(b, "points").append(a.points().toString());
            field(b, "reason", a.reason());
            return null;
        }

        @Override
        public Void visitNotApplicable(NotApplicableMark n) {
            field(b, "reason", n.reason());
            return null;
        }

        @Override
        public Void visitScoreOverride(ScoreOverride o) {
            comma(b, "newPoints").append(o.newPoints().toString());
            field(b, "reason", o.reason());
            return null;
        }
    }

    /** {@code COUNTY_DISTRICT} as {@code county-district}, as {@code JsonNames.of} spells it. */
    private static String enumName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static StringBuilder name(StringBuilder b, String name) {
        return b.append('"').append(name).append("\":");
    }

    private static StringBuilder comma(StringBuilder b, String name) {
        return name(b.append(','), name);
    }

    private static void field(StringBuilder b, String name, String value) {
        string(comma(b, name), value);
    }

    private static void optional(StringBuilder b, String name, Optional<String> value) {
        if (value.isPresent()) {
            field(b, name, value.get());
        }
    }

    private static void strings(StringBuilder b, String name, List<String> values) {
        comma(b, name).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            string(b, values.get(i));
        }
        b.append(']');
    }

    /**
     * A JSON string as Jackson's default generator writes it to a {@code Writer}: quote and backslash escaped, the
     * control characters below U+0020 as {@code \b \t \n \f \r} or as a six-character escape of backslash, u, 00 and two upper-case hex digits, everything else
     * (non-ASCII included) as it is.
     */
    static StringBuilder string(StringBuilder b, String s) {
        b.append('"');
        int n = s.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            b.append(s, from, i);
            from = i + 1;
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\b':
                    b.append("\\b");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\f':
                    b.append("\\f");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                default:
                    b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return b.append(s, from, n).append('"');
    }

    // ---- reads back -------------------------------------------------------------------------------

    /**
     * Whether {@code EvidenceJson.parse(EvidenceJson.toJson(e))} surely succeeds and equals {@code e}: {@code e} is
     * of a built class, every text is within {@link InputLimits#checkText} (no unpaired surrogate), every instant and
     * date is within years 1 to 9999, every number is within the reader's bounds and reads back equal. False means
     * only "not surely": the caller then parses.
     */
    static boolean readsBack(Evidence e) {
        if (!BUILT.contains(e.getClass())) {
            return false;
        }
        if (!text(e.id()) || !text(e.unitId()) || !text(e.key()) || !text(e.author()) || !text(e.authorUnitId())
                || !period(e.period().toString()) || !instant(e.recordedAt())) {
            return false;
        }
        return e.accept(new ReadsBack());
    }

    /** The kind's own fields, as the reader checks them. */
    private static final class ReadsBack implements EvidenceVisitor<Boolean> {
        @Override
        public Boolean visitDocument(DocumentRef d) {
            return text(d.title()) && text(d.uri()) && text(d.sha256()) && text(d.mediaType());
        }

        @Override
        public Boolean visitMetricValue(MetricValue m) {
            return metric(m.value()) && (!m.outOf().isPresent() || metric(m.outOf().get())) && text(m.unit());
        }

        @Override
        public Boolean visitIncident(Incident i) {
            LocalDate d = i.date();
            return d.getYear() >= 1 && d.getYear() <= 9999 && text(i.description());
        }

        @Override
        public Boolean visitChecklistTick(ChecklistTick t) {
            return t.requirement() >= 1 && texts(t.documentIds());
        }

        @Override
        public Boolean visitJudgement(Judgement j) {
            return text(j.level()) && text(j.comment());
        }

        @Override
        public Boolean visitPublicRating(PublicRating r) {
            if (r.score().isPresent() || r.maxScore().isPresent()) {
                return r.score().isPresent() && r.maxScore().isPresent() && points(r.score().get())
                        && points(r.maxScore().get());
            }
            return r.respondents() >= 1 && r.satisfied() >= 0;
        }

        @Override
        public Boolean visitSelfReport(SelfReport s) {
            if (!texts(s.topics()) || !texts(s.documentIds())) {
                return false;
            }
            for (Map.Entry<String, String> sec : s.sections().entrySet()) {
                if (sec.getKey().length() > MAX_NAME_CHARS || !text(sec.getKey()) || !text(sec.getValue())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Boolean visitDeduction(Deduction d) {
            return points(d.points()) && text(d.reason());
        }

        @Override
        public Boolean visitAdjustment(Adjustment a) {
            return points(a.points()) && text(a.reason());
        }

        @Override
        public Boolean visitNotApplicable(NotApplicableMark n) {
            return text(n.reason());
        }

        @Override
        public Boolean visitScoreOverride(ScoreOverride o) {
            return points(o.newPoints()) && text(o.reason());
        }
    }

    private static boolean text(String s) {
        return InputLimits.checkText(s) == null;
    }

    private static boolean text(Optional<String> s) {
        return !s.isPresent() || text(s.get());
    }

    private static boolean texts(List<String> values) {
        if (values.size() >= InputLimits.MAX_JSON_ARRAY_ITEMS) {
            return false;
        }
        for (String v : values) {
            if (!text(v)) {
                return false;
            }
        }
        return true;
    }

    /** {@code 2015} or {@code 2015-03}, the reader's pattern. */
    private static boolean period(String p) {
        if (p.length() != 4 && p.length() != 7) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (i == 4 ? c != '-' : (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean instant(Instant at) {
        return at.getEpochSecond() >= MIN_SECOND && at.getEpochSecond() <= MAX_SECOND;
    }

    /** A metric amount as the reader takes it: its text within the number bounds, with at most six places. */
    private static boolean metric(BigDecimal v) {
        if (!number(v.toString())) {
            return false;
        }
        try {
            MetricValue.scale(v, "value");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Points as the reader takes them: within the number bounds and {@link InputLimits#MAX_POINTS}, reading back equal. */
    private static boolean points(Points p) {
        String text = p.toString();
        if (!number(text)) {
            return false;
        }
        BigDecimal v = new BigDecimal(text);
        if (v.abs().compareTo(MAX_POINTS) > 0) {
            return false;
        }
        try {
            return Points.of(v).equals(p);
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /** The text of a number within {@link InputLimits#MAX_NUMBER_CHARS} and {@link InputLimits#checkDecimal}. */
    private static boolean number(String text) {
        if (text.length() > InputLimits.MAX_NUMBER_CHARS) {
            return false;
        }
        try {
            return InputLimits.checkDecimal(new BigDecimal(text)) == null;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

package org.kaoping.plugin.imports;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.NotApplicableMark;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.points.Points;
import org.kaoping.plugin.json.InputLimits;

/**
 * Reads one evidence CSV file as an OA system exports it. The whole file is validated before anything is
 * returned: if any row is bad, {@link ParsedFile#evidence()} is empty and {@link ParsedFile#problems()} names
 * file, line, column, header and what was expected, for every bad cell.
 *
 * <p>The file holds one evidence kind, named by its file name's start ({@code metric_value-2015-03.csv},
 * {@code 指标值_2015年3月.csv}), or one kind per row in a {@code 证据类型/kind} column. Headers may be Chinese or
 * English (see {@link Column}); columns a row's kind does not read are ignored and listed. Stateless.
 */
@API(status = API.Status.INTERNAL)
public final class EvidenceCsv {
    /** At most this many problems are collected per file. */
    static final int MAX_PROBLEMS = 200;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private EvidenceCsv() {}

    /**
     * Reads {@code bytes}, the content of file {@code fileName}, in {@code declared} or (when null) the
     * detected charset; see {@link TextEncoding}.
     */
    public static ParsedFile read(String fileName, byte[] bytes, Charset declared) {
        return read(fileName, bytes, declared, false);
    }

    /** As {@link #read(String, byte[], Charset)}; with {@code keepSource}, the result keeps the text and where each item ends in it. */
    static ParsedFile read(String fileName, byte[] bytes, Charset declared, boolean keepSource) {
        TextEncoding text;
        try {
            text = TextEncoding.decode(fileName, bytes, declared);
        } catch (EvidenceCsvFormatException e) {
            return new ParsedFile(fileName, null, Collections.<Evidence>emptyList(), e.problems(), Collections.<String>emptyList());
        }
        return new Reader(fileName, text, keepSource).read();
    }

    /** Reads one file's rows; one instance per file. */
    private static final class Reader {
        private final String file;
        private final TextEncoding text;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<Column, Integer> index = new EnumMap<>(Column.class);
        private List<String> header;
        private CsvTable.Row row;
        private final Set<String> missingReported = new LinkedHashSet<>();
        private final boolean keepSource;
        private final List<Integer> ends = new ArrayList<>();
        /** The source kind of each source cell seen (a file repeats a handful): normalizing each row's cell was a top frame. */
        private final Map<String, SourceKind> sourceOfCell = new HashMap<>();

        Reader(String file, TextEncoding text, boolean keepSource) {
            this.file = file;
            this.text = text;
            this.keepSource = keepSource;
        }

        ParsedFile read() {
            CsvTable table = CsvTable.parse(file, text.text(), problems);
            List<Evidence> out = new ArrayList<>();
            List<String> ignored = new ArrayList<>();
            if (!problems.isEmpty() || table.isEmpty()) {
                return done(out, ignored);
            }
            header = table.header;
            Map<Column, String> unread = new EnumMap<>(Column.class);
            for (int j = 0; j < header.size(); j++) {
                String h = header.get(j);
                if (h.trim().isEmpty()) {
                    continue;
                }
                Column c = Column.ofHeader(h);
                if (c == null) {
                    ignored.add(h.trim());
                    continue;
                }
                Integer before = index.put(c, j);
                if (before != null) {
                    problems.add(new ImportProblem(file, table.headerLine, j + 1, h.trim(), "column " + c.headers()
                            + " appears twice (also column " + (before + 1) + " [" + header.get(before).trim() + "]); expected it once"));
                }
                unread.put(c, h.trim());
            }
            KindSpec fileKind = index.containsKey(Column.KIND) ? null : KindSpec.ofFileName(file);
            if (!index.containsKey(Column.KIND) && fileKind == null) {
                problems.add(new ImportProblem(file, table.headerLine, 0, null, "cannot tell what kind of evidence the file holds; "
                        + "expected a column " + Column.KIND.headers() + ", or a file name starting with one of: " + KindSpec.allNames()));
            }
            if (!problems.isEmpty()) {
                return done(out, ignored);
            }
            int capacity = table.rows.size() + table.rows.size() / 3 + 1; // sized once: no rehashing as the file grows
            Map<String, Integer> firstLineOfId = new HashMap<>(capacity);
            Map<String, Evidence> byId = new HashMap<>(capacity);
            Set<Column> readByAny = java.util.EnumSet.noneOf(Column.class);
            KindSpec lastKind = null;
            for (CsvTable.Row r : table.rows) {
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
                row = r;
                if (r.fields.size() > header.size()) {
                    problems.add(new ImportProblem(file, r.line, header.size() + 1, null, "the row has " + r.fields.size()
                            + " fields; expected at most " + header.size() + ", as many as the header has"));
                    continue;
                }
                KindSpec kind = fileKind != null ? fileKind : kindOfRow();
                if (kind == null) {
                    continue;
                }
                if (kind != lastKind) { // a file mostly holds one kind: add its columns once, not once a row
                    readByAny.addAll(kind.readColumns());
                    lastKind = kind;
                }
                int before = problems.size();
                Evidence e = build(kind);
                if (e == null || problems.size() > before) {
                    continue;
                }
                Evidence first = byId.get(e.id());
                if (first != null && !first.equals(e)) {
                    problems.add(new ImportProblem(file, r.line, column(Column.ID), header(Column.ID), "evidence id [" + e.id()
                            + "] is already used on line " + firstLineOfId.get(e.id()) + " for different content; expected unique ids"));
                    continue;
                }
                if (first == null) {
                    byId.put(e.id(), e);
                    firstLineOfId.put(e.id(), r.line);
                }
                out.add(e);
                ends.add(r.end);
            }
            for (Map.Entry<Column, String> u : unread.entrySet()) {
                if (!readByAny.contains(u.getKey())) {
                    ignored.add(u.getValue());
                }
            }
            return done(out, ignored);
        }

        private ParsedFile done(List<Evidence> out, List<String> ignored) {
            if (keepSource && problems.isEmpty()) {
                int[] at = new int[ends.size()];
                for (int i = 0; i < at.length; i++) {
                    at[i] = ends.get(i);
                }
                sortProblems();
                return new ParsedFile(file, text.charset(), out, problems, ignored).withSource(text.text(), at);
            }
            sortProblems();
            return new ParsedFile(file, text.charset(), out, problems, ignored);
        }

        private void sortProblems() {
            Collections.sort(problems, (a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        }

        private KindSpec kindOfRow() {
            String cell = cell(Column.KIND);
            if (cell.isEmpty()) {
                fail(Column.KIND, "expected " + Column.KIND.expected() + " (" + KindSpec.allNames() + "); the cell is empty");
                return null;
            }
            KindSpec k = KindSpec.named(cell);
            if (k == null) {
                fail(Column.KIND, "expected one of " + KindSpec.allNames() + "; got [" + cell + "]");
            }
            return k;
        }

        private Evidence build(KindSpec kind) {
            int before = problems.size();
            for (Column c : kind.requiredColumns()) {
                if (!index.containsKey(c)) {
                    if (missingReported.add(kind.english + "/" + c)) {
                        problems.add(new ImportProblem(file, row.line, 0, null, "no column " + c.headers() + ", which "
                                + kind.chinese + "/" + kind.english + " rows require: " + c.expected()));
                    }
                }
            }
            String id = required(Column.ID);
            String unitId = required(Column.UNIT);
            ReportingPeriod period = period();
            String author = required(Column.AUTHOR);
            Instant at = instant(Column.RECORDED_AT);
            Optional<ReviewStep> step = step();
            Optional<String> authorUnit = optional(Column.AUTHOR_UNIT);
            SourceKind source = kind == KindSpec.SELF_REPORT && cell(Column.SOURCE).isEmpty() ? SourceKind.SELF : source();
            String key = kind == KindSpec.SELF_REPORT ? SelfReport.KEY : required(Column.KEY);
            if (kind == KindSpec.SELF_REPORT && !cell(Column.KEY).isEmpty() && !cell(Column.KEY).equals(SelfReport.KEY)) {
                fail(Column.KEY, "a self-report's key is always [" + SelfReport.KEY + "] or empty; got [" + cell(Column.KEY) + "]");
            }
            Common base = before == problems.size() ? new Common(id, unitId, key, period, source, step, author, authorUnit, at) : null;
            Evidence e;
            try {
                switch (kind) {
                    case METRIC_VALUE: {
                        BigDecimal value = decimal(Column.VALUE, true);
                        String uom = required(Column.MEASURE_UNIT);
                        BigDecimal outOf = decimal(Column.OUT_OF, false);
                        if (problems.size() > before || value == null || id == null) {
                            return null;
                        }
                        if (outOf != null && outOf.signum() <= 0) {
                            fail(Column.OUT_OF, "expected a positive base; got [" + cell(Column.OUT_OF) + "]");
                            return null;
                        }
                        if (outOf != null && value.compareTo(outOf) > 0) {
                            fail(Column.VALUE, "the value " + value.toPlainString() + " exceeds its base " + outOf.toPlainString()
                                    + " in column " + header(Column.OUT_OF) + "; expected at most the base");
                            return null;
                        }
                        e = base.to(MetricValue.builder())
                                .value(value).unit(uom).outOf(Optional.ofNullable(outOf)).build();
                        break;
                    }
                    case JUDGEMENT: {
                        String level = required(Column.LEVEL);
                        Optional<String> comment = optional(Column.COMMENT);
                        if (problems.size() > before) {
                            return null;
                        }
                        e = base.to(Judgement.builder())
                                .level(level).comment(comment).build();
                        break;
                    }
                    case CHECKLIST_TICK: {
                        Long q = whole(Column.REQUIREMENT, true);
                        Boolean met = bool(Column.MET);
                        List<String> docs = list(Column.DOCUMENT_IDS);
                        if (problems.size() > before) {
                            return null;
                        }
                        if (q < 1 || q > Integer.MAX_VALUE) {
                            fail(Column.REQUIREMENT, "expected a requirement position of 1 or more; got [" + cell(Column.REQUIREMENT) + "]");
                            return null;
                        }
                        e = base.to(ChecklistTick.builder())
                                .requirement(q.intValue()).met(met).documentIds(docs).build();
                        break;
                    }
                    case PUBLIC_RATING:
                        e = rating(before, base);
                        if (e == null) {
                            return null;
                        }
                        break;
                    case INCIDENT: {
                        LocalDate date = date(Column.DATE);
                        IncidentSeverity severity = severity();
                        String description = required(Column.DESCRIPTION);
                        if (problems.size() > before) {
                            return null;
                        }
                        e = base.to(Incident.builder())
                                .date(date).severity(severity).description(description).build();
                        break;
                    }
                    case SELF_REPORT: {
                        SelfReport.Type type = reportType();
                        List<String> topics = list(Column.TOPICS);
                        List<String> docs = list(Column.DOCUMENT_IDS);
                        if (problems.size() > before) {
                            return null;
                        }
                        if (type == SelfReport.Type.MONTHLY && period.isWholeYear() || type == SelfReport.Type.ANNUAL && !period.isWholeYear()) {
                            fail(Column.PERIOD, type == SelfReport.Type.MONTHLY ? "a monthly report needs a month such as 2015-03; got ["
                                    + cell(Column.PERIOD) + "]" : "an annual report needs a year such as 2015; got [" + cell(Column.PERIOD) + "]");
                            return null;
                        }
                        java.util.Map<String, String> sections = new java.util.LinkedHashMap<>();
                        for (Column c : Column.SECTIONS) {
                            if (!cell(c).isEmpty()) {
                                sections.put(c.chinese(), cell(c));
                            }
                        }
                        e = base.to(SelfReport.builder())
                                .type(type).topics(topics).documentIds(docs).sections(sections).build();
                        break;
                    }
                    case DEDUCTION: {
                        Points p = points(Column.POINTS, true);
                        String reason = required(Column.REASON);
                        if (problems.size() > before) {
                            return null;
                        }
                        e = base.to(Deduction.builder())
                                .points(p).reason(reason).build();
                        break;
                    }
                    case ADJUSTMENT: {
                        Points p = points(Column.POINTS, true);
                        String reason = required(Column.REASON);
                        if (problems.size() > before) {
                            return null;
                        }
                        e = base.to(Adjustment.builder())
                                .points(p).reason(reason).build();
                        break;
                    }
                    case NOT_APPLICABLE: {
                        String reason = required(Column.REASON);
                        if (problems.size() > before) {
                            return null;
                        }
                        e = base.to(NotApplicableMark.builder())
                                .reason(reason).build();
                        break;
                    }
                    case SCORE_OVERRIDE: {
                        Points p = points(Column.NEW_POINTS, false);
                        String reason = required(Column.REASON);
                        if (problems.size() > before) {
                            return null;
                        }
                        e = base.to(ScoreOverride.builder())
                                .newPoints(p).reason(reason).build();
                        break;
                    }
                    case DOCUMENT: {
                        String title = required(Column.TITLE);
                        DocumentRef.Media media = media();
                        String uri = required(Column.URI);
                        String sha = sha256();
                        Optional<String> mediaType = optional(Column.MEDIA_TYPE);
                        if (problems.size() > before) {
                            return null;
                        }
                        e = base.to(DocumentRef.builder())
                                .title(title).media(media).uri(uri).sha256(sha).mediaType(mediaType).build();
                        break;
                    }
                    default:
                        throw new AssertionError(kind);
                }
            } catch (IllegalArgumentException | IllegalStateException | NullPointerException invalid) {
                // Cells that parsed one by one but do not make a valid record together, or a missing required cell.
                if (problems.size() == before) {
                    problems.add(new ImportProblem(file, row.line, 0, null, "the row is not valid " + kind.chinese + "/" + kind.english
                            + " evidence: " + invalid.getMessage()));
                }
                return null;
            }
            return e;
        }

        private Evidence rating(int before, Common base) {
            Long respondents = whole(Column.RESPONDENTS, false);
            Long satisfied = whole(Column.SATISFIED, false);
            Points score = cell(Column.SCORE).isEmpty() ? null : points(Column.SCORE, false);
            Points max = cell(Column.MAX_SCORE).isEmpty() ? null : points(Column.MAX_SCORE, true);
            if (problems.size() > before) {
                return null;
            }
            boolean counts = respondents != null || satisfied != null;
            boolean scored = score != null || max != null;
            if (counts == scored) {
                problems.add(new ImportProblem(file, row.line, 0, null, counts
                        ? "give either " + Column.RESPONDENTS.headers() + " and " + Column.SATISFIED.headers() + ", or "
                                + Column.SCORE.headers() + " and " + Column.MAX_SCORE.headers() + ", not both"
                        : "expected " + Column.RESPONDENTS.headers() + " and " + Column.SATISFIED.headers() + ", or "
                                + Column.SCORE.headers() + " and " + Column.MAX_SCORE.headers() + "; the cells are empty"));
                return null;
            }
            if (counts) {
                if (respondents == null || satisfied == null) {
                    fail(respondents == null ? Column.RESPONDENTS : Column.SATISFIED, "expected a whole number beside "
                            + (respondents == null ? header(Column.SATISFIED) : header(Column.RESPONDENTS)) + "; the cell is empty");
                    return null;
                }
                if (respondents <= 0 || satisfied > respondents) {
                    fail(Column.SATISFIED, "expected 0 ≤ satisfied ≤ respondents and respondents > 0; got " + satisfied + " of " + respondents);
                    return null;
                }
                return base.to(PublicRating.builder())
                        .respondents(respondents).satisfied(satisfied).build();
            }
            if (score == null || max == null) {
                fail(score == null ? Column.SCORE : Column.MAX_SCORE, "a score and its maximum come together; the cell is empty");
                return null;
            }
            if (score.isGreaterThan(max)) {
                fail(Column.SCORE, "expected a score of at most " + max + " (" + header(Column.MAX_SCORE) + "); got [" + cell(Column.SCORE) + "]");
                return null;
            }
            return base.to(PublicRating.builder())
                    .score(score).maxScore(max).build();
        }


        // ---------------------------------------------------------------- cells

        private String cell(Column c) {
            Integer j = index.get(c);
            if (j == null || j >= row.fields.size()) {
                return "";
            }
            return row.fields.get(j).trim();
        }

        private int column(Column c) {
            Integer j = index.get(c);
            return j == null ? 0 : j + 1;
        }

        private String header(Column c) {
            Integer j = index.get(c);
            return j == null ? c.headers() : header.get(j).trim();
        }

        private void fail(Column c, String message) {
            if (!index.containsKey(c)) {
                return; // reported once as a missing column
            }
            problems.add(new ImportProblem(file, row.line, column(c), header(c), message));
        }

        private String required(Column c) {
            String s = cell(c);
            if (s.isEmpty()) {
                fail(c, "expected " + c.expected() + "; the cell is empty");
                return null;
            }
            return s;
        }

        private Optional<String> optional(Column c) {
            String s = cell(c);
            return s.isEmpty() ? Optional.<String>empty() : Optional.of(s);
        }

        private ReportingPeriod period() {
            String s = required(Column.PERIOD);
            if (s == null) {
                return null;
            }
            try {
                ReportingPeriod p = CsvCells.period(s);
                if (p != null) {
                    return p;
                }
            } catch (IllegalArgumentException e) {
                fail(Column.PERIOD, "expected " + Column.PERIOD.expected() + "; got [" + s + "]: " + e.getMessage());
                return null;
            }
            fail(Column.PERIOD, "expected " + Column.PERIOD.expected() + "; got [" + s + "]");
            return null;
        }

        private Instant instant(Column c) {
            String s = required(c);
            if (s == null) {
                return null;
            }
            String a = ascii(s);
            int[] f = null;
            try {
                if (a.endsWith("Z") || a.endsWith("z")) {
                    return Instant.parse(a.toUpperCase(Locale.ROOT).replace(' ', 'T'));
                }
                f = localDateTime(a);
                if (f == null && a.length() > 16 && endsWithOffset(a)) {
                    return OffsetDateTime.parse(a.replace(' ', 'T')).toInstant();
                }
            } catch (DateTimeParseException e) {
                fail(c, "expected " + c.expected() + "; got [" + s + "]");
                return null;
            }
            if (f == null) {
                fail(c, "expected " + c.expected() + "; got [" + s + "]");
                return null;
            }
            try {
                LocalDateTime t = LocalDateTime.of(f[0], f[1], f[2], Math.max(0, f[3]), Math.max(0, f[4]), Math.max(0, f[5]));
                return t.atZone(AssessmentCycle.SHANGHAI).toInstant();
            } catch (DateTimeException e) {
                fail(c, "expected a real date and time; got [" + s + "]: " + e.getMessage());
                return null;
            }
        }

        private LocalDate date(Column c) {
            String s = required(c);
            if (s == null) {
                return null;
            }
            int[] f = localDateTime(ascii(s));
            if (f == null || f[3] >= 0) {
                fail(c, "expected " + c.expected() + "; got [" + s + "]");
                return null;
            }
            try {
                return LocalDate.of(f[0], f[1], f[2]);
            } catch (DateTimeException e) {
                fail(c, "expected a real date; got [" + s + "]: " + e.getMessage());
                return null;
            }
        }

        private BigDecimal decimal(Column c, boolean required) {
            String s = required ? required(c) : cell(c);
            if (s == null || s.isEmpty()) {
                return null;
            }
            String a = ascii(s);
            if (a.length() > InputLimits.MAX_NUMBER_CHARS) {
                fail(c, "expected " + c.expected() + " of at most " + InputLimits.MAX_NUMBER_CHARS + " characters; got "
                        + a.length() + " characters");
                return null;
            }
            try {
                BigDecimal d = new BigDecimal(a);
                String bound = InputLimits.checkDecimal(d);
                if (bound != null) {
                    fail(c, bound + "; got [" + s + "]");
                    return null;
                }
                if (d.signum() < 0) {
                    fail(c, "expected " + c.expected() + "; got a negative number [" + s + "]");
                    return null;
                }
                if (d.stripTrailingZeros().scale() > MetricValue.SCALE) {
                    fail(c, "expected at most " + MetricValue.SCALE + " decimal places; got [" + s + "]");
                    return null;
                }
                return d;
            } catch (NumberFormatException e) {
                fail(c, "expected " + c.expected() + "; got [" + s + "]");
                return null;
            }
        }

        private Long whole(Column c, boolean required) {
            String s = required ? required(c) : cell(c);
            if (s == null || s.isEmpty()) {
                return null;
            }
            try {
                long v = Long.parseLong(ascii(s));
                if (v < 0) {
                    fail(c, "expected " + c.expected() + ", not negative; got [" + s + "]");
                    return null;
                }
                return v;
            } catch (NumberFormatException e) {
                fail(c, "expected " + c.expected() + "; got [" + s + "]");
                return null;
            }
        }

        private Points points(Column c, boolean positive) {
            String s = required(c);
            if (s == null) {
                return null;
            }
            try {
                Points p = Points.parse(s);
                if (p.isGreaterThan(Points.of(InputLimits.MAX_POINTS)) || p.negate().isGreaterThan(Points.of(InputLimits.MAX_POINTS))) {
                    fail(c, "expected at most " + InputLimits.MAX_POINTS + " points (InputLimits.MAX_POINTS); got [" + s + "]");
                    return null;
                }
                if (positive ? !p.isPositive() : p.isNegative()) {
                    fail(c, "expected " + (positive ? "positive" : "non-negative") + " points; got [" + s + "]");
                    return null;
                }
                return p;
            } catch (RuntimeException e) {
                fail(c, "expected " + c.expected() + "; got [" + s + "]");
                return null;
            }
        }

        private Boolean bool(Column c) {
            String s = required(c);
            if (s == null) {
                return null;
            }
            switch (s.toLowerCase(Locale.ROOT)) {
                case "是": case "达标": case "true": case "yes": case "y": case "1": case "√": case "✓":
                    return Boolean.TRUE;
                case "否": case "未达标": case "false": case "no": case "n": case "0": case "×": case "✗":
                    return Boolean.FALSE;
                default:
                    fail(c, "expected " + c.expected() + "; got [" + s + "]");
                    return null;
            }
        }

        private List<String> list(Column c) {
            String s = cell(c);
            List<String> out = new ArrayList<>();
            if (s.isEmpty()) {
                return out;
            }
            for (String part : s.split("[;；、|\\r\\n]")) {
                if (!part.trim().isEmpty()) {
                    out.add(part.trim());
                }
            }
            return out;
        }

        private Optional<ReviewStep> step() {
            String s = cell(Column.STEP);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            for (ReviewStep r : ReviewStep.values()) {
                if (r.chineseName().equals(s) || r.name().equalsIgnoreCase(Column.normalize(s))) {
                    return Optional.of(r);
                }
            }
            fail(Column.STEP, "expected " + Column.STEP.expected() + "; got [" + s + "]");
            return Optional.empty();
        }

        private SourceKind source() {
            String s = required(Column.SOURCE);
            if (s == null) {
                return null;
            }
            SourceKind known = sourceOfCell.get(s);
            if (known != null) {
                return known;
            }
            String normalized = Column.normalize(s);
            for (SourceKind k : SourceKind.values()) {
                if (k.chineseName().equals(s) || k.name().equalsIgnoreCase(normalized)) {
                    sourceOfCell.put(s, k);
                    return k;
                }
            }
            fail(Column.SOURCE, "expected " + Column.SOURCE.expected() + "; got [" + s + "]");
            return null;
        }

        private IncidentSeverity severity() {
            String s = required(Column.SEVERITY);
            if (s == null) {
                return null;
            }
            String[] chinese = {"一般", "较大", "重大", "特别重大"};
            for (IncidentSeverity v : IncidentSeverity.values()) {
                if (chinese[v.ordinal()].equals(s) || v.name().equalsIgnoreCase(s)) {
                    return v;
                }
            }
            fail(Column.SEVERITY, "expected " + Column.SEVERITY.expected() + "; got [" + s + "]");
            return null;
        }

        private SelfReport.Type reportType() {
            String s = required(Column.REPORT_TYPE);
            if (s == null) {
                return null;
            }
            if (s.equals("月报") || s.equals("自查月报") || s.equalsIgnoreCase("monthly")) {
                return SelfReport.Type.MONTHLY;
            }
            if (s.equals("年报") || s.equals("年度自查报告") || s.equalsIgnoreCase("annual")) {
                return SelfReport.Type.ANNUAL;
            }
            fail(Column.REPORT_TYPE, "expected " + Column.REPORT_TYPE.expected() + "; got [" + s + "]");
            return null;
        }

        private DocumentRef.Media media() {
            String s = required(Column.MEDIA);
            if (s == null) {
                return null;
            }
            String[] chinese = {"文字", "图片", "音频", "视频"};
            for (DocumentRef.Media m : DocumentRef.Media.values()) {
                if (chinese[m.ordinal()].equals(s) || m.name().equalsIgnoreCase(s)) {
                    return m;
                }
            }
            fail(Column.MEDIA, "expected " + Column.MEDIA.expected() + "; got [" + s + "]");
            return null;
        }

        private String sha256() {
            String s = required(Column.SHA256);
            if (s == null) {
                return null;
            }
            String h = s.toLowerCase(Locale.ROOT);
            if (!SHA256.matcher(h).matches()) {
                fail(Column.SHA256, "expected " + Column.SHA256.expected() + "; got [" + s + "]");
                return null;
            }
            return h;
        }
    }

    /**
     * The fields every evidence kind shares, read once per row and set on the builder of the row's kind (one
     * overload per kind, since the kinds' builders share no type).
     */
    private static final class Common {
        private final String id;
        private final String unitId;
        private final String key;
        private final ReportingPeriod period;
        private final SourceKind source;
        private final Optional<ReviewStep> step;
        private final String author;
        private final Optional<String> authorUnitId;
        private final Instant recordedAt;

        Common(String id, String unitId, String key, ReportingPeriod period, SourceKind source, Optional<ReviewStep> step,
                String author, Optional<String> authorUnitId, Instant recordedAt) {
            this.id = id;
            this.unitId = unitId;
            this.key = key;
            this.period = period;
            this.source = source;
            this.step = step;
            this.author = author;
            this.authorUnitId = authorUnitId;
            this.recordedAt = recordedAt;
        }

        MetricValue.Builder to(MetricValue.Builder b) {
            return b.id(id).unitId(unitId).key(key).period(period).source(source).step(step).author(author)
                    .authorUnitId(authorUnitId).recordedAt(recordedAt);
        }

        Judgement.Builder to(Judgement.Builder b) {
            return b.id(id).unitId(unitId).key(key).period(period).source(source).step(step).author(author)
                    .authorUnitId(authorUnitId).recordedAt(recordedAt);
        }

        ChecklistTick.Builder to(ChecklistTick.Builder b) {
            return b.id(id).unitId(unitId).key(key).period(period).source(source).step(step).author(author)
                    .authorUnitId(authorUnitId).recordedAt(recordedAt);
        }

        PublicRating.Builder to(PublicRating.Builder b) {
            return b.id(id).unitId(unitId).key(key).period(period).source(source).step(step).author(author)
                    .authorUnitId(authorUnitId).recordedAt(recordedAt);
        }

        Incident.Builder to(Incident.Builder b) {
            return b.id(id).unitId(unitId).key(key).period(period).source(source).step(step).author(author)
                    .authorUnitId(authorUnitId).recordedAt(recordedAt);
        }

        SelfReport.Builder to(SelfReport.Builder b) {
            return b.id(id).unitId(unitId).key(key).period(period).source(source).step(step).author(author)
                    .authorUnitId(authorUnitId).recordedAt(recordedAt);
        }

        Deduction.Builder to(Deduction.Builder b) {
            return b.id(id).unitId(unitId).key(key).period(period).source(source).step(step).author(author)
                    .authorUnitId(authorUnitId).recordedAt(recordedAt);
        }

        Adjustment.Builder to(Adjustment.Builder b) {
            return b.id(id).unitId(unitId).key(key).period(period).source(source).step(step).author(author)
                    .authorUnitId(authorUnitId).recordedAt(recordedAt);
        }

        NotApplicableMark.Builder to(NotApplicableMark.Builder b) {
            return b.id(id).unitId(unitId).key(key).period(period).source(source).step(step).author(author)
                    .authorUnitId(authorUnitId).recordedAt(recordedAt);
        }

        ScoreOverride.Builder to(ScoreOverride.Builder b) {
            return b.id(id).unitId(unitId).key(key).period(period).source(source).step(step).author(author)
                    .authorUnitId(authorUnitId).recordedAt(recordedAt);
        }

        DocumentRef.Builder to(DocumentRef.Builder b) {
            return b.id(id).unitId(unitId).key(key).period(period).source(source).step(step).author(author)
                    .authorUnitId(authorUnitId).recordedAt(recordedAt);
        }
    }

    /**
     * {@code yyyy[-/]M[M][-/]d[d]} optionally followed by {@code [ T]H[H]:mm[:ss]}, scanned by hand (the import's hot
     * path; a regular expression took a third of its time): year, month, day, hour, minute, second, the time fields
     * -1 when absent; null when {@code a} has another shape. Digits are ASCII only.
     */
    static int[] localDateTime(String a) {
        int n = a.length();
        int[] out = {0, 0, 0, -1, -1, -1};
        int[] at = {0};
        if ((out[0] = digits(a, at, 4, 4)) < 0 || !sep(a, at, '-', '/') || (out[1] = digits(a, at, 1, 2)) < 0
                || !sep(a, at, '-', '/') || (out[2] = digits(a, at, 1, 2)) < 0) {
            return null;
        }
        if (at[0] == n) {
            return out;
        }
        if (!sep(a, at, ' ', 'T') || (out[3] = digits(a, at, 1, 2)) < 0 || !sep(a, at, ':', ':')
                || (out[4] = digits(a, at, 2, 2)) < 0) {
            return null;
        }
        if (at[0] == n) {
            out[5] = -1;
            return out;
        }
        if (!sep(a, at, ':', ':') || (out[5] = digits(a, at, 2, 2)) < 0 || at[0] != n) {
            return null;
        }
        return out;
    }

    /** {@code 2015} as 2015, {@code 2015-03} or {@code 2015-3} as 201503; 0 for any other shape. */
    static int fastPeriod(String a) {
        int[] at = {0};
        int year = digits(a, at, 4, 4);
        if (year <= 0) {
            return 0; // year 0 is left to the full parser, which refuses it
        }
        if (at[0] == a.length()) {
            return year;
        }
        int month;
        if (!sep(a, at, '-', '-') || (month = digits(a, at, 1, 2)) < 0 || at[0] != a.length()) {
            return 0;
        }
        return year * 100 + month;
    }

    /** {@code min} to {@code max} ASCII digits at {@code at[0]} (advanced past them) as a number, or -1. */
    private static int digits(String a, int[] at, int min, int max) {
        int i = at[0];
        int v = 0;
        int k = 0;
        while (k < max && i + k < a.length() && a.charAt(i + k) >= '0' && a.charAt(i + k) <= '9') {
            v = v * 10 + (a.charAt(i + k) - '0');
            k++;
        }
        if (k < min) {
            return -1;
        }
        at[0] = i + k;
        return v;
    }

    private static boolean sep(String a, int[] at, char one, char other) {
        if (at[0] < a.length() && (a.charAt(at[0]) == one || a.charAt(at[0]) == other)) {
            at[0]++;
            return true;
        }
        return false;
    }

    /** Whether {@code a} ends with an offset such as {@code +08:00}. */
    private static boolean endsWithOffset(String a) {
        int n = a.length();
        return n >= 6 && (a.charAt(n - 6) == '+' || a.charAt(n - 6) == '-') && isDigit(a.charAt(n - 5))
                && isDigit(a.charAt(n - 4)) && a.charAt(n - 3) == ':' && isDigit(a.charAt(n - 2)) && isDigit(a.charAt(n - 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Full-width digits and punctuation to ASCII, so that an export typed with a Chinese IME still parses. */
    static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            b.append(c);
        }
        return b.toString().trim();
    }
}

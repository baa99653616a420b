package org.kaoping.plugin.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
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
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ScorecardRecord;

/**
 * Maps a {@link Located} JSON tree to evidence, scorecard records and audit events, strictly: a missing
 * required key, an unknown key, a value of the wrong type or a value the evidence type refuses is an
 * {@link EvidenceFormatException} naming where it is and what was expected.
 */
final class EvidenceReader extends JsonInput {
    private static final List<String> COMMON = Arrays.asList("kind", "id", "unitId", "key", "period", "source", "step",
            "author", "authorUnitId", "recordedAt");
    private static final Map<EvidenceKind, Set<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put(EvidenceKind.DOCUMENT, keys("title", "media", "uri", "sha256", "mediaType"));
        KEYS.put(EvidenceKind.METRIC_VALUE, keys("value", "unit", "outOf"));
        KEYS.put(EvidenceKind.INCIDENT, keys("date", "severity", "description"));
        KEYS.put(EvidenceKind.CHECKLIST_TICK, keys("requirement", "met", "documentIds"));
        KEYS.put(EvidenceKind.JUDGEMENT, keys("level", "comment"));
        KEYS.put(EvidenceKind.PUBLIC_RATING, keys("respondents", "satisfied", "score", "maxScore"));
        KEYS.put(EvidenceKind.SELF_REPORT, keys("type", "topics", "documentIds", "sections"));
        KEYS.put(EvidenceKind.DEDUCTION, keys("points", "reason"));
        KEYS.put(EvidenceKind.ADJUSTMENT, keys("points", "reason"));
        KEYS.put(EvidenceKind.NOT_APPLICABLE, keys("reason"));
        KEYS.put(EvidenceKind.SCORE_OVERRIDE, keys("newPoints", "reason"));
    }

    private static final Set<String> SCORECARD_KEYS = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(
            "planId", "unitId", "rubricId", "rubricVersion", "total", "grade", "complete", "commendable", "sectionTotals",
            "computedAt", "version")));
    private static final Set<String> AUDIT_KEYS = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(
            "sequence", "at", "actor", "actorUnitId", "action", "unitId", "subject", "detail")));
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

    EvidenceReader(String source) {
        super(source, EvidenceFormatException::new);
    }

    List<Evidence> evidenceArray(Located n) {
        List<Evidence> out = new ArrayList<>();
        for (Located item : array(n, "an array of evidence objects")) {
            out.add(evidence(item));
        }
        return out;
    }

    Evidence evidence(Located n) {
        if (n.type != Located.Type.OBJECT) {
            throw error(n, "expected an evidence object, got " + n.describe());
        }
        Located kindNode = required(n, "kind");
        EvidenceKind kind = enumValue(kindNode, EvidenceKind.class, "an evidence kind");
        Set<String> allowed = KEYS.get(kind);
        object(n, "a \"" + JsonNames.of(kind) + "\" evidence object", allowed);
        String id = string(required(n, "id"));
        String unitId = string(required(n, "unitId"));
        Located keyNode = kind == EvidenceKind.SELF_REPORT ? n.fields.get("key") : required(n, "key");
        String key = keyNode == null ? SelfReport.KEY : string(keyNode);
        ReportingPeriod period = period(required(n, "period"));
        SourceKind src = enumValue(required(n, "source"), SourceKind.class, "a source kind");
        Optional<ReviewStep> step = n.fields.containsKey("step")
                ? Optional.of(enumValue(n.fields.get("step"), ReviewStep.class, "a review step"))
                : Optional.<ReviewStep>empty();
        String author = string(required(n, "author"));
        Optional<String> authorUnitId = optionalString(n, "authorUnitId");
        Instant recordedAt = instant(required(n, "recordedAt"));
        try {
            return kind.accept(new EvidenceKind.Visitor<Evidence>() {
                @Override
                public Evidence document() {
                    return DocumentRef.builder().id(id).unitId(unitId).key(key).period(period).source(src).step(step)
                            .author(author).authorUnitId(authorUnitId).recordedAt(recordedAt)
                            .title(string(required(n, "title")))
                            .media(enumValue(required(n, "media"), DocumentRef.Media.class, "a media kind"))
                            .uri(string(required(n, "uri"))).sha256(string(required(n, "sha256")))
                            .mediaType(optionalString(n, "mediaType")).build();
                }

                @Override
                public Evidence metricValue() {
                    return MetricValue.builder().id(id).unitId(unitId).key(key).period(period).source(src).step(step)
                            .author(author).authorUnitId(authorUnitId).recordedAt(recordedAt)
                            .value(metric(required(n, "value")))
                            .unit(string(required(n, "unit")))
                            .outOf(n.fields.containsKey("outOf") ? Optional.of(metric(n.fields.get("outOf")))
                                    : Optional.<BigDecimal>empty())
                            .build();
                }

                @Override
                public Evidence incident() {
                    return Incident.builder().id(id).unitId(unitId).key(key).period(period).source(src).step(step)
                            .author(author).authorUnitId(authorUnitId).recordedAt(recordedAt)
                            .date(date(required(n, "date")))
                            .severity(enumValue(required(n, "severity"), IncidentSeverity.class, "a severity"))
                            .description(string(required(n, "description"))).build();
                }

                @Override
                public Evidence checklistTick() {
                    return ChecklistTick.builder().id(id).unitId(unitId).key(key).period(period).source(src).step(step)
                            .author(author).authorUnitId(authorUnitId).recordedAt(recordedAt)
                            .requirement((int) integer(required(n, "requirement"), 1, Integer.MAX_VALUE))
                            .met(bool(required(n, "met")))
                            .documentIds(optionalStrings(n, "documentIds")).build();
                }

                @Override
                public Evidence judgement() {
                    return Judgement.builder().id(id).unitId(unitId).key(key).period(period).source(src).step(step)
                            .author(author).authorUnitId(authorUnitId).recordedAt(recordedAt)
                            .level(string(required(n, "level"))).comment(optionalString(n, "comment")).build();
                }

                @Override
                public Evidence publicRating() {
                    boolean scoreForm = n.fields.containsKey("score") || n.fields.containsKey("maxScore");
                    if (scoreForm) {
                        for (String count : Arrays.asList("respondents", "satisfied")) {
                            if (n.fields.containsKey(count)) {
                                throw error(n.fields.get(count), "a public rating gives either \"respondents\" and"
                                        + " \"satisfied\", or \"score\" and \"maxScore\", not both");
                            }
                        }
                        return PublicRating.builder().id(id).unitId(unitId).key(key).period(period).source(src)
                                .step(step).author(author).authorUnitId(authorUnitId).recordedAt(recordedAt)
                                .score(points(required(n, "score"))).maxScore(points(required(n, "maxScore"))).build();
                    }
                    return PublicRating.builder().id(id).unitId(unitId).key(key).period(period).source(src).step(step)
                            .author(author).authorUnitId(authorUnitId).recordedAt(recordedAt)
                            .respondents(integer(required(n, "respondents"), 1, Long.MAX_VALUE))
                            .satisfied(integer(required(n, "satisfied"), 0, Long.MAX_VALUE)).build();
                }

                @Override
                public Evidence selfReport() {
                    return SelfReport.builder().id(id).unitId(unitId).key(key).period(period).source(src).step(step)
                            .author(author).authorUnitId(authorUnitId).recordedAt(recordedAt)
                            .type(enumValue(required(n, "type"), SelfReport.Type.class, "a self-report type"))
                            .topics(optionalStrings(n, "topics")).documentIds(optionalStrings(n, "documentIds"))
                            .sections(sections(n)).build();
                }

                @Override
                public Evidence deduction() {
                    return Deduction.builder().id(id).unitId(unitId).key(key).period(period).source(src).step(step)
                            .author(author).authorUnitId(authorUnitId).recordedAt(recordedAt)
                            .points(points(required(n, "points"))).reason(string(required(n, "reason"))).build();
                }

                @Override
                public Evidence adjustment() {
                    return Adjustment.builder().id(id).unitId(unitId).key(key).period(period).source(src).step(step)
                            .author(author).authorUnitId(authorUnitId).recordedAt(recordedAt)
                            .points(points(required(n, "points"))).reason(string(required(n, "reason"))).build();
                }

                @Override
                public Evidence notApplicable() {
                    return NotApplicableMark.builder().id(id).unitId(unitId).key(key).period(period).source(src)
                            .step(step).author(author).authorUnitId(authorUnitId).recordedAt(recordedAt)
                            .reason(string(required(n, "reason"))).build();
                }

                @Override
                public Evidence scoreOverride() {
                    return ScoreOverride.builder().id(id).unitId(unitId).key(key).period(period).source(src)
                            .step(step).author(author).authorUnitId(authorUnitId).recordedAt(recordedAt)
                            .newPoints(points(required(n, "newPoints"))).reason(string(required(n, "reason"))).build();
                }
            });
        } catch (IllegalArgumentException | IllegalStateException e) {
            // The evidence type's own checks: a blank id, a sha256 that is not hexadecimal, a value above its base.
            // Their messages read "KIND evidence [id]: field must ..."; point at that field when there is one.
            String message = String.valueOf(e.getMessage());
            int colon = message.indexOf("]: ");
            String rest = colon >= 0 ? message.substring(colon + 3) : message;
            Located at = n;
            for (Map.Entry<String, Located> f : n.fields.entrySet()) {
                if (rest.startsWith(f.getKey() + " ")) {
                    at = f.getValue();
                    break;
                }
            }
            throw error(at, "not valid evidence: " + message);
        }
    }

    ScorecardRecord scorecard(Located n) {
        object(n, "a scorecard record object", SCORECARD_KEYS);
        ScorecardRecord.Builder b = ScorecardRecord.builder()
                .planId(string(required(n, "planId")))
                .unitId(string(required(n, "unitId")))
                .rubricId(string(required(n, "rubricId")))
                .total(points(required(n, "total")))
                .grade(string(required(n, "grade")))
                .complete(bool(required(n, "complete")))
                .commendable(bool(required(n, "commendable")))
                .computedAt(instant(required(n, "computedAt")));
        Located sections = required(n, "sectionTotals");
        if (sections.type != Located.Type.OBJECT) {
            throw error(sections, "expected an object of points per criterion id, got " + sections.describe());
        }
        for (Map.Entry<String, Located> s : sections.fields.entrySet()) {
            b.putSectionTotal(s.getKey(), points(s.getValue()));
        }
        Located version = n.fields.get("version");
        if (version != null) {
            b.version(integer(version, 0, Long.MAX_VALUE));
        }
        // absent on records stored before the rubric version was recorded: unknown, read as empty
        Located rubricVersion = n.fields.get("rubricVersion");
        if (rubricVersion != null) {
            b.rubricVersion(string(rubricVersion));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw error(n, "not a valid scorecard record: " + e.getMessage());
        }
    }

    AuditEvent audit(Located n) {
        object(n, "an audit event object", AUDIT_KEYS);
        Located sequence = n.fields.get("sequence");
        try {
            return AuditEvent.builder()
                    .sequence(sequence == null ? 0 : integer(sequence, 0, Long.MAX_VALUE))
                    .at(instant(required(n, "at")))
                    .actor(string(required(n, "actor")))
                    .actorUnitId(optionalString(n, "actorUnitId"))
                    .action(enumValue(required(n, "action"), AuditEvent.Action.class, "an audit action"))
                    .unitId(optionalString(n, "unitId"))
                    .subject(optionalString(n, "subject"))
                    .detail(string(required(n, "detail")))
                    .build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw error(n, "not a valid audit event: " + e.getMessage());
        }
    }

    // ---- primitives -----------------------------------------------------------------------------

    private Optional<String> optionalString(Located object, String key) {
        Located v = object.fields.get(key);
        return v == null ? Optional.<String>empty() : Optional.of(string(v));
    }

    /** A self-report's {@code sections}: an object of section title to text (issue 17); empty when absent. */
    private Map<String, String> sections(Located object) {
        Located v = object.fields.get("sections");
        Map<String, String> out = new LinkedHashMap<>();
        if (v != null) {
            if (v.type != Located.Type.OBJECT) {
                throw error(v, "expected an object of section title to text, such as {\"组织建设\": \"…\"}, got " + v.describe());
            }
            for (Map.Entry<String, Located> e : v.fields.entrySet()) {
                out.put(e.getKey(), string(e.getValue()));
            }
        }
        return out;
    }

    private List<String> optionalStrings(Located object, String key) {
        Located v = object.fields.get(key);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (Located item : array(v, "an array of strings")) {
                out.add(string(item));
            }
        }
        return out;
    }

    private boolean bool(Located n) {
        if (n.type != Located.Type.BOOLEAN) {
            throw error(n, "expected true or false, got " + n.describe());
        }
        return n.bool;
    }

    private long integer(Located n, long min, long max) {
        if (n.type != Located.Type.NUMBER || n.text.indexOf('.') >= 0 || n.text.indexOf('e') >= 0
                || n.text.indexOf('E') >= 0) {
            throw error(n, "expected a whole number, got " + n.describe());
        }
        long v;
        try {
            v = n.number.longValueExact();
        } catch (ArithmeticException e) {
            v = n.number.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        if (v < min || v > max || n.number.compareTo(BigDecimal.valueOf(v)) != 0) {
            throw error(n, "expected a whole number from " + min + (max == Long.MAX_VALUE || max == Integer.MAX_VALUE
                    ? " up" : " to " + max) + ", got " + n.describe());
        }
        return v;
    }

    /** A metric amount: a decimal with at most {@value MetricValue#SCALE} places that fits in millionths. */
    private BigDecimal metric(Located n) {
        BigDecimal v = decimal(n, "a decimal number");
        try {
            MetricValue.scale(v, n.path);
        } catch (IllegalArgumentException e) {
            throw error(n, "expected a decimal number with at most " + MetricValue.SCALE + " decimal places and at most "
                    + Long.MAX_VALUE / 1_000_000L + " in magnitude, got " + n.describe());
        }
        return v;
    }

    private ReportingPeriod period(Located n) {
        Matcher m = n.type == Located.Type.STRING ? PERIOD.matcher(n.text) : null;
        if (m != null && m.matches()) {
            try {
                int year = Integer.parseInt(m.group(1));
                return m.group(2) == null ? ReportingPeriod.year(year)
                        : ReportingPeriod.month(year, Integer.parseInt(m.group(2)));
            } catch (IllegalArgumentException e) {
                throw error(n, "expected a reporting period, \"2015\" or \"2015-03\": " + e.getMessage());
            }
        }
        throw error(n, "expected a reporting period as a string, \"2015\" (a year) or \"2015-03\" (a month), got "
                + n.describe());
    }

    private Instant instant(Located n) {
        if (n.type == Located.Type.STRING) {
            Instant plain = org.kaoping.core.internal.InstantText.parse(n.text); // the form stored records have, without the parser
            if (plain != null) {
                return plain;
            }
            try {
                return Instant.parse(n.text);
            } catch (DateTimeParseException e) {
                try {
                    return OffsetDateTime.parse(n.text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
                } catch (DateTimeParseException again) {
                    // reported below
                }
            }
        }
        throw error(n, "expected an ISO-8601 instant such as \"2015-03-20T08:30:00Z\" or \"2015-03-20T16:30:00+08:00\","
                + " got " + n.describe());
    }

    private LocalDate date(Located n) {
        if (n.type == Located.Type.STRING) {
            try {
                return LocalDate.parse(n.text);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw error(n, "expected a date such as \"2015-05-01\", got " + n.describe());
    }

    private static Set<String> keys(String... specific) {
        Set<String> all = new LinkedHashSet<>(COMMON);
        all.addAll(Arrays.asList(specific));
        return Collections.unmodifiableSet(all);
    }
}

package org.kaoping.plugin.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.kaoping.core.KaopingException;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ScorecardRecord;

/**
 * The JSON form of evidence, scorecard records and audit events: what the stores keep and what an OA
 * export may hand to the evidence importer.
 *
 * <p>Evidence shape (keys in this order on export; optional keys are left out when absent):
 * <pre>{@code
 * {"kind": "metric-value", "id": "hp-2015-03-train", "unitId": "hepu", "key": "training",
 *  "period": "2015-03", "source": "self", "step": "review-archives", "author": "李明",
 *  "authorUnitId": "hepu", "recordedAt": "2015-03-20T08:30:00Z", "value": 3, "unit": "次", "outOf": 5}
 * }</pre>
 * {@code kind} is one of {@code document}, {@code metric-value}, {@code incident}, {@code checklist-tick},
 * {@code judgement}, {@code public-rating}, {@code self-report}, {@code deduction}, {@code adjustment},
 * {@code not-applicable}, {@code score-override}; the keys that follow the common ones are the
 * evidence type's own attributes under the same names ({@code title, media, uri, sha256, mediaType};
 * {@code value, unit, outOf}; {@code date, severity, description}; {@code requirement, met, documentIds};
 * {@code level, comment}; {@code respondents, satisfied} or {@code score, maxScore};
 * {@code type, topics, documentIds}; {@code points, reason}; {@code reason}; {@code newPoints, reason}).
 * {@code period} is {@code "2015"} or {@code "2015-03"}; instants are ISO-8601 ({@code Z} on export, any
 * offset such as {@code +08:00} on import); dates are {@code "2015-05-01"}; enum values are lower case
 * with dashes ({@code spot-check}, {@code inspect-on-site}). A self-report's {@code key} may be left out.
 *
 * <p><b>Exact numbers.</b> Points and metric values are JSON numbers read and written as
 * {@link java.math.BigDecimal}, never binary floating point. A metric value keeps its scale ({@code 3.50}
 * is written {@code 3.50}), points are written without trailing zeros ({@code 2.5}).
 *
 * <p><b>Round trip.</b> For every evidence kind, scorecard record and audit event,
 * {@code parse(toJson(x))} equals {@code x}; equal values give identical text, so the text can be
 * hashed to compare content. Export is a single line of UTF-8 text, Chinese not escaped.
 *
 * <p><b>Strict import.</b> An unknown key, a missing required key, a duplicate key, a value of the wrong
 * type or a value the evidence type refuses (a blank id, a sha256 that is not 64 hexadecimal digits)
 * throws {@link EvidenceFormatException} naming the source, line, column, JSON path and what was expected.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.STABLE)
public final class EvidenceJson {
    private static final JsonFactory FACTORY = JsonInput.boundedFactory();

    private EvidenceJson() {}

    // ---- export -----------------------------------------------------------------------------------

    /** One piece of evidence as a single line of JSON, without a line end. */
    public static String toJson(Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence must not be null");
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            new EvidenceWriter(g).evidence(evidence);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write evidence [" + evidence.id() + "]", e);
        }
        return out.toString();
    }

    /** A list of evidence as a single-line JSON array, without a line end; {@code []} for none. */
    public static String toJsonArray(List<? extends Evidence> evidence) {
        Objects.requireNonNull(evidence, "evidence must not be null");
        StringWriter out = new StringWriter(256 * Math.max(1, evidence.size()));
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            EvidenceWriter w = new EvidenceWriter(g);
            g.writeStartArray();
            for (Evidence e : evidence) {
                w.evidence(Objects.requireNonNull(e, "evidence must not contain null"));
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write evidence", e);
        }
        return out.toString();
    }

    /** A scorecard record (version included) as a single line of JSON. */
    public static String toJson(ScorecardRecord record) {
        Objects.requireNonNull(record, "record must not be null");
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            new EvidenceWriter(g).scorecard(record);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the scorecard of " + record.unitId(), e);
        }
        return out.toString();
    }

    /** An audit event (sequence number included) as a single line of JSON. */
    public static String toJson(AuditEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        // sized for the detail, which may be long (the 公示 and final records list every counted record): no regrowth
        StringWriter out = new StringWriter(256 + event.detail().length() + event.detail().length() / 8);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            new EvidenceWriter(g).audit(event);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an audit event", e);
        }
        return out.toString();
    }

    // ---- import -----------------------------------------------------------------------------------

    /**
     * Parses one evidence object; {@code sourceName} (a file name, or e.g. {@code "evidence.jsonl record 12"})
     * appears in errors.
     *
     * @throws EvidenceFormatException naming the source, line, column and JSON path of the first problem
     */
    public static Evidence parse(String json, String sourceName) {
        return new EvidenceReader(sourceName).evidence(tree(json, sourceName, "an evidence object"));
    }

    /**
     * Parses a JSON array of evidence objects, all or nothing: the first problem throws and nothing is returned.
     *
     * @throws EvidenceFormatException naming the source, line, column and JSON path of the first problem
     */
    public static List<Evidence> parseArray(String json, String sourceName) {
        return new EvidenceReader(sourceName).evidenceArray(tree(json, sourceName, "an array of evidence objects"));
    }

    /**
     * Reads a file holding a JSON array of evidence objects, UTF-8 with or without a byte-order mark;
     * errors name the file as given. All or nothing.
     *
     * @throws EvidenceFormatException naming the file, line, column and JSON path of the first problem,
     *     or the line and column of the first byte that is not UTF-8
     * @throws org.kaoping.core.RefusedInputException if the file cannot be read (the IOException kept as the cause)
     */
    public static List<Evidence> readArray(Path file) {
        byte[] bytes;
        String name = file.toString();
        try {
            bytes = InputLimits.readRegularFile(file, InputLimits.MAX_EVIDENCE_FILE_BYTES);
        } catch (InputLimits.RefusedInput e) {
            throw new EvidenceFormatException(name, 0, 0, "$", e.getMessage());
        } catch (IOException e) {
            throw new RefusedInputException("Cannot read evidence file " + file + ": " + e, e);
        }
        return parseArray(JsonInput.decodeUtf8(bytes, name, EvidenceFormatException::new), name);
    }

    /**
     * Parses a scorecard record.
     *
     * @throws EvidenceFormatException naming the source, line, column and JSON path of the first problem
     */
    public static ScorecardRecord parseScorecard(String json, String sourceName) {
        return new EvidenceReader(sourceName).scorecard(tree(json, sourceName, "a scorecard record object"));
    }

    /**
     * Parses an audit event.
     *
     * @throws EvidenceFormatException naming the source, line, column and JSON path of the first problem
     */
    public static AuditEvent parseAuditEvent(String json, String sourceName) {
        return new EvidenceReader(sourceName).audit(tree(json, sourceName, "an audit event object"));
    }

    // ---- internals --------------------------------------------------------------------------------

    private static Located tree(String json, String sourceName, String expected) {
        return JsonInput.tree(FACTORY, json, sourceName, EvidenceFormatException::new,
                "expected " + expected + ", got an empty text",
                "expected the end of the text after " + expected + ", got ", "Cannot read evidence from ");
    }
}

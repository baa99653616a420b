package org.kaoping.plugin.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.kaoping.core.KaopingException;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;
import org.kaoping.plugin.plan.PlanDocument;

/**
 * The plan file format (考评方案, JSON): what an office writes to set its own plan without Java, read with errors
 * located like rubric files, written with every setting spelled out.
 *
 * <p>Shape (keys in this order on export; only {@code id}, {@code year} and {@code rubrics} are required):
 * <pre>{@code
 * {"$schema": "…", "id": "beihai-2015", "title": "…考评方案", "year": 2015, "cityOffice": "beihai/office",
 *  "rubrics": [{"kind": "county-district", "rubric": "beihai-2015/county", "selfReportCriterion": "1.2"},
 *              {"kind": "enterprise-institution", "file": "rubrics/enterprise-2016.json"}],
 *  "notAssessed": [{"kind": "township", "reason": "…"}, {"unit": "beihai/office", "reason": "…"}],
 *  "sources": {"default": {"precedence": ["panel", "spot-check", "host-system", "public", "self"]},
 *              "byCriterion": [{"criteria": ["3.4"], "weighted": {"panel": 4, "public": 1}, "missing": "renormalize"}]},
 *  "raters": {"combination": "trimmed-mean", "minRaters": 5},
 *  "grades": [{"grade": "优秀", "minimum": 90}, …, {"grade": "不合格", "minimum": 0}],
 *  "quotas": [{"grade": "优秀", "maxShare": "1/3"}], "tieBreaks": [{"kind": "lower-penalty"}],
 *  "rounding": {"leafScale": 2, "totalScale": 2},
 *  "deadlines": {"reading": "on-or-before-the-day", "monthlyDueDay": 25, "annualDueBy": "11-30", "firstMonth": 1,
 *                "lastMonth": 12, "judgedAt": "2016-01-10T09:00"},
 *  "selfReportDeductions": {"monthly": {"late": 0.2, "missing": 0.5}, "annual": {"late": 1, "missing": 2}},
 *  "adjustments": [{"category": "superior-commendation", "direction": "bonus", "cap": 2, "name": "上级机关表彰"}],
 *  "bonusCap": 3, "penaltyCap": 5,
 *  "vetoes": [{"incidentCategory": "…", "effect": "cap-grade", "cappedGrade": "不合格", "severities": ["major", "extraordinary"],
 *              "name": "…"}],
 *  "categoryNames": {"…": "…"}}
 * }</pre>
 * Kinds, sources, policies and effects are spelled lower case with dashes (a kind may also be its Chinese name, 县（区）);
 * a veto's {@code severities} (general 一般, serious 较大, major 重大, extraordinary 特别重大) name the incidents that
 * trigger it, any severity when left out;
 * points and weights are JSON numbers read as {@link java.math.BigDecimal}; shares are strings, {@code "20%"} or
 * {@code "1/3"}; grades are named by the bands, best first. Import is strict: an unknown key, a missing required
 * key, a value of the wrong type or out of range throws {@link PlanFormatException} naming the file, line, column,
 * JSON path and what was expected. Export then import gives an equal {@link PlanDocument}. The JSON Schema (draft
 * 2020-12) is the resource {@value #SCHEMA_RESOURCE}.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.STABLE)
public final class PlanJson {
    /** The class-path resource holding the JSON Schema of plan files. */
    public static final String SCHEMA_RESOURCE = "/org/kaoping/plugin/json/plan.schema.json";

    /** The schema's {@code $id}, written as {@code $schema} at the top of every exported plan. */
    public static final String SCHEMA_ID = "https://kaoping.org/schemas/plan-1.schema.json";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private PlanJson() {}

    /** The plan as plan JSON text, ending with a newline. */
    public static String toJson(PlanDocument plan) {
        Objects.requireNonNull(plan, "plan must not be null");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            new PlanWriter(g).write(plan);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write plan [" + plan.id() + "]", e);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /** Writes the plan to {@code file} atomically (a temporary file moved into place). */
    public static void export(PlanDocument plan, Path file) {
        try {
            AtomicFiles.write(file, toJson(plan).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e, e);
        }
    }

    /**
     * Reads a plan file (UTF-8, with or without a byte-order mark); errors name the file as given.
     *
     * @throws PlanFormatException naming the file, line, column and JSON path of the first problem
     * @throws org.kaoping.core.RefusedInputException if the file cannot be read (the IOException kept as the cause)
     */
    public static PlanDocument read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RefusedInputException("Cannot read plan file " + file + ": " + e, e);
        }
        return parse(bytes, file.toString());
    }

    /** Parses plan JSON text; {@code sourceName} appears in errors. */
    public static PlanDocument parse(String json, String sourceName) {
        Located root = JsonInput.tree(FACTORY, json, sourceName, PlanFormatException::new, "expected a plan object, got an empty file",
                "expected the end of the file after the plan object, got ", "Cannot read plan from ");
        return new PlanReader(sourceName).plan(root);
    }

    /** Parses plan JSON bytes, which must be UTF-8 (a byte-order mark is allowed). */
    public static PlanDocument parse(byte[] json, String sourceName) {
        Objects.requireNonNull(json, "json must not be null");
        return parse(JsonInput.decodeUtf8(json, sourceName, PlanFormatException::new), sourceName);
    }

    /** The JSON Schema (draft 2020-12) of plan files, as text. */
    public static String schema() {
        return JsonInput.resourceText(SCHEMA_RESOURCE);
    }
}

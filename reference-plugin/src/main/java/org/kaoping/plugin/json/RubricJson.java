package org.kaoping.plugin.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.kaoping.core.KaopingException;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;
import org.kaoping.core.rubric.Rubric;

/**
 * The rubric JSON format: what other tools read and what an office writes to author a standard
 * without Java.
 *
 * <p>Shape (keys in this order on export):
 * <pre>{@code
 * {"id": "beihai-2016/county", "version": "2016.1.0", "title": "县（区）工作标准", "points": 100,
 *  "appliesTo": ["county-district"], "source": "…",
 *  "criteria": [{"id": "1", "label": "（一）", "title": "…verbatim text…", "points": 10,
 *                "pointsOrigin": "erratum", "pointsNote": "…", "tags": ["task:1"],
 *                "rule": {"kind": "at-least", "metric": "training", "minimum": 2, "unit": "次",
 *                         "period": "year", "policy": {"kind": "deduct-per-shortfall", "deduction": 0.5}},
 *                "criteria": []}],
 *  "errata": [{"criterionId": "1", "sourceSays": "…", "used": "…", "reason": "…"}]}
 * }</pre>
 * {@code title} carries the criterion's verbatim text. Points and minimums are JSON numbers read and
 * written as {@link java.math.BigDecimal} (never binary floating point); rates and judgement shares are
 * strings, {@code "98%"} or {@code "1/3"}. Enum values are lower case with dashes. On export,
 * {@code pointsOrigin} is left out when it is {@code source}, {@code pointsNote}, {@code tags} and
 * {@code rule} when absent or empty. On import, criterion {@code id}s default to the dotted position
 * ({@code 2.3}), {@code appliesTo} and {@code errata} to empty, a composite rule's {@code conditionCredit}
 * ({@code met-in-full} or {@code share}, always written on export) to {@code met-in-full}, and {@code $schema} is
 * allowed at the top. Text is UTF-8 and written verbatim (Chinese is not escaped).
 *
 * <p>Export then import gives an equal {@link Rubric}. Import is strict: an unknown key, a missing
 * required key or a value of the wrong type throws {@link RubricFormatException} naming the file, line,
 * column, JSON path and what was expected. The JSON Schema (draft 2020-12) of the format is the
 * resource {@value #SCHEMA_RESOURCE}.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.STABLE)
public final class RubricJson {
    /** The class-path resource holding the JSON Schema of rubric files. */
    public static final String SCHEMA_RESOURCE = "/org/kaoping/plugin/json/rubric.schema.json";

    private static final JsonFactory FACTORY = JsonInput.boundedFactory();

    private RubricJson() {}

    /** The rubric as rubric JSON text, ending with a newline. */
    public static String toJson(Rubric rubric) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(rubric, out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /** Writes the rubric to {@code out} as UTF-8 rubric JSON, ending with a newline; does not close {@code out}. */
    public static void write(Rubric rubric, OutputStream out) {
        Objects.requireNonNull(rubric, "rubric must not be null");
        try (JsonGenerator g = FACTORY.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
            new RubricWriter(g).write(rubric);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write rubric [" + rubric.id() + "]", e);
        }
    }

    /**
     * Writes the rubric to {@code file}, atomically: to a temporary file in the same directory, forced to
     * disk, then moved over {@code file}. A failure leaves any previous {@code file} as it was.
     *
     * @throws RefusedOutputFileException if {@code file} exists and is not a regular file (a symbolic link, a device,
     *     a FIFO, a directory): it is never replaced
     */
    public static void export(Rubric rubric, Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(rubric, out);
        try {
            AtomicFiles.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e, e);
        }
    }

    /**
     * Reads a rubric file (UTF-8, with or without a byte-order mark); errors name the file as given.
     *
     * @throws RubricFormatException naming the file, line, column and JSON path of the first problem
     * @throws org.kaoping.core.RefusedInputException if the file cannot be read (the IOException kept as the cause)
     */
    public static Rubric read(Path file) {
        byte[] bytes;
        try {
            bytes = InputLimits.readRegularFile(file, InputLimits.MAX_RUBRIC_FILE_BYTES);
        } catch (InputLimits.RefusedInput e) {
            throw new RubricFormatException(file.toString(), 0, 0, "$", e.getMessage());
        } catch (IOException e) {
            throw new RefusedInputException("Cannot read rubric file " + file + ": " + e, e);
        }
        return parse(bytes, file.toString());
    }

    /** Reads rubric JSON from {@code in}, which it does not close; {@code sourceName} appears in errors. */
    public static Rubric read(InputStream in, String sourceName) {
        byte[] bytes;
        try {
            bytes = InputLimits.readBounded(in, InputLimits.MAX_RUBRIC_FILE_BYTES);
        } catch (InputLimits.RefusedInput e) {
            throw new RubricFormatException(sourceName, 0, 0, "$", e.getMessage());
        } catch (IOException e) {
            throw new RefusedInputException("Cannot read rubric from " + sourceName + ": " + e, e);
        }
        return parse(bytes, sourceName);
    }

    /**
     * Parses rubric JSON text; {@code sourceName} appears in errors.
     *
     * @throws RubricFormatException naming the source, line, column and JSON path of the first problem
     */
    public static Rubric parse(String json, String sourceName) {
        Located root = JsonInput.tree(FACTORY, json, sourceName, RubricFormatException::new,
                "expected a rubric object, got an empty file",
                "expected the end of the file after the rubric object, got ", "Cannot read rubric from ");
        return new RubricReader(sourceName).rubric(root);
    }

    /**
     * Parses rubric JSON bytes, which must be UTF-8 (a byte-order mark is allowed); {@code sourceName}
     * appears in errors. Columns count characters, not bytes.
     *
     * @throws RubricFormatException naming the source, line, column and JSON path of the first problem,
     *     or the line and column of the first byte that is not UTF-8
     */
    public static Rubric parse(byte[] json, String sourceName) {
        Objects.requireNonNull(json, "json must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        return parse(JsonInput.decodeUtf8(json, sourceName, RubricFormatException::new), sourceName);
    }

    /** The JSON Schema (draft 2020-12) of rubric files, as text. */
    public static String schema() {
        return JsonInput.resourceText(SCHEMA_RESOURCE);
    }

    /** Keeps the generator from closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

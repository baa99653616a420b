package org.kaoping.plugin.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kaoping.core.KaopingException;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.points.Points;

/**
 * What the evidence and rubric JSON readers share: UTF-8 and byte-order-mark handling, streaming the text
 * into a {@link Located} tree with syntax errors located, and the strict primitives that map a tree node to
 * a value or throw a {@link JsonFormatException} of the reader's own kind naming where it is.
 */
class JsonInput {
    /** Makes the reader's own kind of {@link JsonFormatException}. */
    interface Errors {
        JsonFormatException at(String source, int line, int column, String path, String problem);
    }

    final String source;
    private final Errors errors;

    JsonInput(String source, Errors errors) {
        this.source = source;
        this.errors = errors;
    }

    // ---- text to tree -------------------------------------------------------------------------------

    /**
     * Parses {@code json} (a leading byte-order mark is dropped) into a tree holding exactly one value.
     *
     * @param empty the problem when the text holds no value
     * @param trailing the problem when something follows the value, before the token found
     * @param readFailure the start of the message when the text cannot be read
     */
    /**
     * A JSON factory that refuses, while it streams, nesting deeper than {@link InputLimits#MAX_JSON_DEPTH}, strings
     * longer than {@link InputLimits#MAX_STRING_CHARS} and numbers longer than {@link InputLimits#MAX_NUMBER_CHARS}.
     */
    static JsonFactory boundedFactory() {
        return JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(InputLimits.MAX_JSON_DEPTH)
                .maxStringLength(InputLimits.MAX_STRING_CHARS)
                .maxNumberLength(InputLimits.MAX_NUMBER_CHARS)
                .build()).build();
    }

    static Located tree(JsonFactory factory, String json, String sourceName, Errors errors, String empty,
            String trailing, String readFailure) {
        Objects.requireNonNull(json, "json must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        JsonParser p;
        try {
            p = factory.createParser(json);
        } catch (IOException e) {
            throw new RefusedInputException(readFailure + sourceName + ": " + e, e);
        }
        try (JsonParser parser = p) {
            if (parser.nextToken() == null) {
                throw errors.at(sourceName, 1, 1, "$", empty);
            }
            Located root = Located.read(parser, sourceName, "$", errors);
            JsonToken after = parser.nextToken();
            if (after != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw errors.at(sourceName, at.getLineNr(), at.getColumnNr(), "$", trailing + after);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            if (at == null || at.getLineNr() <= 0) {
                // A StreamConstraintsException (nesting, string or number length) carries no location of its own;
                // the last token read is the one before the value that broke the bound.
                at = p.currentTokenLocation();
            }
            throw errors.at(sourceName, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), jsonPath(p),
                    "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RefusedInputException(readFailure + sourceName + ": " + e, e);
        }
    }

    /** {@code $.criteria[1].points}, from the parser's own context, for syntax errors. */
    private static String jsonPath(JsonParser p) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        StringBuilder s = new StringBuilder("$");
        for (String part : parts) {
            s.append(part);
        }
        return s.toString();
    }

    /** Decodes UTF-8 strictly; the first byte that is not UTF-8 is reported with its line and column. */
    static String decodeUtf8(byte[] bytes, String sourceName, Errors errors) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw errors.at(sourceName, line, before.length() - lineStart + 1, "$",
                    String.format("expected UTF-8 text, got byte 0x%02X; save the file as UTF-8", bytes[in.position()] & 0xFF));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    // ---- tree to values -----------------------------------------------------------------------------

    final void object(Located n, String expected, Set<String> allowed) {
        if (n.type != Located.Type.OBJECT) {
            throw error(n, "expected " + expected + ", got " + n.describe());
        }
        for (String key : n.fields.keySet()) {
            if (!allowed.contains(key)) {
                int[] at = n.keyPositions.get(key);
                throw errors.at(source, at[0], at[1], n.fields.get(key).path,
                        "unexpected key \"" + key + "\" in " + expected + "; expected one of: "
                                + String.join(", ", allowed));
            }
        }
    }

    final Located required(Located object, String key) {
        Located v = object.fields.get(key);
        if (v == null) {
            throw error(object, "missing required key \"" + key + "\"");
        }
        return v;
    }

    final List<Located> array(Located n, String expected) {
        if (n.type != Located.Type.ARRAY) {
            throw error(n, "expected " + expected + ", got " + n.describe());
        }
        return n.items;
    }

    final String string(Located n) {
        if (n.type != Located.Type.STRING) {
            throw error(n, "expected a string, got " + n.describe());
        }
        return n.text;
    }

    /** A number; {@code expected} says what kind, e.g. {@code "a decimal number"}. */
    final BigDecimal decimal(Located n, String expected) {
        if (n.type != Located.Type.NUMBER) {
            throw error(n, "expected " + expected + ", got " + n.describe());
        }
        return n.number;
    }

    final Points points(Located n) {
        if (n.type != Located.Type.NUMBER) {
            throw error(n, "expected a number of points, got " + n.describe());
        }
        if (n.number.abs().compareTo(BigDecimal.valueOf(InputLimits.MAX_POINTS)) > 0) {
            throw error(n, "expected at most " + InputLimits.MAX_POINTS + " points either way (InputLimits.MAX_POINTS), got "
                    + n.describe());
        }
        try {
            return Points.of(n.number);
        } catch (ArithmeticException e) {
            throw error(n, "expected a number of points with at most " + Points.SCALE + " decimal places, got "
                    + n.describe());
        }
    }

    final <E extends Enum<E>> E enumValue(Located n, Class<E> type, String expected) {
        E value = n.type == Located.Type.STRING ? JsonNames.parse(type, n.text) : null;
        if (value == null) {
            throw error(n, "expected " + expected + " (one of " + JsonNames.choices(type) + "), got " + n.describe());
        }
        return value;
    }

    final JsonFormatException error(Located n, String problem) {
        return errors.at(source, n.line, n.column, n.path, problem);
    }

    /** A UTF-8 text resource shipped in this package's jar (a JSON Schema), read whole. */
    static String resourceText(String resource) {
        try (java.io.InputStream in = JsonInput.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + resource + " is missing from the jar");
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            for (int n; (n = in.read(chunk)) > 0; ) {
                out.write(chunk, 0, n);
            }
            return new String(out.toByteArray(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

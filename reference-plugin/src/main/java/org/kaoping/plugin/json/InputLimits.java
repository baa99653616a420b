package org.kaoping.plugin.json;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.kaoping.core.api.API;

/**
 * The declared bounds on everything this plugin reads from a file (evidence CSV and JSON, the units CSV, rubric
 * JSON), in one place. Each bound is checked while reading, before the value is built or the memory spent, and a
 * value past it is refused with the reader's own domain error ({@link EvidenceFormatException},
 * {@link RubricFormatException}, {@code EvidenceCsvFormatException}, {@code UnitsCsvFormatException}) naming the file,
 * the line and column (or JSON path) and the bound.
 *
 * <table summary="bounds">
 * <tr><th>what</th><th>bound</th></tr>
 * <tr><td>a rubric file</td><td>{@value #MAX_RUBRIC_FILE_BYTES} bytes</td></tr>
 * <tr><td>a units file</td><td>{@value #MAX_UNITS_FILE_BYTES} bytes</td></tr>
 * <tr><td>an evidence file (CSV or JSON)</td><td>{@value #MAX_EVIDENCE_FILE_BYTES} bytes</td></tr>
 * <tr><td>a CSV record (one row, quoted line breaks included)</td><td>{@value #MAX_CSV_RECORD_CHARS} characters</td></tr>
 * <tr><td>a CSV row</td><td>{@value #MAX_CSV_FIELDS} fields</td></tr>
 * <tr><td>a string: a JSON string or key, a CSV cell</td><td>{@value #MAX_STRING_CHARS} characters, and no
 *     unpaired UTF-16 surrogate (such as the escape {@code \ud800}), which no store can write back</td></tr>
 * <tr><td>JSON nesting (arrays and objects inside one another)</td><td>{@value #MAX_JSON_DEPTH} levels</td></tr>
 * <tr><td>a JSON array</td><td>{@value #MAX_JSON_ARRAY_ITEMS} items</td></tr>
 * <tr><td>a number as written</td><td>{@value #MAX_NUMBER_CHARS} characters</td></tr>
 * <tr><td>a number's value (points, metric values, minimums)</td><td>at most {@value #MAX_DECIMAL_DIGITS} digits
 *     before the decimal point and at most {@value #MAX_DECIMAL_DIGITS} after it, exponent included
 *     ({@code 1e-2000000000} and {@code 1e99999999999} are refused, not expanded)</td></tr>
 * <tr><td>points (an item's points, a deduction, a bonus, an override)</td><td>{@value #MAX_POINTS} whole points
 *     either way, so that no sum of what one file holds can leave the range of {@code Points}</td></tr>
 * </table>
 *
 * <p>Only regular files are read (a symbolic link to one is followed): a device such as {@code /dev/zero}, a
 * FIFO or a directory is refused without being opened, so that nothing waits for a writer or reads without end.
 * Exports never replace anything but a regular file.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.STABLE)
public final class InputLimits {
    /** The largest rubric file read, in bytes (16 MiB; the five Beihai standards take 60 KiB together). */
    public static final long MAX_RUBRIC_FILE_BYTES = 16L << 20;
    /** The largest units file read, in bytes (64 MiB, some 500,000 units). */
    public static final long MAX_UNITS_FILE_BYTES = 64L << 20;
    /** The largest evidence file read, in bytes (256 MiB); a larger export is split into several files. */
    public static final long MAX_EVIDENCE_FILE_BYTES = 256L << 20;
    /** The longest CSV record, in characters (4 Mi). */
    public static final int MAX_CSV_RECORD_CHARS = 4 << 20;
    /** The most fields in one CSV row. */
    public static final int MAX_CSV_FIELDS = 1_000;
    /**
     * The longest string or CSV cell, in UTF-16 characters (1 Mi): room for an import's audit detail, which carries
     * the folder cursor, when a store reads its own records back.
     */
    public static final int MAX_STRING_CHARS = 1 << 20;
    /** The deepest JSON nesting of arrays and objects. */
    public static final int MAX_JSON_DEPTH = 64;
    /** The most items in one JSON array. */
    public static final int MAX_JSON_ARRAY_ITEMS = 5_000_000;
    /** The longest number as written, in characters. */
    public static final int MAX_NUMBER_CHARS = 40;
    /** The most digits of a number before, and after, the decimal point. */
    public static final int MAX_DECIMAL_DIGITS = 18;
    /** The most whole points, either way, of any points value read. */
    public static final long MAX_POINTS = 1_000_000_000L;

    private InputLimits() {}

    /**
     * The problem with {@code text} as a number, or null if it is a number within the bounds; {@code value}
     * receives it. Never expands an exponent: {@code 1e2000000000} is refused by looking at its scale.
     */
    static BigDecimal decimal(String text, String[] problem) {
        if (text.length() > MAX_NUMBER_CHARS) {
            problem[0] = "expected a number of at most " + MAX_NUMBER_CHARS + " characters, got one of " + text.length();
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problem[0] = "expected a number, got [" + text + "], whose exponent is out of range";
            return null;
        }
        String bound = checkDecimal(v);
        if (bound != null) {
            problem[0] = bound + ", got [" + text + "]";
            return null;
        }
        return v;
    }

    /** The problem with {@code v}'s size, or null if it holds at most {@value #MAX_DECIMAL_DIGITS} digits either side of the point. */
    public static String checkDecimal(BigDecimal v) {
        long scale = v.scale();
        long wholeDigits = (long) v.precision() - scale;
        if (scale > MAX_DECIMAL_DIGITS || wholeDigits > MAX_DECIMAL_DIGITS) {
            return "expected a number with at most " + MAX_DECIMAL_DIGITS + " digits before and " + MAX_DECIMAL_DIGITS
                    + " after the decimal point";
        }
        return null;
    }

    /**
     * The problem with {@code s} as text, or null: longer than {@value #MAX_STRING_CHARS} characters, or holding an
     * unpaired surrogate (named with its 1-based position).
     */
    public static String checkText(CharSequence s) {
        int n = s.length();
        if (n > MAX_STRING_CHARS) {
            return "expected text of at most " + MAX_STRING_CHARS + " characters, got " + n;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return String.format("expected text, got an unpaired surrogate \\u%04x at character %d; "
                        + "it encodes no character and cannot be stored", (int) c, i + 1);
            }
        }
        return null;
    }

    /**
     * The bytes of {@code file}, which must be a regular file (a symbolic link to one is followed) of at most
     * {@code maxBytes} bytes. A device, FIFO or directory is refused without being opened; a file that grows past
     * the bound while it is read is refused after {@code maxBytes + 1} bytes.
     *
     * @throws RefusedInput saying what is wrong (the caller names the file), if it is not a regular file or too large
     * @throws IOException if it cannot be read
     */
    public static byte[] readRegularFile(Path file, long maxBytes) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (!a.isRegularFile()) {
            throw new RefusedInput("not a regular file (" + (a.isDirectory() ? "a directory"
                    : a.isOther() ? "a device, FIFO or socket" : "not a file") + "); expected a regular file");
        }
        if (a.size() > maxBytes) {
            throw new RefusedInput(tooLarge(maxBytes));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readBounded(in, maxBytes);
        }
    }

    /** Reads {@code in} to its end, refusing more than {@code maxBytes} bytes; does not close it. */
    public static byte[] readBounded(InputStream in, long maxBytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        long total = 0;
        for (int n; (n = in.read(chunk)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new RefusedInput(tooLarge(maxBytes));
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    private static String tooLarge(long max) {
        return "the file is larger than " + max + " bytes; expected at most " + max + " bytes (see InputLimits)";
    }

    /** A file refused before its content was read: not a regular file, or larger than its bound. */
    public static final class RefusedInput extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedInput(String message) {
            super(message);
        }
    }
}

package org.kaoping.examples.oa;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaoping.core.evidence.ReportingPeriod;

/**
 * One CSV file of an OA export, decoded strictly as GB18030, with a header row naming its columns; each
 * row can name its own file, line and column in an error. Internal to the example.
 */
final class CsvTable {
    /** The OA export's encoding. */
    static final Charset GB18030 = Charset.forName("GB18030");

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:年)?(?:[-/.](\\d{1,2})|(\\d{1,2})月)?");
    private static final DateTimeFormatter[] TIMES = {
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT),
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT),
        DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss", Locale.ROOT),
        DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm", Locale.ROOT)};
    private static final DateTimeFormatter[] DATES = {
        DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT), DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT)};

    private static final String UTF8_HINT = "the file is UTF-8, but the OA export is GB18030 (re-export it, or "
            + "convert it with iconv -f UTF-8 -t GB18030)";

    final String file;
    private final Map<String, Integer> columns;
    final List<Row> rows;

    private CsvTable(String file, Map<String, Integer> columns, List<Row> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Reads {@code path}, which must start with a header holding every {@code required} column; other
     * columns may follow in any order.
     *
     * @throws OaCsvFormatException naming the file, line and column of the first problem
     */
    static CsvTable read(Path path, String... required) {
        String file = path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new OaCsvFormatException(file, "cannot be read: " + e, e);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw new OaCsvFormatException(file, 1, 0, null, "starts with a UTF-8 byte-order mark; the OA export is "
                    + "GB18030 (re-export it, or convert it with iconv -f UTF-8 -t GB18030)");
        }
        String text = decode(file, bytes);
        List<List<Field>> records = parse(file, text);
        if (records.isEmpty()) {
            throw new OaCsvFormatException(file, 1, 0, null, "is empty; expected a header with " + Arrays.toString(required));
        }
        List<Field> header = records.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).text.trim();
            if (columns.put(name, i) != null) {
                throw new OaCsvFormatException(file, 1, i + 1, name, "the header names [" + name + "] twice");
            }
        }
        for (String r : required) {
            if (!columns.containsKey(r)) {
                String hint = looksLikeUtf8(bytes, r) ? "; " + UTF8_HINT : "";
                throw new OaCsvFormatException(file, 1, 0, null, "missing column [" + r + "]; the header is "
                        + texts(header) + hint);
            }
        }
        List<Row> rows = new ArrayList<>();
        CsvTable table = new CsvTable(file, Collections.unmodifiableMap(columns), Collections.unmodifiableList(rows));
        for (int r = 1; r < records.size(); r++) {
            List<Field> fields = records.get(r);
            if (fields.size() != header.size()) {
                throw new OaCsvFormatException(file, fields.get(0).line, 0, null, fields.size() + " field(s), but the header has "
                        + header.size());
            }
            rows.add(table.new Row(fields));
        }
        return table;
    }

    /** Strict GB18030, line by line so that an error names its line (0x0A is never part of a multi-byte character). */
    private static String decode(String file, byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int start = 0;
        int line = 1;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                CharsetDecoder d = GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                ByteBuffer in = ByteBuffer.wrap(bytes, start, i - start);
                CharBuffer chars = CharBuffer.allocate(2 * (i - start) + 4);
                CoderResult result = d.decode(in, chars, true);
                if (!result.isError()) {
                    result = d.flush(chars);
                }
                if (result.isError()) {
                    throw new OaCsvFormatException(file, line, 0, null, "byte " + (in.position() - start + 1)
                            + " of the line is not valid GB18030; " + (isUtf8(bytes) ? UTF8_HINT : "the OA export is GB18030"));
                }
                chars.flip();
                out.append(chars);
                if (i < bytes.length) {
                    out.append('\n');
                }
                start = i + 1;
                line++;
            }
        }
        return out.toString();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean looksLikeUtf8(byte[] bytes, String column) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            int end = text.indexOf('\n');
            return (end < 0 ? text : text.substring(0, end)).contains(column);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A field and the line it starts on. */
    private static final class Field {
        final String text;
        final int line;

        Field(String text, int line) {
            this.text = text;
            this.line = line;
        }
    }

    /** RFC 4180: fields separated by commas, optionally in double quotes ("" for a quote); CRLF or LF; blank lines skipped. */
    private static List<List<Field>> parse(String file, String text) {
        List<List<Field>> records = new ArrayList<>();
        List<Field> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int fieldLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
                i++;
                continue;
            }
            if (ch == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (ch == ',') {
                record.add(new Field(field.toString(), fieldLine));
                field.setLength(0);
                wasQuoted = false;
                fieldLine = line;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(new Field(field.toString(), fieldLine));
                if (!(record.size() == 1 && record.get(0).text.isEmpty() && !wasQuoted)) {
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
                fieldLine = line;
            } else if (wasQuoted) {
                throw new OaCsvFormatException(file, line, record.size() + 1, null, "text [" + ch
                        + "] after a closing quote; a quoted field ends at the quote");
            } else {
                field.append(ch);
            }
            i++;
        }
        if (quoted) {
            throw new OaCsvFormatException(file, fieldLine, record.size() + 1, null, "a quoted field is never closed");
        }
        if (field.length() > 0 || !record.isEmpty() || wasQuoted) {
            record.add(new Field(field.toString(), fieldLine));
            records.add(record);
        }
        return records;
    }

    private static List<String> texts(List<Field> fields) {
        List<String> out = new ArrayList<>();
        for (Field f : fields) {
            out.add(f.text);
        }
        return out;
    }

    /** One data row; its getters refuse bad values naming the file, line and column. */
    final class Row {
        private final List<Field> fields;

        private Row(List<Field> fields) {
            this.fields = fields;
        }

        /** The line the row starts on. */
        int line() {
            return fields.get(0).line;
        }

        boolean has(String column) {
            Integer i = columns.get(column);
            return i != null && !fields.get(i).text.trim().isEmpty();
        }

        /** The trimmed text of {@code column}, which must not be blank. */
        String text(String column) {
            String s = optional(column);
            if (s.isEmpty()) {
                throw error(column, "must not be blank");
            }
            return s;
        }

        /** The trimmed text of {@code column}, empty if blank or absent. */
        String optional(String column) {
            Integer i = columns.get(column);
            return i == null ? "" : fields.get(i).text.trim();
        }

        BigDecimal number(String column) {
            String s = text(column);
            try {
                return new BigDecimal(s.replace(",", ""));
            } catch (NumberFormatException e) {
                throw error(column, "[" + s + "] is not a number");
            }
        }

        /** {@code 2015}, {@code 2015年}, {@code 2015-03}, {@code 2015/3} or {@code 2015年3月}. */
        ReportingPeriod period(String column) {
            String s = text(column);
            Matcher m = PERIOD.matcher(s);
            if (m.matches()) {
                String month = m.group(2) != null ? m.group(2) : m.group(3);
                try {
                    int year = Integer.parseInt(m.group(1));
                    return month == null ? ReportingPeriod.year(year) : ReportingPeriod.month(year, Integer.parseInt(month));
                } catch (IllegalArgumentException e) {
                    throw error(column, "[" + s + "] is not a period: " + e.getMessage());
                }
            }
            throw error(column, "[" + s + "] is not a period; expected e.g. 2015, 2015-03 or 2015年3月");
        }

        /** A local time in China Standard Time (UTC+8): {@code 2015-12-01 09:30[:00]}, or with slashes. */
        Instant time(String column) {
            String s = text(column);
            for (DateTimeFormatter f : TIMES) {
                try {
                    return LocalDateTime.parse(s, f).toInstant(OaExport.ZONE);
                } catch (DateTimeParseException e) {
                    // try the next format
                }
            }
            throw error(column, "[" + s + "] is not a time; expected e.g. 2015-12-01 09:30:00");
        }

        LocalDate date(String column) {
            String s = text(column);
            for (DateTimeFormatter f : DATES) {
                try {
                    return LocalDate.parse(s, f);
                } catch (DateTimeException e) {
                    // try the next format
                }
            }
            throw error(column, "[" + s + "] is not a date; expected e.g. 2015-06-01");
        }

        /** An error about {@code column} of this row. */
        OaCsvFormatException error(String column, String problem) {
            Integer i = columns.get(column);
            int line = i == null ? line() : fields.get(i).line;
            return new OaCsvFormatException(file, line, i == null ? 0 : i + 1, column, problem);
        }
    }
}

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
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.plugin.imports.CsvCells;
import org.kaoping.plugin.imports.ImportProblem;

/**
 * One CSV file of an OA export, decoded strictly as GB18030, with a header row naming its columns; each
 * row can name its own file, line and column in an error. Internal to the example: the CSV syntax and the
 * cells' shapes (periods) are the reference plugin's ({@code CsvTable}, {@link CsvCells}), not re-implemented here.
 */
final class CsvTable {
    /** The OA export's encoding. */
    static final Charset GB18030 = Charset.forName("GB18030");

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
        List<ImportProblem> problems = new ArrayList<>();
        org.kaoping.plugin.imports.CsvTable parsed = org.kaoping.plugin.imports.CsvTable.parse(file, text, problems);
        if (!problems.isEmpty()) {
            ImportProblem p = problems.get(0);
            throw new OaCsvFormatException(file, p.line(), p.column(), null, p.message());
        }
        if (parsed.isEmpty()) {
            throw new OaCsvFormatException(file, 1, 0, null, "is empty; expected a header with " + Arrays.toString(required));
        }
        List<String> header = parsed.header;
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (columns.put(name, i) != null) {
                throw new OaCsvFormatException(file, parsed.headerLine, i + 1, name, "the header names [" + name + "] twice");
            }
        }
        for (String r : required) {
            if (!columns.containsKey(r)) {
                String hint = looksLikeUtf8(bytes, r) ? "; " + UTF8_HINT : "";
                throw new OaCsvFormatException(file, parsed.headerLine, 0, null, "missing column [" + r + "]; the header is "
                        + header + hint);
            }
        }
        List<Row> rows = new ArrayList<>();
        CsvTable table = new CsvTable(file, Collections.unmodifiableMap(columns), Collections.unmodifiableList(rows));
        for (org.kaoping.plugin.imports.CsvTable.Row r : parsed.rows) {
            if (r.fields.size() != header.size()) {
                throw new OaCsvFormatException(file, r.line, 0, null, r.fields.size() + " field(s), but the header has "
                        + header.size());
            }
            rows.add(table.new Row(r.line, r.fields));
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

    /** One data row; its getters refuse bad values naming the file, line and column. */
    final class Row {
        private final int line;
        private final List<String> fields;

        private Row(int line, List<String> fields) {
            this.line = line;
            this.fields = fields;
        }

        /** The line the row starts on. */
        int line() {
            return line;
        }

        boolean has(String column) {
            Integer i = columns.get(column);
            return i != null && !fields.get(i).trim().isEmpty();
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
            return i == null ? "" : fields.get(i).trim();
        }

        BigDecimal number(String column) {
            String s = text(column);
            try {
                return new BigDecimal(s.replace(",", ""));
            } catch (NumberFormatException e) {
                throw error(column, "[" + s + "] is not a number");
            }
        }

        /** A period by the plugin's rules ({@link CsvCells#period}): {@code 2015}, {@code 2015-03}, {@code 2015年3月} … */
        ReportingPeriod period(String column) {
            String s = text(column);
            ReportingPeriod p;
            try {
                p = CsvCells.period(s);
            } catch (IllegalArgumentException e) {
                throw error(column, "[" + s + "] is not a period: " + e.getMessage());
            }
            if (p == null) {
                throw error(column, "[" + s + "] is not a period; expected e.g. 2015, 2015-03 or 2015年3月");
            }
            return p;
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
            return new OaCsvFormatException(file, line, i == null ? 0 : i + 1, column, problem);
        }
    }
}

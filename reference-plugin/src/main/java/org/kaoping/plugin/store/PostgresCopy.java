package org.kaoping.plugin.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows sent to PostgreSQL by {@code COPY ... FROM STDIN} through the PostgreSQL JDBC driver's copy API, the bulk
 * path of {@link JdbcAssessmentStore}. The driver is an optional dependency of the plugin: this class is touched only
 * after {@link #usable} found the driver's classes through the plugin's own class loader and the connection (or
 * the pool's wrapper around it) unwraps to the driver's connection; otherwise the store inserts with statements.
 */
final class PostgresCopy {
    private static final boolean DRIVER_PRESENT = driverPresent();
    private static final int FLUSH_BYTES = 256 * 1024;
    /** Rows this class loader's stores have copied, for the tests to see that COPY was taken. */
    private static final java.util.concurrent.atomic.AtomicLong ROWS_COPIED = new java.util.concurrent.atomic.AtomicLong();

    private PostgresCopy() {
    }

    private static boolean driverPresent() {
        try {
            Class.forName("org.postgresql.PGConnection", false, PostgresCopy.class.getClassLoader());
            Class.forName("org.postgresql.copy.CopyIn", false, PostgresCopy.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /** Whether the driver's copy API is visible to this class at all (no connection asked). */
    static boolean available() {
        return DRIVER_PRESENT;
    }

    /** Whether {@code c} can take a COPY from this class: the driver is visible here and the connection is its. */
    static boolean usable(Connection c) {
        if (!DRIVER_PRESENT) {
            return false;
        }
        try {
            return Driver.isPostgres(c);
        } catch (SQLException | LinkageError e) {
            return false;
        }
    }

    /** Kept apart so that {@link PostgresCopy} loads without the driver. */
    private static final class Driver {
        static boolean isPostgres(Connection c) throws SQLException {
            return c.isWrapperFor(PGConnection.class);
        }
    }

    /** How many rows were copied so far, by every store in this class loader. */
    static long rowsCopied() {
        return ROWS_COPIED.get();
    }

    /** The fields of row {@code index}, as text, in the column order of the COPY. */
    interface Row {
        String[] fields(int index);
    }

    /**
     * Copies rows {@code 0..count-1} into {@code table} inside the connection's current transaction.
     *
     * @throws SQLException if the server refuses any row (none is then stored, and the transaction is aborted up to
     *     the caller's savepoint)
     */
    static void copy(Connection c, String table, List<String> columns, int count, Row row) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        CopyIn in = pg.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
        try {
            StringBuilder text = new StringBuilder(FLUSH_BYTES);
            for (int i = 0; i < count; i++) {
                String[] fields = row.fields(i);
                for (int f = 0; f < fields.length; f++) {
                    if (f > 0) {
                        text.append('\t');
                    }
                    escape(fields[f], text);
                }
                text.append('\n');
                if (text.length() >= FLUSH_BYTES / 3 || i == count - 1) {
                    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    text.setLength(0);
                }
            }
            ROWS_COPIED.addAndGet(in.endCopy());
        } finally {
            if (in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException ignored) {
                    // the copy failed already; its error is the one reported
                }
            }
        }
    }

    /** Writes row {@code index}, a whole line in COPY's text format, to {@code out}. */
    interface Line {
        void write(int index, Bytes out);
    }

    /**
     * Copies rows {@code 0..count-1}, each written by {@code line} as bytes, into {@code table} inside the connection's
     * current transaction: the bulk path's form of {@link #copy}, which makes no text of its own.
     *
     * @throws SQLException if the server refuses any row (none is then stored, and the transaction is aborted up to
     *     the caller's savepoint)
     */
    static void copyLines(Connection c, String table, List<String> columns, int count, Line line) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        CopyIn in = pg.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
        try {
            Bytes out = new Bytes(FLUSH_BYTES + 16 * 1024);
            for (int i = 0; i < count; i++) {
                line.write(i, out);
                if (out.size() >= FLUSH_BYTES || i == count - 1) {
                    in.writeToCopy(out.array(), 0, out.size());
                    out.clear();
                }
            }
            ROWS_COPIED.addAndGet(in.endCopy());
        } finally {
            if (in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException ignored) {
                    // the copy failed already; its error is the one reported
                }
            }
        }
    }

    /** A growable buffer of bytes: a line of COPY text, or the UTF-8 text a chain link hashes. Not thread-safe. */
    static final class Bytes {
        private byte[] a;
        private int n;

        Bytes(int capacity) {
            a = new byte[Math.max(16, capacity)];
        }

        int size() {
            return n;
        }

        byte[] array() {
            return a;
        }

        void clear() {
            n = 0;
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }

        private void room(int more) {
            if (n + more > a.length) {
                a = java.util.Arrays.copyOf(a, Math.max(a.length * 2, n + more));
            }
        }

        Bytes add(byte b) {
            room(1);
            a[n++] = b;
            return this;
        }

        Bytes add(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, a, n, bytes.length);
            n += bytes.length;
            return this;
        }

        /** ASCII text (digits, hex, names), one byte per character. */
        Bytes ascii(String s) {
            room(s.length());
            for (int i = 0; i < s.length(); i++) {
                a[n++] = (byte) s.charAt(i);
            }
            return this;
        }

        Bytes decimal(long v) {
            return ascii(Long.toString(v));
        }

        /**
         * UTF-8 text in COPY's text format: backslash, tab, line feed and carriage return escaped as {@link #escape}
         * does (they are ASCII, and no byte of a multi-byte UTF-8 sequence is), null as {@code \N}.
         */
        Bytes escaped(byte[] utf8) {
            if (utf8 == null) {
                return add((byte) '\\').add((byte) 'N');
            }
            int specials = 0;
            for (byte b : utf8) {
                if (b == '\\' || b == '\t' || b == '\n' || b == '\r') {
                    specials++;
                }
            }
            room(utf8.length + specials);
            if (specials == 0) {
                System.arraycopy(utf8, 0, a, n, utf8.length); // the usual case: nothing to escape
                n += utf8.length;
                return this;
            }
            for (byte b : utf8) {
                switch (b) {
                    case '\\':
                        a[n++] = '\\';
                        a[n++] = '\\';
                        break;
                    case '\t':
                        a[n++] = '\\';
                        a[n++] = 't';
                        break;
                    case '\n':
                        a[n++] = '\\';
                        a[n++] = 'n';
                        break;
                    case '\r':
                        a[n++] = '\\';
                        a[n++] = 'r';
                        break;
                    default:
                        a[n++] = b;
                }
            }
            return this;
        }

        Bytes escaped(String s) {
            return escaped(s == null ? null : s.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** COPY's text format: backslash, tab, line feed and carriage return escaped; null as {@code \N}. */
    static void escape(String value, StringBuilder out) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        int first = 0;
        while (first < value.length() && !special(value.charAt(first))) {
            first++;
        }
        if (first == value.length()) {
            out.append(value); // the usual case: nothing to escape
            return;
        }
        out.append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\':
                    out.append("\\\\");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                default:
                    out.append(ch);
            }
        }
    }

    private static boolean special(char ch) {
        return ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r';
    }

    /**
     * An instant as the UTC wall-clock text of a {@code TIMESTAMP} column, truncated to the microsecond: what
     * {@code setTimestamp(…, UTC calendar)} stores.
     */
    static String timestamp(Instant at) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), 0, ZoneOffset.UTC);
        long micros = at.truncatedTo(ChronoUnit.MICROS).getNano() / 1000;
        String year = Integer.toString(t.getYear());
        if (t.getYear() < 1 || t.getYear() > 9999) {
            throw new IllegalArgumentException("year " + t.getYear() + " is outside 1 to 9999");
        }
        StringBuilder b = new StringBuilder(26);
        for (int i = year.length(); i < 4; i++) {
            b.append('0');
        }
        b.append(year).append('-');
        two(b, t.getMonthValue()).append('-');
        two(b, t.getDayOfMonth()).append(' ');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        two(b, t.getSecond()).append('.');
        String m = Long.toString(micros);
        for (int i = m.length(); i < 6; i++) {
            b.append('0');
        }
        return b.append(m).toString();
    }

    private static StringBuilder two(StringBuilder b, int v) {
        return b.append(v < 10 ? "0" : "").append(v);
    }
}

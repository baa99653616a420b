package org.kaoping.core.evidence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/**
 * Many pieces of evidence held as columns rather than one object each: strings that repeat (unit ids, keys,
 * authors, levels, reasons, metric units) once in a shared pool and referenced by number, evidence ids packed in
 * one byte array, kind, source, step and period packed in one int, the time in one long and each kind's values in
 * primitive words. A million facts take well under 100 bytes each, against several hundred as immutable values.
 *
 * <p>{@link #get(int)} answers a small view object that extends the evidence kind ({@link Judgement},
 * {@link MetricValue} ...), so every public accessor works and the view equals the value it was made from, both
 * ways ({@link EvidenceValues}); views are made on access and are meant to be short-lived.
 *
 * <p>An instance is an immutable snapshot of a {@link Builder}: the rows it has, with their id index and their
 * grouping by unit. A builder keeps appending after {@link Builder#build()}; snapshots taken before see only their
 * own rows and may be read from any thread once handed over safely (e.g. under the lock the builder is written
 * under).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EvidenceColumns {
    // meta bits: kind 0-3, source 4-6, step 7-9 (0 none, else ordinal + 1), id in UTF-16 bit 10, period index 11-31
    private static final int KIND_MASK = 0xF;
    private static final int SOURCE_SHIFT = 4;
    private static final int STEP_SHIFT = 7;
    private static final int UTF16 = 1 << 10;
    private static final int PERIOD_SHIFT = 11;
    private static final int MAX_PERIODS = 1 << 21;

    private static final EvidenceKind[] KINDS = EvidenceKind.values();
    private static final SourceKind[] SOURCES = SourceKind.values();
    private static final ReviewStep[] STEPS = ReviewStep.values();
    @SuppressWarnings("unchecked")
    private static final Optional<ReviewStep>[] STEP_OPTIONS = new Optional[STEPS.length + 1];
    private static final IncidentSeverity[] SEVERITIES = IncidentSeverity.values();
    private static final DocumentRef.Media[] MEDIA = DocumentRef.Media.values();
    private static final SelfReport.Type[] REPORT_TYPES = SelfReport.Type.values();
    private static final long ONE_MILLION = 1_000_000L;

    static {
        STEP_OPTIONS[0] = Optional.empty();
        for (int i = 0; i < STEPS.length; i++) {
            STEP_OPTIONS[i + 1] = Optional.of(STEPS[i]);
        }
    }

    private final int size;
    private final byte[] idBytes;
    private final int[] idEnd;
    /** Each row's {@code id.hashCode()}: the id table is probed and grown without reading or making an id string. */
    private final int[] idHash;
    private final int[] unit;
    private final int[] key;
    private final int[] meta;
    private final int[] author;
    private final long[] at;
    private final int[] wordEnd;
    private final long[] words;
    private final int[] nextInUnit;
    /**
     * The id table (slot = row + 1, at most three quarters full): the builder's, when it kept one, or else made on the
     * first {@link #indexOf} (columns that are only read, such as a parsed file's or a database read's, never pay its
     * 5-11 bytes a row). Volatile: racing first lookups build equal tables.
     */
    private volatile int[] idTable;
    private final Object[] units;
    private final int unitCount;
    private final int[] unitTable;
    private final int[] unitFirst;
    private final int[] unitRows;
    private final Object[] strings;
    /** The strings' pool table and how many strings this snapshot has: a key is found by its number ({@link #keyIndex}). */
    private final int[] stringTable;
    private final int stringCount;
    private final Object[] objects;
    private final Object[] periods;
    private final Object[] authors;

    private EvidenceColumns(Builder b) {
        size = b.size;
        idBytes = b.idBytes;
        idEnd = b.idEnd;
        idHash = b.idHash;
        unit = b.unit;
        key = b.key;
        meta = b.meta;
        author = b.author;
        at = b.at;
        wordEnd = b.wordEnd;
        words = b.words;
        nextInUnit = b.nextInUnit;
        idTable = b.idTable;
        units = b.units.values;
        unitCount = b.units.count;
        unitTable = b.units.table;
        unitFirst = b.unitFirst;
        unitRows = b.unitRows;
        strings = b.strings.values;
        stringTable = b.strings.table;
        stringCount = b.strings.count;
        objects = b.objects.values;
        periods = b.periods.values;
        authors = b.authors.values;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The columns of {@code evidence}, in its order (duplicates included: deciding them is the caller's business). */
    public static EvidenceColumns of(Iterable<? extends Evidence> evidence) {
        Builder b = new Builder();
        for (Evidence e : evidence) {
            b.add(e);
        }
        return b.build();
    }

    /** How many rows it holds. */
    public int size() {
        return size;
    }

    /** A view of row {@code row} as evidence of its kind; a new small object on each call. */
    public Evidence get(int row) {
        check(row);
        switch (KINDS[meta[row] & KIND_MASK]) {
            case JUDGEMENT: return new JudgementView(this, row);
            case CHECKLIST_TICK: return new TickView(this, row);
            case METRIC_VALUE: return new MetricView(this, row);
            case PUBLIC_RATING: return new RatingView(this, row);
            case INCIDENT: return new IncidentView(this, row);
            case SELF_REPORT: return new SelfReportView(this, row);
            case DOCUMENT: return new DocumentView(this, row);
            case DEDUCTION: return new DeductionView(this, row);
            case ADJUSTMENT: return new AdjustmentView(this, row);
            case NOT_APPLICABLE: return new NotApplicableView(this, row);
            case SCORE_OVERRIDE: return new OverrideView(this, row);
            default: throw new AssertionError(meta[row]);
        }
    }

    /** Every row as evidence, in row order: an unmodifiable list whose {@code get} makes a view. */
    public List<Evidence> asList() {
        return new Rows(this, null, 0, size);
    }

    /** The evidence id of row {@code row}. */
    public String id(int row) {
        check(row);
        int from = row == 0 ? 0 : idEnd[row - 1];
        return (meta[row] & UTF16) == 0 ? new String(idBytes, from, idEnd[row] - from, StandardCharsets.ISO_8859_1)
                : wideId(from, idEnd[row] - from);
    }

    /** The {@code i}-th char of an id stored as UTF-16BE from {@code from}: the one reading of the id bytes' wide form. */
    private static char wideChar(byte[] idBytes, int from, int i) {
        return (char) ((idBytes[from + 2 * i] & 0xFF) << 8 | (idBytes[from + 2 * i + 1] & 0xFF));
    }

    /**
     * An id stored as UTF-16BE, made char by char (the charset's decoder, made anew for every call, was most of the
     * cost of a view's id); one with surrogates goes through the decoder, which decodes their pairs as it always did.
     */
    private String wideId(int from, int length) {
        char[] chars = new char[length / 2];
        for (int i = 0; i < chars.length; i++) {
            char c = wideChar(idBytes, from, i);
            if (Character.isSurrogate(c)) {
                return new String(idBytes, from, length, StandardCharsets.UTF_16BE);
            }
            chars[i] = c;
        }
        return new String(chars);
    }

    /** The unit id of row {@code row}, shared by every row of the unit. */
    public String unitId(int row) {
        check(row);
        return (String) units[unit[row]];
    }

    /** The key of row {@code row}, shared by every row with that key. */
    public String key(int row) {
        check(row);
        return (String) strings[key[row]];
    }

    public EvidenceKind kind(int row) {
        check(row);
        return KINDS[meta[row] & KIND_MASK];
    }

    /** The row of the evidence with id {@code id} (the first, if it was added twice), or -1. */
    public int indexOf(String id) {
        int[] table = idTable;
        if (table == null) {
            table = idTableOf(size);
            idTable = table;
        }
        return find(id, table, size, idHash, idBytes, idEnd, meta);
    }

    /** A new id table of rows {@code [0, rows)}: each id's first row, placed by its kept hash (no id string is made). */
    int[] idTableOf(int rows) {
        int capacity = 32;
        while (capacity - (capacity >> 2) < rows) {
            capacity <<= 1;
        }
        int[] table = new int[capacity];
        int mask = capacity - 1;
        for (int row = 0; row < rows; row++) {
            int h = idHash[row];
            int i = spread(h) & mask;
            boolean seen = false;
            for (int slot; (slot = table[i]) != 0; i = (i + 1) & mask) {
                if (idHash[slot - 1] == h && sameId(slot - 1, row)) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                table[i] = row + 1;
            }
        }
        return table;
    }

    /** Whether rows {@code a} and {@code b} have the same id (same encoding, same bytes). */
    private boolean sameId(int a, int b) {
        if (((meta[a] ^ meta[b]) & UTF16) != 0) {
            return false;
        }
        int fromA = a == 0 ? 0 : idEnd[a - 1];
        int fromB = b == 0 ? 0 : idEnd[b - 1];
        int len = idEnd[a] - fromA;
        if (len != idEnd[b] - fromB) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (idBytes[fromA + i] != idBytes[fromB + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first row below {@code limit} with id {@code id} in {@code table}, or -1; over the arrays given, so that the
     * builder probes its own arrays without making a snapshot for every row it adds.
     */
    private static int find(String id, int[] table, int limit, int[] idHash, byte[] idBytes, int[] idEnd, int[] meta) {
        int mask = table.length - 1;
        int h = id.hashCode();
        for (int i = spread(h) & mask;; i = (i + 1) & mask) {
            int slot = table[i];
            if (slot == 0) {
                return -1;
            }
            int row = slot - 1;
            if (row < limit && idHash[row] == h && idEquals(row, id, idBytes, idEnd, meta)) {
                return row;
            }
        }
    }

    /** The unit ids that have rows, in the order their first row came. */
    public List<String> unitIds() {
        List<String> out = new ArrayList<>(unitCount);
        for (int i = 0; i < unitCount && i < unitFirst.length; i++) {
            if (unitFirst[i] != 0 && unitFirst[i] - 1 < size) {
                out.add((String) units[i]);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The rows about {@code unitId} as evidence, in row order; empty if none. */
    public List<Evidence> unit(String unitId) {
        int[] rows = rowsOf(unitId);
        return new Rows(this, rows, 0, rows.length, unitId);
    }

    /** The rows about {@code unitId}, ascending; empty if none. */
    public int[] rowsOf(String unitId) {
        int u = Pool.find(unitTable, units, unitCount, unitId);
        if (u < 0 || unitFirst[u] == 0 || unitFirst[u] - 1 >= size) {
            return new int[0];
        }
        int[] out = new int[Math.min(unitRows[u], size)];
        int n = 0;
        for (int row = unitFirst[u] - 1; n < out.length; row = nextInUnit[row]) {
            out[n++] = row;
            if (nextInUnit[row] == 0 || nextInUnit[row] >= size) {
                break;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** The same kind of value as {@code e}, built by the kind's builder (validated), e.g. to keep beyond a snapshot. */
    public static Evidence toImmutable(Evidence e) {
        return e.accept(MATERIALIZE);
    }

    @Override
    public String toString() {
        return "EvidenceColumns[" + size + " row(s), " + unitCount + " unit(s)]";
    }

    private void check(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
    }

    private static boolean idEquals(int row, String id, byte[] idBytes, int[] idEnd, int[] meta) {
        int from = row == 0 ? 0 : idEnd[row - 1];
        int len = idEnd[row] - from;
        if ((meta[row] & UTF16) == 0) {
            if (len != id.length()) {
                return false;
            }
            for (int i = 0; i < len; i++) {
                if ((idBytes[from + i] & 0xFF) != id.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
        if (len != 2 * id.length()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = wideChar(idBytes, from, i);
            if (c != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    // ---- the fields of a row, for the views

    String string(int index) {
        return (String) strings[index];
    }

    Object object(int index) {
        return objects[index];
    }

    /** The period of row {@code row}, shared by every row of that period. */
    public ReportingPeriod period(int row) {
        check(row);
        return (ReportingPeriod) periods[meta[row] >>> PERIOD_SHIFT];
    }

    /** The source of row {@code row}. */
    public SourceKind source(int row) {
        check(row);
        return SOURCES[(meta[row] >>> SOURCE_SHIFT) & 0x7];
    }

    /** The review step of row {@code row}, if it names one. */
    public Optional<ReviewStep> step(int row) {
        check(row);
        return STEP_OPTIONS[(meta[row] >>> STEP_SHIFT) & 0x7];
    }

    String author(int row) {
        return ((Author) authors[author[row]]).name;
    }

    Optional<String> authorUnitId(int row) {
        return ((Author) authors[author[row]]).unit;
    }

    Instant recordedAt(int row) {
        long v = at[row];
        if ((v & 1) != 0) {
            return (Instant) objects[(int) (v >>> 1)];
        }
        return Instant.ofEpochMilli(v >> 1);
    }

    int wordCount(int row) {
        return wordEnd[row] - (row == 0 ? 0 : wordEnd[row - 1]);
    }

    long word(int row, int i) {
        return words[(row == 0 ? 0 : wordEnd[row - 1]) + i];
    }

    /**
     * A list of evidence that is rows of one {@link EvidenceColumns}, as the lists of an index over a store's columns
     * are: a reader that wants only a row's common fields ({@link #kind(int)}, {@link #period(int)},
     * {@link #source(int)}, {@link #step(int)}) reads them by row without making the view {@code get} would. A class,
     * not an interface, so that telling such a list from another on a hot path is a constant-time type check.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public abstract static class RowList extends AbstractList<Evidence> implements RandomAccess {
        RowList() {}

        /** The columns the rows are of. */
        public abstract EvidenceColumns columns();

        /** The row of the list's {@code index}-th piece of evidence. */
        public abstract int row(int index);
    }

    /** The rows of a snapshot (all, or one unit's) as an unmodifiable list of views. */
    static final class Rows extends RowList {
        private final EvidenceColumns columns;
        private final int[] rows;
        private final int from;
        private final int size;

        Rows(EvidenceColumns columns, int[] rows, int from, int to) {
            this(columns, rows, from, to, null);
        }

        Rows(EvidenceColumns columns, int[] rows, int from, int to, String unitId) {
            this.unitId = unitId;
            this.columns = columns;
            this.rows = rows;
            this.from = from;
            this.size = to - from;
        }

        /** Set when this list is all the rows of one unit ({@link #unit(String)}), else null. */
        private final String unitId;

        /** The columns when this list is all of their rows in row order ({@link #asList()}), else null. */
        EvidenceColumns whole() {
            return rows == null && from == 0 && size == columns.size ? columns : null;
        }

        /** For {@link EvidenceIndex#of}: the index of these rows when they are one whole unit's, else null. */
        Map<String, UnitEvidence> oneUnit() {
            if (unitId == null || from != 0 || size != rows.length) {
                return null;
            }
            Map<String, UnitEvidence> byUnit = new HashMap<>(4);
            if (size > 0) {
                byUnit.put(unitId, columns.unitEvidence(unitId, rows));
            }
            return byUnit;
        }

        @Override
        public Evidence get(int index) {
            return columns.get(row(index));
        }

        @Override
        public EvidenceColumns columns() {
            return columns;
        }

        @Override
        public int row(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + " of " + size);
            }
            return rows == null ? from + index : rows[from + index];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /**
     * Appends evidence as rows; not thread-safe. {@link #build()} gives an immutable snapshot of the rows so far in
     * constant time (it shares the arrays, which later rows only extend).
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private int size;
        private byte[] idBytes = new byte[256];
        private int idLength;
        private int[] idEnd = new int[16];
        private int[] idHash = new int[16];
        private int[] unit = new int[16];
        private int[] key = new int[16];
        private int[] meta = new int[16];
        private int[] author = new int[16];
        private long[] at = new long[16];
        private int[] wordEnd = new int[16];
        private long[] words = new long[32];
        private int wordCount;
        private int[] nextInUnit = new int[16];
        /** Null until the first {@link #indexOf}: a builder whose ids are never looked up keeps no table. */
        private int[] idTable;
        private final Pool units = new Pool();
        private int[] unitFirst = new int[16];
        private int[] unitLast = new int[16];
        private int[] unitRows = new int[16];
        private final Pool strings = new Pool();
        private final Pool objects = new Pool();
        private final Pool periods = new Pool();
        private final Pool authors = new Pool();
        private EvidenceColumns snapshot;
        private final Encoder encoder = new Encoder();
        private static final int LATIN1_ID = 0;
        private static final int UTF16_ID = 1;
        private static final int SURROGATE_ID = 2;

        Builder() {}

        public int size() {
            return size;
        }

        /**
         * Appends {@code e} as a new row and answers its number; the builder does not look for an earlier row with
         * the same id (see {@link #indexOf(String)}).
         */
        public int add(Evidence e) {
            Objects.requireNonNull(e, "evidence must not be null");
            String id = e.id();
            int row = size;
            ensureRows(row + 1);
            snapshot = null;
            // everything that can fail is computed before anything is written, so a refused value leaves no half row
            int stepCode = e.step().isPresent() ? e.step().get().ordinal() + 1 : 0;
            int periodIndex = periods.add(e.period());
            if (periodIndex >= MAX_PERIODS) {
                throw new IllegalStateException("more than " + MAX_PERIODS + " distinct periods");
            }
            int coding = idCoding(id);
            boolean latin1 = coding == LATIN1_ID;
            long time = time(e.recordedAt());
            int wordsBefore = wordCount;
            try {
                e.accept(encoder);
            } catch (RuntimeException bad) {
                wordCount = wordsBefore;
                throw bad;
            }
            idLength = putId(id, coding);
            idEnd[row] = idLength;
            idHash[row] = id.hashCode();
            int u = units.add(e.unitId());
            unit[row] = u;
            key[row] = strings.add(e.key());
            meta[row] = e.kind().ordinal() | e.source().ordinal() << SOURCE_SHIFT | stepCode << STEP_SHIFT
                    | (latin1 ? 0 : UTF16) | periodIndex << PERIOD_SHIFT;
            author[row] = authors.add(new Author(e.author(), e.authorUnitId()));
            at[row] = time;
            wordEnd[row] = wordCount;
            // group by unit: a chain of rows per unit
            if (u >= unitFirst.length) {
                int n = Math.max(unitFirst.length * 2, u + 1);
                unitFirst = java.util.Arrays.copyOf(unitFirst, n);
                unitLast = java.util.Arrays.copyOf(unitLast, n);
                unitRows = java.util.Arrays.copyOf(unitRows, n);
            }
            if (unitFirst[u] == 0) {
                unitFirst[u] = row + 1;
            } else {
                nextInUnit[unitLast[u]] = row;
            }
            unitLast[u] = row;
            unitRows[u]++;
            size = row + 1;
            if (idTable != null) {
                indexId(id, row);
            }
            return row;
        }

        /** The row of the evidence with id {@code id} (the first, if added twice), or -1. */
        public int indexOf(String id) {
            if (idTable == null) {
                idTable = build().idTableOf(size);
                snapshot = null;
            }
            return find(Objects.requireNonNull(id, "id must not be null"), idTable, size, idHash, idBytes, idEnd, meta);
        }

        /**
         * Drops the rows from {@code rows} on, as if they had never been added: for a caller whose batch failed
         * half-way. Snapshots built before must not hold any of the dropped rows (later rows overwrite them).
         */
        public void truncate(int rows) {
            if (rows < 0 || rows > size) {
                throw new IndexOutOfBoundsException("cannot truncate " + size + " row(s) to " + rows);
            }
            if (rows == size) {
                return;
            }
            size = rows;
            idLength = rows == 0 ? 0 : idEnd[rows - 1];
            wordCount = rows == 0 ? 0 : wordEnd[rows - 1];
            // new index arrays (older snapshots keep theirs), rebuilt from the rows that stay; the id table on the next
            // lookup
            idTable = null;
            nextInUnit = new int[nextInUnit.length];
            unitFirst = new int[unitFirst.length];
            unitLast = new int[unitLast.length];
            unitRows = new int[unitRows.length];
            snapshot = null;
            for (int row = 0; row < rows; row++) {
                int u = unit[row];
                if (unitFirst[u] == 0) {
                    unitFirst[u] = row + 1;
                } else {
                    nextInUnit[unitLast[u]] = row;
                }
                unitLast[u] = row;
                unitRows[u]++;
            }
        }

        /** A view of row {@code row} (see {@link EvidenceColumns#get(int)}). */
        public Evidence get(int row) {
            return build().get(row);
        }

        /** An immutable snapshot of the rows so far, sharing this builder's arrays. */
        public EvidenceColumns build() {
            EvidenceColumns s = snapshot;
            if (s == null) {
                s = new EvidenceColumns(this);
                snapshot = s;
            }
            return s;
        }

        /**
         * How an id's bytes are written: {@link #LATIN1_ID} (one byte per char), {@link #UTF16_ID} (two, big-endian) or
         * {@link #SURROGATE_ID} (two, through the JDK's UTF-16BE encoder, which replaces a lone surrogate). A method of
         * its own so that the scan's loop does not make the JIT compile all of {@link #add} on the stack (OSR).
         */
        private static int idCoding(String id) {
            int coding = LATIN1_ID;
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                if (c >= 0x100) {
                    if (Character.isSurrogate(c)) {
                        return SURROGATE_ID;
                    }
                    coding = UTF16_ID;
                }
            }
            return coding;
        }

        /**
         * Appends {@code id}'s bytes (as {@link #idCoding} says) and answers the new end; the same bytes as
         * {@code getBytes(ISO_8859_1)} or {@code getBytes(UTF_16BE)}, written char by char where that is exact (no
         * surrogate), since the charset path is a large piece of code for the JIT to take into every add.
         */
        private int putId(String id, int coding) {
            if (coding == SURROGATE_ID) {
                return putIdBytes(id.getBytes(StandardCharsets.UTF_16BE));
            }
            int n = id.length();
            int from = idLength;
            int end = reserveIds(coding == LATIN1_ID ? n : 2L * n);
            byte[] b = idBytes;
            if (coding == LATIN1_ID) {
                for (int i = 0; i < n; i++) {
                    b[from + i] = (byte) id.charAt(i);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    char c = id.charAt(i);
                    b[from + 2 * i] = (byte) (c >> 8);
                    b[from + 2 * i + 1] = (byte) c;
                }
            }
            return end;
        }

        private int putIdBytes(byte[] bytes) {
            int from = idLength;
            int end = reserveIds(bytes.length);
            System.arraycopy(bytes, 0, idBytes, from, bytes.length);
            return end;
        }

        /** Makes room for {@code more} id bytes after {@link #idLength} and answers where they end. */
        private int reserveIds(long more) {
            long end = idLength + more;
            if (end > idBytes.length) {
                long wanted = Math.max((long) grown(idBytes.length), end);
                if (wanted > Integer.MAX_VALUE - 16) {
                    throw new IllegalStateException("the evidence ids take more than 2 GB");
                }
                idBytes = java.util.Arrays.copyOf(idBytes, (int) wanted);
            }
            return (int) end;
        }

        private long time(Instant t) {
            long seconds = t.getEpochSecond();
            int nanos = t.getNano();
            if (nanos % 1_000_000 == 0 && seconds > -(1L << 50) && seconds < 1L << 50) {
                return (seconds * 1000 + nanos / 1_000_000) << 1;
            }
            return (long) objects.add(t) << 1 | 1;
        }

        private void indexId(String id, int row) {
            if (2L * size > (long) idTable.length * 3 / 2) {
                int[] bigger = new int[idTable.length * 2];
                for (int slot : idTable) {
                    if (slot != 0) {
                        place(bigger, spread(idHash[slot - 1]), slot);
                    }
                }
                idTable = bigger;
                snapshot = null;
            }
            if (find(id, idTable, row, idHash, idBytes, idEnd, meta) < 0) {
                place(idTable, spread(id.hashCode()), row + 1);
            }
        }

        private static void place(int[] table, int hash, int slot) {
            int mask = table.length - 1;
            int i = hash & mask;
            while (table[i] != 0) {
                i = (i + 1) & mask;
            }
            table[i] = slot;
        }

        private void ensureRows(int n) {
            if (n <= idEnd.length) {
                return;
            }
            int c = Math.max(n, grown(idEnd.length));
            idEnd = java.util.Arrays.copyOf(idEnd, c);
            idHash = java.util.Arrays.copyOf(idHash, c);
            unit = java.util.Arrays.copyOf(unit, c);
            key = java.util.Arrays.copyOf(key, c);
            meta = java.util.Arrays.copyOf(meta, c);
            author = java.util.Arrays.copyOf(author, c);
            at = java.util.Arrays.copyOf(at, c);
            wordEnd = java.util.Arrays.copyOf(wordEnd, c);
            nextInUnit = java.util.Arrays.copyOf(nextInUnit, c);
        }

        /**
         * The next capacity of a column: an eighth more once it is large, so that the spare room a growing store
         * carries stays near 6 % of its rows (half again would leave a quarter empty on average) for more copying.
         */
        private static int grown(int length) {
            long next = length < 4096 ? (long) length * 2 : length + (length >> 3);
            return (int) Math.min(next, Integer.MAX_VALUE - 16);
        }

        private void word(long w) {
            if (wordCount == words.length) {
                words = java.util.Arrays.copyOf(words, grown(words.length));
            }
            words[wordCount++] = w;
        }

        private int str(String s) {
            return strings.add(Objects.requireNonNull(s));
        }

        private int obj(Object o) {
            return objects.add(Objects.requireNonNull(o));
        }

        /** Writes a row's own words: what each kind holds beyond the common fields. */
        private final class Encoder implements EvidenceVisitor<Void> {
            @Override
            public Void visitJudgement(Judgement j) {
                word((long) str(j.level()) << 32 | (j.comment().isPresent() ? str(j.comment().get()) + 1L : 0L));
                return null;
            }

            @Override
            public Void visitChecklistTick(ChecklistTick t) {
                word((long) t.requirement() << 32 | (long) obj(list(t.documentIds())) << 1 | (t.met() ? 1 : 0));
                return null;
            }

            @Override
            public Void visitMetricValue(MetricValue m) {
                // [unscaled value] [unit | value scale | outOf scale | flags] [unscaled outOf]; a value that does not
                // fit a long and a byte of scale is held as an object instead
                BigDecimal v = m.value();
                boolean valueInline = fits(v);
                Optional<BigDecimal> outOf = m.outOf();
                boolean outInline = outOf.isPresent() && fits(outOf.get());
                long flags = (valueInline ? 0 : 1L << 48) | (outOf.isPresent() ? 1L << 49 : 0) | (outInline ? 0 : 1L << 50);
                long unitIndex = str(m.unit());
                word(valueInline ? v.unscaledValue().longValue() : obj(v));
                word(unitIndex | (valueInline ? (v.scale() & 0xFFL) << 32 : 0) | (outInline ? (outOf.get().scale() & 0xFFL) << 40 : 0) | flags);
                if (outOf.isPresent()) {
                    word(outInline ? outOf.get().unscaledValue().longValue() : obj(outOf.get()));
                }
                return null;
            }

            @Override
            public Void visitPublicRating(PublicRating r) {
                long respondents = r.respondents();
                long satisfied = r.satisfied();
                if (!r.score().isPresent() && !r.maxScore().isPresent() && respondents >= 0 && respondents <= Integer.MAX_VALUE
                        && satisfied >= 0 && satisfied <= Integer.MAX_VALUE) {
                    word(respondents << 32 | satisfied); // one word: the usual count form
                    return null;
                }
                word(respondents);
                word(satisfied);
                word((r.score().isPresent() ? obj(r.score().get()) + 1L : 0L) << 32
                        | (r.maxScore().isPresent() ? obj(r.maxScore().get()) + 1L : 0L));
                return null;
            }

            @Override
            public Void visitIncident(Incident i) {
                word(i.date().toEpochDay());
                word((long) i.severity().ordinal() << 32 | str(i.description()));
                return null;
            }

            @Override
            public Void visitSelfReport(SelfReport s) {
                word((long) obj(list(s.topics())) << 1 | s.type().ordinal());
                word((long) obj(list(s.documentIds())) << 32 | obj(map(s.sections())));
                return null;
            }

            @Override
            public Void visitDocument(DocumentRef d) {
                word((long) str(d.title()) << 32 | str(d.uri()));
                word((long) d.media().ordinal() << 32 | (d.mediaType().isPresent() ? str(d.mediaType().get()) + 1L : 0L));
                String sha = d.sha256();
                if (isHex64(sha)) {
                    for (int i = 0; i < 4; i++) {
                        word(Long.parseUnsignedLong(sha.substring(16 * i, 16 * i + 16), 16));
                    }
                } else {
                    word(str(sha)); // three words: a value that is not 64 lowercase hex digits, kept as it came
                }
                return null;
            }

            @Override
            public Void visitDeduction(Deduction d) {
                word(d.points().units());
                word(str(d.reason()));
                return null;
            }

            @Override
            public Void visitAdjustment(Adjustment a) {
                word(a.points().units());
                word(str(a.reason()));
                return null;
            }

            @Override
            public Void visitNotApplicable(NotApplicableMark m) {
                word(str(m.reason()));
                return null;
            }

            @Override
            public Void visitScoreOverride(ScoreOverride o) {
                word(o.newPoints().units());
                word(str(o.reason()));
                return null;
            }
        }

        private static boolean fits(BigDecimal v) {
            return v.scale() >= -128 && v.scale() <= 127 && v.unscaledValue().bitLength() < 64;
        }

        private static boolean isHex64(String s) {
            if (s.length() != 64) {
                return false;
            }
            for (int i = 0; i < 64; i++) {
                char c = s.charAt(i);
                if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                    return false;
                }
            }
            return true;
        }

        private static List<String> list(List<String> l) {
            return l.isEmpty() ? Collections.<String>emptyList() : Collections.unmodifiableList(new ArrayList<>(l));
        }

        private static Map<String, String> map(Map<String, String> m) {
            return m.isEmpty() ? Collections.<String, String>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
        }

        @Override
        public String toString() {
            return "EvidenceColumns.Builder[" + size + " row(s)]";
        }
    }

    /** Who recorded a row: the author and the unit they belong to, pooled together since they come together. */
    private static final class Author {
        final String name;
        final Optional<String> unit;

        Author(String name, Optional<String> unit) {
            this.name = Objects.requireNonNull(name, "author must not be null");
            this.unit = Objects.requireNonNull(unit, "authorUnitId must not be null");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Author && ((Author) o).name.equals(name) && ((Author) o).unit.equals(unit);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + unit.hashCode();
        }
    }

    /**
     * Distinct values by number: an array of them and an open-addressing table (linear probing, at most half full)
     * of their numbers + 1, a few bytes per value where a {@code HashMap} would take fifty.
     */
    private static final class Pool {
        Object[] values = new Object[16];
        int count;
        int[] table = new int[32];

        int add(Object v) {
            int found = find(table, values, count, v);
            if (found >= 0) {
                return found;
            }
            if (count == values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[count] = v;
            if (2 * (count + 1) > table.length) {
                int[] bigger = new int[table.length * 2];
                for (int i = 0; i < count; i++) {
                    put(bigger, spread(values[i].hashCode()), i + 1);
                }
                table = bigger;
            }
            put(table, spread(v.hashCode()), count + 1);
            return count++;
        }

        static int find(int[] table, Object[] values, int limit, Object v) {
            int mask = table.length - 1;
            for (int i = spread(v.hashCode()) & mask;; i = (i + 1) & mask) {
                int slot = table[i];
                if (slot == 0) {
                    return -1;
                }
                if (slot - 1 < limit && values[slot - 1].equals(v)) {
                    return slot - 1;
                }
            }
        }

        private static void put(int[] table, int hash, int slot) {
            int mask = table.length - 1;
            int i = hash & mask;
            while (table[i] != 0) {
                i = (i + 1) & mask;
            }
            table[i] = slot;
        }
    }

    /** What every view is: a row of one {@link EvidenceColumns}, so that ids can be compared without decoding them. */
    interface Row {
        EvidenceColumns columns();

        int row();
    }

    /**
     * Orders evidence by id as {@link String#compareTo} does; for two views of the same columns, over the packed ids
     * without making their strings (sorting a unit's evidence by id is the hot part of indexing it).
     */
    static int compareIds(Evidence a, Evidence b) {
        if (a instanceof Row && b instanceof Row && ((Row) a).columns() == ((Row) b).columns()) {
            return ((Row) a).columns().compareIds(((Row) a).row(), ((Row) b).row());
        }
        return a.id().compareTo(b.id());
    }

    /**
     * Indexes every row by unit and key for {@link EvidenceIndex#of}: the rows are grouped by the unit chains (no
     * per-unit lists to grow, no copies), and a unit whose rows are already in strictly ascending id order (as stores
     * append them) is neither sorted nor checked for duplicates, those comparisons being the packed ids'. Each unit
     * holds row numbers ({@link UnitRows}), not views: a whole cycle's index adds a few bytes per fact to the columns.
     */
    Map<String, UnitEvidence> index(int[] total) {
        List<String> ids = unitIds();
        Map<String, UnitEvidence> byUnit = new HashMap<>(ids.size() * 2);
        int n = 0;
        for (String unitId : ids) {
            UnitEvidence u = unitEvidence(unitId, rowsOf(unitId));
            byUnit.put(unitId, u);
            n += u.all().size();
        }
        total[0] = n;
        return byUnit;
    }

    /**
     * One unit's rows indexed without a view per row: sorted by id (unless {@code rows} already ascend by id, as
     * stores append them), exact duplicates dropped and conflicts refused as {@link UnitEvidence#of} does, then
     * grouped by key as row numbers (see {@link UnitRows}).
     */
    UnitEvidence unitEvidence(String unitId, int[] rows) {
        boolean ascending = true;
        for (int i = 1; i < rows.length && ascending; i++) {
            ascending = compareIds(rows[i - 1], rows[i]) < 0;
        }
        int[] byId = ascending ? rows : uniqueById(unitId, rows);
        return UnitEvidence.over(unitId, new UnitRows(this, byId));
    }

    /** {@code rows} sorted by id (stably), exact duplicates kept once, two different rows with one id refused. */
    private int[] uniqueById(String unitId, int[] rows) {
        Integer[] boxed = new Integer[rows.length];
        for (int i = 0; i < rows.length; i++) {
            boxed[i] = rows[i];
        }
        java.util.Arrays.sort(boxed, new java.util.Comparator<Integer>() {
            @Override
            public int compare(Integer a, Integer b) {
                return compareIds(a, b);
            }
        });
        int[] out = new int[rows.length];
        int n = 0;
        for (Integer row : boxed) {
            if (n > 0 && compareIds(out[n - 1], row) == 0) {
                if (!get(out[n - 1]).equals(get(row))) {
                    throw new DuplicateEvidenceException(unitId, id(row));
                }
                continue;
            }
            out[n++] = row;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** The pool number of {@code key} when some row of this snapshot may have it as key, else -1. */
    int keyIndex(String key) {
        // Scoring looks up the same few hundred key strings (a rubric's criterion ids, metric keys, categories, the
        // very same String objects) once per leaf per unit. The pool's table is as large as all the snapshot's
        // strings, so each probe there misses the cache several times (table slot, value, its bytes) and compares
        // bytes; a small table of the strings last looked up, matched by identity, answers those from a hot line.
        KeyHit[] hits = keyHits;
        if (hits == null) {
            hits = new KeyHit[KEY_HITS];
            keyHits = hits;
        }
        int slot = spread(key.hashCode()) & (KEY_HITS - 1);
        KeyHit hit = hits[slot];
        if (hit != null && hit.key == key) {
            return hit.index;
        }
        int k = Pool.find(stringTable, strings, stringCount, key);
        hits[slot] = new KeyHit(key, k);
        return k;
    }

    /** Slots of {@link #keyHits}: a rubric's keys fit with few collisions (a collision only costs a pool lookup). */
    private static final int KEY_HITS = 512;
    /**
     * The keys last looked up by {@link #keyIndex} and their pool numbers, by slot; made on the first lookup (columns
     * nobody looks keys up in hold none). Shared by threads without locking: a slot holds an immutable pair, so a
     * reader sees a whole pair or null, and a pair is right for this snapshot whichever thread made it.
     */
    private volatile KeyHit[] keyHits;

    /** A key string (matched by identity) and its pool number in these columns, or -1. */
    private static final class KeyHit {
        final String key;
        final int index;

        KeyHit(String key, int index) {
            this.key = key;
            this.index = index;
        }
    }

    /**
     * {@code keys}' pool numbers in ascending order with each one's position in {@code keys}, for
     * {@link UnitRows#byKeys}; remembered for a few arrays (a scorer asks with its rubric's criterion ids, the same
     * array for every unit), found again by identity and checked key by key, so a changed or another array is
     * resolved anew, never answered from a stale order.
     */
    KeyOrder keyOrder(String[] keys) {
        KeyOrder[] orders = keyOrders;
        if (orders == null) {
            orders = new KeyOrder[KEY_ORDERS];
            keyOrders = orders;
        }
        int slot = System.identityHashCode(keys) & (KEY_ORDERS - 1);
        KeyOrder o = orders[slot];
        if (o != null && o.answers(keys)) {
            return o;
        }
        o = new KeyOrder(this, keys);
        orders[slot] = o;
        return o;
    }

    /** Slots of {@link #keyOrders}: one per rubric a plan scores these columns with, and to spare. */
    private static final int KEY_ORDERS = 8;
    /** The key orders last made, by slot; shared by threads without locking, as {@link #keyHits} is. */
    private volatile KeyOrder[] keyOrders;

    /** The keys of an array that these columns have, in ascending pool number, with their positions in the array. */
    static final class KeyOrder {
        /** The array asked with, and a copy of its keys to tell whether it still holds them. */
        private final String[] asked;
        private final String[] copy;
        /** Pool numbers of the keys these columns have, ascending (equal keys adjacent). */
        final int[] numbers;
        /** Where each of {@link #numbers} stands in the array. */
        final int[] positions;

        KeyOrder(EvidenceColumns c, String[] keys) {
            this.asked = keys;
            this.copy = keys.clone();
            long[] pairs = new long[copy.length];
            int m = 0;
            for (int i = 0; i < copy.length; i++) {
                int k = c.keyIndex(copy[i]);
                if (k >= 0) {
                    pairs[m++] = (long) k << 32 | i;
                }
            }
            java.util.Arrays.sort(pairs, 0, m);
            numbers = new int[m];
            positions = new int[m];
            for (int j = 0; j < m; j++) {
                numbers[j] = (int) (pairs[j] >>> 32);
                positions[j] = (int) pairs[j];
            }
        }

        /** Whether this order is {@code keys}'s: the same array, still holding the very key strings it was made of. */
        boolean answers(String[] keys) {
            if (keys != asked || keys.length != copy.length) {
                return false;
            }
            for (int i = 0; i < copy.length; i++) {
                if (keys[i] != copy[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * One unit's evidence as row numbers: {@link UnitEvidence#all()} (rows in id order, {@code get} making a view) and
     * the lookup by key behind {@link UnitEvidence#byKey}, holding no view: the start of each key's group (groups in
     * key-number order, searched by the key's pool number) followed by the rows grouped by key (each group in id
     * order), in a {@code char[]} of offsets from the unit's lowest row when they fit (a unit of fewer than 65,536
     * rows lying within 65,536 rows, as a store's units do), else an {@code int[]} of row numbers. About 2 bytes per
     * row and 2 per key, where a view per row took 24 plus its slots.
     */
    static final class UnitRows extends RowList {
        private final EvidenceColumns c;
        /** The rows in id order; null when they are {@code base, base + 1, ...} (a unit appended in one run). */
        private final int[] byId;
        /** The unit's lowest row. */
        private final int base;
        private final int size;
        private final int groups;
        /** {@code [group starts (groups + 1), grouped rows - base (size)]}, when every value fits in a char. */
        private final char[] small;
        /** {@code [group starts (groups + 1), grouped rows (size)]}, when they do not. */
        private final int[] large;

        UnitRows(EvidenceColumns c, int[] byId) {
            this.c = c;
            int n = byId.length;
            this.size = n;
            int min = Integer.MAX_VALUE;
            int max = -1;
            for (int row : byId) {
                min = Math.min(min, row);
                max = Math.max(max, row);
            }
            boolean run = true;
            for (int i = 1; i < n && run; i++) {
                run = byId[i] == byId[0] + i;
            }
            this.byId = run ? null : byId;
            this.base = n == 0 ? 0 : min;
            // group by key number, each group keeping id order: sort (key number, position) pairs
            long[] order = new long[n];
            for (int i = 0; i < n; i++) {
                order[i] = (long) c.key[byId[i]] << 32 | i;
            }
            java.util.Arrays.sort(order);
            int g = 0;
            for (int i = 0; i < n; i++) {
                if (i == 0 || (order[i] >>> 32) != (order[i - 1] >>> 32)) {
                    g++;
                }
            }
            this.groups = g;
            int[] layout = new int[g + 1 + n];
            g = 0;
            for (int i = 0; i < n; i++) {
                if (i == 0 || (order[i] >>> 32) != (order[i - 1] >>> 32)) {
                    layout[g++] = i;
                }
                layout[groups + 1 + i] = byId[(int) order[i]];
            }
            layout[groups] = n;
            if (n <= Character.MAX_VALUE && max - base <= Character.MAX_VALUE) {
                char[] packed = new char[layout.length];
                for (int i = 0; i < layout.length; i++) {
                    packed[i] = (char) (i <= groups ? layout[i] : layout[i] - base);
                }
                this.small = packed;
                this.large = null;
            } else {
                this.small = null;
                this.large = layout;
            }
        }

        /** Where group {@code g} starts among the grouped rows; {@code start(groups)} is the size. */
        private int start(int g) {
            return small != null ? small[g] : large[g];
        }

        /** The {@code i}-th of the rows grouped by key. */
        int grouped(int i) {
            return small != null ? base + small[groups + 1 + i] : large[groups + 1 + i];
        }

        /** The rows filed under {@code key}, in id order, as views made on access; empty if none. */
        List<Evidence> byKey(String key) {
            int k = c.keyIndex(key);
            if (k < 0) {
                return Collections.<Evidence>emptyList();
            }
            int lo = 0;
            int hi = groups - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int from = start(mid);
                int found = c.key[grouped(from)];
                if (found < k) {
                    lo = mid + 1;
                } else if (found > k) {
                    hi = mid - 1;
                } else {
                    return new Group(this, from, start(mid + 1));
                }
            }
            return Collections.<Evidence>emptyList();
        }

        /**
         * {@code into[i] = byKey(keys[i])} for every key, in one merge of the keys in pool-number order (see
         * {@link EvidenceColumns#keyOrder}) with the unit's groups, which are in that order too: a rubric's ids are
         * matched in one pass over the unit's groups instead of one binary search each, whose probes (each a read of
         * the key column and a hard-to-predict branch) were most of looking evidence up.
         */
        void byKeys(String[] keys, List<Evidence>[] into) {
            java.util.Arrays.fill(into, 0, keys.length, Collections.<Evidence>emptyList());
            KeyOrder o = c.keyOrder(keys);
            int[] numbers = o.numbers;
            int g = 0;
            int found = groups == 0 ? Integer.MAX_VALUE : c.key[grouped(start(0))];
            for (int q = 0; q < numbers.length; q++) {
                int k = numbers[q];
                while (found < k) {
                    found = ++g == groups ? Integer.MAX_VALUE : c.key[grouped(start(g))];
                }
                if (found == Integer.MAX_VALUE) {
                    return; // past the unit's last group: the keys left have no rows here
                }
                if (found == k) {
                    into[o.positions[q]] = new Group(this, start(g), start(g + 1));
                }
            }
        }

        /** The keys that have rows. */
        java.util.Set<String> keys() {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (int g = 0; g < groups; g++) {
                out.add(c.string(c.key[grouped(start(g))]));
            }
            return out;
        }

        @Override
        public Evidence get(int index) {
            return c.get(row(index));
        }

        @Override
        public EvidenceColumns columns() {
            return c;
        }

        @Override
        public int row(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + " of " + size);
            }
            return byId == null ? base + index : byId[index];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** The rows of one key of a unit ({@link UnitRows#byKey}): an unmodifiable list whose {@code get} makes a view. */
    static final class Group extends RowList {
        private final UnitRows unit;
        private final int from;
        private final int size;

        Group(UnitRows unit, int from, int to) {
            this.unit = unit;
            this.from = from;
            this.size = to - from;
        }

        @Override
        public Evidence get(int index) {
            return unit.c.get(row(index));
        }

        @Override
        public EvidenceColumns columns() {
            return unit.c;
        }

        @Override
        public int row(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + " of " + size);
            }
            return unit.grouped(from + index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    private int compareIds(int r1, int r2) {
        int from1 = r1 == 0 ? 0 : idEnd[r1 - 1];
        int from2 = r2 == 0 ? 0 : idEnd[r2 - 1];
        boolean wide1 = (meta[r1] & UTF16) != 0;
        boolean wide2 = (meta[r2] & UTF16) != 0;
        int len1 = (idEnd[r1] - from1) >> (wide1 ? 1 : 0);
        int len2 = (idEnd[r2] - from2) >> (wide2 ? 1 : 0);
        int n = Math.min(len1, len2);
        for (int i = 0; i < n; i++) {
            int c1 = wide1 ? wideChar(idBytes, from1, i) : idBytes[from1 + i] & 0xFF;
            int c2 = wide2 ? wideChar(idBytes, from2, i) : idBytes[from2 + i] & 0xFF;
            if (c1 != c2) {
                return c1 - c2;
            }
        }
        return len1 - len2;
    }

    /** {@code unscaled * 10^-scale} in millionths, or {@link Long#MIN_VALUE} when that is not a whole long. */
    static long scaled(long unscaled, int scale) {
        if (scale > MetricValue.SCALE || scale < -18) {
            return Long.MIN_VALUE;
        }
        long factor = 1;
        for (int i = scale; i < MetricValue.SCALE; i++) {
            factor *= 10;
        }
        if (factor == 1) {
            return unscaled == Long.MIN_VALUE ? Long.MIN_VALUE : unscaled;
        }
        long bound = Long.MAX_VALUE / factor;
        return unscaled > bound || unscaled < -bound ? Long.MIN_VALUE : unscaled * factor;
    }

    /** A row of {@link EvidenceColumns} as {@link Judgement}. */
    private static final class JudgementView extends Judgement implements Row {
        private final EvidenceColumns c;
        private final int row;
        /** Made on first use: scoring asks a used fact's id a few times (its view is 24 bytes with or without it). */
        private String id;

        JudgementView(EvidenceColumns c, int row) {
            this.c = c;
            this.row = row;
        }

        @Override
        public String id() {
            String s = id;
            if (s == null) {
                s = c.id(row);
                id = s;
            }
            return s;
        }

        @Override
        public EvidenceColumns columns() {
            return c;
        }

        @Override
        public int row() {
            return row;
        }

        @Override
        public String unitId() {
            return (String) c.units[c.unit[row]];
        }

        @Override
        public String key() {
            return (String) c.strings[c.key[row]];
        }

        @Override
        public ReportingPeriod period() {
            return c.period(row);
        }

        @Override
        public SourceKind source() {
            return c.source(row);
        }

        @Override
        public Optional<ReviewStep> step() {
            return c.step(row);
        }

        @Override
        public String author() {
            return c.author(row);
        }

        @Override
        public Optional<String> authorUnitId() {
            return c.authorUnitId(row);
        }

        @Override
        public Instant recordedAt() {
            return c.recordedAt(row);
        }

        @Override
        public String toString() {
            return ValueText.of(this); // the built value's text, without building it
        }

        @Override
        public String level() {
            return c.string((int) (c.word(row, 0) >>> 32));
        }

        @Override
        public Optional<String> comment() {
            int comment = (int) c.word(row, 0);
            return comment == 0 ? Optional.<String>empty() : Optional.of(c.string(comment - 1));
        }
    }

    /** A row of {@link EvidenceColumns} as {@link ChecklistTick}. */
    private static final class TickView extends ChecklistTick implements Row {
        private final EvidenceColumns c;
        private final int row;
        /** Made on first use: scoring asks a used fact's id a few times (its view is 24 bytes with or without it). */
        private String id;

        TickView(EvidenceColumns c, int row) {
            this.c = c;
            this.row = row;
        }

        @Override
        public String id() {
            String s = id;
            if (s == null) {
                s = c.id(row);
                id = s;
            }
            return s;
        }

        @Override
        public EvidenceColumns columns() {
            return c;
        }

        @Override
        public int row() {
            return row;
        }

        @Override
        public String unitId() {
            return (String) c.units[c.unit[row]];
        }

        @Override
        public String key() {
            return (String) c.strings[c.key[row]];
        }

        @Override
        public ReportingPeriod period() {
            return c.period(row);
        }

        @Override
        public SourceKind source() {
            return c.source(row);
        }

        @Override
        public Optional<ReviewStep> step() {
            return c.step(row);
        }

        @Override
        public String author() {
            return c.author(row);
        }

        @Override
        public Optional<String> authorUnitId() {
            return c.authorUnitId(row);
        }

        @Override
        public Instant recordedAt() {
            return c.recordedAt(row);
        }

        @Override
        public String toString() {
            return ValueText.of(this); // the built value's text, without building it
        }

        @Override
        public int requirement() {
            return (int) (c.word(row, 0) >>> 32);
        }

        @Override
        public boolean met() {
            return (c.word(row, 0) & 1) != 0;
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<String> documentIds() {
            return (List<String>) c.object((int) c.word(row, 0) >>> 1);
        }
    }

    /** A row of {@link EvidenceColumns} as {@link MetricValue}. */
    private static final class MetricView extends MetricValue implements Row {
        private final EvidenceColumns c;
        private final int row;
        /** Made on first use: scoring asks a used fact's id a few times (its view is 24 bytes with or without it). */
        private String id;

        MetricView(EvidenceColumns c, int row) {
            this.c = c;
            this.row = row;
        }

        @Override
        public String id() {
            String s = id;
            if (s == null) {
                s = c.id(row);
                id = s;
            }
            return s;
        }

        @Override
        public EvidenceColumns columns() {
            return c;
        }

        @Override
        public int row() {
            return row;
        }

        @Override
        public String unitId() {
            return (String) c.units[c.unit[row]];
        }

        @Override
        public String key() {
            return (String) c.strings[c.key[row]];
        }

        @Override
        public ReportingPeriod period() {
            return c.period(row);
        }

        @Override
        public SourceKind source() {
            return c.source(row);
        }

        @Override
        public Optional<ReviewStep> step() {
            return c.step(row);
        }

        @Override
        public String author() {
            return c.author(row);
        }

        @Override
        public Optional<String> authorUnitId() {
            return c.authorUnitId(row);
        }

        @Override
        public Instant recordedAt() {
            return c.recordedAt(row);
        }

        @Override
        public String toString() {
            return ValueText.of(this); // the built value's text, without building it
        }

        @Override
        public BigDecimal value() {
            long w1 = c.word(row, 1);
            return (w1 & 1L << 48) != 0 ? (BigDecimal) c.object((int) c.word(row, 0))
                    : BigDecimal.valueOf(c.word(row, 0), (byte) (w1 >>> 32));
        }

        @Override
        public String unit() {
            return c.string((int) c.word(row, 1));
        }

        @Override
        public Optional<BigDecimal> outOf() {
            long w1 = c.word(row, 1);
            if ((w1 & 1L << 49) == 0) {
                return Optional.empty();
            }
            return Optional.of((w1 & 1L << 50) != 0 ? (BigDecimal) c.object((int) c.word(row, 2))
                    : BigDecimal.valueOf(c.word(row, 2), (byte) (w1 >>> 40)));
        }

        @Override
        public long scaledValue() {
            long w1 = c.word(row, 1);
            if ((w1 & 1L << 48) == 0) {
                long v = scaled(c.word(row, 0), (byte) (w1 >>> 32));
                if (v != Long.MIN_VALUE) {
                    return v;
                }
            }
            return scale(value(), "value");
        }

        @Override
        public long scaledOutOf() {
            long w1 = c.word(row, 1);
            if ((w1 & 1L << 49) == 0) {
                return ONE_MILLION;
            }
            if ((w1 & 1L << 50) == 0) {
                long v = scaled(c.word(row, 2), (byte) (w1 >>> 40));
                if (v != Long.MIN_VALUE) {
                    return v;
                }
            }
            return scale(outOf().get(), "outOf");
        }
    }

    /** A row of {@link EvidenceColumns} as {@link PublicRating}. */
    private static final class RatingView extends PublicRating implements Row {
        private final EvidenceColumns c;
        private final int row;
        /** Made on first use: scoring asks a used fact's id a few times (its view is 24 bytes with or without it). */
        private String id;

        RatingView(EvidenceColumns c, int row) {
            this.c = c;
            this.row = row;
        }

        @Override
        public String id() {
            String s = id;
            if (s == null) {
                s = c.id(row);
                id = s;
            }
            return s;
        }

        @Override
        public EvidenceColumns columns() {
            return c;
        }

        @Override
        public int row() {
            return row;
        }

        @Override
        public String unitId() {
            return (String) c.units[c.unit[row]];
        }

        @Override
        public String key() {
            return (String) c.strings[c.key[row]];
        }

        @Override
        public ReportingPeriod period() {
            return c.period(row);
        }

        @Override
        public SourceKind source() {
            return c.source(row);
        }

        @Override
        public Optional<ReviewStep> step() {
            return c.step(row);
        }

        @Override
        public String author() {
            return c.author(row);
        }

        @Override
        public Optional<String> authorUnitId() {
            return c.authorUnitId(row);
        }

        @Override
        public Instant recordedAt() {
            return c.recordedAt(row);
        }

        @Override
        public String toString() {
            return ValueText.of(this); // the built value's text, without building it
        }

        @Override
        public long respondents() {
            return c.wordCount(row) == 1 ? c.word(row, 0) >>> 32 : c.word(row, 0);
        }

        @Override
        public long satisfied() {
            return c.wordCount(row) == 1 ? c.word(row, 0) & 0xFFFFFFFFL : c.word(row, 1);
        }

        @Override
        public Optional<Points> score() {
            return points(c.wordCount(row) == 1 ? 0 : (int) (c.word(row, 2) >>> 32));
        }

        @Override
        public Optional<Points> maxScore() {
            return points(c.wordCount(row) == 1 ? 0 : (int) c.word(row, 2));
        }

        private Optional<Points> points(int index) {
            return index == 0 ? Optional.<Points>empty() : Optional.of((Points) c.object(index - 1));
        }
    }

    /** A row of {@link EvidenceColumns} as {@link Incident}. */
    private static final class IncidentView extends Incident implements Row {
        private final EvidenceColumns c;
        private final int row;
        /** Made on first use: scoring asks a used fact's id a few times (its view is 24 bytes with or without it). */
        private String id;

        IncidentView(EvidenceColumns c, int row) {
            this.c = c;
            this.row = row;
        }

        @Override
        public String id() {
            String s = id;
            if (s == null) {
                s = c.id(row);
                id = s;
            }
            return s;
        }

        @Override
        public EvidenceColumns columns() {
            return c;
        }

        @Override
        public int row() {
            return row;
        }

        @Override
        public String unitId() {
            return (String) c.units[c.unit[row]];
        }

        @Override
        public String key() {
            return (String) c.strings[c.key[row]];
        }

        @Override
        public ReportingPeriod period() {
            return c.period(row);
        }

        @Override
        public SourceKind source() {
            return c.source(row);
        }

        @Override
        public Optional<ReviewStep> step() {
            return c.step(row);
        }

        @Override
        public String author() {
            return c.author(row);
        }

        @Override
        public Optional<String> authorUnitId() {
            return c.authorUnitId(row);
        }

        @Override
        public Instant recordedAt() {
            return c.recordedAt(row);
        }

        @Override
        public String toString() {
            return ValueText.of(this); // the built value's text, without building it
        }

        @Override
        public LocalDate date() {
            return LocalDate.ofEpochDay(c.word(row, 0));
        }

        @Override
        public IncidentSeverity severity() {
            return SEVERITIES[(int) (c.word(row, 1) >>> 32)];
        }

        @Override
        public String description() {
            return c.string((int) c.word(row, 1));
        }
    }

    /** A row of {@link EvidenceColumns} as {@link SelfReport}. */
    private static final class SelfReportView extends SelfReport implements Row {
        private final EvidenceColumns c;
        private final int row;
        /** Made on first use: scoring asks a used fact's id a few times (its view is 24 bytes with or without it). */
        private String id;

        SelfReportView(EvidenceColumns c, int row) {
            this.c = c;
            this.row = row;
        }

        @Override
        public String id() {
            String s = id;
            if (s == null) {
                s = c.id(row);
                id = s;
            }
            return s;
        }

        @Override
        public EvidenceColumns columns() {
            return c;
        }

        @Override
        public int row() {
            return row;
        }

        @Override
        public String unitId() {
            return (String) c.units[c.unit[row]];
        }

        @Override
        public String key() {
            return (String) c.strings[c.key[row]];
        }

        @Override
        public ReportingPeriod period() {
            return c.period(row);
        }

        @Override
        public SourceKind source() {
            return c.source(row);
        }

        @Override
        public Optional<ReviewStep> step() {
            return c.step(row);
        }

        @Override
        public String author() {
            return c.author(row);
        }

        @Override
        public Optional<String> authorUnitId() {
            return c.authorUnitId(row);
        }

        @Override
        public Instant recordedAt() {
            return c.recordedAt(row);
        }

        @Override
        public String toString() {
            return ValueText.of(this); // the built value's text, without building it
        }

        @Override
        public Type type() {
            return REPORT_TYPES[(int) (c.word(row, 0) & 1)];
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<String> topics() {
            return (List<String>) c.object((int) (c.word(row, 0) >>> 1));
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<String> documentIds() {
            return (List<String>) c.object((int) (c.word(row, 1) >>> 32));
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map<String, String> sections() {
            return (Map<String, String>) c.object((int) c.word(row, 1));
        }
    }

    /** A row of {@link EvidenceColumns} as {@link DocumentRef}. */
    private static final class DocumentView extends DocumentRef implements Row {
        private final EvidenceColumns c;
        private final int row;
        /** Made on first use: scoring asks a used fact's id a few times (its view is 24 bytes with or without it). */
        private String id;

        DocumentView(EvidenceColumns c, int row) {
            this.c = c;
            this.row = row;
        }

        @Override
        public String id() {
            String s = id;
            if (s == null) {
                s = c.id(row);
                id = s;
            }
            return s;
        }

        @Override
        public EvidenceColumns columns() {
            return c;
        }

        @Override
        public int row() {
            return row;
        }

        @Override
        public String unitId() {
            return (String) c.units[c.unit[row]];
        }

        @Override
        public String key() {
            return (String) c.strings[c.key[row]];
        }

        @Override
        public ReportingPeriod period() {
            return c.period(row);
        }

        @Override
        public SourceKind source() {
            return c.source(row);
        }

        @Override
        public Optional<ReviewStep> step() {
            return c.step(row);
        }

        @Override
        public String author() {
            return c.author(row);
        }

        @Override
        public Optional<String> authorUnitId() {
            return c.authorUnitId(row);
        }

        @Override
        public Instant recordedAt() {
            return c.recordedAt(row);
        }

        @Override
        public String toString() {
            return ValueText.of(this); // the built value's text, without building it
        }

        @Override
        public String title() {
            return c.string((int) (c.word(row, 0) >>> 32));
        }

        @Override
        public String uri() {
            return c.string((int) c.word(row, 0));
        }

        @Override
        public Media media() {
            return MEDIA[(int) (c.word(row, 1) >>> 32)];
        }

        @Override
        public Optional<String> mediaType() {
            int t = (int) c.word(row, 1);
            return t == 0 ? Optional.<String>empty() : Optional.of(c.string(t - 1));
        }

        @Override
        public String sha256() {
            if (c.wordCount(row) == 3) {
                return c.string((int) c.word(row, 2));
            }
            StringBuilder s = new StringBuilder(64);
            for (int i = 2; i < 6; i++) {
                String h = Long.toHexString(c.word(row, i));
                for (int pad = h.length(); pad < 16; pad++) {
                    s.append('0');
                }
                s.append(h);
            }
            return s.toString();
        }
    }

    /** A row of {@link EvidenceColumns} as {@link Deduction}. */
    private static final class DeductionView extends Deduction implements Row {
        private final EvidenceColumns c;
        private final int row;
        /** Made on first use: scoring asks a used fact's id a few times (its view is 24 bytes with or without it). */
        private String id;

        DeductionView(EvidenceColumns c, int row) {
            this.c = c;
            this.row = row;
        }

        @Override
        public String id() {
            String s = id;
            if (s == null) {
                s = c.id(row);
                id = s;
            }
            return s;
        }

        @Override
        public EvidenceColumns columns() {
            return c;
        }

        @Override
        public int row() {
            return row;
        }

        @Override
        public String unitId() {
            return (String) c.units[c.unit[row]];
        }

        @Override
        public String key() {
            return (String) c.strings[c.key[row]];
        }

        @Override
        public ReportingPeriod period() {
            return c.period(row);
        }

        @Override
        public SourceKind source() {
            return c.source(row);
        }

        @Override
        public Optional<ReviewStep> step() {
            return c.step(row);
        }

        @Override
        public String author() {
            return c.author(row);
        }

        @Override
        public Optional<String> authorUnitId() {
            return c.authorUnitId(row);
        }

        @Override
        public Instant recordedAt() {
            return c.recordedAt(row);
        }

        @Override
        public String toString() {
            return ValueText.of(this); // the built value's text, without building it
        }

        @Override
        public Points points() {
            return Points.ofUnits(c.word(row, 0));
        }

        @Override
        public String reason() {
            return c.string((int) c.word(row, 1));
        }
    }

    /** A row of {@link EvidenceColumns} as {@link Adjustment}. */
    private static final class AdjustmentView extends Adjustment implements Row {
        private final EvidenceColumns c;
        private final int row;
        /** Made on first use: scoring asks a used fact's id a few times (its view is 24 bytes with or without it). */
        private String id;

        AdjustmentView(EvidenceColumns c, int row) {
            this.c = c;
            this.row = row;
        }

        @Override
        public String id() {
            String s = id;
            if (s == null) {
                s = c.id(row);
                id = s;
            }
            return s;
        }

        @Override
        public EvidenceColumns columns() {
            return c;
        }

        @Override
        public int row() {
            return row;
        }

        @Override
        public String unitId() {
            return (String) c.units[c.unit[row]];
        }

        @Override
        public String key() {
            return (String) c.strings[c.key[row]];
        }

        @Override
        public ReportingPeriod period() {
            return c.period(row);
        }

        @Override
        public SourceKind source() {
            return c.source(row);
        }

        @Override
        public Optional<ReviewStep> step() {
            return c.step(row);
        }

        @Override
        public String author() {
            return c.author(row);
        }

        @Override
        public Optional<String> authorUnitId() {
            return c.authorUnitId(row);
        }

        @Override
        public Instant recordedAt() {
            return c.recordedAt(row);
        }

        @Override
        public String toString() {
            return ValueText.of(this); // the built value's text, without building it
        }

        @Override
        public Points points() {
            return Points.ofUnits(c.word(row, 0));
        }

        @Override
        public String reason() {
            return c.string((int) c.word(row, 1));
        }
    }

    /** A row of {@link EvidenceColumns} as {@link NotApplicableMark}. */
    private static final class NotApplicableView extends NotApplicableMark implements Row {
        private final EvidenceColumns c;
        private final int row;
        /** Made on first use: scoring asks a used fact's id a few times (its view is 24 bytes with or without it). */
        private String id;

        NotApplicableView(EvidenceColumns c, int row) {
            this.c = c;
            this.row = row;
        }

        @Override
        public String id() {
            String s = id;
            if (s == null) {
                s = c.id(row);
                id = s;
            }
            return s;
        }

        @Override
        public EvidenceColumns columns() {
            return c;
        }

        @Override
        public int row() {
            return row;
        }

        @Override
        public String unitId() {
            return (String) c.units[c.unit[row]];
        }

        @Override
        public String key() {
            return (String) c.strings[c.key[row]];
        }

        @Override
        public ReportingPeriod period() {
            return c.period(row);
        }

        @Override
        public SourceKind source() {
            return c.source(row);
        }

        @Override
        public Optional<ReviewStep> step() {
            return c.step(row);
        }

        @Override
        public String author() {
            return c.author(row);
        }

        @Override
        public Optional<String> authorUnitId() {
            return c.authorUnitId(row);
        }

        @Override
        public Instant recordedAt() {
            return c.recordedAt(row);
        }

        @Override
        public String toString() {
            return ValueText.of(this); // the built value's text, without building it
        }

        @Override
        public String reason() {
            return c.string((int) c.word(row, 0));
        }
    }

    /** A row of {@link EvidenceColumns} as {@link ScoreOverride}. */
    private static final class OverrideView extends ScoreOverride implements Row {
        private final EvidenceColumns c;
        private final int row;
        /** Made on first use: scoring asks a used fact's id a few times (its view is 24 bytes with or without it). */
        private String id;

        OverrideView(EvidenceColumns c, int row) {
            this.c = c;
            this.row = row;
        }

        @Override
        public String id() {
            String s = id;
            if (s == null) {
                s = c.id(row);
                id = s;
            }
            return s;
        }

        @Override
        public EvidenceColumns columns() {
            return c;
        }

        @Override
        public int row() {
            return row;
        }

        @Override
        public String unitId() {
            return (String) c.units[c.unit[row]];
        }

        @Override
        public String key() {
            return (String) c.strings[c.key[row]];
        }

        @Override
        public ReportingPeriod period() {
            return c.period(row);
        }

        @Override
        public SourceKind source() {
            return c.source(row);
        }

        @Override
        public Optional<ReviewStep> step() {
            return c.step(row);
        }

        @Override
        public String author() {
            return c.author(row);
        }

        @Override
        public Optional<String> authorUnitId() {
            return c.authorUnitId(row);
        }

        @Override
        public Instant recordedAt() {
            return c.recordedAt(row);
        }

        @Override
        public String toString() {
            return ValueText.of(this); // the built value's text, without building it
        }

        @Override
        public Points newPoints() {
            return Points.ofUnits(c.word(row, 0));
        }

        @Override
        public String reason() {
            return c.string((int) c.word(row, 1));
        }
    }

    private static final EvidenceVisitor<Evidence> MATERIALIZE = new EvidenceVisitor<Evidence>() {
        @Override
        public Evidence visitDocument(DocumentRef d) {
            return DocumentRef.builder().from(d).build();
        }

        @Override
        public Evidence visitMetricValue(MetricValue m) {
            return MetricValue.builder().from(m).build();
        }

        @Override
        public Evidence visitIncident(Incident i) {
            return Incident.builder().from(i).build();
        }

        @Override
        public Evidence visitChecklistTick(ChecklistTick t) {
            return ChecklistTick.builder().from(t).build();
        }

        @Override
        public Evidence visitJudgement(Judgement j) {
            return Judgement.builder().from(j).build();
        }

        @Override
        public Evidence visitPublicRating(PublicRating r) {
            return PublicRating.builder().from(r).build();
        }

        @Override
        public Evidence visitSelfReport(SelfReport s) {
            return SelfReport.builder().from(s).build();
        }

        @Override
        public Evidence visitDeduction(Deduction d) {
            return Deduction.builder().from(d).build();
        }

        @Override
        public Evidence visitAdjustment(Adjustment a) {
            return Adjustment.builder().from(a).build();
        }

        @Override
        public Evidence visitNotApplicable(NotApplicableMark m) {
            return NotApplicableMark.builder().from(m).build();
        }

        @Override
        public Evidence visitScoreOverride(ScoreOverride o) {
            return ScoreOverride.builder().from(o).build();
        }
    };
}

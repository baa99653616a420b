package org.kaoping.plugin.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.KaopingException;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.plugin.json.EvidenceFormatException;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.plugin.json.InputLimits;
import org.kaoping.spi.EvidenceBatch;
import org.kaoping.spi.EvidenceSource;

/**
 * An {@link EvidenceSource} over a folder of CSV exports ({@code *.csv}) and JSON exports ({@code *.json}, a
 * JSON array of evidence in {@link EvidenceJson}'s format, UTF-8 with or without a byte-order mark), read together
 * in file-name order; hidden files and other extensions are left alone. Each file is read and validated whole
 * (by {@link EvidenceCsv}, or by {@link EvidenceJson#parseArray}): a file with a bad row or record contributes
 * nothing, and is reported (or, with {@link Builder#failOnBadFile}, refuses the
 * whole fetch by throwing {@link EvidenceCsvFormatException}).
 *
 * <p>Made by {@link #of(Path)} (the folder is its whole configuration) or {@link #builder(Path)} (charset, id,
 * priority, what to do with a refused file), by Kaoping's naming rule ({@code docs/naming.md}); it holds no open
 * file between calls, so it has no {@code open}.
 *
 * <p><b>The cursor is by content.</b> For each file it has taken evidence from, the cursor keeps the file's name,
 * size and modification time when last read, how many of its items were taken, and a hash (SHA-256, first 64
 * bits) of what they were read from: the text of a CSV file up to the end of the last row taken, the canonical
 * JSON ({@link EvidenceJson#toJson}) of the items of a JSON file. A file whose size and time are unchanged is
 * not read again. A file that changed is read again: if its first items still hash the same, the items after them
 * are imported (rows appended to an export, or an export first seen empty or header-only and written in full later,
 * across restarts); if they do not (rows changed, removed or reordered), the file is refused, naming it, and
 * nothing more is taken from it. The cursor grows with the number of files, never with the number of rows (the
 * file's name and about 40 characters); a cursor of the earlier form {@code csv-folder/1} is still read. A refused file is not
 * recorded as consumed: once corrected, the next fetch imports it. Evidence ids come from the files, so they are
 * stable and a repeated fetch is harmless.
 *
 * <p><b>One pass.</b> Each file is read and parsed once however many batches it takes: the source keeps the last
 * file parsed (only that one, so memory is bounded by one file of at most
 * {@link InputLimits#MAX_EVIDENCE_FILE_BYTES} bytes) and hands out its items batch after batch.
 *
 * <p>Thread-safe; its one-file cache is the only state it holds. Not registered for discovery: it needs a folder,
 * so wire it explicitly.
 */
@API(status = API.Status.STABLE)
public final class FolderEvidenceSource implements EvidenceSource {
    /** The default provider id. */
    public static final String ID = "csv-folder";

    private static final String CURSOR_PREFIX = "csv-folder/2";
    private static final String CURSOR_PREFIX_V1 = "csv-folder/1";
    private static final Logger LOG = Logger.getLogger(FolderEvidenceSource.class.getName());

    private final Path dir;
    private final Charset charset;
    private final String id;
    private final int priority;
    private final boolean failOnBadFile;
    private final Consumer<EvidenceCsvFormatException> onRefused;
    private final Object cacheLock = new Object();
    /** Where each record of the last batch came from (file and item), kept only for {@link #originOf} on a refusal. */
    private volatile java.util.Map<Evidence, Origin> lastBatch = Collections.emptyMap();
    /** The last file parsed by {@link #fetch}; guarded by {@link #cacheLock}. */
    private Parsed cached;
    private int filesParsed;

    private FolderEvidenceSource(Builder b) {
        this.dir = b.dir;
        this.charset = b.charset;
        this.id = b.id;
        this.priority = b.priority;
        this.failOnBadFile = b.failOnBadFile;
        this.onRefused = b.onRefused;
    }

    /** A source over {@code dir} that detects each file's charset and logs refused files as warnings. */
    public static FolderEvidenceSource of(Path dir) {
        return builder(dir).build();
    }

    public static Builder builder(Path dir) {
        return new Builder(dir);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int priority() {
        return priority;
    }

    public Path directory() {
        return dir;
    }

    /** Reads every CSV and JSON file of the folder; refused files are in the result with their problems, never thrown. */
    public FolderImport readAll() {
        List<ParsedFile> out = new ArrayList<>();
        for (Path f : files()) {
            out.add(read(f, false));
        }
        return new FolderImport(out);
    }

    @Override
    public EvidenceBatch fetch(String cursor, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive; got " + limit);
        }
        Cursor c = Cursor.parse(cursor);
        List<Evidence> out = new ArrayList<>();
        java.util.Map<Evidence, Origin> origins = new java.util.IdentityHashMap<>();
        boolean more = false;
        for (Path f : files()) {
            String name = f.getFileName().toString();
            Cursor.Entry taken = c.entries.get(name);
            long[] version = version(f);
            if (taken != null && taken.complete && taken.size == version[0] && taken.modified == version[1]) {
                continue; // unchanged since it was consumed whole: not read again
            }
            if (out.size() == limit) {
                more = true;
                break;
            }
            Parsed parsed = parsed(f, name, version);
            if (!parsed.file.isOk()) {
                refuse(new EvidenceCsvFormatException(parsed.file.problems()));
                continue;
            }
            List<Evidence> all = parsed.file.evidence();
            int from = 0;
            if (taken != null && taken.hash == null) {
                from = Math.min(taken.items, all.size()); // from a version-1 cursor: taken on trust
            } else if (taken != null) {
                if (taken.items > all.size() || !taken.hash.equals(parsed.hashOfFirst(taken.items))) {
                    refuse(new EvidenceCsvFormatException(Collections.singletonList(new ImportProblem(name, 0, 0, null,
                            "the " + taken.items + " item(s) already imported from this file changed or were removed since"
                                    + " (it now holds " + all.size() + "); expected an export to keep its rows and only add"
                                    + " rows at its end. Nothing more is imported from it"))));
                    continue;
                }
                from = taken.items;
            }
            int room = limit - out.size();
            int to = all.size() - from <= room ? all.size() : from + room;
            out.addAll(all.subList(from, to));
            for (int i = from; i < to; i++) {
                origins.put(all.get(i), new Origin(parsed, i));
            }
            c.entries.put(name, new Cursor.Entry(version[0], version[1], to, parsed.hashOfFirst(to), to == all.size()));
            if (to < all.size()) {
                more = true;
                break;
            }
        }
        lastBatch = origins;
        return EvidenceBatch.of(out, c.toString(), more);
    }

    /**
     * The file and line of a record of the last batch {@link #fetch} returned ({@code 评议.csv line 12}; for a JSON file
     * {@code 2015-03.json $[4], line 9}), computed only when asked: the runtime asks for the record it refuses.
     */
    @Override
    public java.util.Optional<String> originOf(Evidence record) {
        Origin o = lastBatch.get(record);
        return o == null ? java.util.Optional.<String>empty() : java.util.Optional.of(o.describe());
    }

    /** Item {@code index} of a parsed file. */
    private static final class Origin {
        final Parsed parsed;
        final int index;

        Origin(Parsed parsed, int index) {
            this.parsed = parsed;
            this.index = index;
        }

        String describe() {
            String text = parsed.file.sourceText();
            int[] ends = parsed.file.itemEnds();
            boolean json = parsed.name.toLowerCase(Locale.ROOT).endsWith(".json");
            String item = json ? " $[" + index + "]" : "";
            if (text == null || ends == null || index >= ends.length) {
                return parsed.name + (json ? item : " item " + (index + 1));
            }
            int end = Math.min(ends[index], text.length());
            int line = 1;
            for (int k = 0; k < end; k++) {
                if (text.charAt(k) == '\n' && k < end - 1) {
                    line++;
                }
            }
            return parsed.name + item + (json ? ", line " : " line ") + line;
        }
    }

    /** How many times a file was read and parsed by {@link #fetch}, for tests of the single pass. */
    int filesParsed() {
        synchronized (cacheLock) {
            return filesParsed;
        }
    }

    private void refuse(EvidenceCsvFormatException refused) {
        if (failOnBadFile) {
            throw refused;
        }
        onRefused.accept(refused);
    }

    /** Size and modification time (milliseconds) of {@code f}; -1 each when they cannot be read. */
    private static long[] version(Path f) {
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(f,
                    java.nio.file.attribute.BasicFileAttributes.class);
            return new long[] {a.size(), a.lastModifiedTime().toMillis()};
        } catch (IOException e) {
            return new long[] {-1, -1};
        }
    }

    /** The file parsed, from the one-file cache when its name, size and time are those of the last parse. */
    private Parsed parsed(Path f, String name, long[] version) {
        synchronized (cacheLock) {
            if (cached != null && cached.name.equals(name) && cached.size == version[0] && cached.modified == version[1]
                    && version[0] >= 0) {
                return cached;
            }
        }
        Parsed p = new Parsed(name, version[0], version[1], read(f, true));
        synchronized (cacheLock) {
            filesParsed++;
            cached = p;
        }
        return p;
    }

    /** One file parsed, and the hashes of its first items, computed once each and in one pass. */
    private static final class Parsed {
        final String name;
        final long size;
        final long modified;
        final ParsedFile file;
        private final java.util.Map<Integer, String> hashes = new java.util.HashMap<>();
        private java.security.MessageDigest running;
        private int hashedUpTo;

        Parsed(String name, long size, long modified, ParsedFile file) {
            this.name = name;
            this.size = size;
            this.modified = modified;
            this.file = file;
        }

        /**
         * The hash of what the first {@code n} items were read from: for a CSV file the text up to the end of the
         * {@code n}-th item's row (so a change to any of those rows, or a row made longer, changes it); for a JSON
         * file the canonical JSON of the items. Incremental for growing {@code n}, so each item is hashed once.
         */
        synchronized String hashOfFirst(int n) {
            String known = hashes.get(n);
            if (known != null) {
                return known;
            }
            if (running == null || n < hashedUpTo) {
                running = sha256();
                hashedUpTo = 0;
            }
            List<Evidence> all = file.evidence();
            String text = file.sourceText();
            int[] ends = file.itemEnds();
            if (text != null && ends != null) {
                int from = hashedUpTo == 0 ? 0 : ends[hashedUpTo - 1];
                int to = n == 0 ? 0 : ends[n - 1];
                running.update(text.substring(from, to).getBytes(StandardCharsets.UTF_8));
                hashedUpTo = n;
            } else {
                for (; hashedUpTo < n; hashedUpTo++) {
                    running.update(EvidenceJson.toJson(all.get(hashedUpTo)).getBytes(StandardCharsets.UTF_8));
                    running.update((byte) '\n');
                }
            }
            String hex;
            try {
                hex = hex(((java.security.MessageDigest) running.clone()).digest());
            } catch (CloneNotSupportedException e) {
                throw new AssertionError("SHA-256 digests clone on every Java 8+ runtime", e);
            }
            hashes.put(n, hex);
            return hex;
        }

        private static java.security.MessageDigest sha256() {
            try {
                return java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new AssertionError("SHA-256 is on every Java runtime", e);
            }
        }

        private static String hex(byte[] digest) {
            StringBuilder s = new StringBuilder(16);
            for (int i = 0; i < 8; i++) {
                s.append(String.format("%02x", digest[i] & 0xFF));
            }
            return s.toString();
        }
    }

    private ParsedFile read(Path f, boolean keepSource) {
        String name = f.getFileName().toString();
        byte[] bytes;
        try {
            bytes = InputLimits.readRegularFile(f, InputLimits.MAX_EVIDENCE_FILE_BYTES);
        } catch (InputLimits.RefusedInput e) {
            return new ParsedFile(name, null, Collections.<Evidence>emptyList(), Collections.singletonList(
                    new ImportProblem(name, 0, 0, null, e.getMessage())), Collections.<String>emptyList());
        } catch (IOException e) {
            return new ParsedFile(name, null, Collections.<Evidence>emptyList(), Collections.singletonList(
                    new ImportProblem(name, 0, 0, null, "cannot read the file: " + e)), Collections.<String>emptyList());
        }
        return isJson(name) ? readJson(name, bytes) : EvidenceCsv.read(name, bytes, charset, keepSource);
    }

    /**
     * Reads a JSON evidence file: UTF-8 whatever charset was declared for the CSV files; the first problem refuses
     * the file, named by line, column and (as the problem's header) JSON path.
     */
    static ParsedFile readJson(String name, byte[] bytes) {
        List<Evidence> none = Collections.<Evidence>emptyList();
        List<String> noColumns = Collections.<String>emptyList();
        TextEncoding text;
        try {
            text = TextEncoding.decode(name, bytes, StandardCharsets.UTF_8);
        } catch (EvidenceCsvFormatException e) {
            return new ParsedFile(name, null, none, e.problems(), noColumns);
        }
        List<Evidence> evidence;
        try {
            evidence = EvidenceJson.parseArray(text.text(), name);
        } catch (EvidenceFormatException e) {
            return new ParsedFile(name, text.charset(), none, Collections.singletonList(
                    new ImportProblem(name, e.line(), e.column(), e.path(), e.problem())), noColumns);
        }
        java.util.Map<String, Integer> indexOfId = new java.util.HashMap<>();
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            Integer first = indexOfId.putIfAbsent(e.id(), i);
            if (first != null && !evidence.get(first).equals(e)) {
                return new ParsedFile(name, text.charset(), none, Collections.singletonList(new ImportProblem(name, 0, 0,
                        "$[" + i + "].id", "evidence id [" + e.id() + "] is already used by $[" + first
                                + "] for different content; expected unique ids")), noColumns);
            }
        }
        return new ParsedFile(name, text.charset(), evidence, Collections.<ImportProblem>emptyList(), noColumns);
    }

    private static boolean isJson(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir)) {
            throw new ConfigurationException("Evidence folder " + dir + " does not exist or is not a directory");
        }
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                String lower = n.toLowerCase(Locale.ROOT);
                if (!n.startsWith(".") && (lower.endsWith(".csv") || lower.endsWith(".json")) && !Files.isDirectory(p)) {
                    // A FIFO or device under an export's name is listed, so that reading it refuses it visibly.
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list evidence folder " + dir, e);
        }
        Collections.sort(out, (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return out;
    }

    @Override
    public String toString() {
        return "FolderEvidenceSource[" + dir + (charset == null ? ", charset detected" : ", " + charset.name()) + "]";
    }

    /**
     * What has been taken from each file: {@code csv-folder/2}, then one line a file,
     * {@code name TAB size TAB modified TAB items TAB hash TAB complete(1|0)}, names with {@code % TAB CR LF} escaped,
     * numbers in base 36.
     */
    private static final class Cursor {
        static final class Entry {
            final long size;
            final long modified;
            final int items;
            /** Null for an entry read from a version-1 cursor, which had no hash: its items are taken on trust. */
            final String hash;
            final boolean complete;

            Entry(long size, long modified, int items, String hash, boolean complete) {
                this.size = size;
                this.modified = modified;
                this.items = items;
                this.hash = hash;
                this.complete = complete;
            }
        }

        final java.util.TreeMap<String, Entry> entries = new java.util.TreeMap<>();

        static Cursor parse(String cursor) {
            Cursor c = new Cursor();
            if (cursor == null || cursor.isEmpty()) {
                return c;
            }
            String[] lines = cursor.split("\n", -1);
            boolean v1 = lines[0].equals(CURSOR_PREFIX_V1);
            if (!v1 && !lines[0].equals(CURSOR_PREFIX)) {
                throw new RefusedInputException("Not a cursor of a CSV folder source: it should start with [" + CURSOR_PREFIX
                        + "]; got [" + (cursor.length() > 40 ? cursor.substring(0, 40) + "…" : cursor) + "]");
            }
            try {
                for (int i = 1; i < lines.length; i++) {
                    String l = lines[i];
                    if (l.isEmpty()) {
                        continue;
                    }
                    if (v1 && l.startsWith("+")) {
                        // Consumed whole, size unknown: re-read once, and everything in it now is taken as imported.
                        c.entries.put(URLDecoder.decode(l.substring(1), "UTF-8"), new Entry(-2, -2, Integer.MAX_VALUE, null, true));
                    } else if (v1 && l.startsWith("~")) {
                        int tab = l.indexOf('\t');
                        c.entries.put(URLDecoder.decode(l.substring(1, tab), "UTF-8"),
                                new Entry(-2, -2, Integer.parseInt(l.substring(tab + 1)), null, false));
                    } else if (!v1) {
                        String[] f = l.split("\t", -1);
                        if (f.length != 6) {
                            throw new IllegalArgumentException("line " + (i + 1) + " has " + f.length + " fields; expected 6");
                        }
                        c.entries.put(unescape(f[0]), new Entry(Long.parseLong(f[1], 36),
                                Long.parseLong(f[2], 36), Integer.parseInt(f[3], 36), f[4], f[5].equals("1")));
                    } else {
                        throw new IllegalArgumentException("line " + (i + 1));
                    }
                }
            } catch (RuntimeException | UnsupportedEncodingException e) {
                throw new RefusedInputException("Malformed CSV folder cursor (" + e.getMessage() + "): [" + cursor + "]", e);
            }
            return c;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(CURSOR_PREFIX);
            {
                for (java.util.Map.Entry<String, Entry> e : entries.entrySet()) {
                    Entry t = e.getValue();
                    s.append('\n').append(escape(e.getKey())).append('\t')
                            .append(Long.toString(t.size, 36)).append('\t').append(Long.toString(t.modified, 36)).append('\t')
                            .append(Integer.toString(t.items, 36)).append('\t').append(t.hash).append('\t')
                            .append(t.complete ? '1' : '0');
                }
            }
            return s.toString();
        }

        /** A file name with {@code %}, tab, CR and LF escaped as {@code %25 %09 %0D %0A}; Chinese stays as it is (short). */
        static String escape(String name) {
            StringBuilder s = new StringBuilder(name.length() + 8);
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                switch (c) {
                    case '%': s.append("%25"); break;
                    case '\t': s.append("%09"); break;
                    case '\r': s.append("%0D"); break;
                    case '\n': s.append("%0A"); break;
                    default: s.append(c);
                }
            }
            return s.toString();
        }

        static String unescape(String text) {
            StringBuilder s = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '%') {
                    s.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    s.append(c);
                }
            }
            return s.toString();
        }
    }

    /** Configures a {@link FolderEvidenceSource}. */
    public static final class Builder {
        private final Path dir;
        private Charset charset;
        private String id = ID;
        private int priority;
        private boolean failOnBadFile;
        private Consumer<EvidenceCsvFormatException> onRefused = e -> LOG.log(Level.WARNING, e.getMessage());

        Builder(Path dir) {
            this.dir = Objects.requireNonNull(dir, "dir must not be null");
        }

        /** Reads every file in {@code cs} (e.g. GBK) instead of detecting; a UTF-8 byte-order mark still means UTF-8. */
        public Builder charset(Charset cs) {
            this.charset = cs;
            return this;
        }

        /** The provider id, when a host wires several folders; default {@value FolderEvidenceSource#ID}. */
        public Builder id(String id) {
            if (Objects.requireNonNull(id, "id must not be null").trim().isEmpty()) {
                throw new IllegalArgumentException("id must not be blank");
            }
            this.id = id;
            return this;
        }

        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /** Whether a bad file refuses the whole fetch (an exception, nothing returned) instead of being skipped and reported. */
        public Builder failOnBadFile(boolean fail) {
            this.failOnBadFile = fail;
            return this;
        }

        /** Called with each refused file's problems when bad files are skipped; by default a java.util.logging warning. */
        public Builder onRefused(Consumer<EvidenceCsvFormatException> listener) {
            this.onRefused = Objects.requireNonNull(listener, "listener must not be null");
            return this;
        }

        public FolderEvidenceSource build() {
            return new FolderEvidenceSource(this);
        }
    }
}

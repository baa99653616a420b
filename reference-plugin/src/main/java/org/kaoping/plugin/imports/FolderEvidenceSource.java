package org.kaoping.plugin.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.net.URLEncoder;
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
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kaoping.core.KaopingException;
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
 * whole fetch by throwing {@link EvidenceImportException}).
 *
 * <p>The cursor records the files already consumed (by name) and, when a batch ended inside a file, how far;
 * evidence ids come from the files, so they are stable and a repeated fetch is harmless. A refused file is not
 * recorded as consumed: once corrected, the next fetch imports it. Files are expected to be written whole
 * (write to a temporary name, then rename) and not changed after they are consumed.
 *
 * <p>Immutable and thread-safe. Not registered for discovery: it needs a folder, so wire it explicitly.
 */
public final class FolderEvidenceSource implements EvidenceSource {
    /** The default provider id. */
    public static final String ID = "csv-folder";

    private static final String CURSOR_PREFIX = "csv-folder/1";
    private static final Logger LOG = Logger.getLogger(FolderEvidenceSource.class.getName());

    private final Path dir;
    private final Charset charset;
    private final String id;
    private final int priority;
    private final boolean failOnBadFile;
    private final Consumer<EvidenceImportException> onRefused;

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
            out.add(read(f));
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
        boolean more = false;
        for (Path f : files()) {
            String name = f.getFileName().toString();
            if (c.done.contains(name)) {
                continue;
            }
            if (out.size() == limit) {
                more = true;
                break;
            }
            ParsedFile parsed = read(f);
            if (!parsed.isOk()) {
                EvidenceImportException refused = new EvidenceImportException(parsed.problems());
                if (failOnBadFile) {
                    throw refused;
                }
                onRefused.accept(refused);
                continue;
            }
            List<Evidence> all = parsed.evidence();
            int from = name.equals(c.partialFile) ? Math.min(c.partialCount, all.size()) : 0;
            int room = limit - out.size();
            if (all.size() - from <= room) {
                out.addAll(all.subList(from, all.size()));
                c.done.add(name);
                if (name.equals(c.partialFile)) {
                    c.partialFile = null;
                }
            } else {
                out.addAll(all.subList(from, from + room));
                c.partialFile = name;
                c.partialCount = from + room;
                more = true;
                break;
            }
        }
        return EvidenceBatch.of(out, c.toString(), more);
    }

    private ParsedFile read(Path f) {
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
        return isJson(name) ? readJson(name, bytes) : EvidenceCsv.read(name, bytes, charset);
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
        } catch (EvidenceImportException e) {
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
            throw new KaopingException("Evidence folder " + dir + " does not exist or is not a directory");
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

    /** The consumed files and the position inside a partly consumed one. */
    private static final class Cursor {
        final TreeSet<String> done = new TreeSet<>();
        String partialFile;
        int partialCount;

        static Cursor parse(String cursor) {
            Cursor c = new Cursor();
            if (cursor == null || cursor.isEmpty()) {
                return c;
            }
            String[] lines = cursor.split("\n", -1);
            if (!lines[0].equals(CURSOR_PREFIX)) {
                throw new KaopingException("Not a cursor of a CSV folder source: it should start with [" + CURSOR_PREFIX
                        + "]; got [" + (cursor.length() > 40 ? cursor.substring(0, 40) + "…" : cursor) + "]");
            }
            try {
                for (int i = 1; i < lines.length; i++) {
                    String l = lines[i];
                    if (l.isEmpty()) {
                        continue;
                    }
                    if (l.startsWith("+")) {
                        c.done.add(URLDecoder.decode(l.substring(1), "UTF-8"));
                    } else if (l.startsWith("~")) {
                        int tab = l.indexOf('\t');
                        c.partialFile = URLDecoder.decode(l.substring(1, tab), "UTF-8");
                        c.partialCount = Integer.parseInt(l.substring(tab + 1));
                    } else {
                        throw new IllegalArgumentException("line " + (i + 1));
                    }
                }
            } catch (RuntimeException | UnsupportedEncodingException e) {
                throw new KaopingException("Malformed CSV folder cursor (" + e.getMessage() + "): [" + cursor + "]", e);
            }
            return c;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(CURSOR_PREFIX);
            try {
                for (String d : done) {
                    s.append('\n').append('+').append(URLEncoder.encode(d, "UTF-8"));
                }
                if (partialFile != null) {
                    s.append('\n').append('~').append(URLEncoder.encode(partialFile, "UTF-8")).append('\t').append(partialCount);
                }
            } catch (UnsupportedEncodingException e) {
                throw new AssertionError(e);
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
        private Consumer<EvidenceImportException> onRefused = e -> LOG.log(Level.WARNING, e.getMessage());

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
        public Builder onRefused(Consumer<EvidenceImportException> listener) {
            this.onRefused = Objects.requireNonNull(listener, "listener must not be null");
            return this;
        }

        public FolderEvidenceSource build() {
            return new FolderEvidenceSource(this);
        }
    }
}

package org.kaoping.plugin.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.KaopingException;
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
 * <p><b>The cursor is small and by content.</b> Whatever the number of files or rows, it holds how many files,
 * first in name order, were read to their end, one SHA-256 digest over them (each file's name, size and SHA-256 of its
 * bytes), and the file being read with how many of its items were taken and a hash of what they were read from
 * ({@code csv-folder/3}, about 130 characters). A fetch resumes after those files if they still digest the same
 * (hashing their bytes, without parsing, unless this source read them itself and their sizes and times are
 * unchanged), and continues the open file if its first items still hash the same. If anything before the cursor is
 * not as it was (rows appended to or changed in an earlier file, a file added, removed or refused before it), the
 * folder or the file is read again from its start and the batch's {@link EvidenceBatch#note() note} says so; evidence
 * ids come from the files, so the runtime stores only what is new and counts the rest as duplicates. A file read
 * again goes whole into a batch of its own (beyond the fetch's limit), with {@link EvidenceBatch#cursorIfConflict()}
 * set: if one of its rows changed since it was stored, the runtime refuses that file whole, naming it, its line and
 * what differs, and goes on with the next files; the file is marked refused. A refused file is counted among the files read, but marked so that
 * the next import over the cursor reads the folder again: once corrected, it is imported. Cursors of the earlier
 * forms {@code csv-folder/2} (one line a file) and {@code csv-folder/1} are still read.
 *
 * <p><b>One pass.</b> Each file is read and parsed once however many batches it takes: the source keeps the last
 * file parsed and hands out its items batch after batch, while the next file is parsed ahead on a thread of its own
 * (so reading overlaps with storing); memory is bounded by two files of at most
 * {@link InputLimits#MAX_EVIDENCE_FILE_BYTES} bytes each.
 *
 * <p>Thread-safe; its one-file cache and the file read ahead are the only state it holds. Not registered for discovery: it needs a folder,
 * so wire it explicitly.
 */
@API(status = API.Status.STABLE)
public final class FolderEvidenceSource implements EvidenceSource {
    /** The default provider id. */
    public static final String ID = "csv-folder";

    private static final Logger LOG = Logger.getLogger(FolderEvidenceSource.class.getName());

    private final Path dir;
    private final Charset charset;
    private final String id;
    private final int priority;
    private final boolean failOnBadFile;
    private final Consumer<EvidenceCsvFormatException> onRefused;
    private final Object cacheLock = new Object();
    /**
     * Where the records of the last batch came from, kept only for {@link #originOf} on a refusal: one run of
     * consecutive items per file, not one map entry per record (a per-record identity map cost more than the gate).
     */
    private volatile LastBatch lastBatch = new LastBatch(Collections.<Evidence>emptyList(), Collections.<Run>emptyList());
    /** The last file parsed by {@link #fetch}; guarded by {@link #cacheLock}. */
    private Parsed cached;
    /** The next file, being parsed ahead ({@link #readAhead}), or null; guarded by {@link #cacheLock}. */
    private Ahead ahead;
    private int filesParsed;
    /**
     * Completed prefixes this source computed or verified, by digest, so that paging through a folder does not hash it
     * again; a prefix is used only while its files keep their sizes and times. Guarded by {@link #cacheLock}; bounded.
     */
    private final Map<String, FolderCursor.Prefix> prefixes = new LinkedHashMap<String, FolderCursor.Prefix>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FolderCursor.Prefix> eldest) {
            return size() > 64;
        }
    };

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
        FolderCursor c = FolderCursor.parse(cursor);
        List<Path> files = files();
        List<String> notes = new ArrayList<>();
        Start start = c.legacy != null ? fromLegacy(c.legacy, files) : resume(c, files, notes);
        FolderCursor.Prefix done = start.done;
        List<Evidence> out = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        boolean more = false;
        FolderCursor next = null;
        String ifConflict = "";
        int reread = start.reread;
        for (int i = done.count; i < files.size(); i++) {
            if (out.size() == limit || !out.isEmpty() && i < reread) {
                more = true; // a file read again goes whole into a batch of its own
                break;
            }
            Path f = files.get(i);
            String name = f.getFileName().toString();
            long[] version = version(f);
            Parsed parsed = parsed(f, name, version);
            if (!parsed.file.isOk()) {
                refuse(new EvidenceCsvFormatException(parsed.file.problems()));
                // Recorded as refused, so that the next import over this cursor reads it again (and takes it once corrected).
                done = done.then(name, parsed.length(), parsed.contentHash(), true, version[0], version[1]);
                continue;
            }
            List<Evidence> all = parsed.file.evidence();
            int from = 0;
            boolean whole = i < reread;
            if (i == start.done.count && start.items > 0) {
                if (start.hash == null) {
                    from = Math.min(start.items, all.size()); // from a version-1 cursor: taken on trust
                } else if (start.items <= all.size() && start.hash.equals(start.legacy ? parsed.legacyHashOfFirst(start.items)
                        : parsed.hashOfFirst(start.items))) {
                    from = start.items;
                } else {
                    notes.add("file " + name + " changed since its first " + start.items + " item(s) were imported (it now holds "
                            + all.size() + "): read again from its first row, whole; rows already stored count as duplicates,"
                            + " and a changed row refuses the file whole");
                    whole = true;
                    reread = Math.max(reread, i + 1);
                }
            }
            if (whole && from < all.size()) {
                // Read again after a change: the rest of the file in one batch, stored whole or, if a row conflicts with
                // what is stored, refused whole (marked refused, so that the next import reads it again) while the
                // import goes on with the next file.
                runs.add(new Run(out.size(), parsed, from, all.size()));
                out.addAll(all.subList(from, all.size()));
                FolderCursor.Prefix refusedHere = done.then(name, parsed.length(), parsed.contentHash(), true, version[0], version[1]);
                remember(refusedHere);
                ifConflict = new FolderCursor(refusedHere.count, refusedHere.digest, null, 0, null, reread).toString();
                done = done.then(name, parsed.length(), parsed.contentHash(), false, version[0], version[1]);
                more = i + 1 < files.size();
                break;
            }
            int room = limit - out.size();
            int to = all.size() - from <= room ? all.size() : from + room;
            runs.add(new Run(out.size(), parsed, from, to));
            out.addAll(all.subList(from, to));
            if (to < all.size()) {
                more = true;
                next = new FolderCursor(done.count, done.digest, name, to, parsed.hashOfFirst(to), reread);
                break;
            }
            done = done.then(name, parsed.length(), parsed.contentHash(), false, version[0], version[1]);
        }
        remember(done);
        if (next == null) {
            next = new FolderCursor(done.count, done.digest, null, 0, null, reread);
        }
        // The next file the coming batches read that is not parsed yet: the one after the open file, or the next one.
        int following = next.file != null ? done.count + 1 : done.count;
        if (more && following < files.size()) {
            readAhead(files.get(following));
        }
        EvidenceBatch batch = EvidenceBatch.of(out, next.toString(), more, String.join("; ", notes), ifConflict);
        lastBatch = new LastBatch(batch.evidence(), runs);
        return batch;
    }

    /** Where a fetch starts: after the completed files {@code done}, in the next file after {@code items} items. */
    private static final class Start {
        final FolderCursor.Prefix done;
        final int items;
        /** Hash of those items' source; null to take them on trust (a version-1 cursor). */
        final String hash;
        /** Whether {@code hash} is a version-2 cursor's (of the decoded text). */
        final boolean legacy;
        /** How many files, first in name order, are read again and so go whole into batches ({@link FolderCursor#reread}). */
        final int reread;

        Start(FolderCursor.Prefix done, int items, String hash) {
            this(done, items, hash, false, 0);
        }

        Start(FolderCursor.Prefix done, int items, String hash, int reread) {
            this(done, items, hash, false, reread);
        }

        Start(FolderCursor.Prefix done, int items, String hash, boolean legacy) {
            this(done, items, hash, legacy, 0);
        }

        Start(FolderCursor.Prefix done, int items, String hash, boolean legacy, int reread) {
            this.done = done;
            this.items = items;
            this.hash = hash;
            this.legacy = legacy;
            this.reread = reread;
        }
    }

    /**
     * Where a version-3 cursor leads in the folder as it is now. Its completed files are taken as read only if they
     * still digest the same: known from this source's own chain when their sizes and times are unchanged, otherwise by
     * hashing their bytes (no parsing). If they do not (a file before the cursor was appended to, changed, added,
     * removed, or refused), the folder is read again from its first file, and a note says so.
     */
    private Start resume(FolderCursor c, List<Path> files, List<String> notes) {
        FolderCursor.Prefix done = verified(c, files);
        if (done == null) {
            notes.add("the " + c.completed + " file(s) read before the cursor are not as they were (a file was appended to,"
                    + " changed, added, removed or refused before it): the folder is read again from its first file, each"
                    + " file whole; rows already stored count as duplicates, and a file with a changed row is refused whole"
                    + " while the others import");
            // Every file now in the folder goes whole: any of them may hold rows stored before (names may have shifted).
            return new Start(FolderCursor.Prefix.ROOT, 0, null, Math.max(files.size(), c.reread));
        }
        if (c.file != null && done.count < files.size() && files.get(done.count).getFileName().toString().equals(c.file)) {
            return new Start(done, c.items, c.hash, c.reread);
        }
        if (c.file != null && c.items > 0) {
            notes.add("file " + c.file + ", being read at the cursor, is no longer the next file of the folder: the files"
                    + " after the " + c.completed + " completed are read from their first row, each whole");
            return new Start(done, 0, null, Math.max(files.size(), c.reread));
        }
        return new Start(done, 0, null, c.reread);
    }

    /** The completed prefix of {@code c} if it still holds in {@code files}; null if not. */
    private FolderCursor.Prefix verified(FolderCursor c, List<Path> files) {
        if (c.completed > files.size()) {
            return null;
        }
        FolderCursor.Prefix known;
        synchronized (cacheLock) {
            known = prefixes.get(c.digest);
        }
        if (known != null && known.count == c.completed && unchanged(known, files)) {
            return known;
        }
        FolderCursor.Prefix p = FolderCursor.Prefix.ROOT;
        for (int i = 0; i < c.completed; i++) {
            Path f = files.get(i);
            long[] version = version(f);
            byte[] bytes;
            try {
                bytes = InputLimits.readRegularFile(f, InputLimits.MAX_EVIDENCE_FILE_BYTES);
            } catch (IOException | RuntimeException e) {
                return null; // unreadable now: read again, and refused visibly, from the start
            }
            p = p.then(f.getFileName().toString(), bytes.length, sha256(bytes), false, version[0], version[1]);
        }
        if (!p.digest.equals(c.digest)) {
            return null;
        }
        remember(p);
        return p;
    }

    /** Whether the files of a prefix this source completed are still first in the folder, with their sizes and times. */
    private static boolean unchanged(FolderCursor.Prefix p, List<Path> files) {
        for (FolderCursor.Prefix at = p; at.count > 0; at = at.parent) {
            Path f = files.get(at.count - 1);
            if (!f.getFileName().toString().equals(at.name)) {
                return false;
            }
            long[] version = version(f);
            if (version[0] < 0 || version[0] != at.size || version[1] != at.modified) {
                return false;
            }
        }
        return true;
    }

    private void remember(FolderCursor.Prefix p) {
        synchronized (cacheLock) {
            prefixes.put(p.digest, p);
        }
    }

    /**
     * Where an old ({@code csv-folder/1} or {@code /2}) cursor leads: the leading files it lists as consumed whole
     * and unchanged (or, version 1, consumed whole) are the completed prefix, hashed from their bytes; the next file
     * continues after the items the old cursor took from it, if their hash still holds; every file after it is read
     * from its first row, and rows already stored count as duplicates.
     */
    private Start fromLegacy(Map<String, FolderCursor.Legacy> legacy, List<Path> files) {
        FolderCursor.Prefix p = FolderCursor.Prefix.ROOT;
        for (Path f : files) {
            String name = f.getFileName().toString();
            FolderCursor.Legacy e = legacy.get(name);
            long[] version = version(f);
            boolean whole = e != null && e.complete && (e.hash == null || e.size == version[0] && e.modified == version[1]);
            if (!whole) {
                return e == null ? new Start(p, 0, null) : new Start(p, e.items, e.hash, true);
            }
            byte[] bytes;
            try {
                bytes = InputLimits.readRegularFile(f, InputLimits.MAX_EVIDENCE_FILE_BYTES);
            } catch (IOException | RuntimeException x) {
                return new Start(p, 0, null);
            }
            p = p.then(name, bytes.length, sha256(bytes), false, version[0], version[1]);
        }
        return new Start(p, 0, null);
    }

    private static byte[] sha256(byte[] bytes) {
        return FolderCursor.sha256().digest(bytes);
    }

    /**
     * The file and line of a record of the last batch {@link #fetch} returned ({@code 评议.csv line 12}; for a JSON file
     * {@code 2015-03.json $[4], line 9}), computed only when asked: the runtime asks for the record it refuses.
     */
    @Override
    public java.util.Optional<String> originOf(Evidence record) {
        Origin o = lastBatch.originOf(record);
        return o == null ? java.util.Optional.<String>empty() : java.util.Optional.of(o.describe());
    }

    /** Items {@code from} (inclusive) to {@code to} of a parsed file, placed in a batch from position {@code at} on. */
    private static final class Run {
        final int at;
        final Parsed parsed;
        final int from;
        final int to;

        Run(int at, Parsed parsed, int from, int to) {
            this.at = at;
            this.parsed = parsed;
            this.from = from;
            this.to = to;
        }
    }

    /** The records of one batch and the runs they came from; a record is found by identity, only when asked. */
    private static final class LastBatch {
        final List<Evidence> records;
        final List<Run> runs;

        LastBatch(List<Evidence> records, List<Run> runs) {
            this.records = records;
            this.runs = runs;
        }

        Origin originOf(Evidence record) {
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i) == record) {
                    for (Run r : runs) {
                        if (i >= r.at && i < r.at + (r.to - r.from)) {
                            return new Origin(r.parsed, r.from + (i - r.at));
                        }
                    }
                }
            }
            return null;
        }
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
        java.util.concurrent.Future<Parsed> pending = null;
        synchronized (cacheLock) {
            if (cached != null && cached.name.equals(name) && cached.size == version[0] && cached.modified == version[1]
                    && version[0] >= 0) {
                return cached;
            }
            if (ahead != null && ahead.name.equals(name) && ahead.size == version[0] && ahead.modified == version[1]
                    && version[0] >= 0) {
                pending = ahead.parsed;
            }
            ahead = null;
        }
        if (pending != null) {
            try {
                Parsed p = pending.get();
                synchronized (cacheLock) {
                    filesParsed++;
                    cached = p;
                }
                return p;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // kept for the caller; the file is parsed here instead
            } catch (java.util.concurrent.ExecutionException e) {
                // Parsed again below, on this thread, so that what failed fails where the caller sees it.
                LOG.log(Level.FINE, "reading ahead " + f + " failed", e.getCause());
            }
        }
        return parseNow(f, name, version, true);
    }

    /**
     * Parses the file after the one being handed out on a thread of its own while the runtime stores this one's
     * batches, so that reading the folder overlaps with the gate and the store (a second core does the parsing); at
     * most one file is read ahead, so at most two are held. Does nothing if that file is already parsed or on its way.
     */
    private void readAhead(Path f) {
        String name = f.getFileName().toString();
        long[] version = version(f);
        if (version[0] < 0) {
            return;
        }
        synchronized (cacheLock) {
            if (cached != null && cached.name.equals(name) && cached.size == version[0] && cached.modified == version[1]
                    || ahead != null && ahead.name.equals(name) && ahead.size == version[0] && ahead.modified == version[1]) {
                return;
            }
            java.util.concurrent.FutureTask<Parsed> task = new java.util.concurrent.FutureTask<>(() -> parseNow(f, name, version, false));
            ahead = new Ahead(name, version[0], version[1], task);
            Thread t = new Thread(task, "kaoping-folder-read-ahead");
            t.setDaemon(true);
            t.start();
        }
    }

    /** A file being parsed ahead, by its name, size and time when it was listed. */
    private static final class Ahead {
        final String name;
        final long size;
        final long modified;
        final java.util.concurrent.Future<Parsed> parsed;

        Ahead(String name, long size, long modified, java.util.concurrent.Future<Parsed> parsed) {
            this.name = name;
            this.size = size;
            this.modified = modified;
            this.parsed = parsed;
        }
    }

    /** Reads and parses {@code f} on this thread; with {@code cache}, it becomes the one-file cache. */
    private Parsed parseNow(Path f, String name, long[] version, boolean cache) {
        byte[] bytes;
        ParsedFile file;
        try {
            bytes = InputLimits.readRegularFile(f, InputLimits.MAX_EVIDENCE_FILE_BYTES);
            file = isJson(name) ? readJson(name, bytes) : EvidenceCsv.read(name, bytes, charset, true);
        } catch (IOException e) {
            bytes = null;
            file = unreadable(name, e);
        }
        Parsed p = new Parsed(name, version[0], version[1], file, bytes == null ? new byte[0] : bytes);
        if (cache) {
            synchronized (cacheLock) {
                filesParsed++;
                cached = p;
            }
        }
        return p;
    }

    /** One file parsed, and the hashes of its first items, computed once each and in one pass. */
    private static final class Parsed {
        final String name;
        final long size;
        final long modified;
        final ParsedFile file;
        /** The bytes parsed; empty for an unreadable file. */
        private final byte[] bytes;
        private final Charset charset;
        private final java.util.Map<Integer, String> hashes = new java.util.HashMap<>();
        /** SHA-256 of {@code bytes[0, hashedBytes)}, advanced item by item, then to the end for {@link #contentHash}. */
        private java.security.MessageDigest running;
        private int hashedUpTo;
        private int hashedChars;
        private long hashedBytes;
        private byte[] contentHash;

        Parsed(String name, long size, long modified, ParsedFile file, byte[] bytes) {
            this.name = name;
            this.size = size;
            this.modified = modified;
            this.file = file;
            this.bytes = bytes;
            this.charset = file.charset() == null ? StandardCharsets.UTF_8 : file.charset();
        }

        long length() {
            return bytes.length;
        }

        private boolean csv() {
            return file.sourceText() != null && file.itemEnds() != null;
        }

        /**
         * The hash of what the first {@code n} items were read from: for a CSV file its bytes up to the end of the
         * {@code n}-th item's row (so a change to any of those rows, or a row made longer, changes it); for a JSON
         * file the canonical JSON of the items. Incremental for growing {@code n}, so each byte is hashed once, and
         * the same pass gives {@link #contentHash}.
         */
        synchronized String hashOfFirst(int n) {
            String known = hashes.get(n);
            if (known != null) {
                return known;
            }
            if (running == null || n < hashedUpTo) {
                running = FolderCursor.sha256();
                hashedUpTo = 0;
                hashedChars = 0;
                hashedBytes = 0;
            }
            if (csv()) {
                int to = n == 0 ? 0 : file.itemEnds()[n - 1];
                long end = hashedBytes + byteLength(hashedChars, to) + (hashedBytes == 0 && to > 0 ? byteOrderMark() : 0);
                running.update(bytes, (int) hashedBytes, (int) (end - hashedBytes));
                hashedBytes = end;
                hashedChars = to;
                hashedUpTo = n;
            } else {
                List<Evidence> all = file.evidence();
                for (; hashedUpTo < n; hashedUpTo++) {
                    running.update(EvidenceJson.toJson(all.get(hashedUpTo)).getBytes(StandardCharsets.UTF_8));
                    running.update((byte) '\n');
                }
            }
            String hex = FolderCursor.hex(copy(running).digest(), 8);
            hashes.put(n, hex);
            return hex;
        }

        /** The hash a {@code csv-folder/2} cursor kept: of the decoded text up to the end of the {@code n}-th row, in UTF-8. */
        String legacyHashOfFirst(int n) {
            if (!csv()) {
                return hashOfFirst(n);
            }
            int to = n == 0 ? 0 : file.itemEnds()[n - 1];
            return FolderCursor.hex(FolderCursor.sha256().digest(file.sourceText().substring(0, to)
                    .getBytes(StandardCharsets.UTF_8)), 8);
        }

        /** SHA-256 of the whole file's bytes; for a CSV file it finishes the pass {@link #hashOfFirst} began. */
        synchronized byte[] contentHash() {
            if (contentHash == null) {
                if (csv() && running != null && hashedBytes <= bytes.length) {
                    java.security.MessageDigest d = copy(running);
                    d.update(bytes, (int) hashedBytes, bytes.length - (int) hashedBytes);
                    contentHash = d.digest();
                } else {
                    contentHash = FolderCursor.sha256().digest(bytes);
                }
            }
            return contentHash;
        }

        private int byteOrderMark() {
            return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        }

        /** How many bytes the decoded text's chars {@code [from, to)} were read from. */
        private long byteLength(int from, int to) {
            String text = file.sourceText();
            if (!charset.equals(StandardCharsets.UTF_8)) {
                return text.substring(from, to).getBytes(charset).length;
            }
            long n = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 2 : Character.isLowSurrogate(c) ? 2 : 3;
            }
            return n;
        }

        private static java.security.MessageDigest copy(java.security.MessageDigest d) {
            try {
                return (java.security.MessageDigest) d.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError("SHA-256 digests clone on every Java 8+ runtime", e);
            }
        }
    }

    private ParsedFile read(Path f, boolean keepSource) {
        String name = f.getFileName().toString();
        byte[] bytes;
        try {
            bytes = InputLimits.readRegularFile(f, InputLimits.MAX_EVIDENCE_FILE_BYTES);
        } catch (IOException e) {
            return unreadable(name, e);
        }
        return isJson(name) ? readJson(name, bytes) : EvidenceCsv.read(name, bytes, charset, keepSource);
    }

    /** A file that could not be read, refused with why. */
    private static ParsedFile unreadable(String name, Exception e) {
        return new ParsedFile(name, null, Collections.<Evidence>emptyList(), Collections.singletonList(new ImportProblem(name,
                0, 0, null, e instanceof InputLimits.RefusedInput ? e.getMessage() : "cannot read the file: " + e)),
                Collections.<String>emptyList());
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
        java.util.TreeMap<String, Path> byName = new java.util.TreeMap<>(); // each name computed once, not per comparison
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                String lower = n.toLowerCase(Locale.ROOT);
                if (!n.startsWith(".") && (lower.endsWith(".csv") || lower.endsWith(".json")) && !Files.isDirectory(p)) {
                    // A FIFO or device under an export's name is listed, so that reading it refuses it visibly.
                    byName.put(n, p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list evidence folder " + dir, e);
        }
        return new ArrayList<>(byName.values());
    }

    @Override
    public String toString() {
        return "FolderEvidenceSource[" + dir + (charset == null ? ", charset detected" : ", " + charset.name()) + "]";
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

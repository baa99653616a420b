package org.kaoping.plugin.journal;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.kaoping.core.api.API;
import org.kaoping.spi.support.HashChain;

/**
 * An append-only, hash-chained journal of opaque text records: one JSON line per record in the file
 * {@code <directory>/<name>.jsonl}, each with a sequence number, a chain hash and a CRC32, plus the manifest
 * {@code <directory>/<name>.manifest} holding the last acknowledged sequence number and chain hash (format in the
 * {@linkplain org.kaoping.plugin.journal package documentation}).
 *
 * <p><b>Durability.</b> {@link #append} and {@link #appendAll} return only after the record's bytes
 * have been written and forced to the storage device with {@code fsync(2)}, and then the manifest too; when a
 * file is created, its directory is forced as well (on POSIX systems). A record whose append returned (an
 * <em>acknowledged</em> record) therefore survives a process kill or a power loss, as far as the OS and device
 * honour {@code fsync} (on macOS, {@code fsync} does not flush the drive's cache). If an append throws, the
 * record may or may not be present after a restart, and the journal refuses further appends until it
 * is reopened. Concurrent appenders share an fsync (group commit): one thread forces the file for
 * every record written before the force started.
 *
 * <p><b>Recovery never discards a complete record.</b> {@link #open} reads the whole file. Only a last line
 * without its final newline, beyond the acknowledged records, is what an interrupted write leaves: it was never
 * acknowledged, so it is truncated away with a {@code WARNING} (java.util.logging, logger
 * {@code org.kaoping.plugin.journal.Journal}) naming the file and the byte offset. Anything else is damage and
 * {@code open} throws {@link JournalCorruptedException} naming the file, line, byte offset and problem, leaving
 * every file unchanged: a complete line with a bad checksum, bad framing or bad escapes, a sequence number out of
 * order (a gap, a duplicated or reordered line), a broken hash chain, fewer records than the manifest acknowledges
 * (a file cut at a record boundary), or a missing or unreadable manifest beside a non-empty file. The explicit
 * {@link #repair} moves the damaged bytes aside into a side file and never deletes any.
 *
 * <p><b>Single writer.</b> A journal is held open by at most one {@code Journal} instance across all
 * processes: {@code open} takes an exclusive OS lock on the data file {@code <name>.jsonl} itself, held while
 * open, and throws {@link JournalLockedException} if another instance, in this JVM or another, holds it. There is
 * no lock file to delete; and an append checks that the path still names the file it locked, so a journal file
 * deleted or replaced while open is refused rather than written behind another writer's back.
 *
 * <p><b>Thread-safety.</b> All methods are safe to call from any number of threads. Records appended
 * concurrently never interleave; each gets its own sequence number, and sequence numbers are
 * contiguous from 1 in file order. Readers see exactly the records that are durable. File I/O goes
 * through {@link RandomAccessFile}, so a {@link Thread#interrupt()} of an appending thread does not
 * close the journal (as it would an NIO channel). Reads go through one read-only descriptor kept open with the
 * journal, never a new one: closing any descriptor of a file releases the process's POSIX locks on it.
 */
@API(status = API.Status.INTERNAL)
public final class Journal implements Closeable {
    /** The journal name used by {@link #open(Path)}. */
    public static final String DEFAULT_NAME = "journal";
    /** Suffix of the journal file. */
    public static final String FILE_SUFFIX = ".jsonl";
    /** Suffix of the manifest, which holds the last acknowledged sequence number and chain hash. */
    public static final String MANIFEST_SUFFIX = ".manifest";
    /**
     * The longest line, in bytes, a journal writes or reads (16 MiB): a longer record is refused on append, and a
     * longer line on open is damage (or, without a final newline, a torn tail that is skipped without buffering).
     */
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(Journal.class.getName());
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    /**
     * Data files held open in this JVM. Checked before a second descriptor is opened on a data file,
     * because closing any descriptor of a file releases the process's POSIX locks on it.
     */
    private static final Set<Path> OPEN_IN_THIS_JVM = Collections.newSetFromMap(new ConcurrentHashMap<Path, Boolean>());

    /** A position in the file: the end offset of the last record, its sequence number and chain hash. */
    private static final class Mark {
        final long end;
        final long seq;
        final String hash;

        Mark(long end, long seq, String hash) {
            this.end = end;
            this.seq = seq;
            this.hash = hash;
        }
    }

    private final Path directory;
    private final Path file;
    /** The data file's identity when opened (null where the OS gives none). */
    private final Object fileKey;
    private final RandomAccessFile out;
    /** Read-only descriptor for reads; shared, each chunk read synchronized on it. */
    private final RandomAccessFile in;
    private final FileLock lock;
    private final Manifest manifest;

    private final Object writeMonitor = new Object();
    private final Object syncMonitor = new Object();

    /**
     * Start offset of the record with sequence number i + 1; guarded by writeMonitor. After an open from a
     * {@link Checkpoint}, the entries before it are filled in only when a record before it is read.
     */
    private long[] offsets;
    /** The checkpoint this journal was opened from (the records before it were not read), or null. */
    private final Checkpoint checkpoint;
    /** Whether {@link #offsets} holds the records before {@link #checkpoint}; guarded by writeMonitor. */
    private boolean prefixIndexed;
    /** Guarded by writeMonitor. */
    private boolean closed;
    /** Written (not necessarily durable); updated under writeMonitor. */
    private volatile Mark written;
    /** Durable and recorded in the manifest; updated under syncMonitor. */
    private volatile Mark durable;
    private volatile IOException writeFailure;
    private volatile IOException syncFailure;

    private Journal(Path directory, Path file, Object fileKey, RandomAccessFile out, RandomAccessFile in, FileLock lock,
            Manifest manifest, long[] offsets, Mark end, Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
        this.prefixIndexed = checkpoint == null;
        this.directory = directory;
        this.file = file;
        this.fileKey = fileKey;
        this.out = out;
        this.in = in;
        this.lock = lock;
        this.manifest = manifest;
        this.offsets = offsets;
        this.written = end;
        this.durable = end;
    }

    /** Opens (creating if needed) the journal {@value #DEFAULT_NAME} in {@code directory}. See {@link #open(Path, String)}. */
    public static Journal open(Path directory) {
        return open(directory, DEFAULT_NAME);
    }

    /**
     * Opens the journal {@code <directory>/<name>.jsonl}, creating the directory, the file and its manifest if
     * they do not exist, dropping a torn last line (no final newline) that was never acknowledged, and locking the
     * file for this instance.
     *
     * @param name 1 to 64 characters of {@code [A-Za-z0-9_-]}, not starting with {@code _} or {@code -}
     * @throws JournalLockedException if the journal is open elsewhere, in this JVM or another process
     * @throws JournalCorruptedException naming file, line and byte offset if a complete record is damaged, the
     *     chain is broken or the file holds fewer records than its manifest acknowledges
     * @throws JournalException on an I/O failure
     */
    public static Journal open(Path directory, String name) {
        return open(directory, name, false, null);
    }

    /**
     * A record of a journal that the caller vouches for (because a hash it trusts commits to it, for example): its
     * sequence number, the byte offset of its line and its chain hash. See {@link #open(Path, String, Checkpoint)}.
     */
    @API(status = API.Status.INTERNAL)
    public static final class Checkpoint {
        private final long sequence;
        private final long offset;
        private final String chainHash;

        /**
         * @throws IllegalArgumentException if {@code sequence < 1}, {@code offset < 0} or the hash is not 64
         *     lower-case hex digits
         */
        public Checkpoint(long sequence, long offset, String chainHash) {
            if (sequence < 1 || offset < 0) {
                throw new IllegalArgumentException("a checkpoint needs a sequence number of at least 1 and a"
                        + " non-negative offset; got " + sequence + " at " + offset);
            }
            if (chainHash == null || !chainHash.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("a checkpoint's chain hash must be 64 lower-case hex digits; got "
                        + chainHash);
            }
            this.sequence = sequence;
            this.offset = offset;
            this.chainHash = chainHash;
        }

        /** The record's sequence number. */
        public long sequence() {
            return sequence;
        }

        /** The byte offset of the record's line in the journal file. */
        public long offset() {
            return offset;
        }

        /** The record's chain hash. */
        public String chainHash() {
            return chainHash;
        }

        @Override
        public String toString() {
            return "record " + sequence + " at byte offset " + offset + " (chain hash " + chainHash + ")";
        }
    }

    /**
     * Opens the journal like {@link #open(Path, String)}, but reads only the records after {@code trusted} if the file
     * holds, at its offset, a whole line with a valid checksum, its sequence number and its chain hash, and the
     * manifest acknowledges at least that record: the chain is then checked from that record to the end (every
     * later record's checksum, sequence number and link, and the acknowledged head), the records before it are not
     * read. Otherwise (or if {@code trusted} is null) the whole file is read as {@link #open(Path, String)} does;
     * {@link #openedFrom()} tells which. The records before the checkpoint are still readable (they are indexed on
     * first read, with every link from the first record checked) and {@link #verify()} still walks the whole file.
     *
     * <p>Whoever passes a checkpoint takes over the check of the chain up to it: a change to an earlier record is
     * not seen by this open (it is by {@link #verify()} and {@link #verify(Path, String)}).
     *
     * @throws JournalLockedException if the journal is open elsewhere, in this JVM or another process
     * @throws JournalCorruptedException as {@link #open(Path, String)}, for the records it reads
     * @throws JournalException on an I/O failure
     */
    public static Journal open(Path directory, String name, Checkpoint trusted) {
        return open(directory, name, false, trusted);
    }

    /** The checkpoint this journal was opened from (the records before it were not read on open), if any. */
    public java.util.Optional<Checkpoint> openedFrom() {
        return java.util.Optional.ofNullable(checkpoint);
    }

    /**
     * Opens the journal {@code <directory>/<name>.jsonl} like {@link #open(Path, String)}, but empty: once its lock
     * is held, whatever the file holds is discarded (truncated and forced to disk) without being read. For scratch
     * journals such as the demo's; a journal open elsewhere is left untouched.
     *
     * @throws JournalLockedException if the journal is open elsewhere, in this JVM or another process
     * @throws JournalException on an I/O failure
     */
    public static Journal openEmpty(Path directory, String name) {
        return open(directory, name, true, null);
    }

    private static Path resolveDirectory(Path directory, boolean create) {
        try {
            Path absolute = directory.toAbsolutePath().normalize();
            if (!Files.isDirectory(absolute)) {
                if (!create) {
                    throw new JournalException("No journal directory " + directory);
                }
                Files.createDirectories(absolute);
                if (absolute.getParent() != null) {
                    fsyncDirectory(absolute.getParent());
                }
            }
            return absolute.toRealPath();
        } catch (IOException e) {
            throw new JournalException("Cannot create or resolve the journal directory " + directory + ": " + e, e);
        }
    }

    private static void checkName(String name) {
        Objects.requireNonNull(name, "name must not be null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("journal name must be 1 to 64 characters of [A-Za-z0-9_-] and start"
                    + " with a letter or digit; got [" + name + "]");
        }
    }

    /** Takes the exclusive OS lock on the data file through {@code handle}'s channel, or throws. */
    private static FileLock lock(Path dir, Path file, RandomAccessFile handle) throws IOException {
        FileLock lock;
        try {
            lock = handle.getChannel().tryLock();
        } catch (OverlappingFileLockException e) {
            throw new JournalLockedException(dir, file, "locked by other code in this JVM");
        }
        if (lock == null) {
            throw new JournalLockedException(dir, file, "held by another process");
        }
        return lock;
    }

    private static Journal open(Path directory, String name, boolean discard, Checkpoint trusted) {
        Objects.requireNonNull(directory, "directory must not be null");
        checkName(name);
        Path dir = resolveDirectory(directory, true);
        Path file = dir.resolve(name + FILE_SUFFIX);
        if (!OPEN_IN_THIS_JVM.add(file)) {
            throw new JournalLockedException(dir, file, "already open in this JVM");
        }
        RandomAccessFile out = null;
        RandomAccessFile in = null;
        FileLock lock = null;
        Manifest manifest = null;
        boolean opened = false;
        try {
            boolean created = !Files.exists(file);
            out = new RandomAccessFile(file.toFile(), "rw");
            lock = lock(dir, file, out);
            if (created) {
                out.getFD().sync();
                fsyncDirectory(dir);
            }
            Path manifestPath = dir.resolve(name + MANIFEST_SUFFIX);
            Manifest.Head head;
            if (discard) {
                out.setLength(0);
                out.getFD().sync();
                head = readManifestOrNull(manifestPath);
                boolean newManifest = !Files.exists(manifestPath);
                manifest = Manifest.open(manifestPath, head);
                manifest.reset(0, HashChain.GENESIS);
                if (newManifest) {
                    fsyncDirectory(dir);
                }
                head = new Manifest.Head(0, 0, HashChain.GENESIS);
            } else {
                head = readManifest(file, manifestPath);
            }
            long length = out.length();
            Scan scan = trusted != null && head != null && head.sequence >= trusted.sequence
                    ? Scan.fromCheckpoint(out, length, head.sequence, trusted) : null;
            Checkpoint usedCheckpoint = scan == null ? null : trusted;
            if (scan == null) {
                scan = Scan.run(out, length, head == null ? 0 : head.sequence, Long.MAX_VALUE);
            }
            String repair = "nothing was changed; to move the damaged bytes aside into a side file, run `kaoping journal"
                    + " repair --store " + dir + "` (Java: Journal.repair or JournalAssessmentStore.repair), see"
                    + " docs/journal.md";
            if (scan.badOffset >= 0) {
                throw new JournalCorruptedException(file, scan.badLine, scan.badOffset, scan.badProblem, repair);
            }
            if (head == null) {
                if (scan.count > 0) {
                    throw new JournalCorruptedException(file, 1, 0, "its manifest " + manifestPath + " is missing, so"
                            + " the journal cannot tell whether records were cut from its end (" + scan.count
                            + " record(s) are present)", repair + " (it rebuilds the manifest from the file)");
                }
                boolean newManifest = !Files.exists(manifestPath);
                manifest = Manifest.open(manifestPath, null);
                manifest.reset(0, HashChain.GENESIS);
                if (newManifest) {
                    fsyncDirectory(dir);
                }
                head = new Manifest.Head(0, 0, HashChain.GENESIS);
            }
            if (head.sequence > scan.count) {
                throw new JournalCorruptedException(file, scan.count + 1, scan.end, "the file was cut: its manifest"
                        + " acknowledges " + head.sequence + " record(s) but the file holds " + scan.count
                        + " complete record(s), so records " + (scan.count + 1) + ".." + head.sequence + " are missing",
                        repair + " (it records the loss in the manifest; the missing bytes are not in this directory)");
            }
            if (!head.hash.equals(scan.ackHash)) {
                throw new JournalCorruptedException(file, head.sequence, (head.sequence == 0 ? 0 : scan.offsets[(int) head.sequence - 1]),
                        "record " + head.sequence + " has chain hash " + scan.ackHash + ", but the manifest acknowledged "
                                + head.hash + " for it: the records up to it were rewritten", repair);
            }
            if (scan.tornOffset >= 0) {
                out.setLength(scan.tornOffset);
                out.getFD().sync();
                LOG.warning(String.format(Locale.ROOT, "Journal file %s: dropped a torn last record at byte offset %d"
                        + " (line %d, %d bytes without a final newline; never acknowledged); records 1..%d are intact",
                        file, scan.tornOffset, scan.count + 1, length - scan.tornOffset, scan.count));
            }
            if (manifest == null) {
                manifest = Manifest.open(manifestPath, head);
            }
            if (scan.count > head.sequence) {
                // Complete records written and forced, whose append did not return before a crash: kept.
                manifest.write(scan.count, scan.hash);
            }
            in = new RandomAccessFile(file.toFile(), "r");
            Object fileKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            out.seek(scan.end);
            Journal journal = new Journal(dir, file, fileKey, out, in, lock, manifest, scan.offsets,
                    new Mark(scan.end, scan.count, scan.hash), usedCheckpoint);
            opened = true;
            return journal;
        } catch (IOException e) {
            throw new JournalException("Cannot open the journal " + name + " in " + dir + ": " + e, e);
        } finally {
            if (!opened) {
                closeQuietly(manifest);
                closeQuietly(in);
                if (lock != null) {
                    try {
                        lock.release();
                    } catch (IOException ignored) {
                        // closing the handle releases it too
                    }
                }
                closeQuietly(out);
                OPEN_IN_THIS_JVM.remove(file);
            }
        }
    }

    private static Manifest.Head readManifestOrNull(Path manifestPath) throws IOException {
        try {
            return Manifest.read(manifestPath);
        } catch (Manifest.DamagedException e) {
            return null;
        }
    }

    private static Manifest.Head readManifest(Path file, Path manifestPath) throws IOException {
        try {
            return Manifest.read(manifestPath);
        } catch (Manifest.DamagedException e) {
            throw new JournalCorruptedException(file, 1, 0, e.getMessage(), "nothing was changed; `kaoping journal"
                    + " repair --store " + file.getParent() + "` rebuilds it from the file, see docs/journal.md");
        }
    }

    /** What one pass over a journal file found. */
    static final class Scan {
        long count;
        String hash = HashChain.GENESIS;
        /** The end offset of the last good record. */
        long end;
        long[] offsets = new long[1024];
        /** The chain hash of the record whose sequence number was asked for (GENESIS for 0), if reached. */
        String ackHash;
        long tornOffset = -1;
        long badLine;
        long badOffset = -1;
        String badProblem;

        /**
         * Reads {@code [0, length)} of {@code file}: every complete line must be the next record, with a valid
         * checksum and chain hash; stops at the first that is not, or after {@code maxRecords} records.
         */
        static Scan run(RandomAccessFile file, long length, long ackSeq, long maxRecords) throws IOException {
            Scan s = new Scan();
            if (ackSeq == 0) {
                s.ackHash = HashChain.GENESIS;
            }
            s.lines(file, 0, length, ackSeq, maxRecords);
            return s;
        }

        /**
         * Reads the records after {@code cp} (as {@link #run} reads all), if the line at its offset is whole, has a
         * valid checksum and is that record with that chain hash; null if it is not. The records before it are not
         * read; their offsets are left unset. {@code ackSeq} must be at least the checkpoint's sequence number.
         */
        static Scan fromCheckpoint(RandomAccessFile file, long length, long ackSeq, Checkpoint cp) throws IOException {
            if (cp.sequence > Integer.MAX_VALUE - 2048 || cp.offset >= length) {
                return null;
            }
            LineScanner one = new LineScanner(file, cp.offset, length, MAX_LINE_BYTES);
            if (!one.next() || !one.terminated() || one.oversize()) {
                return null;
            }
            try {
                JournalRecord r = LineCodec.decode(one.bytes(), 0, one.length(), one.start());
                if (r.sequence() != cp.sequence || !cp.chainHash.equals(r.chainHash().get())) {
                    return null;
                }
            } catch (LineCodec.BadLineException e) {
                return null;
            }
            Scan s = new Scan();
            s.offsets = new long[(int) cp.sequence + 1024];
            s.offsets[(int) cp.sequence - 1] = cp.offset;
            s.count = cp.sequence;
            s.hash = cp.chainHash;
            s.end = cp.offset + one.totalLength() + 1;
            if (ackSeq == cp.sequence) {
                s.ackHash = cp.chainHash;
            }
            s.lines(file, s.end, length, ackSeq, Long.MAX_VALUE);
            return s;
        }

        /** Reads records from {@code start}, the one after {@link #count}, chained onto {@link #hash}. */
        private void lines(RandomAccessFile file, long start, long length, long ackSeq, long maxRecords)
                throws IOException {
            Scan s = this;
            LineScanner lines = new LineScanner(file, start, length, MAX_LINE_BYTES);
            while (s.count < maxRecords && lines.next()) {
                long lineNo = s.count + 1;
                if (!lines.terminated()) {
                    s.tornOffset = lines.start();
                    break;
                }
                String problem = null;
                if (lines.oversize()) {
                    problem = "line of " + lines.totalLength() + " bytes is longer than the maximum of " + MAX_LINE_BYTES;
                } else {
                    try {
                        JournalRecord r = LineCodec.decode(lines.bytes(), 0, lines.length(), lines.start());
                        String link = HashChain.link(s.hash, r.payload());
                        if (r.sequence() != lineNo) {
                            problem = "sequence number out of order: expected " + lineNo + ", found " + r.sequence()
                                    + (r.sequence() < lineNo ? " (a duplicated or reordered line)" : " (a gap: lines are missing)");
                        } else if (!link.equals(r.chainHash().get())) {
                            problem = "hash chain broken: stored hash " + r.chainHash().get() + ", computed " + link
                                    + " from the previous record's hash and this record's data (the data was changed)";
                        } else {
                            s.hash = link;
                        }
                    } catch (LineCodec.BadLineException e) {
                        problem = e.getMessage();
                    }
                }
                if (problem != null) {
                    s.badLine = lineNo;
                    s.badOffset = lines.start();
                    s.badProblem = problem;
                    break;
                }
                if (s.count == s.offsets.length) {
                    s.offsets = Arrays.copyOf(s.offsets, s.offsets.length * 2);
                }
                s.offsets[(int) s.count++] = lines.start();
                s.end = lines.start() + lines.totalLength() + 1;
                if (s.count == ackSeq) {
                    s.ackHash = s.hash;
                }
            }
        }
    }

    /**
     * Appends one record and returns its sequence number once it is durable.
     *
     * @param payload any text, typically one JSON document; stored as a JSON string, so newlines and
     *     quotes in it are escaped, never refused
     * @throws IllegalArgumentException if the payload has an unpaired surrogate (it is not valid text), or its
     *     line would be longer than {@link #MAX_LINE_BYTES}
     * @throws JournalException if the journal is closed, its file was deleted or replaced, or the write or
     *     fsync failed
     */
    public long append(String payload) {
        Objects.requireNonNull(payload, "payload must not be null");
        return write(Collections.singletonList(payload));
    }

    /**
     * Appends the records in order, with contiguous sequence numbers and a single fsync, and returns the
     * sequence number of the last one once all are durable ({@link #lastSequence()} if the list is
     * empty). Every payload is checked before anything is written, so a refused payload writes none.
     *
     * @throws IllegalArgumentException if a payload has an unpaired surrogate, or its line would be longer than
     *     {@link #MAX_LINE_BYTES}
     * @throws JournalException if the journal is closed, its file was deleted or replaced, or the write or
     *     fsync failed
     */
    public long appendAll(List<String> payloads) {
        Objects.requireNonNull(payloads, "payloads must not be null");
        for (int i = 0; i < payloads.size(); i++) {
            Objects.requireNonNull(payloads.get(i), "payloads must not contain null; index " + i + " is null");
        }
        if (payloads.isEmpty()) {
            synchronized (writeMonitor) {
                ensureOpen();
            }
            return lastSequence();
        }
        return write(payloads);
    }

    private long write(List<String> payloads) {
        byte[][] data = new byte[payloads.size()][];
        byte[][] utf8 = new byte[data.length][];
        int size = 0;
        for (int i = 0; i < data.length; i++) {
            LineCodec.Encoded encoded = LineCodec.encode(payloads.get(i));
            data[i] = encoded.data;
            utf8[i] = encoded.utf8;
            if (data[i].length > MAX_LINE_BYTES - 200) {
                throw new IllegalArgumentException("journal record " + (i + 1) + " of " + data.length + " is "
                        + data[i].length + " bytes once encoded, more than a journal line may hold (" + MAX_LINE_BYTES
                        + " bytes); split it into smaller records");
            }
            size += data[i].length + 160;
        }
        LineCodec.ByteSink sink = new LineCodec.ByteSink(size);
        Mark mine;
        synchronized (writeMonitor) {
            ensureOpen();
            if (writeFailure != null) {
                throw new JournalException("Journal " + file + " refuses appends after an earlier write failure ("
                        + writeFailure + "); reopen it to recover", writeFailure);
            }
            ensureSameFile();
            Mark before = written;
            long seq = before.seq;
            String hash = before.hash;
            long[] starts = new long[data.length];
            for (int i = 0; i < data.length; i++) {
                starts[i] = before.end + sink.size();
                hash = link(hash, utf8[i]);
                LineCodec.frame(++seq, data[i], hash, sink);
            }
            try {
                out.seek(before.end);
                out.write(sink.array(), 0, sink.size());
            } catch (IOException e) {
                writeFailure = e;
                try {
                    out.setLength(before.end);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw new JournalException("Cannot append to journal " + file + ": " + e, e);
            }
            long needed = seq;
            if (needed > offsets.length) {
                offsets = Arrays.copyOf(offsets, (int) Math.max(needed, offsets.length * 2L));
            }
            System.arraycopy(starts, 0, offsets, (int) before.seq, starts.length);
            mine = new Mark(before.end + sink.size(), seq, hash);
            written = mine;
        }
        awaitDurable(mine);
        return mine.seq;
    }

    /** {@link HashChain#link(String, byte[])}: the payload's UTF-8 bytes, which the append has made already. */
    static String link(String previous, byte[] payloadUtf8) {
        return HashChain.link(previous, payloadUtf8);
    }

    private void awaitDurable(Mark mark) {
        if (durable.end >= mark.end) {
            return;
        }
        synchronized (syncMonitor) {
            if (durable.end >= mark.end) {
                return;
            }
            if (syncFailure != null) {
                throw new JournalException("Journal " + file + " cannot make records durable after an earlier fsync"
                        + " failure (" + syncFailure + "); reopen it to recover", syncFailure);
            }
            Mark target = written;
            try {
                out.getFD().sync();
                manifest.write(target.seq, target.hash);
            } catch (IOException e) {
                syncFailure = e;
                writeFailure = e;
                throw new JournalException("Cannot fsync journal " + file + " or its manifest: " + e, e);
            }
            durable = target;
        }
    }

    /**
     * Refuses to write if the journal's path no longer names the file this instance locked (deleted, or replaced
     * by another file that another process may hold): the lock would protect nothing.
     */
    private void ensureSameFile() {
        if (fileKey == null) {
            return;
        }
        Object now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            now = null;
        }
        if (!fileKey.equals(now)) {
            writeFailure = new IOException("journal file deleted or replaced while open");
            throw new JournalException("Journal file " + file + " was deleted or replaced while this journal held it"
                    + " open; refusing to append (records acknowledged so far are in the file this journal locked,"
                    + " not at that path)");
        }
    }

    /** The sequence number of the last durable record; 0 for an empty journal. */
    public long lastSequence() {
        return durable.seq;
    }

    /** All durable records from sequence number {@code fromSequence} on, in order. */
    public List<JournalRecord> read(long fromSequence) {
        return read(fromSequence, Integer.MAX_VALUE);
    }

    /**
     * At most {@code maxRecords} durable records from sequence number {@code fromSequence} on, in
     * order; empty if {@code fromSequence > lastSequence()}.
     *
     * @throws IllegalArgumentException if {@code fromSequence < 1} or {@code maxRecords < 0}
     * @throws JournalCorruptedException if the file was damaged after it was opened
     */
    public List<JournalRecord> read(long fromSequence, int maxRecords) {
        if (maxRecords < 0) {
            throw new IllegalArgumentException("maxRecords must not be negative; got " + maxRecords);
        }
        final List<JournalRecord> records = new ArrayList<>();
        scan(fromSequence, maxRecords, new Consumer<JournalRecord>() {
            @Override
            public void accept(JournalRecord r) {
                records.add(r);
            }
        });
        return records;
    }

    /**
     * Streams the durable records from sequence number {@code fromSequence} on, in order, to
     * {@code action}, without holding them all in memory. Records appended while this runs may or may
     * not be included.
     *
     * @throws IllegalArgumentException if {@code fromSequence < 1}
     * @throws JournalCorruptedException if the file was damaged after it was opened
     */
    public void forEach(long fromSequence, Consumer<? super JournalRecord> action) {
        Objects.requireNonNull(action, "action must not be null");
        scan(fromSequence, Long.MAX_VALUE, action);
    }

    private void scan(long fromSequence, long maxRecords, Consumer<? super JournalRecord> action) {
        if (fromSequence < 1) {
            throw new IllegalArgumentException("fromSequence must be at least 1; got " + fromSequence);
        }
        Mark end = durable;
        long startOffset;
        synchronized (writeMonitor) {
            ensureOpen();
            if (fromSequence > end.seq || maxRecords == 0) {
                return;
            }
            if (!prefixIndexed && fromSequence < checkpoint.sequence) {
                indexPrefix();
            }
            startOffset = offsets[(int) (fromSequence - 1)];
        }
        long last = fromSequence - 1 + Math.min(end.seq - fromSequence + 1, maxRecords);
        try {
            LineScanner lines = new LineScanner(in, startOffset, end.end, MAX_LINE_BYTES);
            String previous = fromSequence == 1 ? HashChain.GENESIS : null;
            for (long seq = fromSequence; seq <= last; seq++) {
                String problem;
                long at = lines.next() ? lines.start() : -1;
                if (at < 0) {
                    problem = "unexpected end of file";
                } else if (!lines.terminated()) {
                    problem = "incomplete line, no newline after " + lines.totalLength() + " bytes";
                } else if (lines.oversize()) {
                    problem = "line of " + lines.totalLength() + " bytes is longer than the maximum of " + MAX_LINE_BYTES;
                } else {
                    try {
                        JournalRecord record = LineCodec.decode(lines.bytes(), 0, lines.length(), at);
                        String stored = record.chainHash().get();
                        if (record.sequence() != seq) {
                            problem = "sequence number out of order: expected " + seq + ", found " + record.sequence();
                        } else if (previous != null && !HashChain.link(previous, record.payload()).equals(stored)) {
                            problem = "hash chain broken: stored hash " + stored + ", computed "
                                    + HashChain.link(previous, record.payload());
                        } else {
                            previous = stored;
                            action.accept(record);
                            continue;
                        }
                    } catch (LineCodec.BadLineException e) {
                        problem = e.getMessage();
                    }
                }
                throw new JournalCorruptedException(file, seq, at, problem,
                        checkpoint != null && seq < checkpoint.sequence
                                ? "the record is before the checkpoint this journal was opened from, which open did not"
                                        + " read; `kaoping audit verify` walks every record"
                                : "the record was valid when the journal was opened, so the file was changed since");
            }
        } catch (IOException e) {
            throw new JournalException("Cannot read journal " + file + ": " + e, e);
        }
    }

    /**
     * Fills in the offsets of the records before the checkpoint this journal was opened from, which open did not
     * read: one pass over the lines before it, which must be exactly that many. Their content and chain are checked
     * as they are read. Caller holds writeMonitor.
     */
    private void indexPrefix() {
        long expected = checkpoint.sequence - 1;
        long count = 0;
        try {
            LineScanner lines = new LineScanner(in, 0, checkpoint.offset, MAX_LINE_BYTES);
            while (lines.next()) {
                if (!lines.terminated() || count == expected) {
                    throw new JournalCorruptedException(file, count + 1, lines.start(), "the lines before record "
                            + checkpoint.sequence + " (the checkpoint this journal was opened from) are not "
                            + expected + " whole lines", "open did not read them; `kaoping audit verify` walks every record");
                }
                offsets[(int) count++] = lines.start();
            }
        } catch (IOException e) {
            throw new JournalException("Cannot read journal " + file + ": " + e, e);
        }
        if (count != expected) {
            throw new JournalCorruptedException(file, count + 1, checkpoint.offset, "only " + count + " line(s) precede"
                    + " record " + checkpoint.sequence + " (the checkpoint this journal was opened from)",
                    "open did not read them; `kaoping audit verify` walks every record");
        }
        prefixIndexed = true;
    }

    /**
     * Walks this journal's file again from its first byte, through the journal's own read descriptor: every
     * durable record must match its checksum, sequence number and chain link, the last one the acknowledged head,
     * and the manifest on disk must name that head. Finds what was changed in the file since it was opened, e.g.
     * one byte of a record's data flipped and its CRC recomputed.
     *
     * @throws JournalException if the journal is closed or cannot be read
     */
    public JournalCheck verify() {
        Mark mark;
        Manifest.Head head;
        String manifestProblem = null;
        synchronized (writeMonitor) {
            ensureOpen();
        }
        synchronized (syncMonitor) {
            mark = durable;
            try {
                head = Manifest.read(manifest.path());
            } catch (Manifest.DamagedException e) {
                head = null;
                manifestProblem = e.getMessage();
            } catch (IOException e) {
                throw new JournalException("Cannot read the manifest of journal " + file + ": " + e, e);
            }
        }
        try {
            Scan s = Scan.run(in, mark.end, mark.seq, Long.MAX_VALUE);
            if (s.badOffset >= 0) {
                return new JournalCheck(file, s.count, s.badLine, s.badOffset, s.badProblem);
            }
            if (s.count < mark.seq) {
                return new JournalCheck(file, s.count, s.count + 1, s.end, "the file was cut: " + mark.seq
                        + " record(s) were acknowledged, the file holds " + s.count);
            }
            if (!mark.hash.equals(s.hash)) {
                return new JournalCheck(file, s.count, s.count, s.count == 0 ? 0 : s.offsets[(int) s.count - 1], "record " + s.count
                        + " has chain hash " + s.hash + ", but " + mark.hash + " was acknowledged for it");
            }
            if (head == null) {
                return new JournalCheck(file, s.count, s.count, s.count == 0 ? 0 : s.offsets[(int) s.count - 1],
                        manifestProblem != null ? manifestProblem : "the manifest " + manifest.path() + " was deleted");
            }
            if (head.sequence != mark.seq || !head.hash.equals(mark.hash)) {
                return new JournalCheck(file, s.count, s.count, s.count == 0 ? 0 : s.offsets[(int) s.count - 1],
                        "the manifest " + manifest.path() + " names record " + head.sequence + " with hash " + head.hash
                                + ", not the acknowledged head, record " + mark.seq + " with hash " + mark.hash);
            }
            return new JournalCheck(file, s.count, 0, -1, null);
        } catch (IOException e) {
            throw new JournalException("Cannot read journal " + file + ": " + e, e);
        }
    }

    /**
     * Walks the journal {@code <directory>/<name>.jsonl} read-only, without opening or locking it (it may be open
     * in another process, or refused by {@link #open}): every complete record must match its checksum, sequence
     * number and chain link, and the manifest's acknowledged head must be present and match. A torn last line (no
     * final newline) is not counted and is not a break: it was never acknowledged.
     *
     * @throws JournalLockedException if the journal is open in this JVM (verify that instance instead: reading the
     *     file through another descriptor would release its lock)
     * @throws JournalException if the directory or file cannot be read
     */
    public static JournalCheck verify(Path directory, String name) {
        Objects.requireNonNull(directory, "directory must not be null");
        checkName(name);
        Path dir = resolveDirectory(directory, false);
        Path file = dir.resolve(name + FILE_SUFFIX);
        if (OPEN_IN_THIS_JVM.contains(file)) {
            throw new JournalLockedException(dir, file, "open in this JVM; call verify() on that Journal");
        }
        Path manifestPath = dir.resolve(name + MANIFEST_SUFFIX);
        if (!Files.exists(file)) {
            return Files.exists(manifestPath) ? new JournalCheck(file, 0, 1, 0, "the journal file is missing; its"
                    + " manifest " + manifestPath + " exists") : new JournalCheck(file, 0, 0, -1, null);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            Manifest.Head head = null;
            String manifestProblem = null;
            try {
                head = Manifest.read(manifestPath);
            } catch (Manifest.DamagedException e) {
                manifestProblem = e.getMessage();
            }
            Scan s = Scan.run(raf, raf.length(), head == null ? 0 : head.sequence, Long.MAX_VALUE);
            if (s.badOffset >= 0) {
                return new JournalCheck(file, s.count, s.badLine, s.badOffset, s.badProblem);
            }
            if (manifestProblem != null) {
                return new JournalCheck(file, s.count, 1, 0, manifestProblem);
            }
            if (head == null) {
                return s.count == 0 ? new JournalCheck(file, 0, 0, -1, null) : new JournalCheck(file, s.count, 1, 0,
                        "the manifest " + manifestPath + " is missing, so a cut at a record boundary cannot be ruled out");
            }
            if (head.sequence > s.count) {
                return new JournalCheck(file, s.count, s.count + 1, s.end, "the file was cut: its manifest acknowledges "
                        + head.sequence + " record(s), the file holds " + s.count + " complete record(s)");
            }
            if (!head.hash.equals(s.ackHash)) {
                return new JournalCheck(file, head.sequence, head.sequence, (head.sequence == 0 ? 0 : s.offsets[(int) head.sequence - 1]),
                        "record " + head.sequence + " has chain hash " + s.ackHash + ", but the manifest acknowledged "
                                + head.hash + " for it: the records up to it were rewritten");
            }
            return new JournalCheck(file, s.count, 0, -1, null);
        } catch (IOException e) {
            throw new JournalException("Cannot read journal " + file + ": " + e, e);
        }
    }

    /**
     * Repairs the journal {@code <directory>/<name>.jsonl}, which must not be open anywhere (it is locked while
     * this runs): moves the first damaged line and every byte after it (a torn tail included) into a side file
     * {@code <name>.damaged-<UTC time>-offset-<offset>.jsonl} beside it, exactly as they were, truncates the
     * journal to the records before, and rewrites the manifest to that last record if it differs (copying the old
     * manifest to {@code <name>.manifest.replaced-<UTC time>}). Never deletes a byte. Records after the damage
     * are in the side file; evidence can be submitted again from it (submission is idempotent by id).
     *
     * @throws JournalLockedException if the journal is open, in this JVM or another process
     * @throws JournalException on an I/O failure
     */
    public static JournalRepair repair(Path directory, String name) {
        return repair(directory, name, 0, null);
    }

    /**
     * Moves line {@code fromLine} and everything after it aside as {@link #repair} does, because of {@code reason}:
     * for damage the journal cannot see itself, such as a record its store cannot read. Damage the journal sees
     * before {@code fromLine} is moved aside from there instead.
     *
     * @throws IllegalArgumentException if {@code fromLine < 1}
     */
    public static JournalRepair moveAside(Path directory, String name, long fromLine, String reason) {
        if (fromLine < 1) {
            throw new IllegalArgumentException("fromLine must be at least 1; got " + fromLine);
        }
        return repair(directory, name, fromLine, Objects.requireNonNull(reason, "reason must not be null"));
    }

    private static JournalRepair repair(Path directory, String name, long fromLine, String reason) {
        Objects.requireNonNull(directory, "directory must not be null");
        checkName(name);
        Path dir = resolveDirectory(directory, false);
        Path file = dir.resolve(name + FILE_SUFFIX);
        Path manifestPath = dir.resolve(name + MANIFEST_SUFFIX);
        if (!Files.exists(file)) {
            return new JournalRepair(file, null, 0, -1, 0, null, -1, false, null);
        }
        if (!OPEN_IN_THIS_JVM.add(file)) {
            throw new JournalLockedException(dir, file, "already open in this JVM");
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            FileLock lock = lock(dir, file, raf);
            try {
                Manifest.Head head = null;
                String manifestProblem = null;
                try {
                    head = Manifest.read(manifestPath);
                    if (head == null) {
                        manifestProblem = "the manifest was missing";
                    }
                } catch (Manifest.DamagedException e) {
                    manifestProblem = e.getMessage();
                }
                long length = raf.length();
                Scan s = Scan.run(raf, length, head == null ? 0 : head.sequence, fromLine > 0 ? fromLine - 1 : Long.MAX_VALUE);
                long cut = -1;
                List<String> found = new ArrayList<>();
                if (s.badOffset >= 0) {
                    cut = s.badOffset;
                    found.add("line " + s.badLine + " (byte offset " + cut + "): " + s.badProblem);
                } else if (s.tornOffset >= 0) {
                    cut = s.tornOffset;
                    found.add("a torn last line at byte offset " + cut + " (" + (length - cut) + " bytes, no final newline)");
                } else if (fromLine > 0 && s.count == fromLine - 1 && s.end < length) {
                    cut = s.end;
                    found.add("line " + fromLine + " (byte offset " + cut + "): " + reason);
                }
                long kept = s.count;
                String keptHash = s.hash;
                if (manifestProblem != null && (kept > 0 || head != null || Files.exists(manifestPath))) {
                    found.add(manifestProblem);
                } else if (head != null && head.sequence > kept) {
                    found.add("the manifest acknowledged " + head.sequence + " record(s), the file keeps " + kept
                            + (cut >= 0 ? " (the rest are in the side file, from the damaged line on)"
                                    : ": records " + (kept + 1) + ".." + head.sequence + " are not in this directory"));
                } else if (head != null && !head.hash.equals(s.ackHash)) {
                    found.add("record " + head.sequence + " has chain hash " + s.ackHash
                            + ", but the manifest acknowledged " + head.hash + " for it");
                }
                String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
                        .format(ZonedDateTime.now(ZoneOffset.UTC));
                Path side = null;
                if (cut >= 0) {
                    side = unique(dir, name + ".damaged-" + stamp + "-offset-" + cut, ".jsonl");
                    copyRange(raf, cut, length, side);
                    fsyncDirectory(dir);
                    raf.setLength(cut);
                    raf.getFD().sync();
                }
                boolean rewrite = head == null || head.sequence != kept || !head.hash.equals(keptHash);
                Path manifestSide = null;
                if (rewrite) {
                    if (Files.exists(manifestPath)) {
                        manifestSide = unique(dir, name + MANIFEST_SUFFIX + ".replaced-" + stamp, "");
                        Files.copy(manifestPath, manifestSide);
                        try (FileChannel c = FileChannel.open(manifestSide, StandardOpenOption.WRITE)) {
                            c.force(true);
                        }
                    }
                    try (Manifest m = Manifest.open(manifestPath, head)) {
                        m.reset(kept, keptHash);
                    }
                    fsyncDirectory(dir);
                }
                JournalRepair result = new JournalRepair(file, found.isEmpty() ? null : String.join("; ", found), kept,
                        cut, cut >= 0 ? length - cut : 0, side, head == null ? -1 : head.sequence, rewrite, manifestSide);
                if (!result.nothingToDo()) {
                    LOG.warning("Journal repair: " + result);
                }
                return result;
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new JournalException("Cannot repair the journal " + file + ": " + e, e);
        } finally {
            OPEN_IN_THIS_JVM.remove(file);
        }
    }

    private static Path unique(Path dir, String stem, String suffix) {
        Path p = dir.resolve(stem + suffix);
        for (int i = 2; Files.exists(p); i++) {
            p = dir.resolve(stem + "-" + i + suffix);
        }
        return p;
    }

    /** Copies {@code [from, to)} of {@code raf} into the new file {@code target} and forces it to disk. */
    private static void copyRange(RandomAccessFile raf, long from, long to, Path target) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (RandomAccessFile side = new RandomAccessFile(target.toFile(), "rw")) {
            long at = from;
            while (at < to) {
                raf.seek(at);
                int n = raf.read(buffer, 0, (int) Math.min(buffer.length, to - at));
                if (n <= 0) {
                    throw new IOException("the journal file ended at " + at + " while copying it aside");
                }
                side.write(buffer, 0, n);
                at += n;
            }
            side.getFD().sync();
        }
    }

    /** The journal file, {@code <directory>/<name>.jsonl}. */
    public Path file() {
        return file;
    }

    /** The directory holding the journal and its manifest. */
    public Path directory() {
        return directory;
    }

    /**
     * Makes everything written durable, closes the file and releases the lock. Idempotent. Appends and
     * reads afterwards throw {@link JournalException}.
     *
     * @throws JournalException if the final fsync or the closing failed
     */
    @Override
    public void close() {
        synchronized (writeMonitor) {
            if (closed) {
                return;
            }
            closed = true;
            synchronized (syncMonitor) {
                IOException failure = null;
                try {
                    if (syncFailure == null && durable.end < written.end) {
                        Mark target = written;
                        out.getFD().sync();
                        manifest.write(target.seq, target.hash);
                        durable = target;
                    }
                } catch (IOException e) {
                    syncFailure = e;
                    failure = e;
                }
                failure = closeCollecting(manifest, failure);
                failure = closeCollecting(in, failure);
                try {
                    lock.release();
                } catch (IOException e) {
                    failure = add(failure, e);
                }
                failure = closeCollecting(out, failure);
                OPEN_IN_THIS_JVM.remove(file);
                if (failure != null) {
                    throw new JournalException("Cannot close journal " + file + " cleanly: " + failure, failure);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "Journal{" + file + ", lastSequence=" + lastSequence() + "}";
    }

    private void ensureOpen() {
        if (closed) {
            throw new JournalException("Journal " + file + " is closed");
        }
    }

    private static IOException closeCollecting(Closeable c, IOException failure) {
        try {
            c.close();
            return failure;
        } catch (IOException e) {
            return add(failure, e);
        }
    }

    private static IOException add(IOException failure, IOException e) {
        if (failure == null) {
            return e;
        }
        failure.addSuppressed(e);
        return failure;
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    /**
     * Forces a directory's entries to disk, so that a newly created file survives a power loss. Linux
     * and the BSDs allow opening a directory for this; Windows does not (and needs no such call).
     */
    private static void fsyncDirectory(Path dir) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (os.startsWith("linux")) {
                throw e;
            }
            LOG.log(Level.CONFIG, "Cannot fsync directory " + dir + " on " + os + "; continuing", e);
        }
    }
}

package org.kaoping.plugin.journal;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

/**
 * An append-only journal of opaque text records: one JSON line per record in the file
 * {@code <directory>/<name>.jsonl}, each with a sequence number and a CRC32 (format in the
 * {@linkplain org.kaoping.plugin.journal package documentation}).
 *
 * <p><b>Durability.</b> {@link #append} and {@link #appendAll} return only after the record's bytes
 * have been written and forced to the storage device with {@code fsync(2)}; when the file is created,
 * its directory is forced too (on POSIX systems). A record whose append returned therefore survives a
 * process kill or a power loss, as far as the OS and device honour {@code fsync} (on macOS,
 * {@code fsync} does not flush the drive's cache). If an append throws, the
 * record may or may not be present after a restart, and the journal refuses further appends until it
 * is reopened. Concurrent appenders share an fsync (group commit): one thread forces the file for
 * every record written before the force started.
 *
 * <p><b>Recovery.</b> {@link #open} reads the whole file. A torn or corrupt record at the end (a line
 * without newline, a checksum mismatch, unparsable framing) is what an interrupted write leaves: it was
 * never acknowledged, so it is truncated away with a {@code WARNING} (java.util.logging, logger
 * {@code org.kaoping.plugin.journal.Journal}) naming the file and line, and everything before it is
 * kept. A bad record followed by a valid one, or a sequence number out of order, is damage rather than
 * a torn write: {@code open} throws {@link JournalCorruptedException} naming the file, line and problem
 * and leaves the file unchanged.
 *
 * <p><b>Single writer.</b> A journal is held open by at most one {@code Journal} instance across all
 * processes: {@code open} takes an exclusive OS lock on {@code <directory>/<name>.lock} and throws
 * {@link JournalLockedException} if another instance, in this JVM or another, holds it.
 *
 * <p><b>Thread-safety.</b> All methods are safe to call from any number of threads. Records appended
 * concurrently never interleave; each gets its own sequence number, and sequence numbers are
 * contiguous from 1 in file order. Readers see exactly the records that are durable. File I/O goes
 * through {@link RandomAccessFile}, so a {@link Thread#interrupt()} of an appending thread does not
 * close the journal (as it would an NIO channel).
 */
public final class Journal implements Closeable {
    /** The journal name used by {@link #open(Path)}. */
    public static final String DEFAULT_NAME = "journal";
    /** Suffix of the journal file. */
    public static final String FILE_SUFFIX = ".jsonl";
    /** Suffix of the lock file. */
    public static final String LOCK_SUFFIX = ".lock";

    private static final Logger LOG = Logger.getLogger(Journal.class.getName());
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    /**
     * Lock files held open in this JVM. Checked before a second descriptor is opened on a lock file,
     * because closing any descriptor of a file releases the process's POSIX locks on it.
     */
    private static final Set<Path> OPEN_IN_THIS_JVM = Collections.newSetFromMap(new ConcurrentHashMap<Path, Boolean>());

    /** A position in the file: the end offset of the last record and its sequence number. */
    private static final class Mark {
        final long end;
        final long seq;

        Mark(long end, long seq) {
            this.end = end;
            this.seq = seq;
        }
    }

    private final Path directory;
    private final Path file;
    private final Path lockFile;
    private final RandomAccessFile lockHandle;
    private final FileLock lock;
    private final RandomAccessFile out;

    private final Object writeMonitor = new Object();
    private final Object syncMonitor = new Object();

    /** Start offset of the record with sequence number i + 1; guarded by writeMonitor. */
    private long[] offsets;
    /** Guarded by writeMonitor. */
    private boolean closed;
    /** Written (not necessarily durable); updated under writeMonitor. */
    private volatile Mark written;
    /** Durable; updated under syncMonitor. */
    private volatile Mark durable;
    private volatile IOException writeFailure;
    private volatile IOException syncFailure;

    private Journal(Path directory, Path file, Path lockFile, RandomAccessFile lockHandle, FileLock lock,
            RandomAccessFile out, long[] offsets, Mark end) {
        this.directory = directory;
        this.file = file;
        this.lockFile = lockFile;
        this.lockHandle = lockHandle;
        this.lock = lock;
        this.out = out;
        this.offsets = offsets;
        this.written = end;
        this.durable = end;
    }

    /** Opens (creating if needed) the journal {@value #DEFAULT_NAME} in {@code directory}. See {@link #open(Path, String)}. */
    public static Journal open(Path directory) {
        return open(directory, DEFAULT_NAME);
    }

    /**
     * Opens the journal {@code <directory>/<name>.jsonl}, creating the directory and the file if they do
     * not exist, recovering from a torn last record, and locking it for this instance.
     *
     * @param name 1 to 64 characters of {@code [A-Za-z0-9_-]}, not starting with {@code _} or {@code -}
     * @throws JournalLockedException if the journal is open elsewhere, in this JVM or another process
     * @throws JournalCorruptedException if the file is damaged before its last record
     * @throws JournalException on an I/O failure
     */
    public static Journal open(Path directory, String name) {
        return open(directory, name, false);
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
        return open(directory, name, true);
    }

    private static Journal open(Path directory, String name, boolean discard) {
        Objects.requireNonNull(directory, "directory must not be null");
        Objects.requireNonNull(name, "name must not be null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("journal name must be 1 to 64 characters of [A-Za-z0-9_-] and start"
                    + " with a letter or digit; got [" + name + "]");
        }
        Path dir;
        try {
            Path absolute = directory.toAbsolutePath().normalize();
            if (!Files.isDirectory(absolute)) {
                Files.createDirectories(absolute);
                if (absolute.getParent() != null) {
                    fsyncDirectory(absolute.getParent());
                }
            }
            dir = absolute.toRealPath();
        } catch (IOException e) {
            throw new JournalException("Cannot create or resolve the journal directory " + directory + ": " + e, e);
        }
        Path lockFile = dir.resolve(name + LOCK_SUFFIX);
        if (!OPEN_IN_THIS_JVM.add(lockFile)) {
            throw new JournalLockedException(dir, lockFile, "already open in this JVM");
        }
        RandomAccessFile lockHandle = null;
        FileLock lock = null;
        RandomAccessFile out = null;
        boolean opened = false;
        try {
            lockHandle = new RandomAccessFile(lockFile.toFile(), "rw");
            try {
                lock = lockHandle.getChannel().tryLock();
            } catch (OverlappingFileLockException e) {
                throw new JournalLockedException(dir, lockFile, "locked by other code in this JVM");
            }
            if (lock == null) {
                throw new JournalLockedException(dir, lockFile, "held by another process");
            }
            Path file = dir.resolve(name + FILE_SUFFIX);
            boolean created = !Files.exists(file);
            out = new RandomAccessFile(file.toFile(), "rw");
            if (discard && out.length() > 0) {
                out.setLength(0);
                out.getFD().sync();
            }
            if (created) {
                out.getFD().sync();
                fsyncDirectory(dir);
            }
            Journal journal = recover(dir, file, lockFile, lockHandle, lock, out);
            opened = true;
            return journal;
        } catch (IOException e) {
            throw new JournalException("Cannot open the journal " + name + " in " + dir + ": " + e, e);
        } finally {
            if (!opened) {
                closeQuietly(out);
                if (lock != null) {
                    try {
                        lock.release();
                    } catch (IOException ignored) {
                        // closing the handle releases it too
                    }
                }
                closeQuietly(lockHandle);
                OPEN_IN_THIS_JVM.remove(lockFile);
            }
        }
    }

    private static Journal recover(Path dir, Path file, Path lockFile, RandomAccessFile lockHandle, FileLock lock,
            RandomAccessFile out) throws IOException {
        long length = out.length();
        long[] offsets = new long[1024];
        long count = 0;
        long lineNo = 0;
        long firstBadLine = 0;
        long firstBadOffset = -1;
        String firstBadProblem = null;
        LineScanner lines = new LineScanner(out, 0, length);
        while (lines.next()) {
            lineNo++;
            JournalRecord record = null;
            String problem;
            if (!lines.terminated()) {
                problem = "incomplete line, no newline after " + lines.length() + " bytes (torn write)";
            } else {
                try {
                    record = LineCodec.decode(lines.bytes(), 0, lines.length());
                    problem = null;
                } catch (LineCodec.BadLineException e) {
                    problem = e.getMessage();
                }
            }
            if (record == null) {
                if (firstBadOffset < 0) {
                    firstBadLine = lineNo;
                    firstBadOffset = lines.start();
                    firstBadProblem = problem;
                }
                continue;
            }
            if (firstBadOffset >= 0) {
                throw new JournalCorruptedException(file, firstBadLine, firstBadProblem,
                        "a valid record (seq " + record.sequence() + ") follows at line " + lineNo
                                + ", so this is damage, not a torn write; the file was left unchanged");
            }
            if (record.sequence() != count + 1) {
                throw new JournalCorruptedException(file, lineNo, "sequence number out of order: expected "
                        + (count + 1) + ", found " + record.sequence(), "the file was left unchanged");
            }
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[(int) count++] = lines.start();
        }
        long end = length;
        if (firstBadOffset >= 0) {
            end = firstBadOffset;
            out.setLength(end);
            out.getFD().sync();
            String where = firstBadLine == lineNo ? "line " + firstBadLine : "lines " + firstBadLine + "-" + lineNo;
            LOG.warning(String.format(Locale.ROOT, "Journal file %s: dropped a torn or corrupt last record at %s (%s);"
                    + " truncated %d bytes at offset %d; records 1..%d are intact", file, where, firstBadProblem,
                    length - end, end, count));
        }
        out.seek(end);
        return new Journal(dir, file, lockFile, lockHandle, lock, out, offsets, new Mark(end, count));
    }

    /**
     * Appends one record and returns its sequence number once it is durable.
     *
     * @param payload any text, typically one JSON document; stored as a JSON string, so newlines and
     *     quotes in it are escaped, never refused
     * @throws IllegalArgumentException if the payload has an unpaired surrogate (it is not valid text)
     * @throws JournalException if the journal is closed or the write or fsync failed
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
     * @throws IllegalArgumentException if a payload has an unpaired surrogate
     * @throws JournalException if the journal is closed or the write or fsync failed
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
        int size = 0;
        for (int i = 0; i < data.length; i++) {
            data[i] = LineCodec.encodeData(payloads.get(i));
            size += data[i].length + 64;
        }
        LineCodec.ByteSink sink = new LineCodec.ByteSink(size);
        Mark mine;
        synchronized (writeMonitor) {
            ensureOpen();
            if (writeFailure != null) {
                throw new JournalException("Journal " + file + " refuses appends after an earlier write failure ("
                        + writeFailure + "); reopen it to recover", writeFailure);
            }
            Mark before = written;
            long seq = before.seq;
            long[] starts = new long[data.length];
            for (int i = 0; i < data.length; i++) {
                starts[i] = before.end + sink.size();
                LineCodec.frame(++seq, data[i], sink);
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
            mine = new Mark(before.end + sink.size(), seq);
            written = mine;
        }
        awaitDurable(mine);
        return mine.seq;
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
            } catch (IOException e) {
                syncFailure = e;
                writeFailure = e;
                throw new JournalException("Cannot fsync journal " + file + ": " + e, e);
            }
            durable = target;
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
            startOffset = offsets[(int) (fromSequence - 1)];
        }
        long last = fromSequence - 1 + Math.min(end.seq - fromSequence + 1, maxRecords);
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            LineScanner lines = new LineScanner(in, startOffset, end.end);
            for (long seq = fromSequence; seq <= last; seq++) {
                String problem;
                if (!lines.next()) {
                    problem = "unexpected end of file";
                } else if (!lines.terminated()) {
                    problem = "incomplete line, no newline after " + lines.length() + " bytes";
                } else {
                    try {
                        JournalRecord record = LineCodec.decode(lines.bytes(), 0, lines.length());
                        if (record.sequence() == seq) {
                            action.accept(record);
                            continue;
                        }
                        problem = "sequence number out of order: expected " + seq + ", found " + record.sequence();
                    } catch (LineCodec.BadLineException e) {
                        problem = e.getMessage();
                    }
                }
                throw new JournalCorruptedException(file, seq, problem,
                        "the record was valid when the journal was opened, so the file was changed since");
            }
        } catch (IOException e) {
            throw new JournalException("Cannot read journal " + file + ": " + e, e);
        }
    }

    /** The journal file, {@code <directory>/<name>.jsonl}. */
    public Path file() {
        return file;
    }

    /** The directory holding the journal and its lock file. */
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
                        out.getFD().sync();
                        durable = written;
                    }
                } catch (IOException e) {
                    syncFailure = e;
                    failure = e;
                }
                failure = closeCollecting(out, failure);
                try {
                    lock.release();
                } catch (IOException e) {
                    failure = add(failure, e);
                }
                failure = closeCollecting(lockHandle, failure);
                OPEN_IN_THIS_JVM.remove(lockFile);
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

package org.kaoping.plugin.journal;

import java.nio.file.Path;
import org.kaoping.core.api.API;

/**
 * A journal file holds a complete record that is damaged: a checksum or framing error, a sequence number out of
 * order (a gap, a duplicated or a reordered line), a broken hash chain, a record its store cannot read, or fewer
 * records than its manifest acknowledges (the file was cut). The journal refuses to open (or to read past the
 * damage) rather than silently dropping records; the message names the file, the 1-based line number, the byte
 * offset where the damaged line starts and what was wrong, and how to repair it. Nothing in the file is changed
 * when this is thrown.
 */
@API(status = API.Status.STABLE)
public class JournalCorruptedException extends JournalException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final long offset;
    private final String problem;

    /** Damage at {@code line} whose byte offset is not known. */
    public JournalCorruptedException(Path file, long line, String problem, String detail) {
        this(file, line, -1, problem, detail);
    }

    /** Damage at {@code line}, which starts at byte {@code offset} of the file (-1 if not known). */
    public JournalCorruptedException(Path file, long line, long offset, String problem, String detail) {
        super("Journal file " + file + " is damaged at line " + line + (offset >= 0 ? " (byte offset " + offset + ")" : "")
                + ": " + problem + (detail == null || detail.isEmpty() ? "" : "; " + detail));
        this.file = file;
        this.line = line;
        this.offset = offset;
        this.problem = problem;
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /** The 1-based line number of the damaged record (line n holds sequence number n). */
    public long line() {
        return line;
    }

    /** The byte offset at which the damaged line starts, or -1 if not known. */
    public long offset() {
        return offset;
    }

    /** What was wrong with the record, e.g. {@code checksum mismatch: stored crc 1a2b3c4d, computed 5e6f7081}. */
    public String problem() {
        return problem;
    }
}

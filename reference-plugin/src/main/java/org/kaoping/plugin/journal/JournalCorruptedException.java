package org.kaoping.plugin.journal;

import java.nio.file.Path;

/**
 * A journal file holds a damaged record that cannot be explained by a torn write: a bad record
 * followed by a valid one, or a record whose sequence number is out of order. The journal refuses to
 * open (or to read past the damage) rather than silently dropping records; the message names the
 * file, the 1-based line number and what was wrong, e.g. a checksum mismatch with the stored and the
 * computed CRC. Nothing in the file is changed when this is thrown.
 */
public class JournalCorruptedException extends JournalException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String problem;

    public JournalCorruptedException(Path file, long line, String problem, String detail) {
        super("Journal file " + file + " is corrupted at line " + line + ": " + problem
                + (detail == null || detail.isEmpty() ? "" : "; " + detail));
        this.file = file;
        this.line = line;
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

    /** What was wrong with the record, e.g. {@code checksum mismatch: stored crc 1a2b3c4d, computed 5e6f7081}. */
    public String problem() {
        return problem;
    }
}

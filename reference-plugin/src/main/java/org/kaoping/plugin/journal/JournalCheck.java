package org.kaoping.plugin.journal;

import java.nio.file.Path;
import java.util.Optional;
import org.kaoping.core.api.API;

/**
 * The outcome of walking one journal's hash chain ({@link Journal#verify()}, {@link Journal#verify(Path, String)}):
 * how many records matched and, if one does not, where (line, sequence number, byte offset) and why. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class JournalCheck {
    private final Path file;
    private final long recordsChecked;
    private final long line;
    private final long offset;
    private final String problem;

    JournalCheck(Path file, long recordsChecked, long line, long offset, String problem) {
        this.file = file;
        this.recordsChecked = recordsChecked;
        this.line = line;
        this.offset = offset;
        this.problem = problem;
    }

    /** The journal file that was checked. */
    public Path file() {
        return file;
    }

    /** Whether every record matched its checksum, sequence number and chain link, and the manifest's head. */
    public boolean isIntact() {
        return problem == null;
    }

    /** How many records matched before the walk ended or broke. */
    public long recordsChecked() {
        return recordsChecked;
    }

    /** The 1-based line (equal to the sequence number) of the first record that does not match; 0 if intact. */
    public long line() {
        return line;
    }

    /** The byte offset where that line starts (-1 if not known or intact). */
    public long offset() {
        return offset;
    }

    /** Why the record at {@link #line()} does not match, if one does not. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Where the chain breaks, e.g. {@code evidence.jsonl line 3 (sequence 3, byte offset 812)}; empty if intact. */
    public Optional<String> place() {
        if (problem == null) {
            return Optional.empty();
        }
        return Optional.of(file.getFileName() + " line " + line + " (sequence " + line
                + (offset >= 0 ? ", byte offset " + offset : "") + ")");
    }

    @Override
    public String toString() {
        return problem == null ? file + ": chain intact over " + recordsChecked + " record(s)"
                : file + ": chain broken at " + place().get() + " after " + recordsChecked + " matching record(s): "
                        + problem;
    }
}

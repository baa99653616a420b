package org.kaoping.plugin.journal;

import java.nio.file.Path;
import java.util.Optional;
import org.kaoping.core.api.API;

/**
 * What {@link Journal#repair} did to one journal: which bytes it moved aside and where, how many records the journal
 * keeps, and whether it rewrote the manifest (and where the old one went). Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class JournalRepair {
    private final Path file;
    private final String found;
    private final long keptRecords;
    private final long movedFromOffset;
    private final long movedBytes;
    private final Path sideFile;
    private final long acknowledgedBefore;
    private final Path manifestSideFile;
    private final boolean manifestRewritten;

    JournalRepair(Path file, String found, long keptRecords, long movedFromOffset, long movedBytes, Path sideFile,
            long acknowledgedBefore, boolean manifestRewritten, Path manifestSideFile) {
        this.file = file;
        this.found = found;
        this.keptRecords = keptRecords;
        this.movedFromOffset = movedFromOffset;
        this.movedBytes = movedBytes;
        this.sideFile = sideFile;
        this.acknowledgedBefore = acknowledgedBefore;
        this.manifestRewritten = manifestRewritten;
        this.manifestSideFile = manifestSideFile;
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /** Whether the journal needed nothing: no bytes moved, manifest unchanged. */
    public boolean nothingToDo() {
        return sideFile == null && !manifestRewritten;
    }

    /** What was wrong, e.g. {@code line 3 (byte offset 812): checksum mismatch …}; empty if nothing was. */
    public Optional<String> found() {
        return Optional.ofNullable(found);
    }

    /** The number of records the journal holds after the repair. */
    public long keptRecords() {
        return keptRecords;
    }

    /** The byte offset from which the bytes were moved aside (-1 if none were). */
    public long movedFromOffset() {
        return movedFromOffset;
    }

    /** How many bytes were moved into {@link #sideFile()}. */
    public long movedBytes() {
        return movedBytes;
    }

    /** The side file now holding the moved bytes, exactly as they were, if any were moved. */
    public Optional<Path> sideFile() {
        return Optional.ofNullable(sideFile);
    }

    /** The number of records the manifest acknowledged before the repair (-1 if it was missing or unreadable). */
    public long acknowledgedBefore() {
        return acknowledgedBefore;
    }

    /** Whether the manifest was rewritten to the repaired file's last record. */
    public boolean manifestRewritten() {
        return manifestRewritten;
    }

    /** Where the replaced manifest was copied, if there was one. */
    public Optional<Path> manifestSideFile() {
        return Optional.ofNullable(manifestSideFile);
    }

    @Override
    public String toString() {
        if (nothingToDo()) {
            return file + ": intact, " + keptRecords + " record(s); nothing moved";
        }
        StringBuilder sb = new StringBuilder(file.toString()).append(": ").append(found == null ? "" : found + "; ");
        if (sideFile != null) {
            sb.append("moved ").append(movedBytes).append(" byte(s) from offset ").append(movedFromOffset)
                    .append(" to ").append(sideFile).append("; ");
        }
        sb.append("keeps ").append(keptRecords).append(" record(s)");
        if (acknowledgedBefore > keptRecords) {
            sb.append(" of the ").append(acknowledgedBefore).append(" the manifest acknowledged");
        }
        if (manifestRewritten) {
            sb.append("; manifest rewritten").append(manifestSideFile == null ? "" : " (old one kept as " + manifestSideFile + ")");
        }
        return sb.toString();
    }
}

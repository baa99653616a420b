package org.kaoping.runtime;

import org.kaoping.core.api.API;

/**
 * What one {@code Kaoping.importEvidence} call did: how many records it read from the source, how many
 * were new and how many were already stored, and the cursor the next import starts from. Immutable.
 */
@API(status = API.Status.STABLE)
public final class ImportResult {
    private final String sourceId;
    private final int added;
    private final int duplicates;
    private final int batches;
    private final String fromCursor;
    private final String cursor;
    private final java.util.List<String> notes;
    private final java.util.List<String> refused;

    ImportResult(String sourceId, int added, int duplicates, int batches, String fromCursor, String cursor) {
        this(sourceId, added, duplicates, batches, fromCursor, cursor, java.util.Collections.<String>emptyList());
    }

    ImportResult(String sourceId, int added, int duplicates, int batches, String fromCursor, String cursor,
            java.util.List<String> notes) {
        this(sourceId, added, duplicates, batches, fromCursor, cursor, notes, java.util.Collections.<String>emptyList());
    }

    ImportResult(String sourceId, int added, int duplicates, int batches, String fromCursor, String cursor,
            java.util.List<String> notes, java.util.List<String> refused) {
        this.refused = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(refused));
        this.notes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(notes));
        this.sourceId = sourceId;
        this.added = added;
        this.duplicates = duplicates;
        this.batches = batches;
        this.fromCursor = fromCursor;
        this.cursor = cursor;
    }

    /** The source's provider id. */
    public String sourceId() {
        return sourceId;
    }

    /** Records stored now. */
    public int added() {
        return added;
    }

    /** Records that were already stored, identical. */
    public int duplicates() {
        return duplicates;
    }

    /** Batches fetched that held evidence. */
    public int batches() {
        return batches;
    }

    /** The cursor this import started from. */
    public String fromCursor() {
        return fromCursor;
    }

    /** The cursor the next import of this source starts from. */
    public String cursor() {
        return cursor;
    }

    /**
     * What the source noted about its batches, in order, each once (e.g. that files before the cursor changed and were
     * read again); empty when nothing was noted. Each note is also in its batch's audit entry.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public java.util.List<String> notes() {
        return notes;
    }

    /**
     * The units of the source (e.g. files read again after they changed) refused whole because a record conflicts with
     * evidence already stored under its id, each naming the record, where it came from and what differs; nothing of
     * them was stored, and the import went on after them. Each is also in the audit trail ({@code EVIDENCE_REFUSED}).
     * Empty when none was refused.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public java.util.List<String> refused() {
        return refused;
    }

    @Override
    public String toString() {
        return "ImportResult[" + sourceId + ": " + added + " added, " + duplicates + " duplicate(s) in " + batches
                + " batch(es), cursor [" + fromCursor + "] → [" + cursor + "]" + (notes.isEmpty() ? "" : ", notes " + notes) + (refused.isEmpty() ? "" : ", refused " + refused) + "]";
    }
}

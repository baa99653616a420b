package org.kaoping.plugin.journal;

import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * One record read back from a {@link Journal}: its sequence number and its payload, exactly as appended (plus where
 * it was read and its chain hash, which {@link #equals} ignores). Immutable.
 */
@API(status = API.Status.INTERNAL)
public final class JournalRecord {
    private final long sequence;
    private final String payload;
    private final String chainHash;
    private final long offset;

    /** A record as a caller builds it to compare with what was read: no chain hash, offset unknown (-1). */
    public JournalRecord(long sequence, String payload) {
        this(sequence, payload, null, -1);
    }

    JournalRecord(long sequence, String payload, String chainHash, long offset) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1; got " + sequence);
        }
        this.sequence = sequence;
        this.payload = Objects.requireNonNull(payload, "payload must not be null");
        this.chainHash = chainHash;
        this.offset = offset;
    }

    /**
     * The chain hash stored with the record ({@code HashChain.link} of the previous record's hash and this payload),
     * if the record was read from a journal.
     */
    public java.util.Optional<String> chainHash() {
        return java.util.Optional.ofNullable(chainHash);
    }

    /** The byte offset of the record's line in the journal file, or -1 if the record was not read from a file. */
    public long offset() {
        return offset;
    }

    /** The sequence number, 1 for the first record of a journal, contiguous thereafter. */
    public long sequence() {
        return sequence;
    }

    /** The payload, exactly the string that was appended. */
    public String payload() {
        return payload;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof JournalRecord)) {
            return false;
        }
        JournalRecord other = (JournalRecord) o;
        return sequence == other.sequence && payload.equals(other.payload);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + payload.hashCode();
    }

    @Override
    public String toString() {
        return "JournalRecord{seq=" + sequence + ", payload=" + payload + "}";
    }
}

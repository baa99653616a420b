package org.kaoping.plugin.journal;

import java.util.Objects;

/** One record read back from a {@link Journal}: its sequence number and its payload, exactly as appended. Immutable. */
public final class JournalRecord {
    private final long sequence;
    private final String payload;

    public JournalRecord(long sequence, String payload) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1; got " + sequence);
        }
        this.sequence = sequence;
        this.payload = Objects.requireNonNull(payload, "payload must not be null");
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

package org.kaoping.plugin.store;

import java.util.List;
import org.kaoping.core.evidence.Evidence;

/**
 * The journal store's evidence by id, without an entry object per piece: an open-addressing table (linear probing,
 * at most half full) of longs, each an id's hash and a position in the store's list of evidence, so that a million
 * pieces cost 16 MB here rather than the 40 MB of a {@code HashMap}'s nodes and table. A probe compares hashes and
 * looks at the evidence only when they are equal. Not thread-safe: the store guards it with the same locks as the
 * list.
 */
final class EvidenceById {
    private static final int MIN_SLOTS = 64;
    private final List<Evidence> all;
    /** (hash &lt;&lt; 32) | (position in {@link #all} + 1); 0 marks a free slot. */
    private long[] slots = new long[MIN_SLOTS];
    private int size;

    /** @param all the list whose positions this indexes; every piece is added to it before it is indexed. */
    EvidenceById(List<Evidence> all) {
        this.all = all;
    }

    /** The evidence with this id, or null. */
    Evidence get(String id) {
        int hash = spread(id.hashCode());
        int mask = slots.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                return null;
            }
            if ((int) (slot >>> 32) == hash) {
                Evidence e = all.get((int) slot - 1);
                if (e.id().equals(id)) {
                    return e;
                }
            }
        }
    }

    boolean contains(String id) {
        return get(id) != null;
    }

    /**
     * Indexes the evidence at {@code position} of the list unless its id is indexed already.
     *
     * @return false (and nothing indexed) if the id was indexed already
     */
    boolean add(int position) {
        String id = all.get(position).id();
        if (contains(id)) {
            return false;
        }
        ensureCapacity(size + 1);
        put(slots, spread(id.hashCode()), position);
        size++;
        return true;
    }

    /** Makes room for {@code count} ids in all without growing again. */
    void ensureCapacity(int count) {
        if (2L * count <= slots.length) {
            return;
        }
        long wanted = Long.highestOneBit(Math.max(MIN_SLOTS, 2L * count - 1)) << 1;
        if (wanted > 1 << 30) {
            throw new IllegalStateException("the journal store holds more evidence than it can index: " + count);
        }
        long[] old = slots;
        slots = new long[(int) wanted];
        for (long slot : old) {
            if (slot != 0) {
                put(slots, (int) (slot >>> 32), (int) slot - 1);
            }
        }
    }

    void clear() {
        slots = new long[MIN_SLOTS];
        size = 0;
    }

    private static void put(long[] table, int hash, int position) {
        int mask = table.length - 1;
        int i = hash & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = (long) hash << 32 | (position + 1L);
    }

    /** Spreads a string hash so that the low bits the mask keeps depend on all of it. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    @Override
    public String toString() {
        return "EvidenceById{" + size + " of " + slots.length + " slots}";
    }
}

package org.kaoping.plugin.store;

import java.util.List;
import org.kaoping.core.evidence.Evidence;

/**
 * The journal store's evidence by id, without an entry object per piece: an open-addressing table (linear probing,
 * at most half full) of positions in the store's list of evidence, so that a million pieces cost 8 MB here rather
 * than the 40 MB of a {@code HashMap}'s nodes and table. Ids are compared through the evidence the position names.
 * Not thread-safe: the store guards it with the same locks as the list.
 */
final class EvidenceIndex {
    private final List<Evidence> all;
    /** Position in {@link #all} plus one; 0 marks a free slot. */
    private int[] slots = new int[64];
    private int size;

    /** @param all the list whose positions this indexes; every piece is added to it before {@link #added}. */
    EvidenceIndex(List<Evidence> all) {
        this.all = all;
    }

    /** The evidence with this id, or null. */
    Evidence get(String id) {
        int mask = slots.length - 1;
        for (int i = spread(id.hashCode()) & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                return null;
            }
            Evidence e = all.get(slot - 1);
            if (e.id().equals(id)) {
                return e;
            }
        }
    }

    boolean contains(String id) {
        return get(id) != null;
    }

    /** Indexes the evidence at {@code position} of the list, whose id is not indexed yet. */
    void added(int position) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        put(slots, position);
        size++;
    }

    void clear() {
        slots = new int[64];
        size = 0;
    }

    private void put(int[] table, int position) {
        int mask = table.length - 1;
        int i = spread(all.get(position).id().hashCode()) & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = position + 1;
    }

    private void grow() {
        if (slots.length >= 1 << 30) {
            throw new IllegalStateException("the journal store holds more evidence than it can index: " + size);
        }
        int[] old = slots;
        slots = new int[old.length * 2];
        for (int slot : old) {
            if (slot != 0) {
                put(slots, slot - 1);
            }
        }
    }

    /** Spreads a string hash so that the low bits the mask keeps depend on all of it. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    @Override
    public String toString() {
        return "EvidenceIndex{" + size + " of " + slots.length + " slots}";
    }
}

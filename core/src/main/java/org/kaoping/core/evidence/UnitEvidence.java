package org.kaoping.core.evidence;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import org.kaoping.core.api.API;

/**
 * All evidence about one unit, grouped by {@link Evidence#key()}; every list is sorted by evidence id,
 * so the order in which evidence arrived never matters. Immutable.
 */
@API(status = API.Status.STABLE)
public final class UnitEvidence {
    private static final String[] NO_KEYS = new String[0];

    private final String unitId;
    /** Every piece of evidence in id order; an {@link EvidenceColumns.UnitRows} when the unit is held as rows. */
    private final List<Evidence> all;
    // Evidence held as values: an open-addressing table of the keys (length a power of two, at most half full):
    // each slot holds the key's hash, the key and its evidence as a view over one shared array grouped by key.
    // Compared with a HashMap of ArrayLists this holds about half the bytes per key and a lookup touches two arrays
    // instead of a node, a key, a list and its array. Evidence held as rows of EvidenceColumns: all three null, and
    // the lookup is the rows' (no object per piece of evidence is held; views are made on access).
    private final int[] hashes;
    private final String[] keys;
    private final List<Evidence>[] lists;

    private UnitEvidence(String unitId, List<Evidence> all, int[] hashes, String[] keys, List<Evidence>[] lists) {
        this.unitId = unitId;
        this.all = all;
        this.hashes = hashes;
        this.keys = keys;
        this.lists = lists;
    }

    /** No evidence about {@code unitId}. */
    @SuppressWarnings("unchecked")
    public static UnitEvidence empty(String unitId) {
        return new UnitEvidence(unitId, Collections.<Evidence>emptyList(), new int[0], NO_KEYS, new List[0]);
    }

    /** The unit's evidence as rows of {@link EvidenceColumns}, already in id order without duplicates. */
    static UnitEvidence over(String unitId, EvidenceColumns.UnitRows rows) {
        return new UnitEvidence(unitId, rows, null, null, null);
    }

    /** Sorts {@code evidence} (all about {@code unitId}) by id, drops exact duplicates and groups it by key. */
    @SuppressWarnings("unchecked")
    static UnitEvidence of(String unitId, List<Evidence> evidence) {
        Evidence[] sorted = evidence.toArray(new Evidence[0]);
        Arrays.sort(sorted, EvidenceIndex.BY_ID);
        int n = 0;
        Evidence previous = null;
        for (Evidence e : sorted) {
            if (previous != null && EvidenceIndex.BY_ID.compare(previous, e) == 0) {
                if (!previous.equals(e)) {
                    throw new DuplicateEvidenceException(unitId, e.id());
                }
                continue;
            }
            sorted[n++] = e;
            previous = e;
        }
        Evidence[] unique = n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
        int capacity = 4;
        while (capacity < n * 2) {
            capacity <<= 1;
        }
        int[] hashes = new int[capacity];
        String[] keys = new String[capacity];
        int[] count = new int[capacity];
        int[] slotOf = new int[n];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            String key = unique[i].key();
            int h = key.hashCode();
            int slot = h & (capacity - 1);
            while (keys[slot] != null && !(hashes[slot] == h && keys[slot].equals(key))) {
                slot = (slot + 1) & (capacity - 1);
            }
            if (keys[slot] == null) {
                keys[slot] = key;
                hashes[slot] = h;
                distinct++;
            }
            count[slot]++;
            slotOf[i] = slot;
        }
        // shrink the table to at most half full of the distinct keys, then lay the evidence out key by key
        int size = 4;
        while (size < distinct * 2) {
            size <<= 1;
        }
        int[] tHashes = new int[size];
        String[] tKeys = new String[size];
        List<Evidence>[] tLists = new List[size];
        int[] start = new int[capacity];
        int at = 0;
        for (int slot = 0; slot < capacity; slot++) {
            if (keys[slot] != null) {
                start[slot] = at;
                at += count[slot];
            }
        }
        Evidence[] grouped = new Evidence[n];
        int[] fill = start.clone();
        for (int i = 0; i < n; i++) {
            grouped[fill[slotOf[i]]++] = unique[i];
        }
        for (int slot = 0; slot < capacity; slot++) {
            if (keys[slot] == null) {
                continue;
            }
            int h = hashes[slot];
            int t = h & (size - 1);
            while (tKeys[t] != null) {
                t = (t + 1) & (size - 1);
            }
            tHashes[t] = h;
            tKeys[t] = keys[slot];
            tLists[t] = new Slice(grouped, start[slot], start[slot] + count[slot]);
        }
        return new UnitEvidence(unitId, new Slice(unique, 0, n), tHashes, tKeys, tLists);
    }

    public String unitId() {
        return unitId;
    }

    /** Every piece of evidence about the unit, sorted by id. */
    public List<Evidence> all() {
        return all;
    }

    /** The evidence filed under {@code key} (a criterion id, metric key or category), sorted by id; empty if none. */
    public List<Evidence> byKey(String key) {
        if (keys == null) {
            return ((EvidenceColumns.UnitRows) all).byKey(key);
        }
        int mask = keys.length - 1;
        if (mask < 0) {
            return Collections.<Evidence>emptyList();
        }
        int h = key.hashCode();
        for (int slot = h & mask;; slot = (slot + 1) & mask) {
            String k = keys[slot];
            if (k == null) {
                return Collections.<Evidence>emptyList();
            }
            if (hashes[slot] == h && (k == key || k.equals(key))) {
                return lists[slot];
            }
        }
    }

    /**
     * Fills {@code into[i]} with {@link #byKey byKey(keys[i])} for every key: the same lists, found together. For
     * evidence held as rows of {@link EvidenceColumns} it is one pass over the unit's keys instead of one search per
     * key (the order of an array of keys is remembered by the columns, so asking again with the same array, as a
     * scorer does for each unit, costs no sorting); otherwise it is {@code byKey} for each.
     *
     * @throws IllegalArgumentException if {@code into} is shorter than {@code keys}
     */
    @API(status = API.Status.EXPERIMENTAL)
    public void byKeys(String[] keys, List<Evidence>[] into) {
        if (into.length < keys.length) {
            throw new IllegalArgumentException(into.length + " list slot(s) for " + keys.length + " key(s)");
        }
        if (this.keys == null) {
            ((EvidenceColumns.UnitRows) all).byKeys(keys, into);
            return;
        }
        for (int i = 0; i < keys.length; i++) {
            into[i] = byKey(keys[i]);
        }
    }

    /** The keys that have evidence. */
    public Set<String> keys() {
        if (keys == null) {
            return Collections.unmodifiableSet(((EvidenceColumns.UnitRows) all).keys());
        }
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            if (k != null) {
                out.add(k);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitEvidence && ((UnitEvidence) o).unitId.equals(unitId) && ((UnitEvidence) o).all.equals(all);
    }

    @Override
    public int hashCode() {
        return unitId.hashCode() * 31 + all.hashCode();
    }

    @Override
    public String toString() {
        return "UnitEvidence[" + unitId + ", " + all.size() + " item(s)]";
    }

    /** An unmodifiable view of {@code array[from, to)}. */
    private static final class Slice extends AbstractList<Evidence> implements RandomAccess {
        private final Evidence[] array;
        private final int from;
        private final int size;

        Slice(Evidence[] array, int from, int to) {
            this.array = array;
            this.from = from;
            this.size = to - from;
        }

        @Override
        public Evidence get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + " of " + size);
            }
            return array[from + index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}

package org.kaoping.core.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All evidence about one unit, grouped by {@link Evidence#key()}; every list is sorted by evidence id,
 * so the order in which evidence arrived never matters. Immutable.
 */
public final class UnitEvidence {

    private final String unitId;
    private final List<Evidence> all;
    private final Map<String, List<Evidence>> byKey;

    private UnitEvidence(String unitId, List<Evidence> all, Map<String, List<Evidence>> byKey) {
        this.unitId = unitId;
        this.all = all;
        this.byKey = byKey;
    }

    /** No evidence about {@code unitId}. */
    public static UnitEvidence empty(String unitId) {
        return new UnitEvidence(unitId, Collections.<Evidence>emptyList(), Collections.<String, List<Evidence>>emptyMap());
    }

    /** Sorts {@code evidence} (all about {@code unitId}) by id, drops exact duplicates and groups it by key. */
    static UnitEvidence of(String unitId, List<Evidence> evidence) {
        ArrayList<Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(EvidenceIndex.BY_ID);
        ArrayList<Evidence> unique = new ArrayList<>(sorted.size());
        Evidence previous = null;
        for (Evidence e : sorted) {
            if (previous != null && previous.id().equals(e.id())) {
                if (!previous.equals(e)) {
                    throw new DuplicateEvidenceException(unitId, e.id());
                }
                continue;
            }
            unique.add(e);
            previous = e;
        }
        Map<String, List<Evidence>> byKey = new HashMap<>();
        for (Evidence e : unique) {
            List<Evidence> list = byKey.get(e.key());
            if (list == null) {
                list = new ArrayList<>(2);
                byKey.put(e.key(), list);
            }
            list.add(e);
        }
        for (Map.Entry<String, List<Evidence>> en : byKey.entrySet()) {
            en.setValue(Collections.unmodifiableList(en.getValue()));
        }
        return new UnitEvidence(unitId, Collections.unmodifiableList(unique), byKey);
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
        List<Evidence> list = byKey.get(key);
        return list == null ? Collections.<Evidence>emptyList() : list;
    }

    /** The keys that have evidence. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(byKey.keySet());
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
}

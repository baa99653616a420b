package org.kaoping.core.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kaoping.core.api.API;

/**
 * Evidence indexed by unit and, within a unit, by key (criterion id, metric key or category), so that
 * scoring looks each item's evidence up instead of scanning. Building it is linear in the evidence
 * (plus sorting each unit's evidence by id); lookups are constant time. Immutable and thread-safe.
 *
 * <p>Exact duplicates (same id, equal content) are kept once; two different pieces of evidence about one
 * unit with the same id are refused with {@link DuplicateEvidenceException}.
 */
@API(status = API.Status.STABLE)
public final class EvidenceIndex {
    static final Comparator<Evidence> BY_ID = new Comparator<Evidence>() {
        @Override
        public int compare(Evidence a, Evidence b) {
            return EvidenceColumns.compareIds(a, b);
        }
    };

    private static final EvidenceIndex EMPTY = new EvidenceIndex(Collections.<String, UnitEvidence>emptyMap(), 0);

    private final Map<String, UnitEvidence> byUnit;
    private final int size;

    private EvidenceIndex(Map<String, UnitEvidence> byUnit, int size) {
        this.byUnit = byUnit;
        this.size = size;
    }

    public static EvidenceIndex empty() {
        return EMPTY;
    }

    /** Indexes {@code evidence}, in any order. */
    public static EvidenceIndex of(Iterable<? extends Evidence> evidence) {
        Objects.requireNonNull(evidence, "evidence must not be null");
        if (evidence instanceof EvidenceColumns.Rows && ((EvidenceColumns.Rows) evidence).whole() != null) {
            // a store's snapshot: grouped by its unit chains, in its row (usually id) order
            int[] total = new int[1];
            Map<String, UnitEvidence> byUnit = ((EvidenceColumns.Rows) evidence).whole().index(total);
            return new EvidenceIndex(byUnit, total[0]);
        }
        if (evidence instanceof EvidenceColumns.Rows) {
            // a store's answer for one unit
            Map<String, UnitEvidence> byUnit = ((EvidenceColumns.Rows) evidence).oneUnit();
            if (byUnit != null) {
                int size = 0;
                for (UnitEvidence u : byUnit.values()) {
                    size += u.all().size();
                }
                return new EvidenceIndex(byUnit, size);
            }
        }
        Map<String, List<Evidence>> grouped = new HashMap<>();
        for (Evidence e : evidence) {
            Objects.requireNonNull(e, "evidence must not contain null");
            List<Evidence> list = grouped.get(e.unitId());
            if (list == null) {
                list = new ArrayList<>();
                grouped.put(e.unitId(), list);
            }
            list.add(e);
        }
        Map<String, UnitEvidence> byUnit = new HashMap<>(grouped.size() * 2);
        int size = 0;
        for (Map.Entry<String, List<Evidence>> en : grouped.entrySet()) {
            UnitEvidence u = UnitEvidence.of(en.getKey(), en.getValue());
            byUnit.put(en.getKey(), u);
            size += u.all().size();
        }
        return new EvidenceIndex(byUnit, size);
    }

    /** The evidence about {@code unitId}; empty if there is none. */
    public UnitEvidence unit(String unitId) {
        UnitEvidence u = byUnit.get(unitId);
        return u == null ? UnitEvidence.empty(unitId) : u;
    }

    /** The evidence about {@code unitId} filed under {@code key}, sorted by id. */
    public List<Evidence> find(String unitId, String key) {
        UnitEvidence u = byUnit.get(unitId);
        return u == null ? Collections.<Evidence>emptyList() : u.byKey(key);
    }

    /** The units that have evidence. */
    public Set<String> unitIds() {
        return Collections.unmodifiableSet(byUnit.keySet());
    }

    /** How many distinct pieces of evidence it holds. */
    public int size() {
        return size;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvidenceIndex && ((EvidenceIndex) o).byUnit.equals(byUnit);
    }

    @Override
    public int hashCode() {
        return byUnit.hashCode();
    }

    @Override
    public String toString() {
        return "EvidenceIndex[" + byUnit.size() + " unit(s), " + size + " item(s)]";
    }
}

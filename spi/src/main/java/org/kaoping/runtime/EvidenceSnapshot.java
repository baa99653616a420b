package org.kaoping.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.UnitEvidence;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;

/**
 * The runtime's one view of the stored evidence that counts (claims only once approved), shared by the obligation
 * check, scoring, ranking and publishing, so that a cycle reads {@link AssessmentStore#allEvidence()} once
 * (issue 14, goal 4). The audit trail is its change feed: on each {@link #refresh()} it reads the audit events
 * appended since the last one (by any runtime on the same store) and re-reads only the units they name
 * ({@link AssessmentStore#evidence(String)}); an event that changes evidence without naming one unit (an import
 * batch) makes it read everything again. Evidence written to the store without its audit event, bypassing every
 * runtime, is seen at the next full read.
 *
 * <p>Thread-safe: {@link #refresh()} is serialised; readers see each unit's evidence replaced whole. A read keeps each
 * unit's records as read and indexes them when the unit is first asked for ({@link Unit}).
 */
final class EvidenceSnapshot {
    private final AssessmentStore store;
    private final SubmissionGate gate;
    private final Map<String, Unit> units = new ConcurrentHashMap<>();
    private final Set<String> documents = ConcurrentHashMap.newKeySet();
    /** Guarded by this: whether everything has been read once. */
    private boolean loaded;
    /** Guarded by this: the audit sequence read up to. */
    private long auditSeen;
    /** Guarded by this: the units re-read since the latest full read, in order. */
    private final List<String> changes = new ArrayList<>();
    /**
     * Guarded by this: the position of the latest full read in the snapshot's history (a count of re-reads: unit
     * by unit, plus one per full read); {@code changes.get(i)} is at position {@code fullReadAt + 1 + i}.
     */
    private long fullReadAt = -1;
    /** Guarded by this: how many full reads were made (for tests and diagnostics). */
    private int fullReads;

    EvidenceSnapshot(AssessmentStore store, SubmissionGate gate) {
        this.store = store;
        this.gate = gate;
    }

    /** Brings the snapshot up to date with the store; returns its position in its history afterwards. */
    synchronized long refresh() {
        Set<String> dirty = new HashSet<>();
        boolean full = !loaded;
        for (AuditEvent e : store.auditEvents(auditSeen)) { // read before the evidence: a later event only repeats a read
            auditSeen = Math.max(auditSeen, e.sequence());
            switch (e.action()) {
                case EVIDENCE_SUBMITTED:
                case OVERRIDDEN:
                case CLAIM_FILED:
                case CLAIM_APPROVED:
                case CLAIM_REJECTED:
                    if (e.unitId().isPresent()) {
                        dirty.add(e.unitId().get());
                    } else {
                        full = true;
                    }
                    break;
                case EVIDENCE_IMPORTED:
                    full = true;
                    break;
                default:
                    break; // scores, rankings, notices, refusals and duplicates store no evidence
            }
        }
        if (full) {
            readAll();
        } else {
            for (String unitId : dirty) {
                List<Evidence> own = gate.counted(store.evidence(unitId));
                for (Evidence e : own) {
                    if (e instanceof DocumentRef) {
                        documents.add(e.id());
                    }
                }
                units.put(unitId, new Unit(unitId, own));
                changes.add(unitId);
            }
        }
        return position();
    }

    private long position() {
        return fullReadAt + changes.size();
    }

    private void readAll() {
        List<Evidence> all = gate.counted(store.allEvidence());
        Map<String, List<Evidence>> byUnit = new java.util.HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Evidence e : all) {
            List<Evidence> own = byUnit.get(e.unitId());
            if (own == null) {
                own = new ArrayList<>();
                byUnit.put(e.unitId(), own);
            }
            own.add(e);
            if (e instanceof DocumentRef) {
                ids.add(e.id());
            }
        }
        Map<String, Unit> read = new java.util.HashMap<>(byUnit.size() * 2);
        for (Map.Entry<String, List<Evidence>> e : byUnit.entrySet()) {
            read.put(e.getKey(), new Unit(e.getKey(), e.getValue()));
        }
        units.keySet().retainAll(read.keySet());
        units.putAll(read);
        documents.retainAll(ids);
        documents.addAll(ids);
        loaded = true;
        fullReads++;
        fullReadAt = position() + 1;
        changes.clear();
    }

    /**
     * A unit's counted evidence as read, indexed ({@code EvidenceIndex.of}) when it is first asked for, once: a runtime
     * asks only for the units it assesses, and a store shared by several plans holds every plan's (the demo's thirty
     * village plans each indexed every unit the earlier ones had filed). The readers index their units on their own
     * threads (scoring runs on several). A unit whose records cannot be indexed (two different records with one id)
     * throws {@link org.kaoping.core.evidence.DuplicateEvidenceException} to whoever asks for it, every time.
     */
    private static final class Unit {
        private final String unitId;
        /** Guarded by this; null once indexed. */
        private List<Evidence> read;
        private volatile UnitEvidence indexed;

        Unit(String unitId, List<Evidence> read) {
            this.unitId = unitId;
            this.read = read;
        }

        UnitEvidence get() {
            UnitEvidence u = indexed;
            if (u == null) {
                synchronized (this) {
                    u = indexed;
                    if (u == null) {
                        u = EvidenceIndex.of(read).unit(unitId);
                        indexed = u;
                        read = null;
                    }
                }
            }
            return u;
        }
    }

    /**
     * The units re-read after position {@code since} of {@link #refresh()}, or null if everything was read again
     * after it (or {@code since} is negative).
     */
    synchronized Set<String> changedSince(long since) {
        if (since < 0 || fullReadAt > since) {
            return null;
        }
        return Collections.unmodifiableSet(new HashSet<>(changes.subList((int) (since - fullReadAt), changes.size())));
    }

    /** The counted evidence about {@code unitId} as of the latest refresh; empty if there is none. */
    UnitEvidence unit(String unitId) {
        Unit u = units.get(unitId);
        return u == null ? UnitEvidence.empty(unitId) : u.get();
    }

    /** Whether {@code evidenceId} is a stored document, as of the latest refresh. */
    boolean isDocument(String evidenceId) {
        return documents.contains(evidenceId);
    }

    /** How many times everything was read. */
    synchronized int fullReads() {
        return fullReads;
    }
}

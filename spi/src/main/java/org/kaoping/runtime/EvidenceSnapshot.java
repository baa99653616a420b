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
 * <p>Thread-safe: {@link #refresh()} is serialised; readers see each unit's evidence replaced whole.
 */
final class EvidenceSnapshot {
    private final AssessmentStore store;
    private final SubmissionGate gate;
    private final Map<String, UnitEvidence> units = new ConcurrentHashMap<>();
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

    /** Threads that index the units of a full read. */
    private final int parallelism;

    EvidenceSnapshot(AssessmentStore store, SubmissionGate gate) {
        this(store, gate, 1);
    }

    EvidenceSnapshot(AssessmentStore store, SubmissionGate gate, int parallelism) {
        this.store = store;
        this.gate = gate;
        this.parallelism = Math.max(1, parallelism);
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
                units.put(unitId, EvidenceIndex.of(own).unit(unitId));
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
        Map<String, UnitEvidence> indexed = index(byUnit);
        units.keySet().retainAll(indexed.keySet());
        units.putAll(indexed);
        documents.retainAll(ids);
        documents.addAll(ids);
        loaded = true;
        fullReads++;
        fullReadAt = position() + 1;
        changes.clear();
    }

    /**
     * Each unit's evidence indexed ({@code EvidenceIndex.of}, unit by unit, as a full index of all of them would), on
     * up to {@link #parallelism} threads: after an import every unit is indexed again, and the units are independent.
     */
    private Map<String, UnitEvidence> index(Map<String, List<Evidence>> byUnit) {
        final List<Map.Entry<String, List<Evidence>>> entries = new ArrayList<>(byUnit.entrySet());
        final Map<String, UnitEvidence> out = new ConcurrentHashMap<>(entries.size() * 2);
        int threads = Math.min(parallelism, entries.size() / 16 + 1); // a few units are indexed on this thread alone
        if (threads <= 1) {
            for (Map.Entry<String, List<Evidence>> e : entries) {
                out.put(e.getKey(), EvidenceIndex.of(e.getValue()).unit(e.getKey()));
            }
            return out;
        }
        final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicReference<RuntimeException> failed = new java.util.concurrent.atomic.AtomicReference<>();
        Runnable work = () -> {
            for (int i; (i = next.getAndIncrement()) < entries.size() && failed.get() == null; ) {
                try {
                    Map.Entry<String, List<Evidence>> e = entries.get(i);
                    out.put(e.getKey(), EvidenceIndex.of(e.getValue()).unit(e.getKey()));
                } catch (RuntimeException x) {
                    failed.compareAndSet(null, x);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread h = new Thread(work, "kaoping-index-" + t);
            h.setDaemon(true);
            h.start();
            helpers.add(h);
        }
        work.run();
        for (Thread h : helpers) {
            try {
                h.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnitsFailedException("Interrupted while indexing the evidence of " + entries.size() + " unit(s)",
                        entries.size(), e);
            }
        }
        if (failed.get() != null) {
            throw failed.get(); // e.g. DuplicateEvidenceException, as a single index of everything throws it
        }
        return out;
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
        UnitEvidence u = units.get(unitId);
        return u == null ? UnitEvidence.empty(unitId) : u;
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

package org.kaoping.runtime;

import org.kaoping.core.ConfigurationException;
import org.kaoping.spi.internal.ProviderNames;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.EvidenceSource;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.EvidenceBatch;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.AssessmentStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.kaoping.core.KaopingException;
import org.kaoping.core.evidence.Evidence;

/**
 * Incremental import from {@link EvidenceSource}s: fetches batch after batch from each source's cursor and hands
 * each to the {@link SubmissionGate}, which checks every record, and stores the batch all or nothing together with
 * its {@code EVIDENCE_IMPORTED} event (the next cursor at the end of its detail) in one atomic write; a refused
 * batch stores nothing and the cursor stays before it — that audit trail is where cursors
 * live, so they survive restarts wherever the store does. Imports of one source are serialized by a lock object
 * per source id (held in a {@link ConcurrentHashMap}) so that its cursor advances in order; the in-memory cursors
 * are a {@link ConcurrentHashMap} too, and everything else is immutable or in the thread-safe store.
 */
final class EvidenceImporter {
    /** Precedes the next cursor at the end of an {@code EVIDENCE_IMPORTED} event's detail, which ends with {@code ]}. */
    static final String CURSOR_MARK = "; next cursor [";

    private final AssessmentStore store;
    /** The current gate, read once per batch: an org reload swaps it, and each batch is judged by one org. */
    private final Supplier<SubmissionGate> gate;
    private final AuditTrail audit;
    private final int batchSize;
    private final ConcurrentMap<String, String> cursors = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> importLocks = new ConcurrentHashMap<>();

    EvidenceImporter(AssessmentStore store, Supplier<SubmissionGate> gate, AuditTrail audit, int batchSize) {
        this.store = store;
        this.gate = gate;
        this.audit = audit;
        this.batchSize = batchSize;
    }

    /** See {@link Kaoping#importEvidence(EvidenceSource)}. */
    ImportResult importEvidence(EvidenceSource source) {
        Objects.requireNonNull(source, "source must not be null");
        String sourceId = source.id();
        String actor = "source:" + sourceId;
        Object lock = importLocks.computeIfAbsent(sourceId, k -> new Object());
        synchronized (lock) {
            String from = cursorOf(sourceId);
            String cursor = from;
            int added = 0;
            int duplicates = 0;
            int batches = 0;
            java.util.Set<String> notes = new java.util.LinkedHashSet<>();
            List<String> refused = new java.util.ArrayList<>();
            java.util.Set<String> skippedTo = new java.util.HashSet<>();
            while (true) {
                EvidenceBatch batch = source.fetch(cursor, batchSize);
                if (batch == null) {
                    throw new ConfigurationException("EvidenceSource " + ProviderNames.describe(source) + " returned no batch for cursor ["
                            + cursor + "]");
                }
                final List<Evidence> evidence = batch.evidence();
                final String at = cursor;
                final String next = batch.nextCursor();
                final String note = batch.note();
                if (!note.isEmpty()) {
                    notes.add(note);
                }
                int a = 0;
                String after = next;
                if (!evidence.isEmpty()) {
                    SubmissionGate g = gate.get();
                    try {
                        List<SubmitOutcome> outcomes = g.importBatch(source, evidence, at,
                                o -> importedEvent(actor, sourceId, evidence.size(), added(o), note, next));
                        a = added(outcomes);
                        duplicates += evidence.size() - a;
                    } catch (EvidenceConflictException e) {
                        String skip = batch.cursorIfConflict();
                        if (skip.isEmpty() || !skippedTo.add(skip)) {
                            throw e; // the source cannot go past it (or led back to it): the import stops here
                        }
                        // One whole unit of the source (a file read again) conflicts with what is stored: refused whole,
                        // recorded (the gate audited EVIDENCE_REFUSED), and the import goes on after it.
                        String why = g.conflictOf(source, evidence, e.evidenceId());
                        refused.add(why);
                        audit.audit(audit.event(actor, null, AuditEvent.Action.EVIDENCE_IMPORTED, null, sourceId, "refused "
                                + evidence.size() + " record(s) from source " + sourceId + " as one unit, nothing of it stored,"
                                + " because a record conflicts with stored evidence: " + why
                                + (note.isEmpty() ? "" : "; the source notes: " + note) + CURSOR_MARK + skip + "]"));
                        after = skip;
                    }
                    batches++;
                } else if (!next.equals(cursor)) {
                    audit.audit(importedEvent(actor, sourceId, 0, 0, note, next));
                }
                added += a;
                boolean moved = !after.equals(cursor);
                cursor = after;
                cursors.put(sourceId, cursor);
                if (!batch.hasMore() || (evidence.isEmpty() && !moved)) {
                    break;
                }
            }
            return new ImportResult(sourceId, added, duplicates, batches, from, cursor, new java.util.ArrayList<>(notes), refused);
        }
    }

    private static int added(List<SubmitOutcome> outcomes) {
        int a = 0;
        for (SubmitOutcome o : outcomes) {
            a += o == SubmitOutcome.ADDED ? 1 : 0;
        }
        return a;
    }

    /** The {@code EVIDENCE_IMPORTED} event of one batch, stored with the batch in one write; it carries the next cursor. */
    private AuditEvent importedEvent(String actor, String sourceId, int records, int added, String note, String next) {
        return audit.event(actor, null, AuditEvent.Action.EVIDENCE_IMPORTED, null, sourceId, "imported " + records
                + " record(s) from source " + sourceId + ": " + added + " new, " + (records - added) + " already stored"
                + (note.isEmpty() ? "" : "; the source notes: " + note) + CURSOR_MARK + next + "]");
    }

    /** See {@link Kaoping#cursorOf(String)}. */
    String cursorOf(String sourceId) {
        String c = cursors.get(sourceId);
        if (c != null) {
            return c;
        }
        String found = EvidenceSource.START;
        for (AuditEvent e : store.auditEvents(0)) {
            if (e.action() == AuditEvent.Action.EVIDENCE_IMPORTED && e.subject().isPresent()
                    && e.subject().get().equals(sourceId)) {
                String d = e.detail();
                int at = d.lastIndexOf(CURSOR_MARK);
                if (at >= 0 && d.endsWith("]")) {
                    found = d.substring(at + CURSOR_MARK.length(), d.length() - 1);
                }
            }
        }
        String raced = cursors.putIfAbsent(sourceId, found);
        return raced != null ? raced : found;
    }
}

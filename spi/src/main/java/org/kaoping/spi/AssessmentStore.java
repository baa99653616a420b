package org.kaoping.spi;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;

/**
 * Where the runtime keeps what an assessment accumulates: evidence (overrides included, as
 * {@code ScoreOverride} evidence), scorecard records and the audit trail.
 *
 * <p>Registered in {@code META-INF/services/org.kaoping.spi.AssessmentStore}, or wired explicitly; the
 * runtime uses one store. Contract, checked by {@code AssessmentStoreContract} in the testkit:
 * <ul>
 *   <li>Evidence and audit events are append-only. A write that returned is durable and is never lost,
 *       also across {@link #close()} and reopening.</li>
 *   <li>Submitting evidence is idempotent by id and content: an identical record is a
 *       {@link SubmitOutcome#DUPLICATE}; the same id with different content throws
 *       {@link EvidenceConflictException} and stores nothing.</li>
 *   <li>A batch is all or nothing: if any record is refused, none of the batch is stored.</li>
 *   <li>Scorecard records use optimistic concurrency: a write names the version it replaces (0 for
 *       none) and fails with {@link ConcurrentUpdateException} if another writer came first.</li>
 *   <li>Reads return records in the order they were first stored.</li>
 *   <li>Thread-safe: any number of threads may write at once, and nothing is lost or interleaved.</li>
 * </ul>
 */
@API(status = API.Status.STABLE)
public interface AssessmentStore extends KaopingProvider, Closeable {
    /** Stores one piece of evidence; see the class contract. */
    SubmitOutcome submit(Evidence evidence);

    /** Stores a batch, all or nothing; outcomes in the batch's order. */
    List<SubmitOutcome> submitAll(List<? extends Evidence> evidence);

    /** Every stored piece of evidence about {@code unitId}, in storage order. */
    List<Evidence> evidence(String unitId);

    /** Every stored piece of evidence, in storage order. */
    List<Evidence> allEvidence();

    Optional<Evidence> findEvidence(String evidenceId);

    /**
     * Hands {@code action} the stored evidence unit by unit: one call per unit that has evidence, with all of that
     * unit's evidence in storage order (what {@link #evidence(String)} gives), so that a reader can score a large
     * store one unit at a time (issue 14, goal 4). Units come in the store's order of their ids: ascending
     * {@link String} order in this default, a database's collation in a database store. A store that reads from a
     * cursor overrides it to hold one unit's evidence at a time; this default groups {@link #allEvidence()}, which
     * holds everything at once. The lists handed over are unmodifiable; an exception from {@code action} stops the
     * read and is thrown as is.
     *
     * @param action called with a unit id and that unit's evidence
     * @throws NullPointerException if {@code action} is null
     */
    @API(status = API.Status.EXPERIMENTAL)
    default void forEachUnit(BiConsumer<String, List<Evidence>> action) {
        Objects.requireNonNull(action, "action must not be null");
        Map<String, List<Evidence>> byUnit = new TreeMap<>();
        for (Evidence e : allEvidence()) {
            List<Evidence> own = byUnit.get(e.unitId());
            if (own == null) {
                own = new ArrayList<>();
                byUnit.put(e.unitId(), own);
            }
            own.add(e);
        }
        for (Map.Entry<String, List<Evidence>> unit : byUnit.entrySet()) {
            action.accept(unit.getKey(), Collections.unmodifiableList(unit.getValue()));
        }
    }

    /**
     * Writes a scorecard record replacing version {@code expectedVersion} (0 if none is stored) and returns
     * it with its new version.
     *
     * @throws ConcurrentUpdateException if the stored version differs; nothing is written
     */
    ScorecardRecord putScorecard(ScorecardRecord record, long expectedVersion);

    /**
     * Writes several scorecard records, the {@code i}-th replacing version {@code expectedVersions.get(i)} (0 if
     * none is stored), and returns them with their new versions, in order. Each record is checked and written as
     * by {@link #putScorecard}; the lists must have the same size and name each plan and unit at most once.
     *
     * <p>The default writes them one at a time, in order, so a {@link ConcurrentUpdateException} leaves the
     * records before the conflicting one written. A store may override it to write all in one durable step
     * (the journal store does: one fsync) and then checks every version before writing any, so a conflict
     * writes nothing. Either way a caller that retries the conflicting records one by one is correct.
     *
     * <p>The default cannot be all or nothing, since the interface has no way to check and write under one lock
     * or transaction. {@code AssessmentStoreContract} in the testkit requires all or nothing (a conflict writes
     * none of the batch), so a store meant to pass it must override this method.
     *
     * @throws ConcurrentUpdateException if a stored version differs from the expected one
     * @throws IllegalArgumentException if the lists differ in size or name a plan and unit twice
     */
    default List<ScorecardRecord> putScorecards(List<ScorecardRecord> records, List<Long> expectedVersions) {
        org.kaoping.spi.support.ScorecardBatches.check(records, expectedVersions);
        List<ScorecardRecord> out = new java.util.ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            out.add(putScorecard(records.get(i), expectedVersions.get(i)));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    Optional<ScorecardRecord> scorecard(String planId, String unitId);

    /** Every scorecard record of a plan, ordered by unit id. */
    List<ScorecardRecord> scorecards(String planId);

    /** Appends an audit event and returns it with its sequence number. */
    AuditEvent audit(AuditEvent event);

    /**
     * Appends audit events in order and returns them with their sequence numbers, which are contiguous if no
     * other writer interleaves. The default appends one at a time; a store may override it to write all in one
     * durable step (the journal store does: one fsync). Either way each event, once returned, is durable.
     *
     * <p>The default neither keeps a concurrent writer from interleaving its events within the batch nor checks
     * the whole batch for null before appending. {@code AssessmentStoreContract} in the testkit requires both (a
     * batch's sequence numbers are contiguous even under concurrent writers, and a refused batch appends
     * nothing), so a store meant to pass it must override this method.
     */
    default List<AuditEvent> auditAll(List<AuditEvent> events) {
        java.util.Objects.requireNonNull(events, "events must not be null");
        List<AuditEvent> out = new java.util.ArrayList<>(events.size());
        for (AuditEvent e : events) {
            out.add(audit(java.util.Objects.requireNonNull(e, "events must not contain null")));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** Audit events with a sequence number greater than {@code afterSequence}, in order. */
    /**
     * Stores a batch of evidence and appends the audit events that record it in one atomic step, so that no
     * evidence is ever stored unaudited and no audit event names evidence that was not stored. The store decides
     * each record's outcome as {@link #submitAll} does, then calls {@code auditFor} exactly once, inside the same
     * write, with those outcomes (one per record, in order), and appends the events it returns (sequences assigned
     * by the store, as {@link #audit} does). All or nothing: if any record conflicts
     * ({@link EvidenceConflictException}), or {@code auditFor} throws, or the write fails, nothing of the batch and
     * none of its events is stored.
     *
     * <p>The default implementation calls {@link #submitAll} and then {@link #auditAll}: it is neither atomic nor
     * safe against a crash between the two, so a store meant to pass the contract must override it.
     *
     * @param evidence the records to store, in order; not empty, no nulls
     * @param auditFor builds the events to append from the outcome of each record; called once
     * @return the outcome of each record, in order
     */
    default List<SubmitOutcome> submitAllAudited(List<? extends Evidence> evidence,
            java.util.function.Function<List<SubmitOutcome>, List<AuditEvent>> auditFor) {
        java.util.Objects.requireNonNull(auditFor, "auditFor must not be null");
        List<SubmitOutcome> outcomes = submitAll(evidence);
        auditAll(auditFor.apply(outcomes));
        return outcomes;
    }

    /**
     * Walks the store's tamper-evident chain (evidence records and audit events, each hash-linked to the one
     * before, see {@link org.kaoping.spi.support.HashChain}) and reports the first record that does not match.
     * The default says the store keeps no chain ({@link IntegrityReport#notChained}).
     */
    default IntegrityReport verifyIntegrity() {
        return IntegrityReport.notChained(id());
    }

    List<AuditEvent> auditEvents(long afterSequence);

    /** Releases files, locks or connections; idempotent. Reads and writes after close throw. */
    @Override
    void close();
}

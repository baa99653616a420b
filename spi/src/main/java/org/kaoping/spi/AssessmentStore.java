package org.kaoping.spi;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
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
     * Writes a scorecard record replacing version {@code expectedVersion} (0 if none is stored) and returns
     * it with its new version.
     *
     * @throws ConcurrentUpdateException if the stored version differs; nothing is written
     */
    ScorecardRecord putScorecard(ScorecardRecord record, long expectedVersion);

    Optional<ScorecardRecord> scorecard(String planId, String unitId);

    /** Every scorecard record of a plan, ordered by unit id. */
    List<ScorecardRecord> scorecards(String planId);

    /** Appends an audit event and returns it with its sequence number. */
    AuditEvent audit(AuditEvent event);

    /** Audit events with a sequence number greater than {@code afterSequence}, in order. */
    List<AuditEvent> auditEvents(long afterSequence);

    /** Releases files, locks or connections; idempotent. Reads and writes after close throw. */
    @Override
    void close();
}

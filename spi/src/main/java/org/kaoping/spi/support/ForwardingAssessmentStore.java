package org.kaoping.spi.support;

import java.util.List;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ScorecardRecord;
import org.kaoping.spi.SubmitOutcome;

/**
 * An {@link AssessmentStore} that forwards every call, batch methods included, to another store: the base
 * for a wrapper that adds logging, metrics or access checks around a host's store, overriding only what it
 * changes. Forwarding the batch methods matters: the interface defaults write one record at a time and are
 * not atomic, so a wrapper that fell back to them would break the delegate's all-or-nothing batches.
 *
 * <p>Thread-safety and durability are the delegate's. {@link #id()} is the delegate's unless overridden.
 */
@API(status = API.Status.STABLE)
public abstract class ForwardingAssessmentStore implements AssessmentStore {
    /** The store every call goes to. */
    protected abstract AssessmentStore delegate();

    @Override
    public String id() {
        return delegate().id();
    }

    @Override
    public int priority() {
        return delegate().priority();
    }

    @Override
    public SubmitOutcome submit(Evidence evidence) {
        return delegate().submit(evidence);
    }

    @Override
    public List<SubmitOutcome> submitAll(List<? extends Evidence> evidence) {
        return delegate().submitAll(evidence);
    }

    @Override
    public List<Evidence> evidence(String unitId) {
        return delegate().evidence(unitId);
    }

    @Override
    public List<Evidence> allEvidence() {
        return delegate().allEvidence();
    }

    @Override
    public Optional<Evidence> findEvidence(String evidenceId) {
        return delegate().findEvidence(evidenceId);
    }

    @Override
    public ScorecardRecord putScorecard(ScorecardRecord record, long expectedVersion) {
        return delegate().putScorecard(record, expectedVersion);
    }

    @Override
    public List<ScorecardRecord> putScorecards(List<ScorecardRecord> records, List<Long> expectedVersions) {
        return delegate().putScorecards(records, expectedVersions);
    }

    @Override
    public Optional<ScorecardRecord> scorecard(String planId, String unitId) {
        return delegate().scorecard(planId, unitId);
    }

    @Override
    public List<ScorecardRecord> scorecards(String planId) {
        return delegate().scorecards(planId);
    }

    @Override
    public AuditEvent audit(AuditEvent event) {
        return delegate().audit(event);
    }

    @Override
    public List<AuditEvent> auditAll(List<AuditEvent> events) {
        return delegate().auditAll(events);
    }

    @Override
    public List<SubmitOutcome> submitAllAudited(List<? extends Evidence> evidence,
            java.util.function.Function<List<SubmitOutcome>, List<AuditEvent>> auditFor) {
        return delegate().submitAllAudited(evidence, auditFor);
    }

    @Override
    public org.kaoping.spi.IntegrityReport verifyIntegrity() {
        return delegate().verifyIntegrity();
    }

    @Override
    public List<AuditEvent> auditEvents(long afterSequence) {
        return delegate().auditEvents(afterSequence);
    }

    @Override
    public void close() {
        delegate().close();
    }
}

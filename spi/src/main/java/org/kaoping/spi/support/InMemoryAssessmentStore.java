package org.kaoping.spi.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.kaoping.core.StoreException;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceColumns;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ConcurrentUpdateException;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.ScorecardRecord;
import org.kaoping.spi.SubmitOutcome;

/**
 * An {@link AssessmentStore} that keeps everything in memory: for tests, demos and small hosts that keep
 * their own backups. It meets the whole store contract ({@code AssessmentStoreContract} in the testkit),
 * where "durable" means "for the life of the JVM": {@link #reopen()} gives a new open store over the same
 * data, as reopening a file-backed store would.
 *
 * <p>Made with its public constructor, not {@code open(...)} ({@code docs/naming.md}): it holds no file, lock or
 * connection, takes no option and {@code new} says what happens, a fresh empty store. After {@link #close()} every
 * operation throws a {@link org.kaoping.core.StoreException}.
 *
 * <p>Thread-safe: every operation takes one lock over the shared data, so writes are atomic (a batch is
 * all or nothing) and totally ordered. Reads return unmodifiable snapshots; evidence is held as
 * {@link EvidenceColumns} and read back as views equal to what was submitted. Not registered for discovery;
 * wire it explicitly.
 */
@API(status = API.Status.STABLE)
public final class InMemoryAssessmentStore implements AssessmentStore {
    /** The provider id, {@code in-memory}. */
    public static final String ID = "in-memory";

    private final Data data;
    private volatile boolean closed;

    /** A new, empty store. */
    public InMemoryAssessmentStore() {
        this(new Data());
    }

    private InMemoryAssessmentStore(Data data) {
        this.data = data;
    }

    /**
     * A new open store over this store's data, as reopening a file-backed store gives after a restart.
     * Typically called after {@link #close()}; this instance stays closed if it was.
     */
    public InMemoryAssessmentStore reopen() {
        return new InMemoryAssessmentStore(data);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SubmitOutcome submit(Evidence evidence) {
        return submitAll(Collections.singletonList(Objects.requireNonNull(evidence, "evidence must not be null"))).get(0);
    }

    @Override
    public List<SubmitOutcome> submitAll(List<? extends Evidence> evidence) {
        return submitAllAudited(evidence, null);
    }

    /**
     * Decides every record's outcome, builds the audit events from the outcomes and appends evidence and events, all
     * under the one lock: a conflict, a failing {@code auditFor} or a null event stores neither evidence nor events.
     */
    @Override
    public List<SubmitOutcome> submitAllAudited(List<? extends Evidence> evidence,
            java.util.function.Function<List<SubmitOutcome>, List<AuditEvent>> auditFor) {
        Objects.requireNonNull(evidence, "evidence must not be null");
        synchronized (data) {
            checkOpen();
            Map<String, Evidence> batch = new HashMap<>(evidence.size() + evidence.size() / 3 + 1);
            List<SubmitOutcome> outcomes = new ArrayList<>(evidence.size());
            for (int i = 0; i < evidence.size(); i++) {
                Evidence e = evidence.get(i);
                if (e == null) {
                    throw new NullPointerException("evidence[" + i + "] must not be null; nothing of the batch was stored");
                }
                int row = data.evidence.indexOf(e.id());
                Evidence known = row < 0 ? null : data.evidence.get(row);
                if (known == null) {
                    known = batch.get(e.id());
                }
                if (known == null) {
                    batch.put(e.id(), e);
                    outcomes.add(SubmitOutcome.ADDED);
                } else if (known.equals(e)) {
                    outcomes.add(SubmitOutcome.DUPLICATE);
                } else {
                    throw new EvidenceConflictException(e.id());
                }
            }
            List<SubmitOutcome> result = Collections.unmodifiableList(outcomes);
            List<AuditEvent> events = Collections.emptyList();
            if (auditFor != null) {
                events = Objects.requireNonNull(auditFor.apply(result), "auditFor returned null; nothing of the batch was stored");
                for (int i = 0; i < events.size(); i++) {
                    if (events.get(i) == null) {
                        throw new NullPointerException("auditFor's events[" + i + "] is null; nothing of the batch was stored");
                    }
                }
            }
            int before = data.evidence.size();
            try {
                for (int i = 0; i < evidence.size(); i++) {
                    if (outcomes.get(i) == SubmitOutcome.ADDED) {
                        data.evidence.add(evidence.get(i));
                    }
                }
            } catch (RuntimeException | Error e) {
                data.evidence.truncate(before); // a value the columns cannot hold: nothing of the batch stays
                throw e;
            }
            for (AuditEvent e : events) {
                data.audit.add(AuditEvent.builder().from(e).sequence(data.audit.size() + 1L).build());
            }
            return result;
        }
    }

    @Override
    public List<Evidence> evidence(String unitId) {
        Objects.requireNonNull(unitId, "unitId must not be null");
        synchronized (data) {
            checkOpen();
            return data.evidence.build().unit(unitId);
        }
    }

    @Override
    public List<Evidence> allEvidence() {
        synchronized (data) {
            checkOpen();
            return data.evidence.build().asList();
        }
    }

    @Override
    public Optional<Evidence> findEvidence(String evidenceId) {
        Objects.requireNonNull(evidenceId, "evidenceId must not be null");
        synchronized (data) {
            checkOpen();
            int row = data.evidence.indexOf(evidenceId);
            return row < 0 ? Optional.<Evidence>empty() : Optional.of(data.evidence.get(row));
        }
    }

    @Override
    public ScorecardRecord putScorecard(ScorecardRecord record, long expectedVersion) {
        Objects.requireNonNull(record, "record must not be null");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must be 0 (none stored) or a stored version; got "
                    + expectedVersion + " for the scorecard of unit [" + record.unitId() + "] in plan [" + record.planId() + "]");
        }
        synchronized (data) {
            checkOpen();
            Map<String, ScorecardRecord> plan = data.scorecards.computeIfAbsent(record.planId(), k -> new TreeMap<>());
            ScorecardRecord current = plan.get(record.unitId());
            long actual = current == null ? 0 : current.version();
            if (actual != expectedVersion) {
                throw new ConcurrentUpdateException("the scorecard of unit [" + record.unitId() + "] in plan ["
                        + record.planId() + "]", expectedVersion, actual);
            }
            ScorecardRecord stored = ScorecardRecord.builder().from(record).version(actual + 1).build();
            plan.put(record.unitId(), stored);
            return stored;
        }
    }

    /** Checks every version before writing any, under the one lock: a conflict writes none of the batch. */
    @Override
    public List<ScorecardRecord> putScorecards(List<ScorecardRecord> records, List<Long> expectedVersions) {
        org.kaoping.spi.support.ScorecardBatches.check(records, expectedVersions);
        synchronized (data) {
            checkOpen();
            List<ScorecardRecord> stored = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                ScorecardRecord record = records.get(i);
                long expected = expectedVersions.get(i);
                Map<String, ScorecardRecord> plan = data.scorecards.get(record.planId());
                ScorecardRecord current = plan == null ? null : plan.get(record.unitId());
                long actual = current == null ? 0 : current.version();
                if (actual != expected) {
                    throw new ConcurrentUpdateException("the scorecard of unit [" + record.unitId() + "] in plan ["
                            + record.planId() + "] (nothing of the batch was written)", expected, actual);
                }
                stored.add(ScorecardRecord.builder().from(record).version(actual + 1).build());
            }
            for (ScorecardRecord s : stored) {
                data.scorecards.computeIfAbsent(s.planId(), k -> new TreeMap<>()).put(s.unitId(), s);
            }
            return Collections.unmodifiableList(stored);
        }
    }

    @Override
    public Optional<ScorecardRecord> scorecard(String planId, String unitId) {
        synchronized (data) {
            checkOpen();
            Map<String, ScorecardRecord> plan = data.scorecards.get(planId);
            return Optional.ofNullable(plan == null ? null : plan.get(unitId));
        }
    }

    @Override
    public List<ScorecardRecord> scorecards(String planId) {
        synchronized (data) {
            checkOpen();
            Map<String, ScorecardRecord> plan = data.scorecards.get(planId);
            return plan == null ? Collections.<ScorecardRecord>emptyList()
                    : Collections.unmodifiableList(new ArrayList<>(plan.values()));
        }
    }

    @Override
    public AuditEvent audit(AuditEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        synchronized (data) {
            checkOpen();
            AuditEvent stored = AuditEvent.builder().from(event).sequence(data.audit.size() + 1L).build();
            data.audit.add(stored);
            return stored;
        }
    }

    /** Appends the batch under the one lock, so its sequence numbers are contiguous; a null refuses the whole batch. */
    @Override
    public List<AuditEvent> auditAll(List<AuditEvent> events) {
        Objects.requireNonNull(events, "events must not be null");
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == null) {
                throw new NullPointerException("events[" + i + "] must not be null; nothing of the batch was stored");
            }
        }
        synchronized (data) {
            checkOpen();
            List<AuditEvent> stored = new ArrayList<>(events.size());
            for (AuditEvent e : events) {
                stored.add(AuditEvent.builder().from(e).sequence(data.audit.size() + stored.size() + 1L).build());
            }
            data.audit.addAll(stored);
            return Collections.unmodifiableList(stored);
        }
    }

    @Override
    public List<AuditEvent> auditEvents(long afterSequence) {
        synchronized (data) {
            checkOpen();
            int from = (int) Math.max(0, Math.min(afterSequence, data.audit.size()));
            return Collections.unmodifiableList(new ArrayList<>(data.audit.subList(from, data.audit.size())));
        }
    }

    /** Closes this instance; the data stays for {@link #reopen()}. Idempotent. */
    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        synchronized (data) {
            return "InMemoryAssessmentStore[" + data.evidence.size() + " evidence, " + data.audit.size() + " audit event(s)"
                    + (closed ? ", closed" : "") + "]";
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException("InMemoryAssessmentStore is closed; reopen() gives a new open store over its data");
        }
    }

    /** The state that outlives one open instance; guarded by its own monitor. */
    private static final class Data {
        /**
         * The evidence as columns (a few dozen bytes a fact instead of an object graph of several hundred): reads
         * answer views over a snapshot of them, which later submissions only extend.
         */
        final EvidenceColumns.Builder evidence = EvidenceColumns.builder();
        final Map<String, Map<String, ScorecardRecord>> scorecards = new HashMap<>();
        final List<AuditEvent> audit = new ArrayList<>();
    }
}

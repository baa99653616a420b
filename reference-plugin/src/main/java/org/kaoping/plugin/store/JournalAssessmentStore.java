package org.kaoping.plugin.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.kaoping.core.KaopingException;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.plugin.journal.Journal;
import org.kaoping.plugin.journal.JournalCorruptedException;
import org.kaoping.plugin.journal.JournalRecord;
import org.kaoping.plugin.json.EvidenceFormatException;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ConcurrentUpdateException;
import org.kaoping.spi.ScorecardRecord;
import org.kaoping.spi.SubmitOutcome;

/**
 * The embedded default {@link AssessmentStore}: a directory of three append-only, checksummed
 * JSON-lines {@linkplain Journal journals} ({@code evidence.jsonl}, {@code scorecards.jsonl},
 * {@code audit.jsonl}), replayed into memory on open. Needs no database; meant for one process on one
 * machine (an OA server, the CLI, the demo).
 *
 * <p><b>Wiring.</b> Open it with {@link #open(Path)} and hand it to the runtime's builder. It is
 * deliberately <em>not</em> registered in {@code META-INF/services/org.kaoping.spi.AssessmentStore}:
 * opening it takes exclusive file locks and reads the whole directory, which discovery must not do as a
 * side effect, and it cannot pick a directory by itself.
 *
 * <p><b>Durability.</b> Every write ({@link #submit}, {@link #submitAll}, {@link #putScorecard}, {@link #putScorecards}, {@link #auditAll},
 * {@link #audit}) returns only after its record is forced to the storage device with {@code fsync};
 * a write that returned survives {@code kill -9} and (as far as the OS and drive honour {@code fsync})
 * a power loss. A batch is one journal record, so it is all or nothing even across a crash. If a write
 * throws, nothing of it is visible, and after an I/O failure the store refuses writes until reopened.
 *
 * <p><b>Torn records.</b> On open, a torn or corrupt <em>last</em> record of a journal (an interrupted
 * write, never acknowledged) is dropped with a {@code WARNING} from the logger
 * {@code org.kaoping.plugin.journal.Journal} naming the file and line; everything before it is kept.
 * Damage before the last record fails the open with {@link JournalCorruptedException} naming the file
 * and line, and leaves the files unchanged.
 *
 * <p><b>Records.</b> An evidence record is the {@link EvidenceJson} form of one piece of evidence, or a
 * JSON array of them for a batch; a scorecard record is its JSON with its version; an audit record is
 * the event's JSON, whose sequence number equals the journal line. Idempotency compares that JSON text,
 * which is equal exactly when the values are equal.
 *
 * <p><b>Thread-safety.</b> Safe for any number of threads. Writes of one kind (evidence, scorecards,
 * audit) are serialized and each costs one {@code fsync} (batches share one); reads never wait for a
 * write's {@code fsync}. One directory is held by at most one open store, in this or any other process:
 * a second {@code open} throws {@link org.kaoping.plugin.journal.JournalLockedException}.
 *
 * <p><b>Memory.</b> Everything is held in memory (about the size of the journal files); a county-level
 * cycle of some hundred thousand records needs tens of megabytes. Use {@link JdbcAssessmentStore} beyond that.
 */
public final class JournalAssessmentStore implements AssessmentStore {
    /** The provider id. */
    public static final String ID = "journal";
    /** The journal names in the store's directory. */
    public static final String EVIDENCE = "evidence";
    public static final String SCORECARDS = "scorecards";
    public static final String AUDIT = "audit";

    private final Path directory;
    private final Journal evidenceJournal;
    private final Journal scorecardJournal;
    private final Journal auditJournal;

    /** Serialize writers of each kind; held across the fsync. */
    private final Object evidenceWrite = new Object();
    private final Object scorecardWrite = new Object();
    private final Object auditWrite = new Object();
    /** Guards the in-memory state; writers take it only to publish a durable record. */
    private final ReadWriteLock state = new ReentrantReadWriteLock();

    private final Map<String, StoredForm> byId = new HashMap<>();
    private final List<Evidence> all = new ArrayList<>();
    private final Map<String, List<Evidence>> byUnit = new HashMap<>();
    private final Map<String, ScorecardRecord> scorecards = new HashMap<>();
    private final List<AuditEvent> auditTrail = new ArrayList<>();
    private volatile boolean closed;

    private JournalAssessmentStore(Path directory, Journal evidence, Journal scorecards, Journal audit) {
        this.directory = directory;
        this.evidenceJournal = evidence;
        this.scorecardJournal = scorecards;
        this.auditJournal = audit;
    }

    /**
     * Opens the store in {@code directory}, creating it if needed, recovering from torn last records and
     * rebuilding the in-memory indexes.
     *
     * @throws org.kaoping.plugin.journal.JournalLockedException if the directory's store is open elsewhere
     * @throws JournalCorruptedException naming the file and line if a journal is damaged before its last
     *     record or holds a record that is not what this store writes
     * @throws org.kaoping.plugin.journal.JournalException on an I/O failure
     */
    public static JournalAssessmentStore open(Path directory) {
        return open(directory, false);
    }

    /**
     * Opens the store in {@code directory} empty: once this store holds the journals' locks, whatever they held is
     * discarded without being read. For scratch stores such as the demo's; a store open elsewhere is left
     * untouched.
     *
     * @throws org.kaoping.plugin.journal.JournalLockedException if the directory's store is open elsewhere
     * @throws org.kaoping.plugin.journal.JournalException on an I/O failure
     */
    public static JournalAssessmentStore openEmpty(Path directory) {
        return open(directory, true);
    }

    private static JournalAssessmentStore open(Path directory, boolean empty) {
        Objects.requireNonNull(directory, "directory must not be null");
        List<Journal> opened = new ArrayList<>();
        boolean ok = false;
        try {
            Journal evidence = empty ? Journal.openEmpty(directory, EVIDENCE) : Journal.open(directory, EVIDENCE);
            opened.add(evidence);
            Journal scorecards = empty ? Journal.openEmpty(directory, SCORECARDS) : Journal.open(directory, SCORECARDS);
            opened.add(scorecards);
            Journal audit = empty ? Journal.openEmpty(directory, AUDIT) : Journal.open(directory, AUDIT);
            opened.add(audit);
            JournalAssessmentStore store = new JournalAssessmentStore(evidence.directory(), evidence, scorecards, audit);
            store.replay();
            ok = true;
            return store;
        } finally {
            if (!ok) {
                for (Journal j : opened) {
                    try {
                        j.close();
                    } catch (RuntimeException suppressed) {
                        // already failing
                    }
                }
            }
        }
    }

    private void replay() {
        evidenceJournal.forEach(1, r -> {
            String payload = r.payload();
            List<Evidence> items = payload.startsWith("[")
                    ? parse(evidenceJournal, r, () -> EvidenceJson.parseArray(payload, source(evidenceJournal, r)))
                    : Collections.singletonList(parse(evidenceJournal, r,
                            () -> EvidenceJson.parse(payload, source(evidenceJournal, r))));
            for (Evidence e : items) {
                if (byId.containsKey(e.id())) {
                    throw new JournalCorruptedException(evidenceJournal.file(), r.sequence(),
                            "evidence [" + e.id() + "] was already stored by an earlier record",
                            "this store never writes an id twice; the file was left unchanged");
                }
                publish(StoredForm.read(e, EvidenceJson.toJson(e)));
            }
        });
        scorecardJournal.forEach(1, r -> {
            ScorecardRecord s = parse(scorecardJournal, r,
                    () -> EvidenceJson.parseScorecard(r.payload(), source(scorecardJournal, r)));
            ScorecardRecord before = scorecards.get(key(s.planId(), s.unitId()));
            long expected = before == null ? 1 : before.version() + 1;
            if (s.version() != expected) {
                throw new JournalCorruptedException(scorecardJournal.file(), r.sequence(), "scorecard of unit ["
                        + s.unitId() + "] under plan [" + s.planId() + "] has version " + s.version() + ", expected "
                        + expected, "the file was left unchanged");
            }
            scorecards.put(key(s.planId(), s.unitId()), s);
        });
        auditJournal.forEach(1, r -> {
            AuditEvent a = parse(auditJournal, r, () -> EvidenceJson.parseAuditEvent(r.payload(), source(auditJournal, r)));
            if (a.sequence() != r.sequence()) {
                throw new JournalCorruptedException(auditJournal.file(), r.sequence(), "audit event has sequence number "
                        + a.sequence() + " on line " + r.sequence(), "the file was left unchanged");
            }
            auditTrail.add(a);
        });
    }

    private interface Parse<T> {
        T run();
    }

    private static <T> T parse(Journal journal, JournalRecord r, Parse<T> parse) {
        try {
            return parse.run();
        } catch (EvidenceFormatException e) {
            throw new JournalCorruptedException(journal.file(), r.sequence(), "the record's checksum is valid but its"
                    + " content is not what this store writes: " + e.getMessage(), "the file was left unchanged");
        }
    }

    private static String source(Journal journal, JournalRecord r) {
        return journal.file() + " record " + r.sequence();
    }

    /** The store's directory. */
    public Path directory() {
        return directory;
    }

    @Override
    public String id() {
        return ID;
    }

    // ---- evidence ---------------------------------------------------------------------------------

    @Override
    public SubmitOutcome submit(Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence must not be null");
        return submitAll(Collections.singletonList(evidence)).get(0);
    }

    @Override
    public List<SubmitOutcome> submitAll(List<? extends Evidence> evidence) {
        List<StoredForm> forms = SubmissionBatch.forms(evidence, e -> { });
        synchronized (evidenceWrite) {
            ensureOpen();
            List<SubmitOutcome> outcomes = new ArrayList<>(evidence.size());
            Map<String, StoredForm> added = SubmissionBatch.decide(forms, id -> {
                StoredForm stored = byId.get(id);
                return stored == null ? null : stored.json;
            }, form -> form.json, outcomes);
            if (added.isEmpty()) {
                return outcomes;
            }
            // One record for the whole batch: a crash can tear it, but never leave a part of it. The array is
            // joined from the forms' JSON text, each a complete object, rather than serialized a second time.
            String record;
            if (added.size() == 1) {
                record = added.values().iterator().next().json;
            } else {
                int length = 2;
                for (StoredForm form : added.values()) {
                    length += form.json.length() + 1;
                }
                StringBuilder array = new StringBuilder(length).append('[');
                for (StoredForm form : added.values()) {
                    array.append(array.length() == 1 ? "" : ",").append(form.json);
                }
                record = array.append(']').toString();
            }
            evidenceJournal.append(record);
            state.writeLock().lock();
            try {
                for (StoredForm form : added.values()) {
                    publish(form);
                }
            } finally {
                state.writeLock().unlock();
            }
            return outcomes;
        }
    }

    private void publish(StoredForm form) {
        Evidence e = form.value;
        byId.put(e.id(), form);
        all.add(e);
        List<Evidence> unit = byUnit.get(e.unitId());
        if (unit == null) {
            unit = new ArrayList<>();
            byUnit.put(e.unitId(), unit);
        }
        unit.add(e);
    }

    @Override
    public List<Evidence> evidence(String unitId) {
        Objects.requireNonNull(unitId, "unitId must not be null");
        state.readLock().lock();
        try {
            ensureOpen();
            List<Evidence> unit = byUnit.get(unitId);
            return unit == null ? Collections.<Evidence>emptyList() : Collections.unmodifiableList(new ArrayList<>(unit));
        } finally {
            state.readLock().unlock();
        }
    }

    @Override
    public List<Evidence> allEvidence() {
        state.readLock().lock();
        try {
            ensureOpen();
            return Collections.unmodifiableList(new ArrayList<>(all));
        } finally {
            state.readLock().unlock();
        }
    }

    @Override
    public Optional<Evidence> findEvidence(String evidenceId) {
        Objects.requireNonNull(evidenceId, "evidenceId must not be null");
        state.readLock().lock();
        try {
            ensureOpen();
            StoredForm s = byId.get(evidenceId);
            return s == null ? Optional.<Evidence>empty() : Optional.of(s.value);
        } finally {
            state.readLock().unlock();
        }
    }

    // ---- scorecards -------------------------------------------------------------------------------

    @Override
    public ScorecardRecord putScorecard(ScorecardRecord record, long expectedVersion) {
        Objects.requireNonNull(record, "record must not be null");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must be 0 (none stored) or a stored version; got "
                    + expectedVersion);
        }
        synchronized (scorecardWrite) {
            ensureOpen();
            String key = key(record.planId(), record.unitId());
            ScorecardRecord current;
            state.readLock().lock();
            try {
                current = scorecards.get(key);
            } finally {
                state.readLock().unlock();
            }
            long actual = current == null ? 0 : current.version();
            if (actual != expectedVersion) {
                throw new ConcurrentUpdateException("the scorecard of unit [" + record.unitId() + "] under plan ["
                        + record.planId() + "]", expectedVersion, actual);
            }
            ScorecardRecord stored = ScorecardRecord.builder().from(record).version(expectedVersion + 1).build();
            scorecardJournal.append(EvidenceJson.toJson(stored));
            state.writeLock().lock();
            try {
                scorecards.put(key, stored);
            } finally {
                state.writeLock().unlock();
            }
            return stored;
        }
    }

    /**
     * Checks every expected version first, then writes all records as consecutive journal lines with one fsync:
     * a conflict writes nothing. A crash during the write keeps the lines written before the torn one (each is a
     * whole record), so after a crash a prefix of the batch may stand, never part of a record.
     */
    @Override
    public List<ScorecardRecord> putScorecards(List<ScorecardRecord> records, List<Long> expectedVersions) {
        AssessmentStore.checkBatch(records, expectedVersions);
        if (records.isEmpty()) {
            return Collections.emptyList();
        }
        synchronized (scorecardWrite) {
            ensureOpen();
            List<ScorecardRecord> stored = new ArrayList<>(records.size());
            List<String> lines = new ArrayList<>(records.size());
            state.readLock().lock();
            try {
                for (int i = 0; i < records.size(); i++) {
                    ScorecardRecord r = records.get(i);
                    long expected = expectedVersions.get(i);
                    ScorecardRecord current = scorecards.get(key(r.planId(), r.unitId()));
                    long actual = current == null ? 0 : current.version();
                    if (actual != expected) {
                        throw new ConcurrentUpdateException("the scorecard of unit [" + r.unitId() + "] under plan ["
                                + r.planId() + "]", expected, actual);
                    }
                    ScorecardRecord s = ScorecardRecord.builder().from(r).version(expected + 1).build();
                    stored.add(s);
                    lines.add(EvidenceJson.toJson(s));
                }
            } finally {
                state.readLock().unlock();
            }
            scorecardJournal.appendAll(lines);
            state.writeLock().lock();
            try {
                for (ScorecardRecord s : stored) {
                    scorecards.put(key(s.planId(), s.unitId()), s);
                }
            } finally {
                state.writeLock().unlock();
            }
            return Collections.unmodifiableList(stored);
        }
    }

    @Override
    public Optional<ScorecardRecord> scorecard(String planId, String unitId) {
        Objects.requireNonNull(planId, "planId must not be null");
        Objects.requireNonNull(unitId, "unitId must not be null");
        state.readLock().lock();
        try {
            ensureOpen();
            return Optional.ofNullable(scorecards.get(key(planId, unitId)));
        } finally {
            state.readLock().unlock();
        }
    }

    @Override
    public List<ScorecardRecord> scorecards(String planId) {
        Objects.requireNonNull(planId, "planId must not be null");
        List<ScorecardRecord> out = new ArrayList<>();
        state.readLock().lock();
        try {
            ensureOpen();
            for (ScorecardRecord r : scorecards.values()) {
                if (r.planId().equals(planId)) {
                    out.add(r);
                }
            }
        } finally {
            state.readLock().unlock();
        }
        out.sort(Comparator.comparing(ScorecardRecord::unitId));
        return Collections.unmodifiableList(out);
    }

    private static String key(String planId, String unitId) {
        return planId.length() + ":" + planId + "/" + unitId;
    }

    // ---- audit ------------------------------------------------------------------------------------

    @Override
    public AuditEvent audit(AuditEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        synchronized (auditWrite) {
            ensureOpen();
            long sequence = auditJournal.lastSequence() + 1;
            AuditEvent stored = AuditEvent.builder().from(event).sequence(sequence).build();
            long written = auditJournal.append(EvidenceJson.toJson(stored));
            if (written != sequence) {
                // Only this store appends to the journal, under auditWrite; unreachable unless that changes.
                throw new IllegalStateException("audit journal gave sequence " + written + ", expected " + sequence);
            }
            state.writeLock().lock();
            try {
                auditTrail.add(stored);
            } finally {
                state.writeLock().unlock();
            }
            return stored;
        }
    }

    /**
     * Appends the events as consecutive journal lines with one fsync; their sequence numbers are contiguous. A
     * crash during the write keeps the whole lines before the torn one.
     */
    @Override
    public List<AuditEvent> auditAll(List<AuditEvent> events) {
        Objects.requireNonNull(events, "events must not be null");
        for (int i = 0; i < events.size(); i++) {
            Objects.requireNonNull(events.get(i), "events must not contain null; index " + i + " is null");
        }
        if (events.isEmpty()) {
            return Collections.emptyList();
        }
        synchronized (auditWrite) {
            ensureOpen();
            long first = auditJournal.lastSequence() + 1;
            List<AuditEvent> stored = new ArrayList<>(events.size());
            List<String> lines = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                AuditEvent a = AuditEvent.builder().from(events.get(i)).sequence(first + i).build();
                stored.add(a);
                lines.add(EvidenceJson.toJson(a));
            }
            long last = auditJournal.appendAll(lines);
            if (last != first + events.size() - 1) {
                // Only this store appends to the journal, under auditWrite; unreachable unless that changes.
                throw new IllegalStateException("audit journal ended at sequence " + last + ", expected " + (first + events.size() - 1));
            }
            state.writeLock().lock();
            try {
                auditTrail.addAll(stored);
            } finally {
                state.writeLock().unlock();
            }
            return Collections.unmodifiableList(stored);
        }
    }

    @Override
    public List<AuditEvent> auditEvents(long afterSequence) {
        if (afterSequence < 0) {
            throw new IllegalArgumentException("afterSequence must not be negative; got " + afterSequence);
        }
        state.readLock().lock();
        try {
            ensureOpen();
            int from = (int) Math.min(afterSequence, auditTrail.size());
            return Collections.unmodifiableList(new ArrayList<>(auditTrail.subList(from, auditTrail.size())));
        } finally {
            state.readLock().unlock();
        }
    }

    // ---- lifecycle --------------------------------------------------------------------------------

    /** Closes the three journals (forcing anything written) and releases their locks; idempotent. */
    @Override
    public void close() {
        synchronized (evidenceWrite) {
            synchronized (scorecardWrite) {
                synchronized (auditWrite) {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    RuntimeException failure = null;
                    for (Journal j : new Journal[] {evidenceJournal, scorecardJournal, auditJournal}) {
                        try {
                            j.close();
                        } catch (RuntimeException e) {
                            if (failure == null) {
                                failure = e;
                            } else {
                                failure.addSuppressed(e);
                            }
                        }
                    }
                    if (failure != null) {
                        throw failure;
                    }
                }
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new KaopingException("The assessment store in " + directory + " is closed");
        }
    }

    @Override
    public String toString() {
        return "JournalAssessmentStore{" + directory + "}";
    }
}

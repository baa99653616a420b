package org.kaoping.plugin.store;

import org.kaoping.core.StoreException;
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
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceColumns;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kaoping.spi.support.HashChain;
import org.kaoping.plugin.journal.Journal;
import org.kaoping.plugin.journal.JournalCheck;
import org.kaoping.plugin.journal.JournalException;
import org.kaoping.plugin.journal.JournalRepair;
import org.kaoping.plugin.journal.JournalCorruptedException;
import org.kaoping.plugin.journal.JournalRecord;
import org.kaoping.plugin.json.EvidenceFormatException;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ConcurrentUpdateException;
import org.kaoping.spi.IntegrityReport;
import org.kaoping.spi.ScorecardRecord;
import org.kaoping.spi.SubmitOutcome;

/**
 * The embedded default {@link AssessmentStore}: a directory of three append-only, checksummed
 * JSON-lines {@linkplain Journal journals} ({@code evidence.jsonl}, {@code scorecards.jsonl},
 * {@code audit.jsonl}), replayed into memory on open. Needs no database; meant for one process on one
 * machine (an OA server, the CLI, the demo). Made by {@link #open(Path)}, as everything that holds resources until
 * closed is ({@code docs/naming.md}); its failures are {@link org.kaoping.core.StoreException}s (the journal's
 * are {@link org.kaoping.plugin.journal.JournalException}s, a kind of them) with the {@code IOException} kept.
 *
 * <p><b>Wiring.</b> Open it with {@link #open(Path)} and hand it to the runtime's builder. It is
 * deliberately <em>not</em> registered in {@code META-INF/services/org.kaoping.spi.AssessmentStore}:
 * opening it takes exclusive file locks and reads the whole directory, which discovery must not do as a
 * side effect, and it cannot pick a directory by itself.
 *
 * <p><b>Durability.</b> Every write ({@link #submit}, {@link #submitAll}, {@link #submitAllAudited}, {@link #putScorecard},
 * {@link #putScorecards}, {@link #auditAll}, {@link #audit}) returns only after its record, and then the journal's
 * manifest, are forced to the storage device with {@code fsync};
 * a write that returned survives {@code kill -9} and (as far as the OS and drive honour {@code fsync})
 * a power loss. A batch is one journal record, so it is all or nothing even across a crash. If a write
 * throws, nothing of it is visible, and after an I/O failure (a full disk, say) the whole store refuses writes until
 * reopened.
 *
 * <p><b>Damage.</b> On open, a torn last line of a journal (no final newline, never acknowledged) is dropped with a
 * {@code WARNING} from the logger {@code org.kaoping.plugin.journal.Journal} naming the file and byte offset.
 * Anything else damaged in the records open reads (all without a snapshot; from the records the snapshot covers on
 * with one) (a complete record with a bad checksum or content, a sequence gap, a duplicated or
 * reordered line, a broken hash chain, fewer records than the journal's manifest acknowledges) fails the open with
 * {@link JournalCorruptedException} naming the file, line and byte offset, and leaves the files unchanged;
 * {@link #repair} (the CLI's {@code kaoping journal repair --store DIR}) moves the damaged bytes aside. See
 * {@code docs/journal.md}.
 *
 * <p><b>Tamper evidence.</b> Every journal line carries its link in a SHA-256 hash chain
 * ({@link org.kaoping.spi.support.HashChain}), and each journal's manifest the acknowledged head: editing a record,
 * even with its CRC recomputed, removing or reordering records breaks the chain. A store whose chain is broken is
 * refused on open (as damage, naming the first record that does not match) where open reads it: every record
 * without a snapshot, the records after the snapshot's anchor with one (below); {@link #verifyIntegrity()} walks
 * every record of the files again while the store is open, and {@link #verify(Path)} (the CLI's
 * {@code kaoping audit verify --store DIR}) walks a store without opening it.
 *
 * <p><b>Records.</b> An evidence record is the {@link EvidenceJson} form of one piece of evidence, a JSON array of
 * them for a batch, or, written by {@link #submitAllAudited}, {@code {"evidence":[…],"audit":[…]}}: a batch and the
 * audit events that record it in one record, so that after a crash both are there or neither. A scorecard record is
 * its JSON with its version; an audit record is the event's JSON with its sequence number. Audit events are numbered
 * 1..n across {@code audit.jsonl} and the audited records of {@code evidence.jsonl}. Idempotency compares the
 * evidence's JSON text, which is equal exactly when the values are equal.
 *
 * <p><b>Thread-safety.</b> Safe for any number of threads. Writes of one kind (evidence, scorecards,
 * audit) are serialized and each costs one {@code fsync} (batches share one); reads never wait for a
 * write's {@code fsync}. One directory is held by at most one open store, in this or any other process:
 * a second {@code open} throws {@link org.kaoping.plugin.journal.JournalLockedException}.
 *
 * <p><b>Snapshot.</b> {@link #close()} (and {@link #writeSnapshot()}) writes {@code store.snapshot}: the state as of
 * each journal's last record, named by its sequence number, chain hash and offset, with its own CRC-32, written to a
 * temporary file, <em>anchored</em> by a record of {@code audit.jsonl} holding its SHA-256 and the records it covers
 * (so that it is as tamper-evident as the chain), and renamed into place. Open reads each journal from the record
 * the snapshot covers (that record's CRC and chain hash, then every later record's CRC, sequence number and chain
 * link up to the manifest's head), checks the snapshot's SHA-256 against its anchor, loads it and replays the
 * records after it; the records before it are not read, since open serves the anchored snapshot instead (a change
 * to them is found by {@link #verifyIntegrity()}, which walks every record). A snapshot that is missing, truncated,
 * of another format version, whose checksum fails, whose positions are not records of the journals, that has no
 * anchor or whose SHA-256 does not match it is ignored with a {@code WARNING} from the logger
 * {@code org.kaoping.plugin.store.StoreSnapshot} and the store is rebuilt from the journals read whole. The journals
 * are never rewritten or compacted: they are the audit trail. See {@code docs/journal.md}.
 *
 * <p><b>Memory.</b> Everything is held in memory: the evidence as {@link org.kaoping.core.evidence.EvidenceColumns}
 * (about 90 bytes a fact, against about 240 in the journal files); a county-level cycle of some hundred thousand
 * records needs tens of megabytes. Use {@link JdbcAssessmentStore} beyond that.
 */
@API(status = API.Status.STABLE)
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

    /**
     * The evidence as columns, in the order stored, with its index by id and its grouping by unit (a few dozen bytes a
     * fact); reads answer views over a snapshot of them. Its JSON text (what idempotency compares) is made again when
     * an id comes back. Written under the state's write lock (and evidenceWrite, or during open).
     */
    private EvidenceColumns.Builder columns = EvidenceColumns.builder();
    private final Map<String, ScorecardRecord> scorecards = new HashMap<>();
    private final List<AuditEvent> auditTrail = new ArrayList<>();
    private volatile boolean closed;
    /** False only for the check {@link #repair} opens: its close writes nothing. */
    private boolean snapshotOnClose = true;
    /** The first write failure; once set, every write is refused until the store is reopened. */
    private volatile RuntimeException writeFailure;
    /** The number of audit events stored, in both journals; guarded by auditWrite (set once by replay). */
    private long auditCount;
    /** The journal positions the snapshot on disk covers (null if none is known); guarded by all three write monitors. */
    private StoreSnapshot.Position[] snapshotCovers;

    /** Starts the payload of an evidence record written together with its audit events. */
    private static final String AUDITED_PREFIX = "{\"evidence\":";
    private static final JsonFactory JSON = new JsonFactory();
    private static final String REPAIR = "nothing was changed; to move the damaged record and everything after it"
            + " aside into a side file, run `kaoping journal repair --store DIR` (Java: JournalAssessmentStore.repair),"
            + " see docs/journal.md";

    private JournalAssessmentStore(Path directory, Journal evidence, Journal scorecards, Journal audit) {
        this.directory = directory;
        this.evidenceJournal = evidence;
        this.scorecardJournal = scorecards;
        this.auditJournal = audit;
    }

    /**
     * Opens the store in {@code directory}, creating it if needed, dropping torn last lines that were never
     * acknowledged and rebuilding the in-memory indexes.
     *
     * @throws org.kaoping.plugin.journal.JournalLockedException if the directory's store is open elsewhere
     * @throws JournalCorruptedException naming the file, line and byte offset if a journal is damaged (a complete
     *     record that is bad, out of order or off the hash chain, or records cut from the end) or holds a record
     *     that is not what this store writes; {@link #repair} moves the damage aside
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
        StoreSnapshot.Header header = empty ? null : StoreSnapshot.header(directory);
        if (header != null && header.positions != null) {
            try {
                return open(directory, false, header);
            } catch (SnapshotRejected e) {
                // logged; the journals were closed: read them whole, as without a snapshot
                return open(directory, false, null);
            }
        }
        JournalAssessmentStore store = open(directory, empty, null);
        if (header != null) {
            header.logUnused(store.directory, store.anyRecords());
        }
        return store;
    }

    /**
     * Opens the journals, each from the record {@code snapshot} names for it if there is one (the records before it
     * are then not read), and rebuilds the state.
     *
     * @throws SnapshotRejected (after logging why, and closing the journals) if the snapshot cannot be used
     */
    private static JournalAssessmentStore open(Path directory, boolean empty, StoreSnapshot.Header snapshot) {
        List<Journal> opened = new ArrayList<>();
        boolean ok = false;
        try {
            Journal evidence = empty ? Journal.openEmpty(directory, EVIDENCE)
                    : Journal.open(directory, EVIDENCE, checkpoint(snapshot, 0));
            opened.add(evidence);
            if (empty) {
                // The journals are emptied, so a snapshot of their old records must not outlive them (deleted only
                // now that this store holds the evidence journal's lock).
                deleteSnapshot(evidence.directory());
            }
            Journal scorecards = empty ? Journal.openEmpty(directory, SCORECARDS)
                    : Journal.open(directory, SCORECARDS, checkpoint(snapshot, 1));
            opened.add(scorecards);
            Journal audit = empty ? Journal.openEmpty(directory, AUDIT)
                    : Journal.open(directory, AUDIT, checkpoint(snapshot, 2));
            opened.add(audit);
            JournalAssessmentStore store = new JournalAssessmentStore(evidence.directory(), evidence, scorecards, audit);
            if (snapshot == null) {
                store.replay(1, 1, 1);
            } else {
                store.replayFrom(snapshot.positions);
            }
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

    private static Journal.Checkpoint checkpoint(StoreSnapshot.Header snapshot, int journal) {
        return snapshot == null ? null : snapshot.positions[journal].checkpoint();
    }

    private boolean anyRecords() {
        return evidenceJournal.lastSequence() > 0 || scorecardJournal.lastSequence() > 0 || auditJournal.lastSequence() > 0;
    }

    /** The snapshot cannot be used (why was logged): the store is opened again from the whole journals. */
    private static final class SnapshotRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SnapshotRejected() {
            super(null, null, false, false);
        }
    }

    private static void deleteSnapshot(Path directory) {
        try {
            StoreSnapshot.delete(directory);
        } catch (IOException e) {
            throw new StoreException("Cannot delete the snapshot of the emptied store in " + directory + ": " + e, e);
        }
    }

    /** An audit event read back, with the journal line it came from (for errors). */
    private static final class ReadEvent {
        final AuditEvent event;
        final Journal journal;
        final JournalRecord record;

        ReadEvent(AuditEvent event, Journal journal, JournalRecord record) {
            this.event = event;
            this.journal = journal;
            this.record = record;
        }
    }

    /**
     * Rebuilds the state from the snapshot whose head named {@code positions}, which the journals were opened from,
     * and the journals' tails. The snapshot is used only if each journal accepted the record it names as its
     * checkpoint, the record after the covered one in {@code audit.jsonl} is its {@link SnapshotAnchor} naming the
     * same records and the SHA-256 of the file, and its content is whole and fits the tails. Otherwise the journals
     * were not read whole, so the store cannot be rebuilt from them here: logs why and throws {@link SnapshotRejected}
     * for {@link #open(Path, boolean)} to open the journals again from their first records. If the tail does not fit
     * onto the snapshot, the snapshot is blamed, not the journals: only damage found in a whole read of the journals
     * refuses the open (and {@link #repair} never moves journal records aside because of a bad snapshot).
     */
    private void replayFrom(StoreSnapshot.Position[] positions) {
        Journal[] journals = {evidenceJournal, scorecardJournal, auditJournal};
        try {
            for (int i = 0; i < 3; i++) {
                if (positions[i].sequence > 0 && !journals[i].openedFrom().isPresent()) {
                    throw reject("it covers evidence " + positions[0] + ", scorecards " + positions[1] + ", audit "
                            + positions[2] + ", which the journals do not hold (a stale snapshot of other records, or"
                            + " journals that were repaired or replaced)");
                }
            }
            long anchorAt = positions[2].sequence + 1;
            if (auditJournal.lastSequence() < anchorAt) {
                throw reject("audit.jsonl has no record " + anchorAt + " anchoring it in the hash chain (written"
                        + " after it, before it is put in place; a snapshot without it was not written by this store)");
            }
            JournalRecord anchorRecord = auditJournal.read(anchorAt, 1).get(0);
            if (!SnapshotAnchor.isAnchor(anchorRecord.payload())) {
                throw reject("audit.jsonl record " + anchorAt + ", which should anchor it in the hash chain, is not a"
                        + " snapshot anchor");
            }
            SnapshotAnchor anchor = anchor(anchorRecord);
            if (!anchor.covers(positions)) {
                throw reject("its anchor, audit.jsonl record " + anchorAt + ", names other records: " + anchor);
            }
            StoreSnapshot.Loaded snapshot = StoreSnapshot.read(directory, positions);
            if (snapshot == null) {
                throw new SnapshotRejected(); // logged by read
            }
            if (!anchor.sha256.equals(snapshot.sha256)) {
                throw reject("its SHA-256 is " + snapshot.sha256 + ", but its anchor in the hash chain, audit.jsonl"
                        + " record " + anchorAt + ", holds " + anchor.sha256 + " (the file was changed or replaced after"
                        + " it was written)");
            }
            if (!loadSnapshot(snapshot)) {
                throw new SnapshotRejected(); // logged by loadSnapshot
            }
            snapshotCovers = snapshot.positions;
            replay(positions[0].sequence + 1, positions[1].sequence + 1, positions[2].sequence + 1);
        } catch (JournalCorruptedException e) {
            throw reject("the journals' records after it do not fit onto it (" + e.getMessage() + ")");
        } catch (SnapshotRejected e) {
            closeJournalsQuietly();
            throw e;
        }
    }

    /** The snapshot anchor an {@code audit.jsonl} record holds; a malformed one is damage. */
    private SnapshotAnchor anchor(JournalRecord r) {
        return parse(auditJournal, r, () -> {
            try {
                return SnapshotAnchor.parse(r.payload());
            } catch (IllegalArgumentException e) {
                throw new BadRecordException(source(auditJournal, r) + ": " + e.getMessage());
            }
        });
    }

    private SnapshotRejected reject(String why) {
        rejectSnapshot(why);
        closeJournalsQuietly();
        return new SnapshotRejected();
    }

    private void closeJournalsQuietly() {
        for (Journal j : new Journal[] {evidenceJournal, scorecardJournal, auditJournal}) {
            try {
                j.close();
            } catch (RuntimeException suppressed) {
                // the journals are opened again
            }
        }
    }

    /** Replays the journals from the given sequence numbers (evidence, scorecards, audit) onto the state. */
    private void replay(long evidenceFrom, long scorecardsFrom, long auditFrom) {
        long[] from = {evidenceFrom, scorecardsFrom, auditFrom};
        final List<ReadEvent> events = new ArrayList<>();
        evidenceJournal.forEach(from[0], r -> {
            String payload = r.payload();
            List<Evidence> items;
            if (payload.startsWith(AUDITED_PREFIX)) {
                String[] parts = parse(evidenceJournal, r, () -> splitAudited(payload, source(evidenceJournal, r)));
                items = parse(evidenceJournal, r, () -> EvidenceJson.parseArray(parts[0], source(evidenceJournal, r)));
                for (String eventJson : parse(evidenceJournal, r, () -> splitArray(parts[1], source(evidenceJournal, r)))) {
                    events.add(new ReadEvent(parse(evidenceJournal, r,
                            () -> EvidenceJson.parseAuditEvent(eventJson, source(evidenceJournal, r))), evidenceJournal, r));
                }
            } else if (payload.startsWith("[")) {
                items = parse(evidenceJournal, r, () -> EvidenceJson.parseArray(payload, source(evidenceJournal, r)));
            } else {
                items = Collections.singletonList(parse(evidenceJournal, r,
                        () -> EvidenceJson.parse(payload, source(evidenceJournal, r))));
            }
            for (Evidence e : items) {
                if (!publish(e)) {
                    throw new JournalCorruptedException(evidenceJournal.file(), r.sequence(), r.offset(),
                            "evidence [" + e.id() + "] was already stored by an earlier record",
                            "this store never writes an id twice; " + REPAIR);
                }
            }
        });
        scorecardJournal.forEach(from[1], r -> {
            ScorecardRecord s = parse(scorecardJournal, r,
                    () -> EvidenceJson.parseScorecard(r.payload(), source(scorecardJournal, r)));
            ScorecardRecord before = scorecards.get(key(s.planId(), s.unitId()));
            long expected = before == null ? 1 : before.version() + 1;
            if (s.version() != expected) {
                throw new JournalCorruptedException(scorecardJournal.file(), r.sequence(), r.offset(), "scorecard of unit ["
                        + s.unitId() + "] under plan [" + s.planId() + "] has version " + s.version() + ", expected "
                        + expected, REPAIR);
            }
            scorecards.put(key(s.planId(), s.unitId()), s);
        });
        auditJournal.forEach(from[2], r -> {
            if (SnapshotAnchor.isAnchor(r.payload())) {
                anchor(r); // not an event, but it must be well-formed
                return;
            }
            events.add(new ReadEvent(parse(auditJournal, r,
                    () -> EvidenceJson.parseAuditEvent(r.payload(), source(auditJournal, r))), auditJournal, r));
        });
        // Audit events live in audit.jsonl and, written with their evidence, in evidence.jsonl: together they
        // must number 1..N, each exactly once.
        events.sort(Comparator.comparingLong(e -> e.event.sequence()));
        long before = auditTrail.size();
        for (int i = 0; i < events.size(); i++) {
            ReadEvent e = events.get(i);
            if (e.event.sequence() != before + i + 1) {
                throw new JournalCorruptedException(e.journal.file(), e.record.sequence(), e.record.offset(),
                        "audit event has sequence number " + e.event.sequence() + " where " + (before + i + 1) + " was expected"
                                + " (the audit trail, across audit.jsonl and evidence.jsonl, numbers its events 1..n)",
                        REPAIR);
            }
            auditTrail.add(e.event);
        }
        auditCount = auditTrail.size();
    }

    /**
     * Takes the snapshot's state as the replay's starting point; false (state left empty, a warning logged) if its
     * content contradicts itself (an id or a scorecard twice), which a snapshot this store wrote never does.
     */
    private boolean loadSnapshot(StoreSnapshot.Loaded snapshot) {
        Map<String, ScorecardRecord> cards = new HashMap<>();
        for (ScorecardRecord s : snapshot.scorecards) {
            if (cards.put(key(s.planId(), s.unitId()), s) != null) {
                return rejectSnapshot("it holds the scorecard of unit [" + s.unitId() + "] under plan [" + s.planId()
                        + "] twice");
            }
        }
        columns = snapshot.evidence; // read into columns, ids checked distinct (StoreSnapshot.read)
        scorecards.putAll(cards);
        auditTrail.addAll(snapshot.audit);
        return true;
    }

    private boolean rejectSnapshot(String why) {
        Logger.getLogger(StoreSnapshot.class.getName()).warning("Ignoring the snapshot in " + directory + ": " + why
                + "; the store is rebuilt from its journals, which hold every record");
        return false;
    }

    /** The evidence array and the audit array of an audited record, as their exact text. */
    private static String[] splitAudited(String payload, String source) {
        try (JsonParser p = JSON.createParser(payload)) {
            String[] parts = new String[2];
            expect(p, JsonToken.START_OBJECT, source);
            for (String field : new String[] {"evidence", "audit"}) {
                if (p.nextToken() != JsonToken.FIELD_NAME || !field.equals(p.getCurrentName())) {
                    throw new BadRecordException(source + ": an audited record must hold \"evidence\" then \"audit\"");
                }
                parts[field.equals("evidence") ? 0 : 1] = arrayText(p, payload, source);
            }
            expect(p, JsonToken.END_OBJECT, source);
            if (p.nextToken() != null) {
                throw new BadRecordException(source + ": text after the audited record");
            }
            return parts;
        } catch (IOException e) {
            throw new BadRecordException(source + ": not an audited record: " + e.getMessage());
        }
    }

    /** The exact text of each element of a JSON array of objects. */
    private static List<String> splitArray(String array, String source) {
        try (JsonParser p = JSON.createParser(array)) {
            expect(p, JsonToken.START_ARRAY, source);
            List<String> out = new ArrayList<>();
            while (true) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.END_ARRAY) {
                    break;
                }
                if (t != JsonToken.START_OBJECT) {
                    throw new BadRecordException(source + ": expected an audit event object, got " + t);
                }
                int from = (int) p.getTokenLocation().getCharOffset();
                p.skipChildren();
                out.add(array.substring(from, (int) p.getCurrentLocation().getCharOffset()));
            }
            return out;
        } catch (IOException e) {
            throw new BadRecordException(source + ": not an array of audit events: " + e.getMessage());
        }
    }

    private static String arrayText(JsonParser p, String text, String source) throws IOException {
        expect(p, JsonToken.START_ARRAY, source);
        int from = (int) p.getTokenLocation().getCharOffset();
        p.skipChildren();
        return text.substring(from, (int) p.getCurrentLocation().getCharOffset());
    }

    private static void expect(JsonParser p, JsonToken token, String source) throws IOException {
        JsonToken t = p.nextToken();
        if (t != token) {
            throw new BadRecordException(source + ": expected " + token + ", got " + t);
        }
    }

    /** A record whose checksum is valid but whose framing as an audited record is not what this store writes. */
    private static final class BadRecordException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRecordException(String message) {
            super(message);
        }
    }

    private interface Parse<T> {
        T run();
    }

    private static <T> T parse(Journal journal, JournalRecord r, Parse<T> parse) {
        try {
            return parse.run();
        } catch (EvidenceFormatException | BadRecordException e) {
            throw new JournalCorruptedException(journal.file(), r.sequence(), r.offset(), "the record's checksum is valid"
                    + " but its content is not what this store writes: " + e.getMessage(), REPAIR);
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
        List<StoredForm> forms = SubmissionBatch.forms(evidence, e -> { }, StoredForm::encoded);
        synchronized (evidenceWrite) {
            ensureWritable();
            List<SubmitOutcome> outcomes = new ArrayList<>(evidence.size());
            Map<String, StoredForm> added = SubmissionBatch.decide(forms, id -> {
                int row = columns.indexOf(id);
                return row < 0 ? null : EvidenceJson.toJson(columns.get(row));
            }, form -> form.json, outcomes);
            if (added.isEmpty()) {
                return outcomes;
            }
            // One record for the whole batch: a crash can tear it, but never leave a part of it.
            String record = added.size() == 1 ? added.values().iterator().next().json : jsonArray(added.values());
            append(evidenceJournal, Collections.singletonList(record));
            state.writeLock().lock();
            try {
                for (StoredForm form : added.values()) {
                    publish(form.value);
                }
            } finally {
                state.writeLock().unlock();
            }
            return outcomes;
        }
    }

    /**
     * Stores the batch and its audit events as <em>one</em> record of {@code evidence.jsonl},
     * {@code {"evidence":[…],"audit":[…]}}, with one fsync: after a crash, either both are there or neither, so
     * evidence is never stored unaudited (a full disk fails the one write). If nothing of the batch is new, the
     * events (duplicates, say) go to {@code audit.jsonl} as {@link #auditAll} writes them. Audit sequence numbers
     * are shared by both files and contiguous.
     */
    @Override
    public List<SubmitOutcome> submitAllAudited(List<? extends Evidence> evidence,
            Function<List<SubmitOutcome>, List<AuditEvent>> auditFor) {
        Objects.requireNonNull(auditFor, "auditFor must not be null");
        List<StoredForm> forms = SubmissionBatch.forms(evidence, e -> { }, StoredForm::encoded);
        synchronized (evidenceWrite) {
            synchronized (auditWrite) {
                ensureWritable();
                List<SubmitOutcome> outcomes = new ArrayList<>(forms.size());
                Map<String, StoredForm> added = SubmissionBatch.decide(forms, id -> {
                    int row = columns.indexOf(id);
                    return row < 0 ? null : EvidenceJson.toJson(columns.get(row));
                }, form -> form.json, outcomes);
                List<AuditEvent> events = auditFor.apply(Collections.unmodifiableList(new ArrayList<>(outcomes)));
                Objects.requireNonNull(events, "auditFor returned null");
                List<AuditEvent> stored = numbered(events);
                List<String> eventJson = new ArrayList<>(stored.size());
                for (AuditEvent a : stored) {
                    eventJson.add(EvidenceText.audit(a));
                }
                if (added.isEmpty()) {
                    if (!stored.isEmpty()) {
                        append(auditJournal, eventJson);
                    }
                } else {
                    // one builder of the record's length: the batch's text is copied once, not through an array first
                    int length = AUDITED_PREFIX.length() + arrayLength(added.values()) + 12;
                    for (String event : eventJson) {
                        length += event.length() + 1;
                    }
                    StringBuilder record = appendArray(new StringBuilder(length).append(AUDITED_PREFIX), added.values())
                            .append(",\"audit\":[");
                    for (int i = 0; i < eventJson.size(); i++) {
                        record.append(i == 0 ? "" : ",").append(eventJson.get(i));
                    }
                    append(evidenceJournal, Collections.singletonList(record.append("]}").toString()));
                }
                state.writeLock().lock();
                try {
                    for (StoredForm form : added.values()) {
                        publish(form.value);
                    }
                    auditTrail.addAll(stored);
                    auditCount += stored.size();
                } finally {
                    state.writeLock().unlock();
                }
                return outcomes;
            }
        }
    }

    /** The events with the next sequence numbers; checks for nulls. Caller holds auditWrite. */
    private List<AuditEvent> numbered(List<AuditEvent> events) {
        List<AuditEvent> stored = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            AuditEvent e = Objects.requireNonNull(events.get(i), "audit events must not contain null; index " + i + " is null");
            stored.add(AuditEvent.builder().from(e).sequence(auditCount + 1 + i).build());
        }
        return stored;
    }

    /** The forms' JSON text joined into an array, rather than serialized a second time. */
    private static String jsonArray(java.util.Collection<StoredForm> forms) {
        return appendArray(new StringBuilder(arrayLength(forms)), forms).toString();
    }

    /** The length of {@link #jsonArray}'s text. */
    private static int arrayLength(java.util.Collection<StoredForm> forms) {
        int length = 2;
        for (StoredForm form : forms) {
            length += form.json.length() + 1;
        }
        return length;
    }

    /** Appends {@link #jsonArray}'s text to {@code to}. */
    private static StringBuilder appendArray(StringBuilder to, java.util.Collection<StoredForm> forms) {
        to.append('[');
        boolean first = true;
        for (StoredForm form : forms) {
            to.append(first ? "" : ",").append(form.json);
            first = false;
        }
        return to.append(']');
    }

    /**
     * Appends to a journal; a failed write (I/O, disk full) makes the whole store refuse writes until reopened,
     * since the record may or may not be on disk and the audit numbering cannot go on past it.
     */
    private void append(Journal journal, List<String> payloads) {
        try {
            journal.appendAll(payloads);
        } catch (JournalException e) {
            if (writeFailure == null) {
                writeFailure = e;
            }
            throw e;
        }
    }

    /** Adds evidence to the state; false (nothing added) if its id is there already. Caller holds the write lock. */
    private boolean publish(Evidence e) {
        if (columns.indexOf(e.id()) >= 0) {
            return false;
        }
        columns.add(e);
        return true;
    }

    @Override
    public List<Evidence> evidence(String unitId) {
        Objects.requireNonNull(unitId, "unitId must not be null");
        state.readLock().lock();
        try {
            ensureOpen();
            return columns.build().unit(unitId);
        } finally {
            state.readLock().unlock();
        }
    }

    @Override
    public List<Evidence> allEvidence() {
        state.readLock().lock();
        try {
            ensureOpen();
            return columns.build().asList();
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
            int row = columns.indexOf(evidenceId);
            return row < 0 ? Optional.<Evidence>empty() : Optional.of(columns.get(row));
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
            ensureWritable();
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
            append(scorecardJournal, Collections.singletonList(EvidenceJson.toJson(stored)));
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
        org.kaoping.spi.support.ScorecardBatches.check(records, expectedVersions);
        if (records.isEmpty()) {
            return Collections.emptyList();
        }
        synchronized (scorecardWrite) {
            ensureWritable();
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
            append(scorecardJournal, lines);
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
        return auditAll(Collections.singletonList(event)).get(0);
    }

    /**
     * Appends the events as consecutive lines of {@code audit.jsonl} with one fsync; their sequence numbers are
     * contiguous. A crash during the write keeps the whole lines before the torn one.
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
            ensureWritable();
            List<AuditEvent> stored = numbered(events);
            List<String> lines = new ArrayList<>(stored.size());
            for (AuditEvent a : stored) {
                lines.add(EvidenceText.audit(a));
            }
            append(auditJournal, lines);
            state.writeLock().lock();
            try {
                auditTrail.addAll(stored);
                auditCount += stored.size();
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
                    if (writeFailure == null && snapshotOnClose) {
                        snapshotQuietly();
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

    /**
     * Writes the store's snapshot now ({@code store.snapshot} in its directory: the state as of the journals' last
     * records, so that the next open replays only what was written after it), unless the snapshot on disk already
     * covers every record. {@link #close()} does this too. Blocks writers while it runs; the journals are not
     * changed. See {@code docs/journal.md}.
     *
     * @throws StoreException if the snapshot cannot be written (the store itself is unaffected)
     */
    @API(status = API.Status.EXPERIMENTAL)
    public void writeSnapshot() {
        synchronized (evidenceWrite) {
            synchronized (scorecardWrite) {
                synchronized (auditWrite) {
                    ensureOpen();
                    try {
                        snapshot();
                    } catch (IOException | RuntimeException e) {
                        throw new StoreException("Cannot write the snapshot of the store in " + directory + ": " + e, e);
                    }
                }
            }
        }
    }

    /** On close: a snapshot that cannot be written costs the next open time, never data, so it only warns. */
    private void snapshotQuietly() {
        try {
            snapshot();
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(StoreSnapshot.class.getName()).log(Level.WARNING, "Cannot write the snapshot of the store"
                    + " in " + directory + " on close; the next open replays the journals in full", e);
        }
    }

    /**
     * Writes the snapshot to a temporary file, appends its {@link SnapshotAnchor} (its SHA-256 and the records it
     * covers) to {@code audit.jsonl}, then renames it into place: a crash before the anchor leaves the old snapshot
     * (anchored earlier) in place, a crash after it leaves the old one too, whose tail then holds an anchor more.
     * Caller holds all three write monitors, so the state and the journals' ends agree.
     */
    private void snapshot() throws IOException {
        Journal[] journals = {evidenceJournal, scorecardJournal, auditJournal};
        long records = 0;
        for (Journal j : journals) {
            records += j.lastSequence();
        }
        if (records == 0 || (snapshotCovers != null && evidenceJournal.lastSequence() == snapshotCovers[0].sequence
                && scorecardJournal.lastSequence() == snapshotCovers[1].sequence
                && auditJournal.lastSequence() == snapshotCovers[2].sequence + 1)) {
            return; // nothing, or nothing but its own anchor, was written since the snapshot on disk
        }
        StoreSnapshot.Position[] now = new StoreSnapshot.Position[3];
        for (int i = 0; i < 3; i++) {
            long seq = journals[i].lastSequence();
            if (seq == 0) {
                now[i] = new StoreSnapshot.Position(0, HashChain.GENESIS, 0);
            } else {
                JournalRecord last = journals[i].read(seq, 1).get(0);
                now[i] = new StoreSnapshot.Position(seq, last.chainHash().get(), last.offset());
            }
        }
        List<ScorecardRecord> cards;
        List<Evidence> evidence;
        List<AuditEvent> audit;
        state.readLock().lock();
        try {
            evidence = columns.build().asList();
            cards = new ArrayList<>(scorecards.values());
            audit = new ArrayList<>(auditTrail);
        } finally {
            state.readLock().unlock();
        }
        String sha256 = StoreSnapshot.write(directory, now, evidence, cards, audit);
        append(auditJournal, Collections.singletonList(SnapshotAnchor.payload(sha256, now)));
        StoreSnapshot.install(directory);
        snapshotCovers = now;
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("The assessment store in " + directory + " is closed");
        }
    }

    private void ensureWritable() {
        ensureOpen();
        RuntimeException failure = writeFailure;
        if (failure != null) {
            throw new StoreException("The assessment store in " + directory + " refuses writes after an earlier"
                    + " write failure (" + failure.getMessage() + "); reopen it to recover", failure);
        }
    }

    // ---- integrity and repair ---------------------------------------------------------------------

    /**
     * Walks the hash chains of {@code evidence.jsonl} (evidence and the audit events written with it),
     * {@code audit.jsonl} and {@code scorecards.jsonl} again from the files, as they are on disk now, and names the
     * first record that does not match: file, line, sequence number and byte offset. Open checks the chains only
     * from the records its snapshot covers on, so this also finds a change to the records before them (which open
     * does not serve: it serves the snapshot anchored in the chain). It reads the journals only, never the snapshot.
     */
    @Override
    public IntegrityReport verifyIntegrity() {
        ensureOpen();
        long checked = 0;
        for (Journal j : new Journal[] {evidenceJournal, auditJournal, scorecardJournal}) {
            JournalCheck c = j.verify();
            checked += c.recordsChecked();
            if (!c.isIntact()) {
                return IntegrityReport.broken(ID, checked, c.place().get(), c.problem().get());
            }
        }
        return IntegrityReport.intact(ID, checked);
    }

    /**
     * Walks the hash chains of the store in {@code directory} read-only, without opening it: works on a store that
     * is open in another process, or that {@link #open} refuses. The first record that does not match is named as
     * {@link #verifyIntegrity()} does; a torn last line (never acknowledged) is not a break.
     *
     * @throws org.kaoping.plugin.journal.JournalLockedException if the store is open in this JVM (call
     *     {@link #verifyIntegrity()} on it)
     * @throws org.kaoping.plugin.journal.JournalException if the directory cannot be read
     */
    public static IntegrityReport verify(Path directory) {
        Objects.requireNonNull(directory, "directory must not be null");
        if (!java.nio.file.Files.isDirectory(directory)) {
            throw new org.kaoping.plugin.journal.JournalException("No store directory " + directory);
        }
        long checked = 0;
        for (String name : new String[] {EVIDENCE, AUDIT, SCORECARDS}) {
            JournalCheck c = Journal.verify(directory, name);
            checked += c.recordsChecked();
            if (!c.isIntact()) {
                return IntegrityReport.broken(ID, checked, c.place().get(), c.problem().get());
            }
        }
        return IntegrityReport.intact(ID, checked);
    }

    /**
     * Repairs the store in {@code directory}, which must not be open anywhere: each journal is repaired as
     * {@link Journal#repair} does (the first damaged line and everything after it moved aside into a side file
     * beside it, never deleted; the manifest rewritten to the last record kept), and then, as long as the store
     * refuses to open because of a record that its journal accepts but the store cannot read (bad JSON with a
     * valid checksum, an id stored twice, audit numbers out of order), that record and everything after it in its
     * journal are moved aside too. Returns what was done to each journal, in order; nothing if the store was intact.
     *
     * @throws org.kaoping.plugin.journal.JournalLockedException if the store is open
     */
    public static List<JournalRepair> repair(Path directory) {
        Objects.requireNonNull(directory, "directory must not be null");
        if (!java.nio.file.Files.isDirectory(directory)) {
            throw new org.kaoping.plugin.journal.JournalException("No store directory " + directory);
        }
        List<JournalRepair> done = new ArrayList<>();
        for (String name : new String[] {EVIDENCE, SCORECARDS, AUDIT}) {
            JournalRepair r = Journal.repair(directory, name);
            if (!r.nothingToDo()) {
                done.add(r);
            }
        }
        for (int round = 0; ; round++) {
            try {
                JournalAssessmentStore store = open(directory);
                store.snapshotOnClose = false; // a check: it writes nothing (no snapshot, no anchor)
                store.close();
                return done;
            } catch (JournalCorruptedException e) {
                String file = e.file().getFileName().toString();
                String name = file.endsWith(Journal.FILE_SUFFIX) ? file.substring(0, file.length() - Journal.FILE_SUFFIX.length()) : file;
                if (round > 1000 || e.line() < 1 || !java.util.Arrays.asList(EVIDENCE, SCORECARDS, AUDIT).contains(name)) {
                    throw e;
                }
                JournalRepair r = Journal.moveAside(directory, name, e.line(), e.problem());
                if (r.nothingToDo()) {
                    throw e;
                }
                done.add(r);
            }
        }
    }

    @Override
    public String toString() {
        return "JournalAssessmentStore{" + directory + "}";
    }
}

package org.kaoping.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.points.Points;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ConcurrentUpdateException;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.ScorecardRecord;
import org.kaoping.spi.SubmitOutcome;

/**
 * The contract of {@link AssessmentStore}, as JUnit 5 tests that a store's own test class inherits.
 *
 * <p>Extend it, return a fresh store from {@link #newStore(Path)}, and if the store keeps its data
 * somewhere other than {@code dir}, override {@link #reopen(AssessmentStore, Path)}:
 *
 * <pre>{@code
 * class JournalStoreTest extends AssessmentStoreContract {
 *     protected AssessmentStore newStore(Path dir) { return JournalAssessmentStore.open(dir); }
 * }
 * }</pre>
 *
 * Each test's display name states the rule it checks, and every failure message starts with
 * {@code rule: …} so that a failing run says which rule the store broke. Each test gets a new empty
 * directory and a new store, which is closed afterwards.
 */
@API(status = API.Status.STABLE)
public abstract class AssessmentStoreContract {
    /** A fresh, empty directory for each test; the store under test may keep its data here. */
    @TempDir
    protected Path dir;

    /** The store under test, opened before each test and closed after it. */
    protected AssessmentStore store;

    /**
     * Opens a store that keeps its data under {@code dir}, a fresh empty directory for each test. An
     * in-memory store may ignore {@code dir}.
     */
    protected abstract AssessmentStore newStore(Path dir) throws Exception;

    /**
     * Opens the store again after {@code closed} was closed, the way a host restarting would, and returns
     * the new instance. The default opens {@link #newStore(Path)} on the same {@code dir}; a store that keeps
     * its data elsewhere (a database schema, a shared in-memory state) overrides this.
     */
    protected AssessmentStore reopen(AssessmentStore closed, Path dir) throws Exception {
        return newStore(dir);
    }

    /** How many threads write at once in the concurrency tests; 8 unless overridden. */
    protected int writerThreads() {
        return 8;
    }

    /** How many records each thread writes in the concurrency tests; 250 unless overridden. */
    protected int writesPerThread() {
        return 250;
    }

    @BeforeEach
    final void openStore() throws Exception {
        store = newStore(dir);
        assertNotNull(store, "newStore(dir) returned null");
    }

    @AfterEach
    final void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    // ----------------------------------------------------------------------------------------- evidence

    @Test
    @DisplayName("Every evidence kind round-trips: what is read back equals what was submitted")
    void everyEvidenceKindRoundTrips() {
        List<Evidence> sample = ContractEvidence.everyKind("rt", "unit-a");
        Set<EvidenceKind> kinds = new HashSet<>();
        for (Evidence e : sample) {
            kinds.add(e.kind());
            assertEquals(SubmitOutcome.ADDED, store.submit(e), rule("a new record is ADDED") + ": " + e.id());
        }
        assertEquals(new HashSet<>(Arrays.asList(EvidenceKind.values())), kinds, "the sample covers every kind");
        for (Evidence e : sample) {
            assertEquals(Optional.of(e), store.findEvidence(e.id()),
                    rule("findEvidence returns a record equal to the one submitted") + ": " + e.kind() + " " + e.id());
        }
        assertEquals(sample, store.evidence("unit-a"), rule("evidence(unit) returns every record, equal and in storage order"));
        assertEquals(sample, store.allEvidence(), rule("allEvidence() returns every record, equal and in storage order"));
    }

    @Test
    @DisplayName("Re-submitting identical evidence returns DUPLICATE and stores nothing more")
    void identicalResubmissionIsDuplicate() {
        List<Evidence> sample = ContractEvidence.everyKind("dup", "unit-a");
        for (Evidence e : sample) {
            store.submit(e);
        }
        for (Evidence e : sample) {
            assertEquals(SubmitOutcome.DUPLICATE, store.submit(e),
                    rule("an identical re-submission is DUPLICATE") + ": " + e.kind() + " " + e.id());
        }
        List<SubmitOutcome> again = store.submitAll(sample);
        assertEquals(Collections.nCopies(sample.size(), SubmitOutcome.DUPLICATE), again,
                rule("an identical batch re-submitted is DUPLICATE for each record"));
        assertEquals(sample, store.allEvidence(), rule("a duplicate stores nothing more"));
    }

    @Test
    @DisplayName("The same id with different content throws EvidenceConflictException and stores nothing")
    void sameIdDifferentContentConflicts() {
        store.submit(ContractEvidence.judgement("c-1", "unit-a", "较好"));
        EvidenceConflictException e = assertThrows(EvidenceConflictException.class,
                () -> store.submit(ContractEvidence.judgement("c-1", "unit-a", "一般")),
                rule("the same id with different content is a conflict"));
        assertEquals("c-1", e.evidenceId(), rule("the conflict names the evidence id"));
        assertThrows(EvidenceConflictException.class,
                () -> store.submit(ContractEvidence.judgement("c-1", "unit-b", "较好")),
                rule("evidence ids are unique across units: the same id about another unit is a conflict"));
        assertEquals(Collections.singletonList(ContractEvidence.judgement("c-1", "unit-a", "较好")), store.allEvidence(),
                rule("a conflict stores nothing and keeps the first record"));
        assertTrue(store.evidence("unit-b").isEmpty(), rule("a conflict stores nothing"));
    }

    @Test
    @DisplayName("A batch is all or nothing: one conflicting record refuses the whole batch")
    void batchIsAllOrNothing() {
        store.submit(ContractEvidence.judgement("b-2", "unit-a", "较好"));
        List<Evidence> batch = Arrays.<Evidence>asList(
                ContractEvidence.judgement("b-1", "unit-a", "好"),
                ContractEvidence.judgement("b-3", "unit-b", "好"),
                ContractEvidence.judgement("b-2", "unit-a", "差"),
                ContractEvidence.judgement("b-4", "unit-a", "好"));
        assertThrows(EvidenceConflictException.class, () -> store.submitAll(batch),
                rule("a batch with a conflicting record throws EvidenceConflictException"));
        assertEquals(Collections.singletonList(ContractEvidence.judgement("b-2", "unit-a", "较好")), store.allEvidence(),
                rule("a refused batch stores none of its records, not even those before the bad one"));
        assertFalse(store.findEvidence("b-1").isPresent(), rule("a refused batch stores none of its records"));
    }

    @Test
    @DisplayName("A batch returns one outcome per record in the batch's order; a record repeated within it is stored once")
    void batchOutcomesInOrder() {
        store.submit(ContractEvidence.judgement("o-2", "unit-a", "好"));
        List<Evidence> batch = Arrays.<Evidence>asList(
                ContractEvidence.judgement("o-3", "unit-a", "好"),
                ContractEvidence.judgement("o-2", "unit-a", "好"),
                ContractEvidence.judgement("o-1", "unit-a", "好"),
                ContractEvidence.judgement("o-3", "unit-a", "好"));
        assertEquals(Arrays.asList(SubmitOutcome.ADDED, SubmitOutcome.DUPLICATE, SubmitOutcome.ADDED, SubmitOutcome.DUPLICATE),
                store.submitAll(batch), rule("batch outcomes come in the batch's order; a repeat within the batch is DUPLICATE"));
        assertEquals(ids("o-2", "o-3", "o-1"), idsOf(store.allEvidence()), rule("a batch is stored once, in its order"));
        assertEquals(Collections.<SubmitOutcome>emptyList(), store.submitAll(Collections.<Evidence>emptyList()),
                rule("an empty batch stores nothing and returns no outcomes"));
    }

    @Test
    @DisplayName("A batch holding the same id twice with different content is refused whole")
    void batchWithInternalConflictIsRefused() {
        List<Evidence> batch = Arrays.<Evidence>asList(
                ContractEvidence.judgement("i-1", "unit-a", "好"),
                ContractEvidence.judgement("i-2", "unit-a", "好"),
                ContractEvidence.judgement("i-1", "unit-a", "差"));
        assertThrows(EvidenceConflictException.class, () -> store.submitAll(batch),
                rule("two different records with one id in a batch are a conflict"));
        assertTrue(store.allEvidence().isEmpty(), rule("a refused batch stores none of its records"));
    }

    @Test
    @DisplayName("forEachUnit hands over each unit once, with what evidence(unit) gives, and nothing else")
    void forEachUnitGivesEachUnitOnceWithItsEvidence() {
        java.util.Random random = new java.util.Random(14_4L);
        String[] units = {"unit-a", "unit-B", "unit-b", "合浦县", "unit-a ", "u"};
        List<Evidence> all = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            all.add(ContractEvidence.judgement("fe-" + i, units[random.nextInt(units.length)], i % 2 == 0 ? "好" : "较好"));
            if (i % 40 == 39) {
                store.submitAll(all.subList(i - 39, i + 1));
            }
        }
        Map<String, List<Evidence>> seen = new LinkedHashMap<>();
        store.forEachUnit((unit, evidence) -> {
            assertFalse(seen.containsKey(unit), "unit [" + unit + "] handed over twice");
            assertFalse(evidence.isEmpty(), "unit [" + unit + "] handed over without evidence");
            seen.put(unit, new ArrayList<>(evidence));
        });
        int count = 0;
        for (Map.Entry<String, List<Evidence>> unit : seen.entrySet()) {
            assertEquals(store.evidence(unit.getKey()), unit.getValue(), "unit [" + unit.getKey() + "], in storage order");
            count += unit.getValue().size();
        }
        assertEquals(all.size(), count, "every stored record once");
        Set<String> expectedUnits = new HashSet<>();
        for (Evidence e : all) {
            expectedUnits.add(e.unitId());
        }
        assertEquals(expectedUnits, seen.keySet());
    }

    @Test
    @DisplayName("submitAllAudited writes the batch and the events built from its outcomes together, outcomes in order")
    void submitAllAuditedWritesEvidenceAndEventsTogether() {
        store.submit(ContractEvidence.judgement("sa-2", "unit-a", "好"));
        List<Evidence> batch = Arrays.<Evidence>asList(
                ContractEvidence.judgement("sa-1", "unit-a", "好"),
                ContractEvidence.judgement("sa-2", "unit-a", "好"));
        List<List<SubmitOutcome>> seen = new ArrayList<>();
        List<SubmitOutcome> outcomes = store.submitAllAudited(batch, o -> {
            seen.add(new ArrayList<>(o));
            return Arrays.asList(event("stored " + o), event("second"));
        });
        assertEquals(Arrays.asList(SubmitOutcome.ADDED, SubmitOutcome.DUPLICATE), outcomes,
                rule("submitAllAudited returns one outcome per record, in the batch's order"));
        assertEquals(Collections.singletonList(outcomes), seen, rule("auditFor is called once, with the outcomes"));
        assertEquals(ids("sa-2", "sa-1"), idsOf(store.allEvidence()), rule("submitAllAudited stores the new records"));
        List<AuditEvent> events = store.auditEvents(0);
        assertEquals(2, events.size(), rule("submitAllAudited appends every event auditFor returned"));
        assertEquals("stored " + outcomes, events.get(0).detail(), rule("the events are appended as auditFor built them, in order"));
        assertEquals(1, events.get(0).sequence(), rule("the events get the store's next sequence numbers"));
        assertEquals(2, events.get(1).sequence(), rule("the events get the store's next sequence numbers"));
    }

    @Test
    @DisplayName("submitAllAudited with a conflicting record writes neither evidence nor events")
    void submitAllAuditedConflictWritesNothing() {
        store.submit(ContractEvidence.judgement("sc-2", "unit-a", "较好"));
        List<Evidence> batch = Arrays.<Evidence>asList(
                ContractEvidence.judgement("sc-1", "unit-a", "好"),
                ContractEvidence.judgement("sc-2", "unit-a", "差"));
        assertThrows(EvidenceConflictException.class,
                () -> store.submitAllAudited(batch, o -> Collections.singletonList(event("must not be stored"))),
                rule("a batch with a conflicting record throws EvidenceConflictException"));
        assertEquals(ids("sc-2"), idsOf(store.allEvidence()), rule("a conflicting batch stores none of its records"));
        assertTrue(store.auditEvents(0).isEmpty(), rule("a conflicting batch appends none of its events"));
    }

    @Test
    @DisplayName("Reads return evidence in the order it was first stored, not by id or unit")
    void storageOrder() {
        List<String> order = ids("s-9", "s-1", "s-5", "s-3", "s-7", "s-2");
        List<String> units = Arrays.asList("unit-b", "unit-a", "unit-b", "unit-a", "unit-b", "unit-a");
        for (int i = 0; i < order.size(); i++) {
            store.submit(ContractEvidence.judgement(order.get(i), units.get(i), "好"));
        }
        store.submit(ContractEvidence.judgement("s-9", "unit-b", "好"));
        assertEquals(order, idsOf(store.allEvidence()), rule("allEvidence() is in first-stored order; a duplicate does not move"));
        assertEquals(ids("s-1", "s-3", "s-2"), idsOf(store.evidence("unit-a")), rule("evidence(unit) is in first-stored order"));
        assertEquals(ids("s-9", "s-5", "s-7"), idsOf(store.evidence("unit-b")), rule("evidence(unit) is in first-stored order"));
    }

    @Test
    @DisplayName("Unknown units and ids read as empty")
    void unknownReadsAsEmpty() {
        store.submit(ContractEvidence.judgement("u-1", "unit-a", "好"));
        assertTrue(store.evidence("no-such-unit").isEmpty(), rule("evidence of an unknown unit is empty"));
        assertFalse(store.findEvidence("no-such-id").isPresent(), rule("findEvidence of an unknown id is empty"));
        assertFalse(store.scorecard("plan", "no-such-unit").isPresent(), rule("an unknown scorecard is empty"));
        assertTrue(store.scorecards("no-such-plan").isEmpty(), rule("scorecards of an unknown plan are empty"));
        assertTrue(store.auditEvents(0).isEmpty(), rule("a new store has no audit events"));
    }

    @Test
    @DisplayName("Bad input is refused with an exception and nothing half-written")
    void badInputIsRefusedWhole() {
        store.submit(ContractEvidence.judgement("g-1", "unit-a", "好"));
        assertThrows(RuntimeException.class, () -> store.submit(null), rule("null evidence is refused"));
        List<Evidence> withNull = Arrays.<Evidence>asList(ContractEvidence.judgement("g-2", "unit-a", "好"), null);
        assertThrows(RuntimeException.class, () -> store.submitAll(withNull), rule("a batch holding null is refused"));
        assertThrows(RuntimeException.class, () -> store.submitAll(null), rule("a null batch is refused"));
        assertEquals(ids("g-1"), idsOf(store.allEvidence()), rule("refused evidence leaves nothing stored"));

        assertThrows(RuntimeException.class, () -> store.putScorecard(null, 0), rule("a null scorecard is refused"));
        assertThrows(RuntimeException.class, () -> store.putScorecard(card("p", "unit-a", 1), -1),
                rule("a negative expected version is refused"));
        assertTrue(store.scorecards("p").isEmpty(), rule("a refused scorecard leaves nothing stored"));

        assertThrows(RuntimeException.class, () -> store.audit(null), rule("a null audit event is refused"));
        assertTrue(store.auditEvents(0).isEmpty(), rule("a refused audit event leaves nothing stored"));
        assertEquals(1, store.audit(event("after refusals")).sequence(),
                rule("a refused audit event uses up no sequence number"));
    }

    // ---------------------------------------------------------------------------------------- scorecards

    @Test
    @DisplayName("Scorecards: the first write expects version 0 and gets 1; each later write expects the stored version and gets the next")
    void scorecardVersions() {
        ScorecardRecord first = store.putScorecard(card("plan-1", "unit-a", 70), 0);
        assertEquals(1, first.version(), rule("the first stored version is 1"));
        assertEquals(ScorecardRecord.builder().from(card("plan-1", "unit-a", 70)).version(1).build(), first, rule("the returned record is the one written, with its version"));
        assertEquals(Optional.of(first), store.scorecard("plan-1", "unit-a"), rule("a scorecard reads back equal"));
        ScorecardRecord second = store.putScorecard(card("plan-1", "unit-a", 85), 1);
        assertEquals(2, second.version(), rule("each write increments the version by one"));
        assertEquals(Optional.of(second), store.scorecard("plan-1", "unit-a"), rule("the latest write is read back"));
    }

    @Test
    @DisplayName("Scorecards keep the rubric version they were scored with: after an amendment (临时部署) a rescored unit's"
            + " record carries the new version, an earlier record keeps the old one, across a reopen; an unknown version stays empty")
    void scorecardRubricVersions() throws Exception {
        String before = "2015.1";
        String after = "2015.1+临时部署-1";
        ScorecardRecord a = store.putScorecard(rubricVersion(card("plan-1", "unit-a", 70), before), 0);
        ScorecardRecord b = store.putScorecard(rubricVersion(card("plan-1", "unit-b", 75), before), 0);
        assertEquals(before, a.rubricVersion(), rule("the returned record keeps its rubric version"));
        ScorecardRecord rescored = store.putScorecard(rubricVersion(card("plan-1", "unit-a", 80), after), a.version());
        ScorecardRecord unknown = store.putScorecard(card("plan-1", "unit-c", 60), 0);
        reopenStore();
        assertEquals(Optional.of(rescored), store.scorecard("plan-1", "unit-a"), rule("the rescored record reads back with the new version"));
        assertEquals(after, store.scorecard("plan-1", "unit-a").get().rubricVersion(), rule("the new rubric version is stored"));
        assertEquals(Optional.of(b), store.scorecard("plan-1", "unit-b"), rule("an earlier record keeps the old rubric version"));
        assertEquals(before, store.scorecards("plan-1").get(1).rubricVersion(), rule("scorecards(plan) reads the version too"));
        assertEquals(Optional.of(unknown), store.scorecard("plan-1", "unit-c"), rule("a record without a version reads back equal"));
        assertEquals("", store.scorecard("plan-1", "unit-c").get().rubricVersion(), rule("an unknown rubric version stays empty"));
    }

    @Test
    @DisplayName("Optimistic concurrency: a write naming a stale or unknown version throws ConcurrentUpdateException and writes nothing")
    void staleVersionConflicts() {
        ScorecardRecord v1 = store.putScorecard(card("plan-1", "unit-a", 70), 0);
        ScorecardRecord v2 = store.putScorecard(card("plan-1", "unit-a", 80), v1.version());
        ConcurrentUpdateException stale = assertThrows(ConcurrentUpdateException.class,
                () -> store.putScorecard(card("plan-1", "unit-a", 99), 1),
                rule("a write naming a stale version is refused with ConcurrentUpdateException"));
        assertEquals(1, stale.expectedVersion(), rule("the conflict reports the expected version"));
        assertEquals(2, stale.actualVersion(), rule("the conflict reports the stored version"));
        assertThrows(ConcurrentUpdateException.class, () -> store.putScorecard(card("plan-1", "unit-a", 99), 0),
                rule("a write expecting none (version 0) over a stored scorecard is refused"));
        assertThrows(ConcurrentUpdateException.class, () -> store.putScorecard(card("plan-1", "unit-a", 99), 7),
                rule("a write naming a version from the future is refused"));
        assertThrows(ConcurrentUpdateException.class, () -> store.putScorecard(card("plan-1", "unit-b", 99), 1),
                rule("a write expecting version 1 where nothing is stored is refused"));
        assertEquals(Optional.of(v2), store.scorecard("plan-1", "unit-a"), rule("a refused write changes nothing"));
        assertFalse(store.scorecard("plan-1", "unit-b").isPresent(), rule("a refused write stores nothing"));
    }

    @Test
    @DisplayName("Scorecards of a plan are listed by unit id, and plans do not mix")
    void scorecardsByUnitId() {
        for (String unit : ids("u-3", "u-1", "u-2")) {
            store.putScorecard(card("plan-1", unit, 60), 0);
        }
        store.putScorecard(card("plan-2", "u-0", 60), 0);
        List<String> units = new ArrayList<>();
        for (ScorecardRecord r : store.scorecards("plan-1")) {
            units.add(r.unitId());
            assertEquals("plan-1", r.planId(), rule("scorecards(plan) holds only that plan's records"));
        }
        assertEquals(ids("u-1", "u-2", "u-3"), units, rule("scorecards(plan) is ordered by unit id"));
        assertEquals(1, store.scorecards("plan-2").size(), rule("plans do not mix"));
    }

    @Test
    @DisplayName("Scorecard batch: with the right expected versions every record is stored, each version advances by one, results in the batch's order")
    void scorecardBatchStoresAll() {
        ScorecardRecord b1 = store.putScorecard(card("plan-1", "unit-b", 60), 0);
        List<ScorecardRecord> batch = Arrays.asList(card("plan-1", "unit-c", 70), card("plan-1", "unit-b", 75),
                card("plan-2", "unit-a", 80));
        List<ScorecardRecord> stored = store.putScorecards(batch, Arrays.asList(0L, b1.version(), 0L));
        List<ScorecardRecord> expected = Arrays.asList(withVersion(batch.get(0), 1), withVersion(batch.get(1), 2),
                withVersion(batch.get(2), 1));
        assertEquals(expected, stored, rule("a scorecard batch returns the records written, with their new versions, in the batch's order"));
        assertEquals(Arrays.asList(expected.get(1), expected.get(0)), store.scorecards("plan-1"),
                rule("every record of a scorecard batch is stored and reads back equal"));
        assertEquals(Optional.of(expected.get(2)), store.scorecard("plan-2", "unit-a"),
                rule("every record of a scorecard batch is stored and reads back equal"));
        List<ScorecardRecord> again = store.putScorecards(Arrays.asList(card("plan-1", "unit-b", 76), card("plan-1", "unit-c", 71)),
                Arrays.asList(2L, 1L));
        assertEquals(Arrays.asList(3L, 2L), Arrays.asList(again.get(0).version(), again.get(1).version()),
                rule("a later scorecard batch naming the stored versions advances each by one"));
        assertEquals(Collections.<ScorecardRecord>emptyList(),
                store.putScorecards(Collections.<ScorecardRecord>emptyList(), Collections.<Long>emptyList()),
                rule("an empty scorecard batch writes nothing and returns nothing"));
        assertEquals(again, store.scorecards("plan-1"), rule("an empty scorecard batch writes nothing"));
    }

    @Test
    @DisplayName("Scorecard batch is all or nothing: one stale version throws ConcurrentUpdateException and none of the batch is written")
    void scorecardBatchIsAllOrNothing() {
        ScorecardRecord b1 = store.putScorecard(card("plan-1", "unit-b", 60), 0);
        ScorecardRecord d1 = store.putScorecard(card("plan-1", "unit-d", 61), 0);
        List<ScorecardRecord> batch = Arrays.asList(card("plan-1", "unit-a", 90), card("plan-1", "unit-d", 91),
                card("plan-1", "unit-b", 92), card("plan-1", "unit-c", 93));
        ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
                () -> store.putScorecards(batch, Arrays.asList(0L, d1.version(), 0L, 0L)),
                rule("a scorecard batch with one stale version throws ConcurrentUpdateException"));
        assertEquals(0, e.expectedVersion(), rule("the conflict reports the expected version"));
        assertEquals(1, e.actualVersion(), rule("the conflict reports the stored version"));
        assertEquals(Arrays.asList(b1, d1), store.scorecards("plan-1"),
                rule("a scorecard batch with a stale version writes none of its records, not even those before the stale one"));
        assertThrows(ConcurrentUpdateException.class,
                () -> store.putScorecards(Arrays.asList(card("plan-1", "unit-a", 90), card("plan-1", "unit-b", 92)),
                        Arrays.asList(0L, 5L)),
                rule("a scorecard batch whose last record names a version from the future throws ConcurrentUpdateException"));
        assertEquals(Arrays.asList(b1, d1), store.scorecards("plan-1"),
                rule("a scorecard batch with a stale version writes none of its records, not even those before the stale one"));
        assertThrows(IllegalArgumentException.class,
                () -> store.putScorecards(Arrays.asList(card("plan-1", "unit-a", 90), card("plan-1", "unit-a", 91)),
                        Arrays.asList(0L, 0L)),
                rule("a scorecard batch naming one plan and unit twice is refused with IllegalArgumentException"));
        assertThrows(IllegalArgumentException.class,
                () -> store.putScorecards(Arrays.asList(card("plan-1", "unit-a", 90), card("plan-1", "unit-c", 91)),
                        Collections.singletonList(0L)),
                rule("a scorecard batch with more records than expected versions is refused with IllegalArgumentException"));
        assertEquals(Arrays.asList(b1, d1), store.scorecards("plan-1"), rule("a refused scorecard batch writes none of its records"));
        assertEquals(2, store.putScorecard(card("plan-1", "unit-b", 62), b1.version()).version(),
                rule("a refused scorecard batch leaves the stored versions as they were"));
    }

    @Test
    @DisplayName("auditAll gives a batch contiguous sequence numbers in the batch's order, after those already appended; a refused batch appends nothing")
    void auditBatchIsContiguous() {
        AuditEvent one = store.audit(event("single 1"));
        AuditEvent two = store.audit(event("single 2"));
        List<AuditEvent> batch = Arrays.asList(event("batch a"), event("batch b"), event("batch c"));
        List<AuditEvent> stored = store.auditAll(batch);
        List<AuditEvent> expected = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            expected.add(AuditEvent.builder().from(batch.get(i)).sequence(3 + i).build());
        }
        assertEquals(expected, stored, rule("auditAll returns the events appended, numbered contiguously after the last, in the batch's order"));
        List<AuditEvent> all = new ArrayList<>(Arrays.asList(one, two));
        all.addAll(expected);
        assertEquals(all, store.auditEvents(0), rule("auditAll appends its events, equal and in order, after those already appended"));
        assertEquals(Collections.<AuditEvent>emptyList(), store.auditAll(Collections.<AuditEvent>emptyList()),
                rule("an empty auditAll appends nothing and returns nothing"));
        assertThrows(RuntimeException.class, () -> store.auditAll(Arrays.asList(event("refused a"), null)),
                rule("an audit batch holding null is refused"));
        assertThrows(RuntimeException.class, () -> store.auditAll(null), rule("a null audit batch is refused"));
        assertEquals(all, store.auditEvents(0), rule("a refused audit batch appends none of its events"));
        assertEquals(6, store.audit(event("after")).sequence(),
                rule("an empty or refused audit batch uses up no sequence number"));
    }

    @Test
    @DisplayName("N threads appending audit batches at once: no batch is interleaved, every batch's sequence numbers are contiguous, none is lost")
    void concurrentAuditBatchesDoNotInterleave() throws Exception {
        final int threads = writerThreads();
        final int batches = Math.max(1, writesPerThread() / 25);
        final int size = 25;
        List<Callable<List<List<AuditEvent>>>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int thread = t;
            jobs.add(() -> {
                List<List<AuditEvent>> out = new ArrayList<>();
                for (int b = 0; b < batches; b++) {
                    List<AuditEvent> batch = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        batch.add(event(id(thread, b) + "/" + i));
                    }
                    out.add(store.auditAll(batch));
                }
                return out;
            });
        }
        Set<Long> returned = new HashSet<>();
        for (List<List<AuditEvent>> perThread : runAtOnce(jobs)) {
            for (List<AuditEvent> batch : perThread) {
                assertEquals(size, batch.size(), rule("auditAll returns one event per event given"));
                for (int i = 0; i < size; i++) {
                    assertEquals(batch.get(0).sequence() + i, batch.get(i).sequence(),
                            rule("concurrent audit batches never interleave: a batch's sequence numbers are contiguous")
                                    + ": " + batch.get(0).detail());
                    returned.add(batch.get(i).sequence());
                }
            }
        }
        int n = threads * batches * size;
        assertEquals(n, returned.size(), rule("concurrent audit batches get unique sequence numbers"));
        List<AuditEvent> all = store.auditEvents(0);
        assertEquals(n, all.size(), rule("concurrent audit batches lose nothing"));
        for (int i = 0; i < n; i++) {
            AuditEvent e = all.get(i);
            assertEquals(i + 1, e.sequence(), rule("audit sequence numbers are contiguous from 1, in order"));
            String prefix = e.detail().substring(0, e.detail().indexOf('/'));
            assertEquals(prefix + "/" + (i % size), e.detail(),
                    rule("concurrent audit batches never interleave: each batch is stored whole and in its order") + ": at "
                            + e.sequence());
        }
    }

    @Test
    @DisplayName("Durability of batches: scorecard and audit batches survive close and reopen; versions and sequences continue")
    void batchesSurviveReopen() throws Exception {
        List<ScorecardRecord> cards = store.putScorecards(Arrays.asList(card("plan-1", "unit-b", 70), card("plan-1", "unit-a", 71)),
                Arrays.asList(0L, 0L));
        cards = store.putScorecards(Arrays.asList(card("plan-1", "unit-a", 71), card("plan-1", "unit-c", 72)),
                Arrays.asList(cards.get(1).version(), 0L));
        List<AuditEvent> audit = store.auditAll(Arrays.asList(event("batch 1"), event("batch 2"), event("batch 3")));
        ScorecardRecord b = store.scorecard("plan-1", "unit-b").get();
        reopenStore();
        assertEquals(Arrays.asList(cards.get(0), b, cards.get(1)), store.scorecards("plan-1"),
                rule("scorecard batches survive close and reopen with their versions"));
        assertEquals(audit, store.auditEvents(0), rule("audit batches survive close and reopen with their sequence numbers"));
        List<ScorecardRecord> after = store.putScorecards(Arrays.asList(card("plan-1", "unit-a", 73), card("plan-1", "unit-b", 74)),
                Arrays.asList(2L, 1L));
        assertEquals(Arrays.asList(3L, 2L), Arrays.asList(after.get(0).version(), after.get(1).version()),
                rule("after reopen scorecard batch versions continue"));
        assertThrows(ConcurrentUpdateException.class,
                () -> store.putScorecards(Collections.singletonList(card("plan-1", "unit-c", 75)), Collections.singletonList(0L)),
                rule("after reopen a scorecard batch with a stale version is refused"));
        List<AuditEvent> more = store.auditAll(Arrays.asList(event("a"), event("b")));
        assertEquals(Arrays.asList(4L, 5L), Arrays.asList(more.get(0).sequence(), more.get(1).sequence()),
                rule("after reopen audit batch sequence numbers continue"));
    }

    // --------------------------------------------------------------------------------------- concurrency

    @Test
    @DisplayName("N threads submitting distinct evidence at once lose nothing, and each writer's records keep its order")
    void concurrentSubmitsLoseNothing() throws Exception {
        final int threads = writerThreads();
        final int each = writesPerThread();
        List<Callable<Void>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int thread = t;
            jobs.add(() -> {
                for (int i = 0; i < each; i++) {
                    SubmitOutcome o = store.submit(ContractEvidence.judgement(id(thread, i), "unit-" + (thread % 3), "好"));
                    if (o != SubmitOutcome.ADDED) {
                        throw new AssertionError(rule("a new record is ADDED") + ": " + id(thread, i) + " was " + o);
                    }
                }
                return null;
            });
        }
        runAtOnce(jobs);
        List<Evidence> all = store.allEvidence();
        Set<String> seen = new HashSet<>(idsOf(all));
        List<String> missing = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < each; i++) {
                if (!seen.contains(id(t, i))) {
                    missing.add(id(t, i));
                }
            }
        }
        assertTrue(missing.isEmpty(), rule("N threads writing at once lose nothing") + ": " + missing.size() + " of "
                + threads * each + " acknowledged records missing, e.g. " + missing.subList(0, Math.min(5, missing.size())));
        assertEquals(threads * each, all.size(), rule("N threads writing at once store each record exactly once"));
        int[] last = new int[threads];
        Arrays.fill(last, -1);
        for (Evidence e : all) {
            String[] parts = e.id().substring(1).split("-");
            int t = Integer.parseInt(parts[0]);
            int i = Integer.parseInt(parts[1]);
            assertTrue(i > last[t], rule("each writer's records are stored in the order it wrote them") + ": " + e.id());
            last[t] = i;
        }
        int perUnit = 0;
        for (int u = 0; u < 3; u++) {
            perUnit += store.evidence("unit-" + u).size();
        }
        assertEquals(threads * each, perUnit, rule("evidence(unit) agrees with allEvidence() after concurrent writes"));
    }

    @Test
    @DisplayName("N threads submitting the same evidence at once store it once: exactly one ADDED, the rest DUPLICATE")
    void concurrentIdenticalSubmitsStoreOnce() throws Exception {
        final int threads = writerThreads();
        final int rounds = Math.max(1, writesPerThread() / 10);
        List<Callable<List<SubmitOutcome>>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            jobs.add(() -> {
                List<SubmitOutcome> outcomes = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    outcomes.add(store.submit(ContractEvidence.judgement("same-" + r, "unit-a", "好")));
                }
                return outcomes;
            });
        }
        List<List<SubmitOutcome>> results = runAtOnce(jobs);
        for (int r = 0; r < rounds; r++) {
            int added = 0;
            for (List<SubmitOutcome> l : results) {
                added += l.get(r) == SubmitOutcome.ADDED ? 1 : 0;
            }
            assertEquals(1, added, rule("of N identical concurrent submissions exactly one is ADDED") + ": same-" + r);
        }
        assertEquals(rounds, store.allEvidence().size(), rule("identical concurrent submissions are stored once"));
    }

    @Test
    @DisplayName("N threads updating one scorecard with reload-and-retry lose no update")
    void concurrentScorecardUpdatesLoseNothing() throws Exception {
        final int threads = writerThreads();
        final int each = Math.max(1, writesPerThread() / 10);
        List<Callable<Integer>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            jobs.add(() -> {
                int conflicts = 0;
                for (int i = 0; i < each; i++) {
                    while (true) {
                        Optional<ScorecardRecord> current = store.scorecard("plan-c", "unit-a");
                        long version = current.isPresent() ? current.get().version() : 0;
                        long count = current.isPresent() ? current.get().sectionTotals().get("count").units() / 10_000 : 0;
                        try {
                            store.putScorecard(counter("plan-c", "unit-a", count + 1), version);
                            break;
                        } catch (ConcurrentUpdateException e) {
                            conflicts++;
                        }
                    }
                }
                return conflicts;
            });
        }
        runAtOnce(jobs);
        ScorecardRecord last = store.scorecard("plan-c", "unit-a").get();
        assertEquals(Points.of(threads * each), last.sectionTotals().get("count"),
                rule("optimistic concurrency: concurrent read-modify-write with retry loses no update"));
        assertEquals(threads * each, last.version(), rule("every successful write increments the version by exactly one"));
    }

    @Test
    @DisplayName("N threads appending audit events at once get unique, contiguous sequence numbers and lose none")
    void concurrentAuditIsContiguous() throws Exception {
        final int threads = writerThreads();
        final int each = writesPerThread();
        List<Callable<List<Long>>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int thread = t;
            jobs.add(() -> {
                List<Long> sequences = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    sequences.add(store.audit(event(id(thread, i))).sequence());
                }
                return sequences;
            });
        }
        Set<Long> returned = new HashSet<>();
        for (List<Long> l : runAtOnce(jobs)) {
            returned.addAll(l);
        }
        int n = threads * each;
        assertEquals(n, returned.size(), rule("concurrent audit appends get unique sequence numbers"));
        List<AuditEvent> all = store.auditEvents(0);
        assertEquals(n, all.size(), rule("concurrent audit appends lose nothing"));
        for (int i = 0; i < n; i++) {
            assertEquals(i + 1, all.get(i).sequence(), rule("audit sequence numbers are contiguous from 1, in order"));
        }
    }

    // ------------------------------------------------------------------------------------------- audit

    @Test
    @DisplayName("Audit events get sequence numbers 1, 2, 3 …; auditEvents(after) returns only later ones, in order, equal to what was appended")
    void auditSequence() {
        List<AuditEvent> appended = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            AuditEvent e = store.audit(event("event " + i));
            assertEquals(i, e.sequence(), rule("audit sequence numbers start at 1 and are contiguous"));
            assertEquals(AuditEvent.builder().from(event("event " + i)).sequence(i).build(), e, rule("the returned audit event is the one appended, with its sequence"));
            appended.add(e);
        }
        assertEquals(appended, store.auditEvents(0), rule("auditEvents(0) returns every event in order"));
        assertEquals(appended.subList(3, 5), store.auditEvents(3), rule("auditEvents(after) returns only events after it"));
        assertTrue(store.auditEvents(5).isEmpty(), rule("auditEvents(last) is empty"));
    }

    // ------------------------------------------------------------------------------------ close/reopen

    @Test
    @DisplayName("Durability: after close and reopen, every evidence record, scorecard and audit event is there, equal and in order")
    void everythingSurvivesReopen() throws Exception {
        List<Evidence> sample = ContractEvidence.everyKind("dur", "unit-a");
        store.submitAll(sample.subList(0, 7));
        for (Evidence e : sample.subList(7, sample.size())) {
            store.submit(e);
        }
        ScorecardRecord a = store.putScorecard(card("plan-1", "unit-a", 88), 0);
        a = store.putScorecard(card("plan-1", "unit-a", 89), a.version());
        ScorecardRecord b = store.putScorecard(card("plan-1", "unit-b", 61), 0);
        List<AuditEvent> audit = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            audit.add(store.audit(event("before close " + i)));
        }
        reopenStore();
        assertEquals(sample, store.allEvidence(), rule("acknowledged evidence survives close and reopen, equal and in order"));
        assertEquals(sample, store.evidence("unit-a"), rule("acknowledged evidence survives close and reopen"));
        assertEquals(Optional.of(sample.get(3)), store.findEvidence(sample.get(3).id()), rule("findEvidence works after reopen"));
        assertEquals(Arrays.asList(a, b), store.scorecards("plan-1"), rule("scorecards survive close and reopen with their versions"));
        assertEquals(audit, store.auditEvents(0), rule("audit events survive close and reopen with their sequence numbers"));
    }

    @Test
    @DisplayName("After reopen the rules still hold: identical evidence is DUPLICATE, a changed twin conflicts, versions and sequences continue")
    void rulesHoldAfterReopen() throws Exception {
        store.submit(ContractEvidence.judgement("r-1", "unit-a", "好"));
        ScorecardRecord v1 = store.putScorecard(card("plan-1", "unit-a", 70), 0);
        store.audit(event("one"));
        store.audit(event("two"));
        reopenStore();
        assertEquals(SubmitOutcome.DUPLICATE, store.submit(ContractEvidence.judgement("r-1", "unit-a", "好")),
                rule("after reopen an identical re-submission is DUPLICATE"));
        assertThrows(EvidenceConflictException.class, () -> store.submit(ContractEvidence.judgement("r-1", "unit-a", "差")),
                rule("after reopen the same id with different content is a conflict"));
        assertEquals(SubmitOutcome.ADDED, store.submit(ContractEvidence.judgement("r-2", "unit-a", "好")),
                rule("after reopen new evidence is ADDED"));
        assertEquals(ids("r-1", "r-2"), idsOf(store.allEvidence()), rule("after reopen new evidence is stored after the old"));
        assertThrows(ConcurrentUpdateException.class, () -> store.putScorecard(card("plan-1", "unit-a", 71), 0),
                rule("after reopen a stale scorecard version is refused"));
        assertEquals(2, store.putScorecard(card("plan-1", "unit-a", 72), v1.version()).version(),
                rule("after reopen scorecard versions continue"));
        assertEquals(3, store.audit(event("three")).sequence(), rule("after reopen audit sequence numbers continue"));
    }

    @Test
    @DisplayName("close() is idempotent, and reads and writes after close throw")
    void closedStoreRefusesUse() {
        store.submit(ContractEvidence.judgement("x-1", "unit-a", "好"));
        store.close();
        store.close();
        assertThrows(RuntimeException.class, () -> store.submit(ContractEvidence.judgement("x-2", "unit-a", "好")),
                rule("a write after close throws"));
        assertThrows(RuntimeException.class, () -> store.allEvidence(), rule("a read after close throws"));
        assertThrows(RuntimeException.class, () -> store.audit(event("late")), rule("an audit after close throws"));
        assertThrows(RuntimeException.class, () -> store.putScorecard(card("p", "unit-a", 1), 0),
                rule("a scorecard write after close throws"));
    }

    // --------------------------------------------------------------------------------------- helpers

    /** Closes the store under test and reopens it through {@link #reopen(AssessmentStore, Path)}. */
    protected final void reopenStore() throws Exception {
        AssessmentStore closed = store;
        closed.close();
        store = null;
        store = reopen(closed, dir);
        assertNotNull(store, "reopen(closed, dir) returned null");
    }

    /** A scorecard record with {@code total} whole points and version 0. */
    protected static ScorecardRecord card(String planId, String unitId, long total) {
        Map<String, Points> sections = new LinkedHashMap<>();
        sections.put("一", Points.parse("12.5"));
        sections.put("二", Points.of(total));
        return ScorecardRecord.builder().planId(planId).unitId(unitId).rubricId("beihai-2015/county").total(Points.of(total))
                .grade(total >= 90 ? "优秀" : "合格").complete(true).commendable(total >= 60).sectionTotals(sections)
                .computedAt(ContractEvidence.T0).build();
    }

    private static ScorecardRecord counter(String planId, String unitId, long count) {
        return ScorecardRecord.builder().planId(planId).unitId(unitId).rubricId("r").total(Points.of(count)).grade("合格")
                .complete(true).commendable(true).putSectionTotal("count", Points.of(count))
                .computedAt(ContractEvidence.T0).build();
    }

    private static ScorecardRecord rubricVersion(ScorecardRecord record, String rubricVersion) {
        return ScorecardRecord.builder().from(record).rubricVersion(rubricVersion).build();
    }

    private static ScorecardRecord withVersion(ScorecardRecord record, long version) {
        return ScorecardRecord.builder().from(record).version(version).build();
    }

    /** An audit event with {@code detail} and sequence 0. */
    protected static AuditEvent event(String detail) {
        return AuditEvent.builder().at(Instant.parse("2015-12-01T08:00:00.123Z")).actor("张三").actorUnitId("office")
                .action(AuditEvent.Action.SCORED).unitId("unit-a").subject("3.2").detail(detail).build();
    }

    /** {@code "rule: " + text}: every failure message of the contract starts so. */
    protected static String rule(String text) {
        return "rule: " + text;
    }

    private static String id(int thread, int i) {
        return String.format("t%d-%04d", thread, i);
    }

    private static List<String> ids(String... ids) {
        return Arrays.asList(ids);
    }

    private static List<String> idsOf(List<? extends Evidence> evidence) {
        List<String> out = new ArrayList<>();
        for (Evidence e : evidence) {
            out.add(e.id());
        }
        return out;
    }

    private static <T> List<T> runAtOnce(List<? extends Callable<T>> jobs) throws Exception {
        return ContractSupport.runAtOnce(jobs);
    }

}

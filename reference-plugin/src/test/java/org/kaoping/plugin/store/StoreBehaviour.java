package org.kaoping.plugin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaoping.core.KaopingException;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.points.Points;
import org.kaoping.plugin.fixtures.SampleEvidence;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ConcurrentUpdateException;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.ScorecardRecord;
import org.kaoping.spi.SubmitOutcome;

/**
 * The {@link AssessmentStore} contract, checked against one store implementation per subclass. To be
 * replaced by the testkit's {@code AssessmentStoreContract} once it lands (issue 6).
 */
abstract class StoreBehaviour {
    protected AssessmentStore store;
    private boolean available;

    /** A store over fresh, empty storage. */
    protected abstract AssessmentStore openFresh() throws Exception;

    /** A new instance over the same storage as the last one opened, which the caller has closed. */
    protected abstract AssessmentStore openAgain() throws Exception;

    /** Removes what the test stored, after the store is closed. */
    protected void cleanUp() throws Exception {
    }

    /** Skips the test, visibly, when the storage is not there (a database server that is down). */
    protected void assumeAvailable() {
    }

    @BeforeEach
    void openStore() throws Exception {
        assumeAvailable();
        available = true;
        store = openFresh();
    }

    @AfterEach
    void closeStore() throws Exception {
        if (store != null) {
            store.close();
        }
        if (available) {
            cleanUp();
        }
    }

    protected final AssessmentStore reopen() throws Exception {
        store.close();
        store = openAgain();
        return store;
    }

    static Judgement judgement(String id, String unit, String level) {
        return Judgement.builder().id(id).unitId(unit).key("3.2").period(ReportingPeriod.year(2015))
                .source(SourceKind.PANEL).author("rater").recordedAt(Instant.parse("2015-11-01T00:00:00Z")).level(level)
                .build();
    }

    static ScorecardRecord scorecard(String plan, String unit, String grade) {
        Map<String, Points> sections = new LinkedHashMap<>();
        sections.put("1", Points.of(new BigDecimal("9.5")));
        sections.put("2", Points.of(20));
        return ScorecardRecord.builder().planId(plan).unitId(unit).rubricId("beihai-2015/county")
                .total(Points.of(new BigDecimal("88.125"))).grade(grade).complete(true).commendable(true)
                .sectionTotals(sections).computedAt(Instant.parse("2015-12-01T02:00:00.123456Z")).build();
    }

    static AuditEvent event(String subject) {
        return AuditEvent.builder().at(Instant.parse("2015-12-01T02:00:00Z")).actor("张三").actorUnitId("office")
                .action(AuditEvent.Action.EVIDENCE_SUBMITTED).unitId("hepu").subject(subject).detail("提交").build();
    }

    @Test
    void everyEvidenceKindRoundTripsAndSurvivesReopening() throws Exception {
        List<Evidence> all = SampleEvidence.everyKind();
        for (Evidence e : all) {
            assertEquals(SubmitOutcome.ADDED, store.submit(e), e.id());
        }
        for (int pass = 0; pass < 2; pass++) {
            assertEquals(all, store.allEvidence(), "storage order, equal values");
            for (Evidence e : all) {
                assertEquals(Optional.of(e), store.findEvidence(e.id()));
            }
            List<Evidence> hepu = new ArrayList<>();
            for (Evidence e : all) {
                if (e.unitId().equals("hepu")) {
                    hepu.add(e);
                }
            }
            assertEquals(hepu, store.evidence("hepu"));
            assertEquals(Collections.emptyList(), store.evidence("nowhere"));
            assertEquals(Optional.empty(), store.findEvidence("missing"));
            Set<EvidenceKind> kinds = new HashSet<>();
            for (Evidence e : store.allEvidence()) {
                kinds.add(e.kind());
            }
            assertEquals(EvidenceKind.values().length, kinds.size());
            reopen();
        }
    }

    @Test
    void resubmittingIdenticalEvidenceIsADuplicateAndChangesNothing() throws Exception {
        Evidence e = SampleEvidence.everyKind().get(1);
        assertEquals(SubmitOutcome.ADDED, store.submit(e));
        assertEquals(SubmitOutcome.DUPLICATE, store.submit(e));
        assertEquals(Arrays.asList(SubmitOutcome.DUPLICATE, SubmitOutcome.ADDED),
                store.submitAll(Arrays.asList(e, judgement("j-new", "hepu", "好"))));
        reopen();
        assertEquals(SubmitOutcome.DUPLICATE, store.submit(e), "idempotent across reopening");
        assertEquals(2, store.allEvidence().size());
    }

    @Test
    void sameIdWithOtherContentIsAConflictAndStoresNothing() throws Exception {
        store.submit(judgement("j1", "hepu", "好"));
        EvidenceConflictException c = assertThrows(EvidenceConflictException.class,
                () -> store.submit(judgement("j1", "hepu", "较好")));
        assertEquals("j1", c.evidenceId());
        assertEquals("好", ((Judgement) store.findEvidence("j1").get()).level());
        assertEquals(1, store.allEvidence().size());
        reopen();
        assertEquals(Collections.singletonList(judgement("j1", "hepu", "好")), store.allEvidence());
    }

    @Test
    void aBatchIsAllOrNothing() throws Exception {
        store.submit(judgement("j1", "hepu", "好"));
        List<Evidence> batch = Arrays.asList(judgement("b1", "hepu", "好"), judgement("b2", "yinhai", "好"),
                judgement("j1", "hepu", "差"), judgement("b3", "hepu", "好"));
        assertThrows(EvidenceConflictException.class, () -> store.submitAll(batch));
        assertEquals(1, store.allEvidence().size(), "nothing of the refused batch");
        assertEquals(Optional.empty(), store.findEvidence("b1"));

        // A conflict inside the batch itself.
        assertThrows(EvidenceConflictException.class, () -> store.submitAll(Arrays.asList(judgement("c1", "hepu", "好"),
                judgement("c1", "hepu", "差"))));
        assertEquals(Optional.empty(), store.findEvidence("c1"));

        // A null inside the batch.
        assertThrows(NullPointerException.class, () -> store.submitAll(Arrays.asList(judgement("n1", "hepu", "好"), null)));
        assertEquals(Optional.empty(), store.findEvidence("n1"));

        // A good batch with an identical repeat inside.
        assertEquals(Arrays.asList(SubmitOutcome.ADDED, SubmitOutcome.DUPLICATE, SubmitOutcome.ADDED, SubmitOutcome.DUPLICATE),
                store.submitAll(Arrays.asList(judgement("g1", "hepu", "好"), judgement("g1", "hepu", "好"),
                        judgement("g2", "hepu", "好"), judgement("j1", "hepu", "好"))));
        assertEquals(Collections.emptyList(), store.submitAll(Collections.<Evidence>emptyList()));
        reopen();
        List<String> ids = new ArrayList<>();
        for (Evidence e : store.allEvidence()) {
            ids.add(e.id());
        }
        assertEquals(Arrays.asList("j1", "g1", "g2"), ids);
    }

    @Test
    void scorecardsUseOptimisticConcurrency() throws Exception {
        ScorecardRecord first = store.putScorecard(scorecard("p", "hepu", "良好"), 0);
        assertEquals(1, first.version());
        ConcurrentUpdateException stale = assertThrows(ConcurrentUpdateException.class,
                () -> store.putScorecard(scorecard("p", "hepu", "优秀"), 0));
        assertEquals(0, stale.expectedVersion());
        assertEquals(1, stale.actualVersion());
        assertEquals("良好", store.scorecard("p", "hepu").get().grade(), "nothing written");
        ScorecardRecord second = store.putScorecard(scorecard("p", "hepu", "优秀"), 1);
        assertEquals(2, second.version());
        ConcurrentUpdateException ahead = assertThrows(ConcurrentUpdateException.class,
                () -> store.putScorecard(scorecard("p", "yinhai", "优秀"), 4));
        assertEquals(0, ahead.actualVersion());
        store.putScorecard(scorecard("p", "aaa", "合格"), 0);
        store.putScorecard(scorecard("other", "hepu", "合格"), 0);
        reopen();
        assertEquals(Optional.of(second), store.scorecard("p", "hepu"), "versions replayed");
        assertEquals(Optional.empty(), store.scorecard("p", "yinhai"));
        List<String> units = new ArrayList<>();
        for (ScorecardRecord r : store.scorecards("p")) {
            units.add(r.unitId());
        }
        assertEquals(Arrays.asList("aaa", "hepu"), units, "ordered by unit id");
        assertEquals(3, store.putScorecard(scorecard("p", "hepu", "良好"), 2).version());
    }

    @Test
    void racingScorecardWritersHaveExactlyOneWinner() throws Exception {
        int threads = 8;
        for (int round = 0; round < 3; round++) {
            long expected = round;
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String grade = "g" + t;
                    results.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        try {
                            store.putScorecard(scorecard("race", "hepu", grade), expected);
                            return true;
                        } catch (ConcurrentUpdateException lost) {
                            return false;
                        }
                    }));
                }
                int winners = 0;
                for (Future<Boolean> f : results) {
                    winners += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertEquals(1, winners, "round " + round);
                assertEquals(expected + 1, store.scorecard("race", "hepu").get().version());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void auditEventsGetContiguousSequenceNumbers() throws Exception {
        assertEquals(Collections.emptyList(), store.auditEvents(0));
        AuditEvent a = store.audit(event("e1"));
        AuditEvent b = store.audit(event("e2"));
        assertEquals(1, a.sequence());
        assertEquals(2, b.sequence());
        assertEquals(Arrays.asList(a, b), store.auditEvents(0));
        assertEquals(Collections.singletonList(b), store.auditEvents(1));
        assertEquals(Collections.emptyList(), store.auditEvents(2));
        reopen();
        assertEquals(Arrays.asList(a, b), store.auditEvents(0));
        assertEquals(3, store.audit(event("e3")).sequence());
    }

    @Test
    void eightThreadsTimes250WritesLoseNothing() throws Exception {
        int threads = 8;
        int perThread = 250;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        AtomicInteger audits = new AtomicInteger();
        List<Future<List<String>>> futures = new ArrayList<>();
        long began = System.nanoTime();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit((Callable<List<String>>) () -> {
                    Random random = new Random(1000 + thread);
                    List<String> ids = new ArrayList<>();
                    start.await(10, TimeUnit.SECONDS);
                    int i = 0;
                    while (i < perThread) {
                        if (i % 50 == 10 && i + 5 <= perThread) {
                            List<Evidence> batch = new ArrayList<>();
                            for (int k = 0; k < 5; k++, i++) {
                                batch.add(SampleEvidence.random(random, "t" + thread + "-" + i, "unit-" + thread));
                                ids.add("t" + thread + "-" + i);
                            }
                            assertEquals(Collections.nCopies(5, SubmitOutcome.ADDED), store.submitAll(batch));
                        } else {
                            Evidence e = SampleEvidence.random(random, "t" + thread + "-" + i, "unit-" + thread);
                            assertEquals(SubmitOutcome.ADDED, store.submit(e));
                            ids.add(e.id());
                            i++;
                        }
                        if (i % 25 == 0) {
                            store.audit(event("t" + thread + "-" + i));
                            audits.incrementAndGet();
                        }
                    }
                    return ids;
                }));
            }
            List<String> expected = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                expected.addAll(f.get(120, TimeUnit.SECONDS));
            }
            System.out.printf("%s: %d threads x %d evidence writes in %.2f s%n", getClass().getSimpleName(), threads,
                    perThread, (System.nanoTime() - began) / 1e9);
            for (int pass = 0; pass < 2; pass++) {
                List<Evidence> all = store.allEvidence();
                assertEquals(threads * perThread, all.size());
                Set<String> seen = new HashSet<>();
                for (Evidence e : all) {
                    assertTrue(seen.add(e.id()), "stored once: " + e.id());
                }
                assertEquals(new HashSet<>(expected), seen);
                for (int t = 0; t < threads; t++) {
                    List<Evidence> unit = store.evidence("unit-" + t);
                    assertEquals(perThread, unit.size());
                    // One thread's writes keep their order.
                    int last = -1;
                    for (Evidence e : unit) {
                        int n = Integer.parseInt(e.id().substring(e.id().indexOf('-') + 1));
                        assertTrue(n > last, "order within thread " + t);
                        last = n;
                    }
                }
                List<AuditEvent> trail = store.auditEvents(0);
                assertEquals(audits.get(), trail.size());
                for (int k = 0; k < trail.size(); k++) {
                    assertEquals(k + 1, trail.get(k).sequence());
                }
                reopen();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoThreadsSubmittingTheSameIdGetOneAddedAndOneDuplicateOrConflict() throws Exception {
        for (int round = 0; round < 20; round++) {
            String id = "race-" + round;
            boolean differ = round % 2 == 1;
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Object>> results = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    Evidence e = judgement(id, "hepu", differ ? "level-" + t : "好");
                    results.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        try {
                            return store.submit(e);
                        } catch (EvidenceConflictException conflict) {
                            return conflict;
                        }
                    }));
                }
                Object a = results.get(0).get(60, TimeUnit.SECONDS);
                Object b = results.get(1).get(60, TimeUnit.SECONDS);
                List<Object> both = Arrays.asList(a, b);
                assertTrue(both.contains(SubmitOutcome.ADDED), "round " + round + ": " + both);
                Object other = a == SubmitOutcome.ADDED ? b : a;
                if (differ) {
                    assertTrue(other instanceof EvidenceConflictException, "round " + round + ": " + both);
                } else {
                    assertEquals(SubmitOutcome.DUPLICATE, other, "round " + round);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        assertEquals(20, store.allEvidence().size());
    }

    @Test
    void evidenceTheCodecCannotStoreIsRefusedAndNothingIsWritten() throws Exception {
        store.submit(judgement("ok", "hepu", "好"));
        Evidence loneSurrogate = judgement("bad", "hepu", "好\uD800");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.submitAll(Arrays.asList(judgement("first", "hepu", "好"), loneSurrogate)));
        assertTrue(e.getMessage().contains("[bad]") && e.getMessage().contains("unpaired surrogate"), e.getMessage());
        reopen();
        assertEquals(Collections.singletonList(judgement("ok", "hepu", "好")), store.allEvidence());
    }

    @Test
    void closedStoreRefusesUseAndCloseIsIdempotent() throws Exception {
        store.submit(judgement("j", "hepu", "好"));
        store.close();
        store.close();
        assertThrows(KaopingException.class, () -> store.allEvidence());
        assertThrows(KaopingException.class, () -> store.submit(judgement("k", "hepu", "好")));
        store = openAgain();
        assertFalse(store.findEvidence("k").isPresent());
        assertTrue(store.findEvidence("j").isPresent());
    }
}

package org.kaoping.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.TieBreak;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.ranking.Rankings;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spi.Publication;
import org.kaoping.spi.fixtures.AttendanceEvaluator;
import org.kaoping.spi.fixtures.TestOrg;
import org.kaoping.spi.support.ForwardingAssessmentStore;
import org.kaoping.spi.support.InMemoryAssessmentStore;
import org.kaoping.spi.support.InMemoryEvidenceSource;

/**
 * Issue 14, goals 4 and 5: {@code rank()} after a submission rescores only the units whose evidence changed and gives
 * the tables of a full rescore; a cycle (obligations, scoring, publishing) reads the store's evidence once.
 */
class IncrementalRankTest {
    static final String[] LEVELS = {"好", "较好", "一般", "差"};

    /** A store that counts how often all evidence and one unit's evidence are read. */
    static class CountingStore extends ForwardingAssessmentStore {
        final AssessmentStore delegate;
        final AtomicInteger allReads = new AtomicInteger();
        final AtomicInteger unitReads = new AtomicInteger();

        CountingStore(AssessmentStore delegate) {
            this.delegate = delegate;
        }

        @Override
        protected AssessmentStore delegate() {
            return delegate;
        }

        @Override
        public List<org.kaoping.core.evidence.Evidence> allEvidence() {
            allReads.incrementAndGet();
            return super.allEvidence();
        }

        @Override
        public List<org.kaoping.core.evidence.Evidence> evidence(String unitId) {
            unitReads.incrementAndGet();
            return super.evidence(unitId);
        }
    }

    /** The city, its office and 16 counties (c00…c15). */
    static OrgDirectory counties() {
        List<OrgUnit> units = new ArrayList<>(GateTest.UNITS.subList(0, 2));
        for (int i = 0; i < 16; i++) {
            units.add(OrgUnit.of(String.format("c%02d", i), "县" + i, OrgKind.COUNTY_DISTRICT, "beihai"));
        }
        return new OrgDirectory() {
            @Override
            public String id() {
                return "counties";
            }

            @Override
            public List<OrgUnit> units() {
                return units;
            }
        };
    }

    static AssessmentPlan plan() {
        return AssessmentPlan.builder().from(GateTest.plan()).addTieBreak(TieBreak.higherOn("2.2")).build();
    }

    static Kaoping runtime(AssessmentStore store) {
        return Kaoping.builder().orgDirectory(counties()).store(store).plan(plan()).cityOffice("fzb")
                .clock(Clock.fixed(GateTest.NOW, ZoneOffset.UTC)).parallelism(2).build();
    }

    /** One random submission through {@code k}: judgements, metrics, incidents, overrides, bonuses, claims and decisions. */
    static void submitOne(Kaoping k, SplittableRandom r, int step, List<String> claims) {
        String unit = String.format("c%02d", r.nextInt(16));
        String id = "e" + step;
        switch (r.nextInt(7)) {
            case 0:
            case 1:
                String rater = "rater" + r.nextInt(3);
                k.submit(rater, "fzb", GateTest.judgement(id, unit, rater, "fzb", r.nextBoolean() ? "1.1" : "2.2", LEVELS[r.nextInt(4)]));
                break;
            case 2:
                k.submit("赵六", "fzb", GateTest.metric(id, unit, "赵六", "training", r.nextInt(4), "次"));
                break;
            case 3:
                k.submit("赵六", "fzb", GateTest.incident(id, unit, "赵六", "accident"));
                break;
            case 4:
                k.override("赵六", "fzb", unit, "1.1", Points.of(r.nextInt(21)), "复核");
                break;
            case 5:
                k.submit(unit, unit, GateTest.notApplicable(id, unit, SourceKind.SELF, unit, "2.1"));
                claims.add(id);
                break;
            default:
                if (!claims.isEmpty()) {
                    String claim = claims.remove(r.nextInt(claims.size()));
                    if (r.nextBoolean()) {
                        k.approveClaim("赵六", "fzb", claim);
                    } else {
                        k.rejectClaim("赵六", "fzb", claim, "不符合条件");
                    }
                } else {
                    k.submit("赵六", "fzb", GateTest.adjustment(id, unit, SourceKind.HOST_SYSTEM, "赵六", "commendation"));
                }
        }
    }

    @Test
    void randomSubmissionsThenRankEqualAFreshFullScoreAndRank() {
        for (long seed = 1; seed <= 6; seed++) {
            CountingStore store = new CountingStore(new InMemoryAssessmentStore());
            SplittableRandom r = new SplittableRandom(seed);
            List<String> claims = new ArrayList<>();
            Kaoping k = runtime(store);
            for (int step = 0; step < 12; step++) {
                submitOne(k, r, step, claims);
            }
            k.rank();
            int reads = store.allReads.get();
            for (int step = 12; step < 60; step++) {
                submitOne(k, r, step, claims);
                if (r.nextInt(3) == 0) {
                    continue; // several submissions between two rankings
                }
                Map<String, RankingTable> incremental = k.rank();
                List<Scorecard> full = runtime(store.delegate).scoreCycle();
                assertEquals(Rankings.rank(full, plan()), incremental, "seed " + seed + ", step " + step);
            }
            assertEquals(reads, store.allReads.get(), "seed " + seed + ": unit submissions must not make rank() read all evidence");
            k.close();
        }
    }

    @Test
    void rankAfterOneFactRescoresOnlyThatUnit() {
        CountingStore store = new CountingStore(new InMemoryAssessmentStore());
        Kaoping k = runtime(store);
        k.submit("赵六", "fzb", GateTest.judgement("j-1", "c03", "赵六", "fzb", "1.1", "好"));
        k.rank();
        int before = store.unitReads.get();
        long scoredBefore = scoredEvents(store);
        k.submit("赵六", "fzb", GateTest.judgement("j-2", "c07", "赵六", "fzb", "1.1", "好"));
        Map<String, RankingTable> t = k.rank();
        assertEquals(1, store.unitReads.get() - before, "only c07's evidence is read again");
        assertEquals(1, scoredEvents(store) - scoredBefore, "only c07 is rescored and its record written");
        assertEquals(1, t.get("g/county").entry("c03").rank());
        assertEquals(1, t.get("g/county").entry("c07").rank(), "c03 and c07 tie");
        assertEquals(Rankings.rank(runtime(store.delegate).scoreCycle(), plan()), t);
    }

    @Test
    void anImportMakesTheNextRankReadEverythingAgain() {
        CountingStore store = new CountingStore(new InMemoryAssessmentStore());
        Kaoping k = runtime(store);
        k.rank();
        assertEquals(1, store.allReads.get());
        InMemoryEvidenceSource oa = new InMemoryEvidenceSource("oa").append(GateTest.metric("m-1", "c05", "oa", "training", 4, "次"));
        assertEquals(1, k.importEvidence(oa).added());
        Map<String, RankingTable> t = k.rank();
        assertEquals(2, store.allReads.get(), "an import batch names no unit: everything is read again");
        assertEquals(1, t.get("g/county").entry("c05").rank());
        assertEquals(Rankings.rank(runtime(store.delegate).scoreCycle(), plan()), t);
    }

    @Test
    void aCycleReadsTheEvidenceOnce() {
        CountingStore store = new CountingStore(new InMemoryAssessmentStore());
        InMemoryAssessmentStore plain = new InMemoryAssessmentStore();
        Kaoping k = obligationsRuntime(store);
        Kaoping reference = obligationsRuntime(plain);
        for (Kaoping x : new Kaoping[] {k, reference}) {
            x.submit("赵六", "fzb", GateTest.judgement("j-1", "haicheng", "赵六", "fzb", "1.1", "好"));
        }
        Instant asOf = Instant.parse("2015-12-31T00:00:00Z");
        ObligationCheck check = k.checkObligations(asOf);
        assertFalse(check.deductionsAdded().isEmpty(), "the check files deductions for missing reports: " + check);
        List<Scorecard> cards = k.scoreCycle();
        Publication published = k.publish("张三");
        assertEquals(1, store.allReads.get(), "obligations, scoring, ranking and publishing share one read");
        // the deductions the check stored are scored: same as a runtime that reads everything at each step
        reference.checkObligations(asOf);
        List<Scorecard> expected = reference.scoreCycle();
        assertEquals(Rankings.rank(expected, k.plan()), Rankings.rank(cards, k.plan()));
        assertEquals(Rankings.rank(expected, k.plan()), k.rank());
        assertEquals(reference.publish("张三").results(), published.results());
        assertTrue(cards.stream().anyMatch(c -> c.allDeductions().compareTo(Points.ZERO) > 0), "deductions filed by the check count");
    }

    static Kaoping obligationsRuntime(AssessmentStore store) {
        return Kaoping.builder().rubricProvider(KaopingTest.provider("test-rubrics", TestOrg.countyRubric()))
                .orgDirectory(new TestOrg()).store(store).ruleEvaluator(new AttendanceEvaluator()).cityOffice(TestOrg.CITY_OFFICE)
                .planFromRubrics("beihai-test", 2015)
                .cycle(AssessmentCycle.builder().year(2015).firstMonth(3).lastMonth(4).monthlyDueDay(24).build())
                .obligationEffect(KaopingObligationsTest.MONTHLY_EFFECT, KaopingObligationsTest.ANNUAL_EFFECT)
                .clock(Clock.fixed(KaopingObligationsTest.CLOCK, ZoneOffset.UTC)).build();
    }

    static long scoredEvents(CountingStore store) {
        return store.auditEvents(0).stream().filter(e -> e.action() == AuditEvent.Action.SCORED).count();
    }
}

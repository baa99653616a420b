package org.kaoping.runtime;

import org.kaoping.core.ConfigurationException;
import org.kaoping.core.UnitNotAssessedException;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.ScorecardRecord;
import org.kaoping.spi.Publication;
import org.kaoping.spi.ConcurrentUpdateException;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.AssessmentStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.KaopingException;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Rules;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.spi.fixtures.AttendanceEvaluator;
import org.kaoping.spi.fixtures.TestOrg;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * Units not assessed, with the reason ({@link Kaoping.Builder#notAssessed(String, String)},
 * {@link Kaoping.Builder#notAssessed(OrgKind, String)}, kinds without a rubric), obligation effects declared for
 * one rubric ({@link Kaoping.Builder#obligationEffect(String, ObligationEffect...)}), and the batched writes of
 * {@code scoreCycle} and {@code checkObligations}, on {@link TestOrg} (counties under {@code t/county}, the city
 * office 市依法治市办 of kind party-mass under {@code t/party}).
 */
class KaopingScopeTest {
    static final String OFFICE_REASON = "市依法治市办是考评的承办机构，不作为被考评对象";
    /** After the March and April deadlines of the two-month cycle: every report is missing. */
    static final Instant AFTER_APRIL = Instant.parse("2015-05-01T00:00:00Z");

    final InMemoryAssessmentStore store = new InMemoryAssessmentStore();

    /** The party-mass standard: same numbering as the county one (1.1 is a judgement there too). */
    static Rubric partyRubric() {
        return Rubric.builder("t/party").version("1").title("党群部门工作标准").source("test").points("100")
                .appliesTo(OrgKind.CITY_PARTY_MASS)
                .section("一、", "组织", "60", s -> s.item("1、", "领导", "60", Rules.judgement()))
                .section("二、", "宣传", "40", s -> s.item("1、", "宣传", "40", Rules.judgement()))
                .build();
    }

    Kaoping.Builder builder() {
        return Kaoping.builder()
                .rubricProvider(KaopingTest.provider("county", TestOrg.countyRubric()), KaopingTest.provider("party", partyRubric()))
                .orgDirectory(new TestOrg())
                .store(store)
                .ruleEvaluator(new AttendanceEvaluator())
                .cityOffice(TestOrg.CITY_OFFICE)
                .planFromRubrics("beihai-test", 2015)
                .cycle(AssessmentCycle.builder().year(2015).firstMonth(3).lastMonth(4).build())
                .clock(Clock.fixed(KaopingTest.NOW, ZoneOffset.UTC))
                .parallelism(2);
    }

    static ObligationEffect monthly(String criterion) {
        return ObligationEffect.of(SelfReport.Type.MONTHLY, criterion, Points.parse("0.5"), Points.of(1));
    }

    static List<String> ids(List<OrgUnit> units) {
        return units.stream().map(OrgUnit::id).collect(Collectors.toList());
    }

    @Test
    @DisplayName("Without declarations, the city office is never assessed (although the plan has a rubric for its kind) and the city and township, which have no rubric, are not, each with the reason")
    void kindsWithoutARubricAreNotAssessedWithTheReason() {
        Kaoping k = builder().build();
        assertEquals(Arrays.asList("haicheng", "hepu", "yinhai"), ids(k.assessedUnits()));
        Map<String, String> out = k.notAssessed();
        assertEquals(Arrays.asList("beihai", "fzb", "qiaogang"), new ArrayList<>(out.keySet()));
        assertEquals(Kaoping.CITY_OFFICE_NOT_ASSESSED, out.get("fzb"));
        assertTrue(out.get("qiaogang").contains("no rubric") && out.get("qiaogang").contains("TOWNSHIP"), out.get("qiaogang"));
        assertTrue(k.summary().contains("3 unit(s) assessed, 3 not assessed"), k.summary());
        assertTrue(k.scoreCycle().stream().noneMatch(c -> c.unitId().equals("fzb")), "the city office is never scored");
        assertTrue(k.rank().values().stream().allMatch(t -> t.entries().stream().noneMatch(u -> u.unitId().equals("fzb"))),
                "the city office is never ranked");
    }

    @Test
    @DisplayName("notAssessed(unit, reason) leaves a unit out of scoring, ranking, publication and obligation checks; scoreUnit and override name the reason")
    void aUnitDeclaredNotAssessedIsLeftOutWithItsReason() {
        List<Publication> published = new CopyOnWriteArrayList<>();
        Kaoping k = builder().notAssessed(TestOrg.CITY_OFFICE, OFFICE_REASON).resultSink(KaopingTest.sink("rec", published))
                .obligationEffect(monthly("1.1")).build();
        assertEquals(Arrays.asList("haicheng", "hepu", "yinhai"), ids(k.assessedUnits()));
        assertEquals(OFFICE_REASON, k.notAssessed().get(TestOrg.CITY_OFFICE));
        assertTrue(k.summary().contains(OFFICE_REASON), k.summary());

        List<Scorecard> cards = k.scoreCycle();
        assertEquals(Arrays.asList("haicheng", "hepu", "yinhai"), cards.stream().map(Scorecard::unitId).collect(Collectors.toList()));
        Map<String, RankingTable> tables = k.rank();
        assertEquals(Collections.singleton("t/county"), tables.keySet(), "the party rubric ranks nobody");
        Publication p = k.publish("tester");
        assertTrue(p.results().stream().noneMatch(r -> r.unitId().equals(TestOrg.CITY_OFFICE)), p.results().toString());

        ObligationCheck check = k.checkObligations(AFTER_APRIL);
        assertTrue(check.obligations(TestOrg.CITY_OFFICE).isEmpty());
        assertTrue(check.deductionsAdded().stream().noneMatch(d -> d.unitId().equals(TestOrg.CITY_OFFICE)));
        assertEquals(6, check.deductionsAdded().size(), "two missing months for each of three counties");

        UnitNotAssessedException score = assertThrows(UnitNotAssessedException.class, () -> k.scoreUnit(TestOrg.CITY_OFFICE));
        assertEquals(TestOrg.CITY_OFFICE, score.unitId());
        assertTrue(score.reason().contains(OFFICE_REASON), score.reason());
        EvidenceRefusedException override = assertThrows(EvidenceRefusedException.class,
                () -> k.override("赵六", "beihai", TestOrg.CITY_OFFICE, "1.1", Points.of(1), "复核"));
        assertTrue(override.getMessage().contains(OFFICE_REASON), override.getMessage());
    }

    @Test
    @DisplayName("notAssessed(kind, reason) overrides a kind's rubric; a unit's own reason wins over its kind's")
    void aKindDeclaredNotAssessed() {
        Kaoping k = builder().notAssessed(OrgKind.COUNTY_DISTRICT, "县（区）由自治区考评").notAssessed("hepu", "合浦县另行考评").build();
        assertEquals(Collections.<String>emptyList(), ids(k.assessedUnits()), "the office is never assessed, the counties are declared out");
        assertEquals("县（区）由自治区考评", k.notAssessed().get("haicheng"));
        assertEquals("合浦县另行考评", k.notAssessed().get("hepu"));
    }

    @Test
    @DisplayName("A unit declared not assessed must be in the org directory, and a reason must not be blank")
    void refusals() {
        ConfigurationException unknown = assertThrows(ConfigurationException.class, () -> builder().notAssessed("nowhere", "因为").build());
        assertTrue(unknown.getMessage().contains("[nowhere]"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder().notAssessed("hepu", "  "));
        assertThrows(IllegalArgumentException.class, () -> builder().notAssessed(OrgKind.TOWNSHIP, ""));
    }

    @Test
    @DisplayName("An effect declared for one rubric applies to its units only, although the other rubric has the same criterion id")
    void anEffectDeclaredForOneRubric() {
        Kaoping scoped = builder().obligationEffect("t/county", monthly("1.1")).build();
        assertEquals(1, scoped.obligationEffects("t/county").size());
        assertTrue(scoped.obligationEffects("t/party").isEmpty());
        assertTrue(scoped.obligationEffects("no/such").isEmpty());
        ObligationCheck c = scoped.checkObligations(AFTER_APRIL);
        List<String> units = c.deductionsAdded().stream().map(Deduction::unitId).distinct().sorted().collect(Collectors.toList());
        assertEquals(Arrays.asList("haicheng", "hepu", "yinhai"), units, "the office's party rubric has no effect");
        assertEquals(6, store.auditEvents(0).stream().filter(e -> e.action() == AuditEvent.Action.EVIDENCE_SUBMITTED).count(),
                "each deduction filed is audited");

        InMemoryAssessmentStore other = new InMemoryAssessmentStore();
        Kaoping everywhere = builder().store(other).obligationEffect(monthly("1.1")).build();
        assertEquals(1, everywhere.obligationEffects("t/party").size(), "declared without a rubric, 1.1 applies to both");
        assertTrue(everywhere.checkObligations(AFTER_APRIL).deductionsAdded().stream().noneMatch(d -> d.unitId().equals("fzb")),
                "the city office, never assessed, gets no deduction");
    }

    @Test
    @DisplayName("An effect for a rubric the plan lacks, or a criterion the rubric lacks, or two effects of one type on a rubric fail the build, naming them")
    void scopedEffectRefusals() {
        ConfigurationException rubric = assertThrows(ConfigurationException.class,
                () -> builder().obligationEffect("t/none", monthly("1.1")).build());
        assertTrue(rubric.getMessage().contains("[t/none]"), rubric.getMessage());
        ConfigurationException criterion = assertThrows(ConfigurationException.class,
                () -> builder().obligationEffect("t/party", monthly("1.2")).build());
        assertTrue(criterion.getMessage().contains("[t/party]") && criterion.getMessage().contains("[1.2]"), criterion.getMessage());
        ConfigurationException twice = assertThrows(ConfigurationException.class,
                () -> builder().obligationEffect(monthly("2.1")).obligationEffect("t/county", monthly("1.1")).build());
        assertTrue(twice.getMessage().contains("[t/county]") && twice.getMessage().contains("[2.1]")
                && twice.getMessage().contains("[1.1]"), twice.getMessage());
    }

    @Test
    @DisplayName("scoreCycle writes the changed scorecards and their audit events in one batch each; an unchanged re-run writes nothing")
    void scoreCycleWritesInBatches() {
        CountingStore counting = new CountingStore();
        Kaoping k = builder().store(counting).build();
        k.scoreCycle();
        assertEquals(1, counting.scorecardBatches);
        assertEquals(1, counting.auditBatches);
        assertEquals(3, counting.scorecards(k.plan().id()).size());
        assertEquals(3, counting.auditEvents(0).stream().filter(e -> e.action() == AuditEvent.Action.SCORED).count());
        k.scoreCycle();
        assertEquals(1, counting.scorecardBatches, "unchanged results are not re-recorded");
        assertEquals(1, counting.auditBatches);
    }

    @Test
    @DisplayName("When another writer came first, scoreCycle falls back to writing one by one and still records every unit")
    void scoreCycleFallsBackOnAConflict() {
        CountingStore counting = new CountingStore();
        Kaoping k = builder().store(counting).build();
        counting.conflictOnBatch = true;
        List<Scorecard> cards = k.scoreCycle();
        assertEquals(3, cards.size());
        assertEquals(3, counting.scorecards(k.plan().id()).size());
        assertEquals(3, counting.auditEvents(0).stream().filter(e -> e.action() == AuditEvent.Action.SCORED).count(),
                "each unit audited once");
    }

    /** Counts batch writes; can make its batch scorecard write fail as if another writer came first. */
    static final class CountingStore implements AssessmentStore {
        final InMemoryAssessmentStore inner = new InMemoryAssessmentStore();
        int scorecardBatches;
        int auditBatches;
        boolean conflictOnBatch;

        @Override
        public String id() {
            return "counting";
        }

        @Override
        public List<ScorecardRecord> putScorecards(List<ScorecardRecord> records, List<Long> expectedVersions) {
            if (conflictOnBatch) {
                conflictOnBatch = false;
                // the default writes one at a time: the first record goes in, then a conflict
                inner.putScorecard(records.get(0), expectedVersions.get(0));
                throw new ConcurrentUpdateException("the scorecard of unit [" + records.get(1).unitId() + "]", 0, 1);
            }
            scorecardBatches++;
            return AssessmentStore.super.putScorecards(records, expectedVersions);
        }

        @Override
        public List<AuditEvent> auditAll(List<AuditEvent> events) {
            auditBatches++;
            return AssessmentStore.super.auditAll(events);
        }

        @Override
        public SubmitOutcome submit(org.kaoping.core.evidence.Evidence evidence) {
            return inner.submit(evidence);
        }

        @Override
        public List<SubmitOutcome> submitAll(List<? extends org.kaoping.core.evidence.Evidence> evidence) {
            return inner.submitAll(evidence);
        }

        @Override
        public List<org.kaoping.core.evidence.Evidence> evidence(String unitId) {
            return inner.evidence(unitId);
        }

        @Override
        public List<org.kaoping.core.evidence.Evidence> allEvidence() {
            return inner.allEvidence();
        }

        @Override
        public java.util.Optional<org.kaoping.core.evidence.Evidence> findEvidence(String evidenceId) {
            return inner.findEvidence(evidenceId);
        }

        @Override
        public ScorecardRecord putScorecard(ScorecardRecord record, long expectedVersion) {
            return inner.putScorecard(record, expectedVersion);
        }

        @Override
        public java.util.Optional<ScorecardRecord> scorecard(String planId, String unitId) {
            return inner.scorecard(planId, unitId);
        }

        @Override
        public List<ScorecardRecord> scorecards(String planId) {
            return inner.scorecards(planId);
        }

        @Override
        public AuditEvent audit(AuditEvent event) {
            return inner.audit(event);
        }

        @Override
        public List<AuditEvent> auditEvents(long afterSequence) {
            return inner.auditEvents(afterSequence);
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    @Test
    @DisplayName("putScorecards' default refuses lists of different sizes and a unit named twice, naming the index")
    void batchArguments() {
        ScorecardRecord r = ScorecardRecord.builder().planId("p").unitId("hepu").rubricId("t/county").total(Points.of(1)).grade("合格")
                .complete(true).commendable(true).computedAt(KaopingTest.NOW).build();
        IllegalArgumentException sizes = assertThrows(IllegalArgumentException.class,
                () -> store.putScorecards(Collections.singletonList(r), Collections.<Long>emptyList()));
        assertTrue(sizes.getMessage().contains("1 scorecard record(s) but 0"), sizes.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> store.putScorecards(Arrays.asList(r, r), Arrays.asList(0L, 0L)));
        assertTrue(twice.getMessage().contains("[hepu]") && twice.getMessage().contains("index 1"), twice.getMessage());
        assertFalse(store.scorecard("p", "hepu").isPresent(), "nothing written");
    }
}

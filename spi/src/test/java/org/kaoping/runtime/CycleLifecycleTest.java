package org.kaoping.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.NoticePeriod;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.Notification;
import org.kaoping.spi.Notifier;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/** Issue 15, items 1 to 3: the cycle's states, appeals (申诉), final results and their verification, on an in-memory store. */
class CycleLifecycleTest {
    /** Thursday 2015-12-10 10:00 Beijing time. */
    static final Instant PUBLISHED = GateTest.NOW;
    /** The end of the fifth working day from Thursday 10 December: Wednesday 16 December 24:00 Beijing time. */
    static final Instant WINDOW_END = Instant.parse("2015-12-16T16:00:00Z");

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final class Recorder implements Notifier {
        final List<Notification> received = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String id() {
            return "recorder";
        }

        @Override
        public void notify(Notification n) {
            received.add(n);
        }

        List<String> units(Notification.Kind kind) {
            List<String> out = new ArrayList<>();
            for (Notification n : received) {
                if (n.kind() == kind) {
                    out.add(n.unitId().orElse(""));
                }
            }
            return out;
        }
    }

    final InMemoryAssessmentStore store = new InMemoryAssessmentStore();
    final MovingClock clock = new MovingClock(PUBLISHED.minus(Duration.ofDays(1)));
    final Recorder notes = new Recorder();
    Kaoping kaoping;

    static Kaoping runtime(org.kaoping.spi.AssessmentStore store, Clock clock, AssessmentPlan plan, Notifier... notifiers) {
        return Kaoping.builder().orgDirectory(GateTest.directory()).store(store).plan(plan).cityOffice("fzb").clock(clock)
                .parallelism(1).notifier(notifiers).build();
    }

    /** Three counties judged on 1.1 and 2.2: haicheng ahead of yinhai ahead of hepu. */
    static void scores(Kaoping k) {
        k.submit("赵六", "fzb", GateTest.judgement("j-hc-1", "haicheng", "赵六", "fzb", "1.1", "好"));
        k.submit("赵六", "fzb", GateTest.judgement("j-hc-2", "haicheng", "赵六", "fzb", "2.2", "好"));
        k.submit("赵六", "fzb", GateTest.judgement("j-yh-1", "yinhai", "赵六", "fzb", "1.1", "较好"));
        k.submit("赵六", "fzb", GateTest.judgement("j-yh-2", "yinhai", "赵六", "fzb", "2.2", "好"));
        k.submit("赵六", "fzb", GateTest.judgement("j-hp-1", "hepu", "赵六", "fzb", "1.1", "一般"));
        k.submit("赵六", "fzb", GateTest.judgement("j-hp-2", "hepu", "赵六", "fzb", "2.2", "好"));
    }

    @BeforeEach
    void wire() {
        kaoping = runtime(store, clock, GateTest.plan(), notes);
        scores(kaoping);
        clock.now = PUBLISHED;
    }

    static int rank(Kaoping k, String unit) {
        for (RankingTable t : k.rank().values()) {
            for (RankedUnit u : t.entries()) {
                if (u.unitId().equals(unit)) {
                    return u.rank();
                }
            }
        }
        throw new AssertionError("not ranked: " + unit);
    }

    @Test
    void aCycleIsCollectingUntilPublishedForNotice() {
        assertEquals(CycleState.COLLECTING, kaoping.cycleStatus().state());
        CycleStatus s = kaoping.publishForNotice("王五", "fzb");
        assertEquals(CycleState.NOTICE, s.state());
        assertEquals(WINDOW_END, s.noticeEnd().get());
        assertEquals(java.time.LocalDate.of(2015, 12, 16), s.noticeLastDay().get());
    }

    @Test
    void publishingSnapshotsRanksRubricVersionsAndEvidenceHashes() {
        kaoping.publishForNotice("王五", "fzb");
        ResultSnapshot s = kaoping.resultSnapshot().get();
        ResultSnapshot.UnitResult hepu = s.unit("hepu").get();
        assertEquals(3, hepu.rank());
        assertEquals("1", hepu.rubricVersion());
        assertEquals(Arrays.asList("j-hp-1", "j-hp-2"), new ArrayList<>(hepu.evidenceHashes().keySet()));
        assertEquals(64, hepu.evidenceHashes().get("j-hp-1").length());
        assertTrue(kaoping.verifyResult().matches(), kaoping.verifyResult().toString());
    }

    @Test
    void everyStateChangeIsAnAuditEventAndTheStateIsRebuiltFromTheTrail() {
        kaoping.publishForNotice("王五", "fzb");
        clock.now = WINDOW_END;
        kaoping.finalizeCycle("王五", "fzb");
        kaoping.reopenCycle("王五", "fzb", "发现计分错误");
        List<AuditEvent.Action> actions = new ArrayList<>();
        for (AuditEvent e : store.auditEvents(0)) {
            if (e.action().name().startsWith("CYCLE_")) {
                actions.add(e.action());
            }
        }
        assertEquals(Arrays.asList(AuditEvent.Action.CYCLE_SCORED, AuditEvent.Action.CYCLE_NOTICE_PUBLISHED,
                AuditEvent.Action.CYCLE_FINALIZED, AuditEvent.Action.CYCLE_REOPENED), actions);
        Kaoping restarted = runtime(store, clock, GateTest.plan());
        assertEquals(CycleState.COLLECTING, restarted.cycleStatus().state());
    }

    @Nested
    class Appeals {
        @BeforeEach
        void publish() {
            kaoping.publishForNotice("王五", "fzb");
        }

        @Test
        void anUpheldAppealReScoresReRanksNotifiesAndShowsInTheExplanation() {
            Appeal a = kaoping.fileAppeal("合浦联络员", "hepu", "hepu", Collections.singletonList("1.1"), "领导重视，评议偏低",
                    Collections.singletonList("j-hp-1"));
            assertEquals(Appeal.Status.OPEN, a.status());
            Appeal decided = kaoping.upholdAppeal("王五", "fzb", a.id(), "复核后更正",
                    Collections.singletonList(OverrideRequest.of(UnitRef.of("hepu"), CriterionRef.of("1.1"), Points.of(20), "复核后更正")));
            assertEquals(Appeal.Status.UPHELD, decided.status());
            // hepu now ties haicheng at the top (shared rank 1), yinhai falls from 2 to 3; haicheng did not move
            assertEquals(1, rank(kaoping, "hepu"));
            assertEquals(3, rank(kaoping, "yinhai"));
            List<String> moved = notes.units(Notification.Kind.RANK_CHANGED);
            Collections.sort(moved);
            assertEquals(Arrays.asList("hepu", "yinhai"), moved);
            String explained = kaoping.scoreUnit("hepu").node("1.1").explanation().text();
            assertTrue(explained.contains(a.id()), explained);
            assertEquals(1, decided.decision().get().overrideIds().size());
        }

        @Test
        void aRejectedAppealKeepsTheResultAndGivesTheReason() {
            Appeal a = kaoping.fileAppeal("银海联络员", "yinhai", "yinhai", Collections.singletonList("2.2"), "理由", Collections.<String>emptyList());
            Appeal decided = kaoping.rejectAppeal("王五", "fzb", a.id(), "材料不足");
            assertEquals(Appeal.Status.REJECTED, decided.status());
            assertEquals("材料不足", decided.decision().get().reason());
            assertTrue(kaoping.verifyResult().matches());
            assertEquals(Collections.singletonList("yinhai"), notes.units(Notification.Kind.APPEAL_DECIDED));
        }

        @Test
        void anAppealByAnotherUnitIsRefused() {
            AppealRefusedException x = assertThrows(AppealRefusedException.class, () -> kaoping.fileAppeal("银海联络员", "yinhai", "hepu",
                    Collections.singletonList("1.1"), "替别人申诉", Collections.<String>emptyList()));
            assertEquals("hepu", x.unitId());
            assertEquals("yinhai", x.actorUnitId());
            assertTrue(x.reason().contains("only the unit itself"), x.reason());
            assertTrue(kaoping.appeals().isEmpty());
        }

        @ParameterizedTest
        @CsvSource({"2015-12-16T15:59:59Z, true", "2015-12-16T16:00:00Z, false", "2015-12-10T01:59:59Z, false"})
        void anAppealOutsideTheWindowIsRefused(String at, boolean accepted) {
            clock.now = Instant.parse(at);
            if (accepted) {
                assertEquals(Appeal.Status.OPEN, kaoping.fileAppeal("合浦联络员", "hepu", "hepu", Collections.singletonList("1.1"), "理由",
                        Collections.<String>emptyList()).status());
            } else {
                AppealRefusedException x = assertThrows(AppealRefusedException.class, () -> kaoping.fileAppeal("合浦联络员", "hepu", "hepu",
                        Collections.singletonList("1.1"), "理由", Collections.<String>emptyList()));
                assertTrue(x.reason().contains("notice window"), x.reason());
                assertEquals(CycleState.NOTICE, x.state());
            }
        }

        @ParameterizedTest
        @CsvSource({"9.9, j-hp-1, criterion [9.9]", "1.1, nope, not stored", "1.1, j-yh-1, about unit [yinhai]"})
        void anAppealThatDoesNotFitThePlanIsRefused(String criterion, String evidence, String expected) {
            AppealRefusedException x = assertThrows(AppealRefusedException.class, () -> kaoping.fileAppeal("合浦联络员", "hepu", "hepu",
                    Collections.singletonList(criterion), "理由", Collections.singletonList(evidence)));
            assertTrue(x.reason().contains(expected), x.reason());
        }

        @Test
        void onlyAnAssessorDecides() {
            Appeal a = kaoping.fileAppeal("合浦联络员", "hepu", "hepu", Collections.singletonList("1.1"), "理由", Collections.<String>emptyList());
            AppealRefusedException x = assertThrows(AppealRefusedException.class, () -> kaoping.rejectAppeal("合浦联络员", "hepu", a.id(), "自己驳回"));
            assertEquals(a.id(), x.appealId());
            assertEquals(Appeal.Status.OPEN, kaoping.appeals().get(0).status());
        }

        @Test
        void openAppealsBlockFinalizing() {
            kaoping.fileAppeal("合浦联络员", "hepu", "hepu", Collections.singletonList("1.1"), "理由", Collections.<String>emptyList());
            clock.now = WINDOW_END;
            LifecycleRefusedException x = assertThrows(LifecycleRefusedException.class, () -> kaoping.finalizeCycle("王五", "fzb"));
            assertTrue(x.reason().contains("open"), x.reason());
            assertEquals(CycleState.NOTICE, kaoping.cycleStatus().state());
        }

        @Test
        void aPlanMayLetOpenAppealsNotBlockFinalizing() {
            Kaoping k = runtime(store, clock, AssessmentPlan.builder().from(GateTest.plan())
                    .noticePeriod(NoticePeriod.of(3, NoticePeriod.Counting.CALENDAR_DAYS, false)).build());
            k.fileAppeal("合浦联络员", "hepu", "hepu", Collections.singletonList("1.1"), "理由", Collections.<String>emptyList());
            clock.now = WINDOW_END;
            assertEquals(CycleState.FINAL, k.finalizeCycle("王五", "fzb").state());
        }

        @Test
        void finalizingWithinTheWindowIsRefused() {
            clock.now = WINDOW_END.minusSeconds(1);
            assertThrows(LifecycleRefusedException.class, () -> kaoping.finalizeCycle("王五", "fzb"));
        }
    }

    @Nested
    class FinalMeansFinal {
        @BeforeEach
        void finalize_() {
            kaoping.publishForNotice("王五", "fzb");
            clock.now = WINDOW_END;
            kaoping.finalizeCycle("王五", "fzb");
        }

        @Test
        void evidenceAfterFinalizingIsRefused() {
            EvidenceRefusedException x = assertThrows(EvidenceRefusedException.class, () -> kaoping.submit("赵六", "fzb",
                    GateTest.judgement("late", "hepu", "赵六", "fzb", "1.1", "好")));
            assertTrue(x.reason().contains("is final"), x.reason());
            assertFalse(store.findEvidence("late").isPresent());
        }

        @Test
        void evidenceOfThePreviousYearWhichTrendsReadIsRefusedToo() {
            org.kaoping.core.evidence.Judgement lastYear = org.kaoping.core.evidence.Judgement.builder().id("last-year").unitId("hepu")
                    .key("1.1").period(org.kaoping.core.evidence.ReportingPeriod.year(2014)).source(org.kaoping.core.evidence.SourceKind.PANEL)
                    .author("赵六").authorUnitId("fzb").recordedAt(PUBLISHED).level("好").build();
            assertThrows(EvidenceRefusedException.class, () -> kaoping.submit("赵六", "fzb", lastYear));
            assertFalse(store.findEvidence("last-year").isPresent());
        }

        @Test
        void overridesAfterFinalizingAreRefused() {
            assertThrows(EvidenceRefusedException.class, () -> kaoping.override("赵六", "fzb",
                    OverrideRequest.of(UnitRef.of("hepu"), CriterionRef.of("1.1"), Points.of(20), "改分")));
        }

        @Test
        void onlyTheCityOfficeReopens() {
            LifecycleRefusedException x = assertThrows(LifecycleRefusedException.class, () -> kaoping.reopenCycle("合浦联络员", "hepu", "想改"));
            assertEquals("hepu", x.actorUnitId());
            assertEquals(CycleState.FINAL, kaoping.cycleStatus().state());
            kaoping.reopenCycle("王五", "fzb", "复查");
            kaoping.submit("赵六", "fzb", GateTest.judgement("late", "hepu", "赵六", "fzb", "1.1", "好"));
            assertTrue(store.findEvidence("late").isPresent());
        }

        @Test
        void verifyResultNamesAChangedEvidenceRow() {
            assertTrue(kaoping.verifyResult().matches());
            // the store's row for j-hp-1 is rewritten behind the runtime's back
            InMemoryAssessmentStore tampered = new InMemoryAssessmentStore();
            for (org.kaoping.core.evidence.Evidence e : store.allEvidence()) {
                tampered.submit(e.id().equals("j-hp-1") ? GateTest.judgement("j-hp-1", "hepu", "赵六", "fzb", "1.1", "好") : e);
            }
            tampered.auditAll(store.auditEvents(0));
            ResultVerification v = runtime(tampered, clock, GateTest.plan()).verifyResult();
            assertFalse(v.matches());
            List<String> named = new ArrayList<>();
            for (ResultVerification.Difference d : v.differences()) {
                named.add(d.kind() + " " + d.unitId() + " " + d.subject());
            }
            assertTrue(named.contains("EVIDENCE_CHANGED hepu j-hp-1"), named.toString());
            assertTrue(named.contains("TOTAL_CHANGED hepu g/county"), named.toString());
            assertFalse(named.toString().contains("EVIDENCE_CHANGED haicheng"), named.toString());
        }
    }
}

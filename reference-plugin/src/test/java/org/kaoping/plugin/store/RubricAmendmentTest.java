package org.kaoping.plugin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rubric.diff.Change;
import org.kaoping.core.rule.RuleKind;
import org.kaoping.core.rubric.diff.RubricDiff;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.plugin.store.LifecycleRestartTest.MovingClock;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.RubricAmendment;
import org.kaoping.runtime.RubricAmendmentRefusedException;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ScorecardRecord;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * Issue 16, item 4: an ad-hoc deployment (临时部署) mid-cycle is an audited amendment that makes a new rubric version,
 * replayed from the audit trail when a runtime is built over the journal store; scorecards made before it keep the
 * old version.
 */
class RubricAmendmentTest {
    static final String OLD = "2015.1";
    static final String NEW = "2015.1+临时部署-1";

    static RubricAmendment flood() {
        return RubricAmendment.of("开展防汛普法宣传", Points.of(10), EnumSet.of(OrgKind.COUNTY_DISTRICT), LocalDate.of(2015, 9, 30));
    }

    static List<AuditEvent.Action> actions(JournalAssessmentStore store, String prefix) {
        List<AuditEvent.Action> out = new ArrayList<>();
        for (AuditEvent e : store.auditEvents(0)) {
            if (e.action().name().startsWith(prefix)) {
                out.add(e.action());
            }
        }
        return out;
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("haicheng", flood(), "only the city office"),
                Arguments.of("fzb", RubricAmendment.of("跨年任务", Points.of(5), EnumSet.of(OrgKind.COUNTY_DISTRICT), LocalDate.of(2016, 1, 31)),
                        "outside the plan's year"),
                Arguments.of("fzb", RubricAmendment.of("乡镇任务", Points.of(5), EnumSet.of(OrgKind.TOWNSHIP), LocalDate.of(2015, 9, 30)),
                        "no rubric for units of kind"));
    }

    @Nested
    class AmendingMidCycle {
        @Test
        void theAmendedRubricIsANewVersionWithTheTasksPointsAdded(@TempDir Path dir) {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                Kaoping k = LifecycleRestartTest.runtime(store, new MovingClock());
                Rubric amended = k.amendRubric("王五", "fzb", flood()).get(0);
                assertEquals(NEW, amended.version());
                assertEquals(Points.of(60), amended.points());
                assertEquals("开展防汛普法宣传（截止 2015-09-30）", amended.criterion("2").text());
            }
        }

        @Test
        void aSecondAmendmentBuildsOnTheFirst(@TempDir Path dir) {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                Kaoping k = LifecycleRestartTest.runtime(store, new MovingClock());
                k.amendRubric("王五", "fzb", flood());
                Rubric second = k.amendRubric("王五", "fzb",
                        RubricAmendment.of("法治讲座", Points.of(5), EnumSet.of(OrgKind.COUNTY_DISTRICT), LocalDate.of(2015, 11, 30))).get(0);
                assertEquals("2015.1+临时部署-2", second.version());
                assertEquals(Points.of(65), second.points());
            }
        }

        @Test
        void scorecardsBeforeTheAmendmentKeepTheOldVersionAndThoseAfterCarryTheNew(@TempDir Path dir) {
            MovingClock clock = new MovingClock();
            Scorecard before;
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                Kaoping k = LifecycleRestartTest.runtime(store, clock);
                k.submit("赵六", "fzb", LifecycleRestartTest.judgement("j-1", "haicheng", "1.1", "好"));
                before = k.scoreUnit("haicheng");
                k.amendRubric("王五", "fzb", flood());
                assertEquals(NEW, k.scoreUnit("haicheng").rubric().version(), "the amending runtime uses the new version at once");
                assertEquals(NEW, k.plan().rubricFor(OrgKind.COUNTY_DISTRICT).version());
            }
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                Kaoping k = LifecycleRestartTest.runtime(store, clock);
                k.submit("赵六", "fzb", LifecycleRestartTest.judgement("j-2", "haicheng", "2", "好"));
                Scorecard after = k.scoreUnit("haicheng");
                assertEquals(OLD, before.rubric().version());
                assertEquals(NEW, after.rubric().version());
                assertEquals(Points.of(10), after.awarded("2"));
                assertEquals(before.finalTotal().plus(Points.of(10)), after.finalTotal());
            }
        }

        @Test
        void theDiffListsTheAddedTask(@TempDir Path dir) {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                Kaoping k = LifecycleRestartTest.runtime(store, new MovingClock());
                Rubric old = k.plan().rubricFor(OrgKind.COUNTY_DISTRICT);
                RubricDiff diff = RubricDiff.between(old, k.amendRubric("王五", "fzb", flood()).get(0));
                List<Change> added = diff.changesOf(Change.Kind.CRITERION_ADDED);
                assertEquals(1, added.size(), diff.format());
                assertEquals("2", added.get(0).criterionId());
                assertTrue(diff.format().contains("开展防汛普法宣传"), diff.format());
            }
        }
    }

    @Nested
    class Restart {
        @Test
        void theAmendedVersionIsStillInForceAfterARestartOnTheJournalStore(@TempDir Path dir) {
            MovingClock clock = new MovingClock();
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                LifecycleRestartTest.runtime(store, clock).amendRubric("王五", "fzb", flood());
            }
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                Kaoping k = LifecycleRestartTest.runtime(store, clock);
                Rubric r = k.plan().rubricFor(OrgKind.COUNTY_DISTRICT);
                assertEquals(NEW, r.version());
                assertEquals(Points.of(10), r.criterion("2").points());
                assertEquals(Collections.singletonList(AuditEvent.Action.RUBRIC_AMENDED), actions(store, "RUBRIC_"));
            }
        }
    }

    static List<String> storedVersions(AssessmentStore store) {
        List<String> out = new ArrayList<>();
        for (ScorecardRecord r : store.scorecards("restart-test")) {
            out.add(r.unitId() + "=" + r.rubricVersion());
        }
        return out;
    }

    static void submitBoth(Kaoping k) {
        for (String unit : new String[] {"haicheng", "yinhai", "hepu"}) {
            k.submit("赵六", "fzb", LifecycleRestartTest.judgement("j-" + unit, unit, "1.1", "好"));
        }
    }

    static ChecklistTick tick(String id, String unit, boolean met) {
        return ChecklistTick.builder().id(id).unitId(unit).key("2").period(ReportingPeriod.year(2015)).source(SourceKind.PANEL)
                .author("赵六").authorUnitId("fzb").recordedAt(LifecycleRestartTest.PUBLISHED.minusSeconds(3600)).requirement(1)
                .met(met).build();
    }

    /** The stored scorecards, on the journal and the in-memory store (the JDBC stores: AssessmentStoreContract). */
    @Nested
    class StoredScorecards {
        void earlierStoredScorecardsKeepTheOldVersionUntilRescored(AssessmentStore store) {
            MovingClock clock = new MovingClock();
            Kaoping k = LifecycleRestartTest.runtime(store, clock);
            submitBoth(k);
            k.scoreCycle();
            List<String> old = Arrays.asList("haicheng=" + OLD, "hepu=" + OLD, "yinhai=" + OLD);
            assertEquals(old, storedVersions(store));
            k.amendRubric("王五", "fzb", flood());
            assertEquals(old, storedVersions(store), "an amendment relabels no stored scorecard");
            LifecycleRestartTest.runtime(store, clock);
            assertEquals(old, storedVersions(store), "a new runtime does not touch the stored scorecards");
            ScorecardRecord before = store.scorecard("restart-test", "haicheng").get();
            k.scoreCycle();
            assertEquals(Arrays.asList("haicheng=" + NEW, "hepu=" + NEW, "yinhai=" + NEW), storedVersions(store));
            ScorecardRecord after = store.scorecard("restart-test", "haicheng").get();
            assertEquals(before.total(), after.total(), "no evidence for the task yet: same total, new version");
            assertEquals(before.version() + 1, after.version(), "rescoring under the new version stores a new record");
        }

        @Test
        void onTheJournalStore(@TempDir Path dir) {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                earlierStoredScorecardsKeepTheOldVersionUntilRescored(store);
            }
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                assertEquals(NEW, store.scorecard("restart-test", "hepu").get().rubricVersion(), "after a reopen");
            }
        }

        @Test
        void onTheInMemoryStore() {
            try (InMemoryAssessmentStore store = new InMemoryAssessmentStore()) {
                earlierStoredScorecardsKeepTheOldVersionUntilRescored(store);
            }
        }
    }

    @Nested
    class InTheAmendingRuntime {
        @Test
        void theGateTakesEvidenceForTheTaskAtOnce(@TempDir Path dir) {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                Kaoping k = LifecycleRestartTest.runtime(store, new MovingClock());
                submitBoth(k);
                k.amendRubric("王五", "fzb", flood().scoredBy(RubricAmendment.Scoring.DONE_BY_DEADLINE));
                k.submit("赵六", "fzb", tick("t-hepu", "hepu", true));
                k.scoreCycle();
                assertEquals(Points.of(10), store.scorecard("restart-test", "hepu").get().sectionTotals().get("2"));
                assertEquals(NEW, store.scorecard("restart-test", "hepu").get().rubricVersion());
            }
        }

        @Test
        void concurrentReadersSeeOneVersionOrTheOtherNeverAMix(@TempDir Path dir) throws Exception {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                Kaoping k = LifecycleRestartTest.runtime(store, new MovingClock());
                submitBoth(k);
                java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
                java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
                List<java.util.concurrent.Future<List<String>>> readers = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    readers.add(pool.submit(() -> {
                        List<String> seen = new ArrayList<>();
                        while (!done.get() || seen.isEmpty()) {
                            Scorecard c = k.scoreUnit("yinhai");
                            String v = c.rubric().version();
                            boolean hasTask = c.rubric().findCriterion("2").isPresent();
                            assertEquals(v.equals(NEW), hasTask, "the version and the criteria come from one rubric");
                            assertEquals(v.equals(NEW) ? Points.of(60) : Points.of(50), c.rubric().points());
                            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(v)) {
                                seen.add(v);
                            }
                        }
                        return seen;
                    }));
                }
                Thread.sleep(50);
                k.amendRubric("王五", "fzb", flood());
                Thread.sleep(50);
                done.set(true);
                pool.shutdown();
                for (java.util.concurrent.Future<List<String>> f : readers) {
                    List<String> seen = f.get();
                    assertTrue(seen.equals(Arrays.asList(OLD, NEW)) || seen.equals(Collections.singletonList(NEW)),
                            "each reader sees the old version, then the new one, never back: " + seen);
                }
                assertEquals(NEW, k.scoreUnit("yinhai").rubric().version());
            }
        }
    }

    @Nested
    class DoneByTheDeadline {
        @Test
        void aTickForTheTaskGivesFullPointsAndNoTickNone(@TempDir Path dir) {
            MovingClock clock = new MovingClock();
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                LifecycleRestartTest.runtime(store, clock).amendRubric("王五", "fzb", flood().scoredBy(RubricAmendment.Scoring.DONE_BY_DEADLINE));
            }
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                Kaoping k = LifecycleRestartTest.runtime(store, clock);
                Rubric r = k.plan().rubricFor(OrgKind.COUNTY_DISTRICT);
                assertEquals(RuleKind.CHECKLIST, r.criterion("2").rule().get().kind(), "replayed with its rule");
                submitBoth(k);
                k.submit("赵六", "fzb", tick("t-haicheng", "haicheng", true));
                k.submit("赵六", "fzb", tick("t-yinhai", "yinhai", false));
                assertEquals(Points.of(10), k.scoreUnit("haicheng").awarded("2"));
                assertEquals(Points.ZERO, k.scoreUnit("yinhai").awarded("2"));
                assertEquals(Points.ZERO, k.scoreUnit("hepu").awarded("2"));
                assertEquals(k.scoreUnit("yinhai").finalTotal().plus(Points.of(10)), k.scoreUnit("haicheng").finalTotal(),
                        "same judgements, the task's points exactly on top");
            }
        }
    }

    @Nested
    class AfterTheResults {
        @Test
        void isRefusedDuringNoticeAndAfterFinalAndAudited(@TempDir Path dir) {
            MovingClock clock = new MovingClock();
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                Kaoping k = LifecycleRestartTest.runtime(store, clock);
                submitBoth(k);
                k.publishForNotice("王五", "fzb");
                RubricAmendmentRefusedException notice = assertThrows(RubricAmendmentRefusedException.class,
                        () -> k.amendRubric("王五", "fzb", flood()));
                assertTrue(notice.reason().contains("published for notice"), notice.reason());
                clock.now = LifecycleRestartTest.WINDOW_END;
                k.finalizeCycle("王五", "fzb");
                RubricAmendmentRefusedException fin = assertThrows(RubricAmendmentRefusedException.class,
                        () -> LifecycleRestartTest.runtime(store, clock).amendRubric("王五", "fzb", flood()));
                assertTrue(fin.reason().contains("final"), fin.reason());
                assertEquals(Arrays.asList(AuditEvent.Action.RUBRIC_AMENDMENT_REFUSED, AuditEvent.Action.RUBRIC_AMENDMENT_REFUSED),
                        actions(store, "RUBRIC_"));
                assertEquals(OLD, LifecycleRestartTest.runtime(store, clock).plan().rubricFor(OrgKind.COUNTY_DISTRICT).version());
            }
        }
    }

    @Nested
    class Refusals {
        @ParameterizedTest
        @MethodSource("org.kaoping.plugin.store.RubricAmendmentTest#refused")
        void isRefusedAuditedAndAmendsNothing(String actorUnit, RubricAmendment amendment, String reason, @TempDir Path dir) {
            try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                Kaoping k = LifecycleRestartTest.runtime(store, new MovingClock());
                RubricAmendmentRefusedException x = assertThrows(RubricAmendmentRefusedException.class,
                        () -> k.amendRubric("某人", actorUnit, amendment));
                assertTrue(x.reason().contains(reason), x.reason());
                assertEquals(actorUnit, x.actorUnitId());
                assertEquals(Collections.singletonList(AuditEvent.Action.RUBRIC_AMENDMENT_REFUSED), actions(store, "RUBRIC_"));
                assertFalse(LifecycleRestartTest.runtime(store, new MovingClock()).plan().rubricFor(OrgKind.COUNTY_DISTRICT).version()
                        .contains("临时部署"));
            }
        }
    }
}

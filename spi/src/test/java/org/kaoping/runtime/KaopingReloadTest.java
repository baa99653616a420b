package org.kaoping.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spi.RubricProvider;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.fixtures.AttendanceEvaluator;
import org.kaoping.spi.fixtures.TestOrg;
import org.kaoping.spi.support.InMemoryAssessmentStore;
import org.kaoping.spi.support.InMemoryEvidenceSource;

/**
 * Org changes reaching a running {@link Kaoping} ({@link Kaoping#reloadOrgDirectory()}) on {@link TestOrg}: units
 * added are assessed from then on, units removed keep their history and are no longer scored, a failed reload changes
 * nothing, submits racing a reload see one org or the other, and a restart over the same store agrees; and the typed
 * override request ({@link OverrideRequest}).
 */
class KaopingReloadTest {
    static final Instant NOW = Instant.parse("2015-12-10T02:00:00Z");
    static final OrgUnit TIESHAN = OrgUnit.of("tieshan", "铁山港区", OrgKind.COUNTY_DISTRICT, "beihai");

    final InMemoryAssessmentStore store = new InMemoryAssessmentStore();
    final Directory directory = new Directory(TestOrg.UNITS);

    /** An org directory whose units the test changes, or makes throw; thread-safe. */
    static final class Directory implements OrgDirectory {
        volatile List<OrgUnit> units;
        volatile RuntimeException failure;

        Directory(List<OrgUnit> units) {
            this.units = units;
        }

        @Override
        public String id() {
            return "oa-directory";
        }

        @Override
        public List<OrgUnit> units() {
            if (failure != null) {
                throw failure;
            }
            return units;
        }
    }

    Kaoping.Builder builder(InMemoryAssessmentStore s, OrgDirectory d) {
        return Kaoping.builder()
                .rubricProvider(provider())
                .orgDirectory(d)
                .store(s)
                .ruleEvaluator(new AttendanceEvaluator())
                .cityOffice(TestOrg.CITY_OFFICE)
                .planFromRubrics("beihai-test", 2015)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .parallelism(2);
    }

    static RubricProvider provider() {
        return KaopingTest.provider("test-rubrics", TestOrg.countyRubric());
    }

    static List<OrgUnit> with(OrgUnit... more) {
        List<OrgUnit> out = new ArrayList<>(TestOrg.UNITS);
        out.addAll(Arrays.asList(more));
        return Collections.unmodifiableList(out);
    }

    static List<OrgUnit> without(String id) {
        return TestOrg.UNITS.stream().filter(u -> !u.id().equals(id)).collect(Collectors.toList());
    }

    static Judgement judgement(String id, String unit) {
        return Judgement.builder().id(id).unitId(unit).key("2.2").period(ReportingPeriod.year(2015)).source(SourceKind.PANEL)
                .author("rater").authorUnitId(TestOrg.CITY_OFFICE).recordedAt(NOW).level("好").build();
    }

    SubmitOutcome submit(Kaoping k, String id, String unit) {
        return k.submit("rater", TestOrg.CITY_OFFICE, judgement(id, unit));
    }

    List<AuditEvent> reloads(InMemoryAssessmentStore s) {
        return s.auditEvents(0).stream().filter(e -> e.action() == AuditEvent.Action.ORG_RELOADED).collect(Collectors.toList());
    }

    static List<String> ids(List<OrgUnit> units) {
        return units.stream().map(OrgUnit::id).collect(Collectors.toList());
    }

    @Nested
    class Changes {
        @Test
        @DisplayName("A unit added to the directory is refused before the reload and assessed, scored and ranked after it")
        void addedUnitIsAssessedFromThenOn() {
            Kaoping k = builder(store, directory).build();
            EvidenceRefusedException before = assertThrows(EvidenceRefusedException.class, () -> submit(k, "j-t1", "tieshan"));
            assertTrue(before.getMessage().contains("not in the org directory"), before.getMessage());

            directory.units = with(TIESHAN);
            OrgReload r = k.reloadOrgDirectory();

            assertEquals(Collections.singletonList(TIESHAN), r.added());
            assertTrue(r.removed().isEmpty() && r.changed().isEmpty(), r.detail());
            assertTrue(ids(k.assessedUnits()).contains("tieshan"), ids(k.assessedUnits()).toString());
            assertEquals(SubmitOutcome.ADDED, submit(k, "j-t1", "tieshan"));
            assertTrue(k.scoreCycle().stream().anyMatch(c -> c.unitId().equals("tieshan")));
            RankingTable table = k.rank().get("t/county");
            assertTrue(table.entries().stream().anyMatch(e -> e.unitId().equals("tieshan")), table.toString());
            List<AuditEvent> audited = reloads(store);
            assertEquals(1, audited.size());
            AuditEvent e = audited.get(0);
            assertEquals(Kaoping.SYSTEM_ACTOR, e.actor());
            assertEquals(Optional.of(TestOrg.CITY_OFFICE), e.actorUnitId());
            assertEquals(Optional.of("oa-directory"), e.subject());
            assertEquals(r.detail(), e.detail());
            assertTrue(e.detail().contains("added [tieshan] 铁山港区 (COUNTY_DISTRICT, parent beihai)"), e.detail());
        }

        @Test
        @DisplayName("A unit removed keeps its evidence and scorecard in the store, is no longer scored or ranked, and new evidence about it is refused")
        void removedUnitKeepsHistory() {
            Kaoping k = builder(store, directory).build();
            submit(k, "j-y1", "yinhai");
            k.scoreCycle();
            assertTrue(store.scorecard("beihai-test", "yinhai").isPresent());

            directory.units = without("yinhai");
            OrgReload r = k.reloadOrgDirectory();

            assertEquals(Collections.singletonList("yinhai"), ids(r.removed()));
            assertTrue(r.detail().contains("removed [yinhai] 银海区"), r.detail());
            assertEquals(1, store.evidence("yinhai").size(), "the removed unit's evidence stays");
            assertTrue(store.scorecard("beihai-test", "yinhai").isPresent(), "the removed unit's scorecard stays");
            assertFalse(ids(k.assessedUnits()).contains("yinhai"));
            assertFalse(k.scoreCycle().stream().anyMatch(c -> c.unitId().equals("yinhai")));
            assertFalse(k.rank().get("t/county").entries().stream().anyMatch(e -> e.unitId().equals("yinhai")));
            EvidenceRefusedException x = assertThrows(EvidenceRefusedException.class, () -> submit(k, "j-y2", "yinhai"));
            assertTrue(x.getMessage().contains("unit [yinhai] is not in the org directory"), x.getMessage());
            assertThrows(org.kaoping.core.org.UnknownOrgUnitException.class, () -> k.scoreUnit("yinhai"));
            assertEquals(1, store.evidence("yinhai").size(), "nothing new stored about the removed unit");
        }

        @Test
        @DisplayName("A unit that changed parent and kind is listed as changed, and the tree and scope follow it")
        void changedUnitIsListedWithWhatChanged() {
            Kaoping k = builder(store, directory).build();
            assertFalse(ids(k.assessedUnits()).contains("qiaogang"), "a township has no rubric in this plan");
            List<OrgUnit> moved = new ArrayList<>(without("qiaogang"));
            moved.add(OrgUnit.of("qiaogang", "侨港区", OrgKind.COUNTY_DISTRICT, "beihai"));
            directory.units = moved;

            OrgReload r = k.reloadOrgDirectory();

            assertEquals("kind TOWNSHIP → COUNTY_DISTRICT, parent haicheng → beihai, name 侨港镇 → 侨港区", r.changed().get("qiaogang"));
            assertEquals("beihai", k.orgTree().parent("qiaogang").get().id());
            assertTrue(ids(k.assessedUnits()).contains("qiaogang"), "now a county, the county rubric assesses it");
            assertEquals(SubmitOutcome.ADDED, submit(k, "j-q1", "qiaogang"));
        }

        @Test
        @DisplayName("A reload that finds no change swaps nothing and audits nothing")
        void noChangeAuditsNothing() {
            Kaoping k = builder(store, directory).build();
            org.kaoping.core.org.OrgTree tree = k.orgTree();
            OrgReload r = k.reloadOrgDirectory();
            assertFalse(r.hasChanges());
            assertTrue(r.detail().endsWith("6 → 6 unit(s), no change"), r.detail());
            assertSame(tree, k.orgTree());
            assertTrue(store.auditEvents(0).isEmpty());
        }

        @Test
        @DisplayName("A reload with a given directory makes it the one in use for later reloads, and the summary names it")
        void reloadWithGivenDirectory() {
            Kaoping k = builder(store, directory).build();
            Directory other = new Directory(with(TIESHAN));
            assertEquals(Collections.singletonList(TIESHAN), k.reloadOrgDirectory(other).added());
            other.units = TestOrg.UNITS;
            assertEquals(Collections.singletonList(TIESHAN), k.reloadOrgDirectory().removed(), "the no-argument reload reads the new directory");
            assertTrue(k.summary().contains("oa-directory"), k.summary());
            assertEquals(2, reloads(store).size());
        }

        @Test
        @DisplayName("Settings naming a removed unit are dropped: a unit declared not assessed, a panel member, a county's office")
        void settingsNamingRemovedUnitsAreDropped() {
            List<OrgUnit> units = with(TIESHAN, OrgUnit.of("tieshan-office", "铁山港区依法治理办", OrgKind.TOWNSHIP, "tieshan"));
            directory.units = units;
            Kaoping k = builder(store, directory).notAssessed("hepu", "试点").countyOffice("tieshan", "tieshan-office")
                    .panelMembers("fzb").build();
            List<OrgUnit> less = new ArrayList<>(units);
            less.removeIf(u -> u.id().equals("hepu") || u.id().startsWith("tieshan"));
            directory.units = less;
            OrgReload r = k.reloadOrgDirectory();
            assertEquals(Arrays.asList("hepu", "tieshan", "tieshan-office"), ids(r.removed()));
            assertFalse(k.notAssessed().containsKey("hepu"));
        }
    }

    @Nested
    class Failures {
        @Test
        @DisplayName("A directory that throws fails the reload naming the directory and the cause; nothing changes, nothing is audited")
        void throwingDirectoryChangesNothing() {
            Kaoping k = builder(store, directory).build();
            org.kaoping.core.org.OrgTree tree = k.orgTree();
            directory.failure = new IllegalStateException("LDAP down");
            OrgReloadException x = assertThrows(OrgReloadException.class, k::reloadOrgDirectory);
            assertTrue(x.getMessage().contains("oa-directory") && x.getMessage().contains("LDAP down")
                    && x.getMessage().contains("nothing changed"), x.getMessage());
            assertSame(tree, k.orgTree());
            assertTrue(store.auditEvents(0).isEmpty());
            directory.failure = null;
            directory.units = null;
            assertTrue(assertThrows(OrgReloadException.class, k::reloadOrgDirectory).getMessage().contains("units() returned null"));
            assertSame(tree, k.orgTree());
        }

        @Test
        @DisplayName("An invalid tree (a dangling parent) fails the reload naming the unit; the old org stays in force")
        void invalidTreeChangesNothing() {
            Kaoping k = builder(store, directory).build();
            directory.units = with(OrgUnit.of("ghost", "幽灵镇", OrgKind.TOWNSHIP, "nowhere"));
            OrgReloadException x = assertThrows(OrgReloadException.class, k::reloadOrgDirectory);
            assertTrue(x.getMessage().contains("ghost") || x.getMessage().contains("nowhere"), x.getMessage());
            assertFalse(k.orgTree().contains("ghost"));
            assertThrows(EvidenceRefusedException.class, () -> submit(k, "j-g", "ghost"));
            assertTrue(reloads(store).isEmpty());
        }

        @Test
        @DisplayName("A directory without the city office fails the reload naming it; the old org stays in force")
        void cityOfficeGoneChangesNothing() {
            Kaoping k = builder(store, directory).build();
            directory.units = without(TestOrg.CITY_OFFICE);
            OrgReloadException x = assertThrows(OrgReloadException.class, k::reloadOrgDirectory);
            assertTrue(x.getMessage().contains("[fzb]"), x.getMessage());
            assertEquals(SubmitOutcome.ADDED, submit(k, "j-h", "haicheng"), "the city office still assesses under the old org");
            assertTrue(reloads(store).isEmpty());
        }
    }

    @Test
    @DisplayName("Submits, imports and scoring racing reloads see the old org or the new one, never a mix: only clean refusals, all stored evidence accounted for")
    void submitsRacingReloadsSeeOneOrg() throws Exception {
        Kaoping k = builder(store, directory).build();
        List<OrgUnit> withTieshan = with(TIESHAN);
        int threads = 4;
        int perThread = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        AtomicInteger addedTieshan = new AtomicInteger();
        AtomicInteger refusedTieshan = new AtomicInteger();
        // each submitter files once about tieshan before the first reload, so at least one submit meets the old org
        // whatever the scheduler does; how the rest interleave with the reloads is up to the race
        CountDownLatch firstSubmits = new CountDownLatch(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        String unit = i % 2 == 0 ? "tieshan" : "haicheng";
                        try {
                            assertEquals(SubmitOutcome.ADDED, submit(k, String.format("r-%d-%03d", thread, i), unit));
                            if (unit.equals("tieshan")) {
                                addedTieshan.incrementAndGet();
                            }
                        } catch (EvidenceRefusedException e) {
                            if (unit.equals("tieshan") && e.getMessage().contains("unit [tieshan] is not in the org directory")) {
                                refusedTieshan.incrementAndGet();
                            } else {
                                unexpected.add(e);
                            }
                        } catch (Throwable e) {
                            unexpected.add(e);
                        }
                        if (i == 0) {
                            firstSubmits.countDown();
                        }
                    }
                    return null;
                }));
            }
            futures.add(pool.submit(() -> {
                start.await();
                while (!done.get()) {
                    try {
                        k.scoreCycle();
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }
                return null;
            }));
            start.countDown();
            assertTrue(firstSubmits.await(60, TimeUnit.SECONDS), "every submitter filed its first record");
            int reloadsDone = 0;
            // Reload until every submitter is done (at least 40 times), so that the reloads overlap the submits.
            for (int i = 0; i < 40 || futures.subList(0, threads).stream().anyMatch(f -> !f.isDone()); i++) {
                directory.units = i % 2 == 0 ? withTieshan : TestOrg.UNITS;
                assertTrue(k.reloadOrgDirectory().hasChanges());
                reloadsDone++;
            }
            directory.units = withTieshan;
            if (k.reloadOrgDirectory().hasChanges()) { // the loop may already have ended on the org with tieshan
                reloadsDone++;
            }
            for (int i = 0; i < threads; i++) {
                futures.get(i).get(60, TimeUnit.SECONDS);
            }
            done.set(true);
            futures.get(threads).get(60, TimeUnit.SECONDS);
            assertEquals(Collections.emptyList(), unexpected);
            assertEquals(threads * perThread / 2, addedTieshan.get() + refusedTieshan.get());
            assertEquals(addedTieshan.get(), store.evidence("tieshan").size(), "every accepted submit stored, no refused one");
            assertEquals(threads * perThread / 2, store.evidence("haicheng").size(), "units in both orgs never refused");
            assertEquals(reloadsDone, reloads(store).size());
            assertEquals(SubmitOutcome.ADDED, submit(k, "after", "tieshan"), "after the last reload the new unit is accepted");
            assertTrue(refusedTieshan.get() >= threads, "the submits before the first reload met the old org: " + addedTieshan
                    + " added, " + refusedTieshan + " refused");
        } finally {
            done.set(true);
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("After a restart over the same in-memory store with the new directory, scores, history, the reload event and import cursors agree")
    void restartAfterReloadAgrees() {
        InMemoryEvidenceSource source = new InMemoryEvidenceSource("oa-export");
        source.append(judgement("imp-1", "haicheng"), judgement("imp-2", "yinhai"));
        Kaoping k = builder(store, directory).build();
        assertEquals(2, k.importEvidence(source).added());

        directory.units = Collections.unmodifiableList(with(TIESHAN).stream().filter(u -> !u.id().equals("yinhai"))
                .collect(Collectors.toList()));
        k.reloadOrgDirectory();
        source.append(judgement("imp-3", "tieshan"));
        assertEquals(1, k.importEvidence(source).added(), "the import cursor survives the reload");
        Map<String, Points> before = totals(k.scoreCycle());
        assertTrue(before.containsKey("tieshan") && !before.containsKey("yinhai"), before.toString());

        InMemoryAssessmentStore reopened = store.reopen();
        Kaoping restarted = builder(reopened, directory).build();
        assertEquals("3", restarted.cursorOf("oa-export"));
        assertEquals(before, totals(restarted.scoreCycle()));
        assertEquals(1, reopened.evidence("yinhai").size(), "the removed unit's evidence survives the restart");
        assertEquals(1, reloads(reopened).size());
        assertTrue(reloads(reopened).get(0).detail().contains("added [tieshan]") && reloads(reopened).get(0).detail().contains("removed [yinhai]"));
    }

    static Map<String, Points> totals(List<Scorecard> cards) {
        return cards.stream().collect(Collectors.toMap(Scorecard::unitId, Scorecard::finalTotal));
    }

    @Nested
    class Overrides {
        @Test
        @DisplayName("override(actor, unit, OverrideRequest) stores and audits the same override as the deprecated six-argument method")
        @SuppressWarnings("deprecation")
        void overrideRequestMatchesTheOldMethod() throws Exception {
            Kaoping k = builder(store, directory).build();
            ScoreOverride typed = k.override("赵六", TestOrg.CITY_OFFICE,
                    OverrideRequest.of(UnitRef.of("haicheng"), CriterionRef.of("2.2"), Points.parse("7.5"), "复核发现宣传台账缺失"));
            ScoreOverride old = k.override("赵六", TestOrg.CITY_OFFICE, "yinhai", "2.2", Points.parse("7.5"), "复核发现宣传台账缺失");
            assertEquals("haicheng", typed.unitId());
            assertEquals("2.2", typed.key());
            assertEquals(Points.parse("7.5"), typed.newPoints());
            assertEquals(typed.reason(), old.reason());
            assertEquals(Arrays.asList(AuditEvent.Action.OVERRIDDEN, AuditEvent.Action.OVERRIDDEN),
                    store.auditEvents(0).stream().map(AuditEvent::action).collect(Collectors.toList()));
            assertEquals(Points.parse("7.5"), k.scoreUnit("haicheng").awarded("2.2"));
            assertTrue(Kaoping.class.getMethod("override", String.class, String.class, String.class, String.class, Points.class,
                    String.class).isAnnotationPresent(Deprecated.class), "the six-argument method is deprecated");
        }

        @Test
        @DisplayName("An override request the gate refuses (negative points, a unit's own override) is audited as refused")
        void refusedRequestIsAudited() {
            Kaoping k = builder(store, directory).build();
            EvidenceRefusedException x = assertThrows(EvidenceRefusedException.class, () -> k.override("赵六", TestOrg.CITY_OFFICE,
                    OverrideRequest.of(UnitRef.of("haicheng"), CriterionRef.of("2.2"), Points.parse("-1"), "复核")));
            assertTrue(x.getMessage().contains("must not be negative"), x.getMessage());
            assertThrows(EvidenceRefusedException.class, () -> k.override("李四", "haicheng",
                    OverrideRequest.of(UnitRef.of("haicheng"), CriterionRef.of("2.2"), Points.of(15), "self-serving")));
            assertEquals(Arrays.asList(AuditEvent.Action.EVIDENCE_REFUSED, AuditEvent.Action.EVIDENCE_REFUSED),
                    store.auditEvents(0).stream().map(AuditEvent::action).collect(Collectors.toList()));
            assertTrue(store.allEvidence().isEmpty());
        }

        @Test
        @DisplayName("Override requests and references are values: equal by content, null refused naming the field")
        void requestsAreValues() {
            OverrideRequest a = OverrideRequest.of(UnitRef.of("beihai/hepu"), CriterionRef.of("2.1"), Points.of(2), "复核");
            assertEquals(a, OverrideRequest.of(UnitRef.of("beihai/hepu"), CriterionRef.of("2.1"), Points.of(2), "复核"));
            assertFalse(a.equals(OverrideRequest.of(UnitRef.of("2.1"), CriterionRef.of("beihai/hepu"), Points.of(2), "复核")));
            assertEquals("override criterion [2.1] of unit [beihai/hepu] to 2 because 复核", a.toString());
            assertEquals("unit id must not be null", assertThrows(NullPointerException.class, () -> UnitRef.of(null)).getMessage());
            assertEquals("reason must not be null", assertThrows(NullPointerException.class,
                    () -> OverrideRequest.of(UnitRef.of("u"), CriterionRef.of("1"), Points.of(1), null)).getMessage());
        }
    }
}

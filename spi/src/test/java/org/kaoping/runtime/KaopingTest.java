package org.kaoping.runtime;

import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.ScorecardRecord;
import org.kaoping.spi.RubricProvider;
import org.kaoping.spi.ResultSink;
import org.kaoping.spi.PublishedResult;
import org.kaoping.spi.Publication;
import org.kaoping.spi.ProviderFailure;
import org.kaoping.spi.Notifier;
import org.kaoping.spi.Notification;
import org.kaoping.spi.KaopingProvider;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.DuplicateProviderException;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.AssessmentStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.scoring.AppliedOverride;
import org.kaoping.core.scoring.Explanation;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.spi.fixtures.AlphaRubrics;
import org.kaoping.spi.fixtures.AttendanceEvaluator;
import org.kaoping.spi.fixtures.DiscoveredStore;
import org.kaoping.spi.fixtures.FixedRubrics;
import org.kaoping.spi.fixtures.RecordingNotifier;
import org.kaoping.spi.fixtures.RecordingSink;
import org.kaoping.spi.fixtures.TestOrg;
import org.kaoping.spi.support.InMemoryAssessmentStore;
import org.kaoping.spi.support.InMemoryEvidenceSource;

class KaopingTest {
    static final Instant NOW = Instant.parse("2015-12-10T02:00:00Z");

    final InMemoryAssessmentStore store = new InMemoryAssessmentStore();
    final List<Notification> notified = new CopyOnWriteArrayList<>();
    final List<Publication> published = new CopyOnWriteArrayList<>();
    Kaoping kaoping;

    @BeforeEach
    void wire() {
        kaoping = builder().build();
    }

    Kaoping.Builder builder() {
        return Kaoping.builder()
                .rubricProvider(provider("test-rubrics", TestOrg.countyRubric()))
                .orgDirectory(new TestOrg())
                .store(store)
                .ruleEvaluator(new AttendanceEvaluator())
                .notifier(notifier("rec-notifier", notified))
                .resultSink(sink("rec-sink", published))
                .cityOffice(TestOrg.CITY_OFFICE)
                .planFromRubrics("beihai-test", 2015)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .parallelism(2);
    }

    // ---------------------------------------------------------------------------------- submission

    @Test
    @DisplayName("A unit's own SELF evidence is stored and audited; re-submitting it is an audited DUPLICATE, stored once")
    void ownSelfEvidenceIsIdempotent() {
        SelfReport r = monthly("sr-1", "haicheng", 3);
        assertEquals(SubmitOutcome.ADDED, kaoping.submit("李四", "haicheng", r));
        assertEquals(SubmitOutcome.DUPLICATE, kaoping.submit("李四", "haicheng", r));
        assertEquals(Collections.singletonList(r), store.allEvidence());
        assertEquals(Arrays.asList(AuditEvent.Action.EVIDENCE_SUBMITTED, AuditEvent.Action.EVIDENCE_DUPLICATE), actions());
        AuditEvent first = store.auditEvents(0).get(0);
        assertEquals("李四", first.actor());
        assertEquals("haicheng", first.actorUnitId().get());
        assertEquals("sr-1", first.subject().get());
    }

    @Test
    @DisplayName("SELF evidence about another unit is refused, audited as EVIDENCE_REFUSED, and nothing is stored")
    void selfEvidenceAboutAnotherUnitIsRefusedAndAudited() {
        EvidenceRefusedException e = assertThrows(EvidenceRefusedException.class,
                () -> kaoping.submit("李四", "haicheng", monthly("sr-2", "yinhai", 3)));
        assertEquals("sr-2", e.evidenceId());
        assertEquals("yinhai", e.unitId());
        assertTrue(e.getMessage().contains("[sr-2]") && e.getMessage().contains("[yinhai]") && e.getMessage().contains("[haicheng]"),
                e.getMessage());
        assertTrue(store.allEvidence().isEmpty());
        AuditEvent a = onlyAudit();
        assertEquals(AuditEvent.Action.EVIDENCE_REFUSED, a.action());
        assertEquals("yinhai", a.unitId().get());
        assertEquals("sr-2", a.subject().get());
        assertEquals(e.getMessage(), a.detail());
    }

    @Test
    @DisplayName("Panel evidence from a unit outside the delegation is refused and audited; from the city office it is stored")
    void panelEvidenceNeedsDelegation() {
        EvidenceRefusedException e = assertThrows(EvidenceRefusedException.class,
                () -> kaoping.submit("王五", "yinhai", judgement("j-1", "haicheng", "王五", "yinhai", "好")));
        assertTrue(e.reason().contains("fzb (CITY_OFFICE)"), e.reason());
        assertTrue(store.allEvidence().isEmpty());
        assertEquals(AuditEvent.Action.EVIDENCE_REFUSED, onlyAudit().action());

        assertEquals(SubmitOutcome.ADDED, kaoping.submit("rater-1", "fzb", judgement("j-1", "haicheng", "rater-1", "fzb", "好")));
        assertEquals(1, store.allEvidence().size());
    }

    @Test
    @DisplayName("Nobody rates their own unit as a panel member, nor assesses itself with non-SELF evidence")
    void ownUnitPanelRatingIsRefused() {
        Judgement own = judgement("j-2", "haicheng", "rater-from-haicheng", "haicheng", "好");
        EvidenceRefusedException e = assertThrows(EvidenceRefusedException.class,
                () -> kaoping.submit("rater-from-haicheng", "haicheng", own));
        assertTrue(e.reason().contains("UNIT_ITSELF") && e.reason().contains("files under sources [SELF]"), e.reason());
        assertThrows(EvidenceRefusedException.class,
                () -> kaoping.submit("李四", "haicheng", judgement("j-3", "haicheng", "李四", "fzb", "好")));
        assertTrue(store.allEvidence().isEmpty());
        assertEquals(Arrays.asList(AuditEvent.Action.EVIDENCE_REFUSED, AuditEvent.Action.EVIDENCE_REFUSED), actions());
    }

    @Test
    @DisplayName("Evidence about a unit missing from the org directory is refused and audited")
    void unknownUnitIsRefused() {
        EvidenceRefusedException e = assertThrows(EvidenceRefusedException.class,
                () -> kaoping.submit("r", "fzb", judgement("j-4", "no-such-county", "r", "fzb", "好")));
        assertTrue(e.reason().contains("[no-such-county] is not in the org directory"), e.reason());
        assertEquals(AuditEvent.Action.EVIDENCE_REFUSED, onlyAudit().action());
        assertTrue(store.allEvidence().isEmpty());
    }

    @Test
    @DisplayName("The same evidence id with different content is refused by the store, audited, and the first record kept")
    void conflictIsAudited() {
        kaoping.submit("r", "fzb", judgement("j-5", "haicheng", "r", "fzb", "好"));
        assertThrows(EvidenceConflictException.class,
                () -> kaoping.submit("r", "fzb", judgement("j-5", "haicheng", "r", "fzb", "差")));
        assertEquals(Arrays.asList(AuditEvent.Action.EVIDENCE_SUBMITTED, AuditEvent.Action.EVIDENCE_REFUSED), actions());
        assertEquals("好", ((Judgement) store.findEvidence("j-5").get()).level());
    }

    // ------------------------------------------------------------------------------------ override

    @Test
    @DisplayName("An override by the unit's assessor is stored, audited as OVERRIDDEN and shown in the explanation with old and new points")
    void overrideIsAuditedAndExplained() {
        kaoping.submit("rater-1", "fzb", judgement("j-6", "haicheng", "rater-1", "fzb", "好"));
        assertEquals(Points.of(15), kaoping.scoreUnit("haicheng").awarded("2.2"));
        ScoreOverride o = kaoping.override("赵六", "fzb", "haicheng", "2.2", Points.parse("7.5"), "复核发现宣传台账缺失");
        assertEquals(AuditEvent.Action.OVERRIDDEN, last().action());
        assertEquals("2.2", last().subject().get());
        assertTrue(last().detail().contains("7.5") && last().detail().contains("复核发现宣传台账缺失"), last().detail());

        Scorecard card = kaoping.scoreUnit("haicheng");
        assertEquals(Points.parse("7.5"), card.awarded("2.2"));
        Explanation x = card.node("2.2").explanation();
        AppliedOverride applied = x.override().get();
        assertEquals(o.id(), applied.evidenceId());
        assertEquals("赵六", applied.author());
        assertEquals(NOW, applied.at());
        assertEquals(Points.of(15), applied.oldPoints());
        assertEquals(Points.parse("7.5"), applied.newPoints());
        assertTrue(x.text().contains("复核发现宣传台账缺失"), x.text());
    }

    /** An override outside the delegation, of an unknown or parent criterion, or above the item's points. */
    static Stream<Arguments> badOverrides() {
        return Stream.of(
                Arguments.of("outside the delegation", "王五", "yinhai", "2.2", Points.of(1), null),
                Arguments.of("by the unit itself", "李四", "haicheng", "2.2", Points.of(15), null),
                Arguments.of("of an unknown criterion", "赵六", "fzb", "9.9", Points.of(1), "no criterion [9.9]"),
                Arguments.of("of a section", "赵六", "fzb", "2", Points.of(1), "leaves only"),
                Arguments.of("above the item's points", "赵六", "fzb", "2.2", Points.of(16), "[0, 15]"));
    }

    @Nested
    @DisplayName("A bad override")
    class BadOverrides {
        private EvidenceRefusedException refuse(String actor, String actorUnit, String criterion, Points points) {
            return assertThrows(EvidenceRefusedException.class,
                    () -> kaoping.override(actor, actorUnit, "haicheng", criterion, points, "test"));
        }

        @ParameterizedTest(name = "{0} is refused, saying why")
        @MethodSource("org.kaoping.runtime.KaopingTest#badOverrides")
        void isRefused(String name, String actor, String actorUnit, String criterion, Points points, String reason) {
            EvidenceRefusedException e = refuse(actor, actorUnit, criterion, points);
            if (reason != null) {
                assertTrue(e.reason().contains(reason), e.reason());
            }
        }

        @ParameterizedTest(name = "{0} stores nothing")
        @MethodSource("org.kaoping.runtime.KaopingTest#badOverrides")
        void storesNothing(String name, String actor, String actorUnit, String criterion, Points points, String reason) {
            refuse(actor, actorUnit, criterion, points);
            assertTrue(store.allEvidence().isEmpty());
        }

        @ParameterizedTest(name = "{0} is audited as refused")
        @MethodSource("org.kaoping.runtime.KaopingTest#badOverrides")
        void isAudited(String name, String actor, String actorUnit, String criterion, Points points, String reason) {
            refuse(actor, actorUnit, criterion, points);
            assertEquals(Collections.singletonList(AuditEvent.Action.EVIDENCE_REFUSED), actions());
        }
    }

    // ------------------------------------------------------------------------ scoring and publishing

    @Nested
    @DisplayName("scoreCycle, rank and publish, on three counties of which one has an incident")
    class CycleRankPublish {
        @BeforeEach
        void evidence() {
            fullMarks("haicheng");
            fullMarks("yinhai");
            fullMarks("hepu");
            kaoping.submit("赵六", "fzb", incident("inc-1", "yinhai"));
        }

        @Test
        @DisplayName("scoreCycle scores every county, in unit id order")
        void scoresEveryCounty() {
            List<Scorecard> cards = kaoping.scoreCycle();
            assertEquals(Arrays.asList("haicheng", "hepu", "yinhai"), cards.stream().map(Scorecard::unitId).collect(Collectors.toList()));
        }

        @Test
        @DisplayName("the incident costs its county 25 points, the others keep 100")
        void totals() {
            List<Scorecard> cards = kaoping.scoreCycle();
            assertEquals(Points.of(100), cards.get(0).finalTotal());
            assertEquals(Points.of(75), cards.get(2).finalTotal());
        }

        @Test
        @DisplayName("scoreCycle stores one scorecard per county")
        void storesScorecards() {
            kaoping.scoreCycle();
            assertEquals(3, store.scorecards("beihai-test").size());
        }

        @Test
        @DisplayName("rank shares a rank between equal totals and puts the county with the incident last")
        void ranks() {
            kaoping.scoreCycle();
            RankingTable t = kaoping.rank().get("t/county");
            assertEquals(1, t.entry("haicheng").rank());
            assertEquals(1, t.entry("hepu").rank());
            assertEquals(3, t.entry("yinhai").rank());
        }

        @Test
        @DisplayName("publish hands one publication, naming plan and clerk, to the sink")
        void publishReachesTheSink() {
            kaoping.scoreCycle();
            kaoping.rank();
            Publication p = kaoping.publish("office-clerk");
            assertEquals(Collections.singletonList(p), published);
            assertEquals("beihai-test", p.planId());
            assertEquals("office-clerk", p.publishedBy());
        }

        @Test
        @DisplayName("the publication lists every county with its name and total")
        void publicationResults() {
            kaoping.scoreCycle();
            kaoping.rank();
            Publication p = kaoping.publish("office-clerk");
            assertEquals(Arrays.asList("haicheng", "hepu", "yinhai"),
                    p.results().stream().map(PublishedResult::unitId).collect(Collectors.toList()));
            assertEquals("银海区", p.results().get(2).unitName());
            assertEquals(Points.of(75), p.results().get(2).total());
        }

        @Test
        @DisplayName("publish notifies once, of kind PUBLICATION")
        void publishNotifies() {
            kaoping.scoreCycle();
            kaoping.rank();
            kaoping.publish("office-clerk");
            assertEquals(1, notified.size());
            assertEquals(Notification.Kind.PUBLICATION, notified.get(0).kind());
        }

        @Test
        @DisplayName("each step is audited: three SCORED (unchanged results not re-recorded), two RANKED, PUBLISHED last")
        void audited() {
            kaoping.scoreCycle();
            kaoping.rank();
            kaoping.publish("office-clerk");
            List<AuditEvent.Action> actions = actions();
            assertEquals(3, Collections.frequency(actions, AuditEvent.Action.SCORED), "unchanged results are not re-recorded: " + actions);
            assertEquals(2, Collections.frequency(actions, AuditEvent.Action.RANKED));
            assertEquals(AuditEvent.Action.PUBLISHED, actions.get(actions.size() - 1));
        }

        @Test
        @DisplayName("ranking and publishing do not rewrite unchanged scorecards")
        void unchangedResultsAreNotRewritten() {
            kaoping.scoreCycle();
            kaoping.rank();
            kaoping.publish("office-clerk");
            assertEquals(1, store.scorecard("beihai-test", "haicheng").get().version());
        }
    }

    @Test
    @DisplayName("A sink that throws fails the publication: the other sinks still receive it, PUBLICATION_FAILED is audited, no notification goes out")
    void failingSinkFailsPublication() {
        List<Publication> second = new ArrayList<>();
        Kaoping k = builder().resultSink(new ResultSink() {
            @Override
            public String id() {
                return "a-broken-sink";
            }

            @Override
            public void publish(Publication publication) {
                throw new IllegalStateException("appraisal system offline");
            }
        }, sink("z-sink", second)).build();
        fullMarks("haicheng");
        PublicationFailedException e = assertThrows(PublicationFailedException.class, () -> k.publish("clerk"));
        assertEquals(1, e.failedSinks().size());
        assertTrue(e.failedSinks().get(0).contains("a-broken-sink"), e.failedSinks().toString());
        assertTrue(e.getCause() instanceof IllegalStateException && e.getCause().getMessage().equals("appraisal system offline"),
                String.valueOf(e.getCause()));
        assertEquals(1, published.size());
        assertEquals(1, second.size());
        assertTrue(notified.isEmpty());
        assertEquals(AuditEvent.Action.PUBLICATION_FAILED, last().action());
    }

    @Test
    @DisplayName("Scorecard records are versioned: unchanged results are not rewritten, new evidence gives the next version")
    void scorecardVersions() {
        fullMarks("haicheng");
        kaoping.scoreUnit("haicheng");
        kaoping.scoreUnit("haicheng");
        assertEquals(1, store.scorecard("beihai-test", "haicheng").get().version());
        kaoping.submit("赵六", "fzb", incident("inc-2", "haicheng"));
        Scorecard c = kaoping.scoreUnit("haicheng");
        ScorecardRecord r = store.scorecard("beihai-test", "haicheng").get();
        assertEquals(2, r.version());
        assertEquals(c.finalTotal(), r.total());
        assertEquals(Points.of(15), r.sectionTotals().get("2"));
    }

    @Test
    @DisplayName("Threads submitting and scoring at once: every submission stored and audited, the final record matches the evidence")
    void concurrentUse() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                final int thread = t;
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        kaoping.submit("r" + thread, "fzb", judgement(String.format("c-%d-%02d", thread, i), "haicheng",
                                "r" + thread, "fzb", "好"));
                        if (i % 5 == 0) {
                            kaoping.scoreUnit("haicheng");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, store.allEvidence().size());
        assertEquals(200, Collections.frequency(actions(), AuditEvent.Action.EVIDENCE_SUBMITTED));
        Scorecard last = kaoping.scoreUnit("haicheng");
        assertEquals(last.finalTotal(), store.scorecard("beihai-test", "haicheng").get().total());
    }

    @Test
    @DisplayName("SPI RuleEvaluators score custom rules: attendance 1 of 2 meetings gives half of item 1.2")
    void ruleEvaluatorIsAdapted() {
        kaoping.submit("r", "fzb", judgement("att-1", "haicheng", "r", "fzb", "出席", "1.2"));
        Scorecard c = kaoping.scoreUnit("haicheng");
        assertEquals(Points.of(10), c.awarded("1.2"));
        assertTrue(c.node("1.2").explanation().text().contains("attended 1 of 2 meetings"), c.node("1.2").explanation().text());
    }

    // -------------------------------------------------------------------------------------- import

    @Test
    @DisplayName("Imports are incremental: the cursor is remembered in the audit trail, also by a new runtime on the same store")
    void importIsIncremental() {
        InMemoryEvidenceSource source = new InMemoryEvidenceSource("oa-export");
        for (int i = 0; i < 5; i++) {
            source.append(judgement("imp-" + i, "haicheng", "r", "fzb", "好"));
        }
        Kaoping k = builder().importBatchSize(2).build();
        ImportResult first = k.importEvidence(source);
        assertEquals(5, first.added());
        assertEquals(3, first.batches());
        assertEquals("", first.fromCursor());
        assertEquals("5", first.cursor());

        source.append(judgement("imp-5", "yinhai", "r", "fzb", "好"), judgement("imp-6", "hepu", "r", "fzb", "好"));
        Kaoping restarted = builder().importBatchSize(2).build();
        assertEquals("5", restarted.cursorOf("oa-export"));
        ImportResult second = restarted.importEvidence(source);
        assertEquals("5", second.fromCursor());
        assertEquals(2, second.added());
        assertEquals(0, second.duplicates());
        assertEquals(7, store.allEvidence().size());
        assertEquals(0, restarted.importEvidence(source).added());
        assertEquals(4, Collections.frequency(actions(), AuditEvent.Action.EVIDENCE_IMPORTED));
    }

    @Test
    @DisplayName("An imported batch naming an unknown unit or a rater of their own unit is refused whole and audited; the cursor stays before it")
    void badImportBatchIsRefusedWhole() {
        InMemoryEvidenceSource source = new InMemoryEvidenceSource("oa-export");
        source.append(judgement("ok-1", "haicheng", "r", "fzb", "好"), judgement("ok-2", "haicheng", "r", "fzb", "好"));
        source.append(judgement("ok-3", "yinhai", "r", "fzb", "好"), judgement("bad-1", "yinhai", "r", "yinhai", "好"));
        Kaoping k = builder().importBatchSize(2).build();
        EvidenceRefusedException e = assertThrows(EvidenceRefusedException.class, () -> k.importEvidence(source));
        assertEquals("bad-1", e.evidenceId());
        assertTrue(e.getMessage().contains("nothing of this batch"), e.getMessage());
        assertEquals(Arrays.asList("ok-1", "ok-2"), store.allEvidence().stream().map(Evidence::id).collect(Collectors.toList()));
        assertEquals("2", k.cursorOf("oa-export"));
        assertEquals(AuditEvent.Action.EVIDENCE_REFUSED, last().action());
    }

    /** A source of fixed batches, cursor "0", "1", …; each batch that the test marks whole may be passed over on a conflict. */
    private static org.kaoping.spi.EvidenceSource batches(boolean passable, List<List<Judgement>> pages) {
        return new org.kaoping.spi.EvidenceSource() {
            @Override
            public String id() {
                return "pages";
            }

            @Override
            public org.kaoping.spi.EvidenceBatch fetch(String cursor, int limit) {
                int at = cursor.isEmpty() ? 0 : Integer.parseInt(cursor.replace("skipped-", ""));
                List<Judgement> page = at < pages.size() ? pages.get(at) : Collections.<Judgement>emptyList();
                int next = Math.min(at + 1, pages.size());
                return org.kaoping.spi.EvidenceBatch.of(page, Integer.toString(next), next < pages.size(), "",
                        passable && !page.isEmpty() ? "skipped-" + next : "");
            }

            @Override
            public java.util.Optional<String> originOf(org.kaoping.core.evidence.Evidence record) {
                return java.util.Optional.of("page of " + record.id());
            }
        };
    }

    @Test
    @DisplayName("A whole unit of a source that conflicts with stored evidence is refused whole, audited and listed, and the import goes on after it")
    void conflictingWholeUnitIsRefusedAndTheImportGoesOn() {
        kaoping.submit("r", "fzb", judgement("u-1", "haicheng", "r", "fzb", "好"));
        ImportResult r = kaoping.importEvidence(batches(true, java.util.Arrays.asList(
                java.util.Arrays.asList(judgement("u-2", "haicheng", "r", "fzb", "好"), judgement("u-1", "haicheng", "r", "fzb", "差")),
                java.util.Arrays.asList(judgement("u-3", "yinhai", "r", "fzb", "好")))));
        assertEquals(1, r.added(), r.toString());
        assertEquals(1, r.refused().size(), r.toString());
        String why = r.refused().get(0);
        assertTrue(why.contains("record 2 of the batch (page of u-1)") && why.contains("[u-1]") && why.contains("level: [差] now, [好] stored"),
                why);
        assertFalse(store.findEvidence("u-2").isPresent(), "nothing of the refused unit is stored");
        assertEquals("好", ((Judgement) store.findEvidence("u-1").get()).level(), "the stored record is kept");
        assertTrue(store.findEvidence("u-3").isPresent(), "the unit after it is imported");
        assertEquals("2", r.cursor(), "after the refused unit's own cursor [skipped-1]");
        boolean refusedAudited = false;
        boolean skipAudited = false;
        for (AuditEvent e : store.auditEvents(0)) {
            refusedAudited |= e.action() == AuditEvent.Action.EVIDENCE_REFUSED && e.detail().contains("level: [差] now, [好] stored");
            skipAudited |= e.action() == AuditEvent.Action.EVIDENCE_IMPORTED && e.detail().startsWith("refused 2 record(s)")
                    && e.detail().endsWith("next cursor [skipped-1]");
        }
        assertTrue(refusedAudited, "the refusal is in the audit trail");
        assertTrue(skipAudited, "so is the cursor the import went on from");
    }

    @Test
    @DisplayName("A conflicting batch the source cannot pass over stops the import, as before")
    void conflictingBatchWithoutAWayPastStopsTheImport() {
        kaoping.submit("r", "fzb", judgement("u-1", "haicheng", "r", "fzb", "好"));
        org.kaoping.spi.EvidenceConflictException e = assertThrows(org.kaoping.spi.EvidenceConflictException.class,
                () -> kaoping.importEvidence(batches(false, java.util.Arrays.asList(
                        java.util.Arrays.asList(judgement("u-1", "haicheng", "r", "fzb", "差")),
                        java.util.Arrays.asList(judgement("u-3", "yinhai", "r", "fzb", "好"))))));
        assertEquals("u-1", e.evidenceId());
        assertFalse(store.findEvidence("u-3").isPresent());
        assertEquals("", kaoping.cursorOf("pages"), "the cursor stays before the batch");
    }

    // ------------------------------------------------------------------------------------- wiring

    @Test
    @DisplayName("Discovery wires every SPI from META-INF/services; broken providers are reported and do not hide the others; one log line lists the wiring")
    void discovery() {
        RecordingNotifier.RECEIVED.clear();
        RecordingSink.RECEIVED.clear();
        List<String> logged = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger("org.kaoping.spi");
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(h);
        java.util.logging.Level before = log.getLevel();
        log.setLevel(java.util.logging.Level.FINE);
        Kaoping k;
        try {
            k = Kaoping.builder().discover().cityOffice(TestOrg.CITY_OFFICE).planFromRubrics("discovered", 2015)
                    .rubricFor(OrgKind.COUNTY_DISTRICT, "alpha/one").clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        } finally {
            log.removeHandler(h);
            log.setLevel(before);
        }
        assertEquals(Arrays.asList("beta", "a-zeta", "alpha"), ids(k.rubrics().providers()));
        assertTrue(k.store() instanceof DiscoveredStore);
        assertEquals(6, k.orgTree().size());
        List<String> failed = k.failures().stream().map(ProviderFailure::className).collect(Collectors.toList());
        assertTrue(failed.contains("org.kaoping.spi.fixtures.BrokenNotifier"), failed.toString());
        assertTrue(failed.contains("org.kaoping.spi.fixtures.BrokenRubrics"), failed.toString());
        List<String> loud = logged.stream().filter(m -> !m.startsWith("FINE") && m.contains("Kaoping wired")).collect(Collectors.toList());
        assertEquals(1, loud.size(), "build() logs one line above FINE: " + loud);
        assertTrue(loud.get(0).startsWith("WARNING Kaoping wired plan discovered 2015: 3 unit(s) assessed")
                && loud.get(0).contains("4 provider(s) failed") && !loud.get(0).contains("rubric providers"), loud.get(0));
        String wired = logged.stream().filter(m -> m.startsWith("FINE Kaoping wired")).findFirst().get();
        assertEquals(1, logged.stream().filter(m -> m.startsWith("FINE Kaoping wired")).count(), "the full wiring at FINE, once");
        assertTrue(wired.contains("COUNTY_DISTRICT→alpha/one") && wired.contains("recording-notifier")
                && wired.contains("recording-sink") && wired.contains("test/attendance") && wired.contains("BrokenNotifier"), wired);

        k.submit("r", "fzb", Judgement.builder().id("d-1").unitId("haicheng").key("1").period(ReportingPeriod.year(2015))
                .source(SourceKind.PANEL).author("r").recordedAt(NOW).level("好").build());
        Publication p = k.publish("clerk");
        assertEquals(Collections.singletonList(p), RecordingSink.RECEIVED);
        assertEquals(1, RecordingNotifier.RECEIVED.size());
        assertEquals(Points.of(10), p.results().get(0).total());
        k.close();
        assertThrows(org.kaoping.core.StoreException.class, () -> k.store().allEvidence(), "a discovered store is closed with the runtime");
    }

    @Test
    @DisplayName("Two providers with one id fail the build naming both classes; two rubrics for one kind need a choice")
    void duplicatesFail() {
        DuplicateProviderException d = assertThrows(DuplicateProviderException.class, () -> builder()
                .rubricProvider(new AlphaRubrics(), new FixedRubrics("alpha", 0, "other/one")).build());
        assertTrue(d.getMessage().contains(AlphaRubrics.class.getName()) && d.getMessage().contains(FixedRubrics.class.getName()),
                d.getMessage());
        org.kaoping.core.ConfigurationException two = assertThrows(org.kaoping.core.ConfigurationException.class,
                () -> builder().rubricProvider(new AlphaRubrics()).build());
        assertTrue(two.getMessage().contains("[t/county]") && two.getMessage().contains("[alpha/one]")
                && two.getMessage().contains("rubricFor"), two.getMessage());
        Kaoping chosen = builder().rubricProvider(new AlphaRubrics()).rubricFor(OrgKind.COUNTY_DISTRICT, "t/county").build();
        assertEquals("t/county", chosen.plan().rubricFor(OrgKind.COUNTY_DISTRICT).id());
    }

    @Test
    @DisplayName("An explicit plan is used as given; a missing city office or plan fails the build with a message saying what to call")
    void explicitPlanAndMissingPieces() {
        AssessmentPlan plan = AssessmentPlan.builder().id("explicit").year(2015)
                .putRubric(OrgKind.COUNTY_DISTRICT, TestOrg.countyRubric()).build();
        assertEquals("explicit", builder().plan(plan).build().plan().id());
        org.kaoping.core.ConfigurationException noOffice = assertThrows(org.kaoping.core.ConfigurationException.class,
                () -> Kaoping.builder().orgDirectory(new TestOrg()).store(store).plan(plan).build());
        assertTrue(noOffice.getMessage().contains("cityOffice("), noOffice.getMessage());
        org.kaoping.core.ConfigurationException noStore = assertThrows(org.kaoping.core.ConfigurationException.class,
                () -> Kaoping.builder().orgDirectory(new TestOrg()).cityOffice("fzb").plan(plan).build());
        assertTrue(noStore.getMessage().contains("AssessmentStore"), noStore.getMessage());
    }

    // ------------------------------------------------------------------------------------- helpers

    void fullMarks(String unit) {
        kaoping.submit("r", "fzb", judgement("j11-" + unit, unit, "r", "fzb", "好", "1.1"));
        kaoping.submit("r", "fzb", judgement("j12a-" + unit, unit, "r", "fzb", "出席", "1.2"));
        kaoping.submit("r", "fzb", judgement("j12b-" + unit, unit, "r", "fzb", "出席", "1.2"));
        kaoping.submit("r", "fzb", judgement("j22-" + unit, unit, "r", "fzb", "好", "2.2"));
    }

    static Judgement judgement(String id, String unit, String rater, String raterUnit, String level) {
        return judgement(id, unit, rater, raterUnit, level, "2.2");
    }

    static Judgement judgement(String id, String unit, String rater, String raterUnit, String level, String criterion) {
        return Judgement.builder().id(id).unitId(unit).key(criterion).period(ReportingPeriod.year(2015)).source(SourceKind.PANEL)
                .author(rater).authorUnitId(raterUnit).recordedAt(NOW).level(level).build();
    }

    static SelfReport monthly(String id, String unit, int month) {
        return SelfReport.builder().id(id).unitId(unit).period(ReportingPeriod.month(2015, month)).source(SourceKind.SELF)
                .author("李四").recordedAt(NOW).type(SelfReport.Type.MONTHLY).build();
    }

    static Incident incident(String id, String unit) {
        return Incident.builder().id(id).unitId(unit).key("accident").period(ReportingPeriod.year(2015))
                .source(SourceKind.HOST_SYSTEM).author("赵六").recordedAt(NOW).date(LocalDate.of(2015, 7, 1))
                .severity(IncidentSeverity.GENERAL).description("安全事故").build();
    }

    List<AuditEvent.Action> actions() {
        return store.auditEvents(0).stream().map(AuditEvent::action).collect(Collectors.toList());
    }

    AuditEvent onlyAudit() {
        List<AuditEvent> all = store.auditEvents(0);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    AuditEvent last() {
        List<AuditEvent> all = store.auditEvents(0);
        return all.get(all.size() - 1);
    }

    static List<String> ids(List<? extends KaopingProvider> ps) {
        return ps.stream().map(KaopingProvider::id).collect(Collectors.toList());
    }

    static RubricProvider provider(String id, org.kaoping.core.rubric.Rubric rubric) {
        return new RubricProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<String> rubricIds() {
                return Collections.singletonList(rubric.id());
            }

            @Override
            public java.util.Optional<org.kaoping.core.rubric.Rubric> rubric(String rubricId) {
                return rubricId.equals(rubric.id()) ? java.util.Optional.of(rubric) : java.util.Optional.empty();
            }
        };
    }

    @Test
    void broadcastReachesEveryNotifierEvenPastOneThatFails() {
        List<Notification> second = new java.util.ArrayList<>();
        Notifier failing = new Notifier() {
            @Override
            public String id() {
                return "a-failing-notifier";
            }

            @Override
            public void notify(Notification n) {
                throw new IllegalStateException("SMS gateway down");
            }
        };
        Kaoping k = builder().notifier(failing).notifier(notifier("second", second)).build();
        int before = notified.size();
        Notification n = Notification.builder().kind(Notification.Kind.DEADLINE_REMINDER).at(NOW).unitId("hepu")
                .message("请于11月30日前报送年度自查报告").build();
        k.broadcast(n);
        assertEquals(before + 1, notified.size(), "the first notifier got it");
        assertEquals(java.util.Collections.singletonList(n), second, "a notifier after the failing one still got it");
    }

    static Notifier notifier(String id, List<Notification> into) {
        return new Notifier() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void notify(Notification n) {
                into.add(n);
            }
        };
    }

    static ResultSink sink(String id, List<Publication> into) {
        return new ResultSink() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void publish(Publication p) {
                into.add(p);
            }
        };
    }
}

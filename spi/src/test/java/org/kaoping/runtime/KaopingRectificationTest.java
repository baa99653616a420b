package org.kaoping.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AppraisalRule;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.RectificationPolicy;
import org.kaoping.core.points.Points;
import org.kaoping.core.rectification.Rectification;
import org.kaoping.core.rectification.RectificationOrigin;
import org.kaoping.core.rectification.RectificationRefusedException;
import org.kaoping.core.rectification.RectificationStatus;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.Notification;
import org.kaoping.spi.Publication;
import org.kaoping.spi.PublishedResult;
import org.kaoping.spi.fixtures.AttendanceEvaluator;
import org.kaoping.spi.fixtures.TestOrg;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * Rectification (整改) through the runtime on the counties of {@link TestOrg}: a spot-check finding on 海城区 item 1.1
 * and an incident at 合浦县 become items when the office opens them at 10:00 on 12 January 2016 (Beijing time), due
 * 30 days later, on 11 February 2016 — overdue from 00:00 on 12 February Beijing time, 2016-02-11T16:00Z.
 */
class KaopingRectificationTest {
    static final Instant OPENED = Instant.parse("2016-01-12T02:00:00Z");
    static final Instant OVERDUE_FROM = Instant.parse("2016-02-11T16:00:00Z");
    static final Instant RECORDED = Instant.parse("2015-12-01T02:00:00Z");
    static final String SPOT_ITEM = "rectification:haicheng:spot-check:spot-1";

    final InMemoryAssessmentStore store = new InMemoryAssessmentStore();
    final List<Notification> received = new CopyOnWriteArrayList<>();
    final SettableClock clock = new SettableClock(OPENED);

    static AssessmentPlan plan(String id, int year, Points unresolvedCost) {
        return AssessmentPlan.builder().id(id).year(year).rubrics(java.util.Collections.singletonMap(OrgKind.COUNTY_DISTRICT, TestOrg.countyRubric()))
                .rectification(RectificationPolicy.of(EnumSet.of(RectificationOrigin.SPOT_CHECK, RectificationOrigin.INCIDENT), null, 30,
                        unresolvedCost))
                .appraisal(java.util.Optional.of(AppraisalRule.weightedTotal(Points.of(15), 2))).build();
    }

    Kaoping runtime(AssessmentPlan plan, InMemoryAssessmentStore on) {
        return Kaoping.builder().orgDirectory(new TestOrg()).store(on).plan(plan).ruleEvaluator(new AttendanceEvaluator())
                .notifier(KaopingTest.notifier("rec", received)).cityOffice(TestOrg.CITY_OFFICE).clock(clock).parallelism(1).build();
    }

    Kaoping opened() {
        Kaoping k = runtime(plan("rect-2015", 2015, Points.ZERO), store);
        k.submit("inspector", "fzb", Deduction.builder().id("spot-1").unitId("haicheng").key("1.1").period(ReportingPeriod.year(2015))
                .source(SourceKind.SPOT_CHECK).author("inspector").authorUnitId("fzb").recordedAt(RECORDED).points(Points.of(2))
                .reason("抽查发现：台账缺失").build());
        k.submit("system", "fzb", Incident.builder().id("inc-1").unitId("hepu").key("accident").period(ReportingPeriod.year(2015))
                .source(SourceKind.HOST_SYSTEM).author("system").authorUnitId("fzb").recordedAt(RECORDED).date(LocalDate.of(2015, 11, 3))
                .severity(IncidentSeverity.GENERAL).description("辖区发生一般事故").build());
        List<Rectification> opened = k.openRectifications("office-clerk", "fzb", k.scoreCycle());
        assertEquals(2, opened.size(), opened.toString());
        return k;
    }

    static Rectification find(Kaoping k, String id) {
        for (Rectification r : k.rectifications()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no item " + id + " in " + k.rectifications());
    }

    @Nested
    class Opening {
        @Test
        @DisplayName("A spot-check deduction becomes an item on its criterion, due 30 calendar days after opening (Beijing date)")
        void spotCheckBecomesAnItem() {
            Rectification r = find(opened(), SPOT_ITEM);
            assertEquals("haicheng", r.unitId());
            assertEquals("1.1", r.criterionId().get());
            assertEquals(RectificationOrigin.SPOT_CHECK, r.origin());
            assertEquals(LocalDate.of(2016, 2, 11), r.dueDate());
            assertEquals(OVERDUE_FROM, r.overdueFrom());
            assertEquals(RectificationStatus.OPEN, r.status());
            assertTrue(r.finding().contains("台账缺失"), r.finding());
        }

        @Test
        @DisplayName("An incident becomes an item about the whole unit")
        void incidentBecomesAnItem() {
            Rectification r = find(opened(), "rectification:hepu:incident:inc-1");
            assertEquals(RectificationOrigin.INCIDENT, r.origin());
            assertFalse(r.criterionId().isPresent());
        }

        @Test
        @DisplayName("Opening again from the same findings opens nothing twice")
        void openingIsIdempotent() {
            Kaoping k = opened();
            assertTrue(k.openRectifications("office-clerk", "fzb", k.scoreCycle()).isEmpty());
            assertEquals(2, k.rectifications().size());
        }

        @Test
        @DisplayName("Lost points above the plan's threshold become items; items below it do not")
        void lostPointsAboveThreshold() {
            AssessmentPlan p = AssessmentPlan.builder().from(plan("rect-2015", 2015, Points.ZERO))
                    .rectification(RectificationPolicy.of(EnumSet.of(RectificationOrigin.LOST_POINTS), Points.of(20), 30, Points.ZERO)).build();
            Kaoping k = runtime(p, store);
            List<Rectification> opened = k.openRectifications("office-clerk", "fzb", Collections.singletonList(k.scoreUnit("yinhai")));
            List<String> criteria = new ArrayList<>();
            for (Rectification r : opened) {
                criteria.add(r.criterionId().get());
            }
            // without evidence 1.1 (40) and 1.2 (20) lose everything; 2.1 (no incident) keeps its 25; 2.2 loses 15 < 20
            assertEquals(java.util.Arrays.asList("1.1", "1.2"), criteria);
        }

        @Test
        @DisplayName("The office adds an item by hand with its own due date")
        void byHand() {
            Kaoping k = runtime(plan("rect-2015", 2015, Points.ZERO), store);
            Rectification r = k.addRectification("office-clerk", "fzb", "yinhai", "2.2", "普法宣传材料未归档", LocalDate.of(2016, 3, 1));
            assertEquals("rectification:yinhai:by-hand:1", r.id());
            assertEquals(r, find(k, r.id()));
        }
    }

    @Nested
    class SubmitAndVerify {
        @Test
        @DisplayName("The unit submits its fix by reference and the city office verifies it: closed")
        void submitThenVerify() {
            Kaoping k = opened();
            Rectification s = k.submitRectification("haicheng-clerk", "haicheng", SPOT_ITEM, "海整改〔2016〕1号", "已补齐台账");
            assertEquals(RectificationStatus.SUBMITTED, s.status());
            Rectification v = k.verifyRectification("office-clerk", "fzb", SPOT_ITEM, true, null);
            assertEquals(RectificationStatus.VERIFIED, v.status());
            assertEquals(v, find(k, SPOT_ITEM));
            assertEquals("海整改〔2016〕1号", v.fixReference().get());
        }

        @Test
        @DisplayName("A fix not accepted returns the item to open, with the reason")
        void returned() {
            Kaoping k = opened();
            k.submitRectification("haicheng-clerk", "haicheng", SPOT_ITEM, "海整改〔2016〕1号", null);
            Rectification r = k.verifyRectification("office-clerk", "fzb", SPOT_ITEM, false, "材料不全");
            assertEquals(RectificationStatus.OPEN, r.status());
            assertEquals("材料不全", find(k, SPOT_ITEM).note().get());
        }

        /** Refused acts: each throws with its reason and stores nothing. */
        static Stream<Arguments> refusals() {
            return Stream.of(
                    Arguments.of("another unit submits", RectificationRefusedException.Reason.NOT_PERMITTED,
                            (Function<Kaoping, Object>) k -> k.submitRectification("yinhai-clerk", "yinhai", SPOT_ITEM, "ref-1", null)),
                    Arguments.of("the assessor submits for the unit", RectificationRefusedException.Reason.NOT_PERMITTED,
                            (Function<Kaoping, Object>) k -> k.submitRectification("office-clerk", "fzb", SPOT_ITEM, "ref-1", null)),
                    Arguments.of("the unit verifies its own fix", RectificationRefusedException.Reason.NOT_PERMITTED,
                            (Function<Kaoping, Object>) k -> {
                                k.submitRectification("haicheng-clerk", "haicheng", SPOT_ITEM, "ref-1", null);
                                return k.verifyRectification("haicheng-clerk", "haicheng", SPOT_ITEM, true, null);
                            }),
                    Arguments.of("an unknown item", RectificationRefusedException.Reason.UNKNOWN_ITEM,
                            (Function<Kaoping, Object>) k -> k.submitRectification("haicheng-clerk", "haicheng", "nope", "ref-1", null)),
                    Arguments.of("an empty reference", RectificationRefusedException.Reason.INVALID_INPUT,
                            (Function<Kaoping, Object>) k -> k.submitRectification("haicheng-clerk", "haicheng", SPOT_ITEM, "", null)),
                    Arguments.of("verifying an item not submitted", RectificationRefusedException.Reason.WRONG_STATUS,
                            (Function<Kaoping, Object>) k -> k.verifyRectification("office-clerk", "fzb", SPOT_ITEM, true, null)),
                    Arguments.of("a fix not accepted without a reason", RectificationRefusedException.Reason.INVALID_INPUT,
                            (Function<Kaoping, Object>) k -> {
                                k.submitRectification("haicheng-clerk", "haicheng", SPOT_ITEM, "ref-1", null);
                                return k.verifyRectification("office-clerk", "fzb", SPOT_ITEM, false, " ");
                            }),
                    Arguments.of("a unit adds an item about itself", RectificationRefusedException.Reason.NOT_PERMITTED,
                            (Function<Kaoping, Object>) k -> k.addRectification("c", "haicheng", "haicheng", null, "自查", null)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("refusals")
        @DisplayName("Refused: the data is in the exception, the item unchanged")
        void refused(String what, RectificationRefusedException.Reason reason, Function<Kaoping, Object> act) {
            Kaoping k = opened();
            RectificationRefusedException x = assertThrows(RectificationRefusedException.class, () -> act.apply(k));
            assertEquals(reason, x.reason(), x.getMessage());
            assertFalse(x.itemId().isEmpty());
            assertFalse(x.actorUnitId().isEmpty());
            long rectificationEvents = 0;
            for (AuditEvent e : store.auditEvents(0)) {
                rectificationEvents += RectificationTrail.isRectification(e.action()) && e.action() != AuditEvent.Action.RECTIFICATION_SUBMITTED ? 1 : 0;
            }
            assertEquals(2, rectificationEvents, "only the two openings (and a submit the case made on purpose) are audited");
        }
    }

    @Nested
    class Overdue {
        @Test
        @DisplayName("One instant before 00:00 after the due date (Beijing time) nothing is overdue")
        void notBeforeTheDeadline() {
            Kaoping k = opened();
            clock.set(OVERDUE_FROM.minusNanos(1));
            assertTrue(k.checkRectifications().isEmpty());
            assertTrue(received.isEmpty());
            assertEquals(RectificationStatus.OPEN, find(k, SPOT_ITEM).status());
        }

        @Test
        @DisplayName("At the deadline exactly, each open item goes overdue and is notified once; checking again (even after a restart) notifies nothing")
        void exactlyOnceAtTheDeadline() {
            Kaoping k = opened();
            clock.set(OVERDUE_FROM);
            List<Rectification> due = k.checkRectifications();
            assertEquals(2, due.size());
            assertEquals(2, received.size());
            Notification n = received.get(0);
            assertEquals(Notification.Kind.RECTIFICATION_OVERDUE, n.kind());
            assertEquals(OVERDUE_FROM, n.deadline().get());
            assertTrue(n.message().contains("2016年2月11日"), n.message());
            assertEquals(RectificationStatus.OVERDUE, find(k, SPOT_ITEM).status());
            assertTrue(k.checkRectifications().isEmpty());
            clock.set(OVERDUE_FROM.plusSeconds(86400));
            assertTrue(runtime(plan("rect-2015", 2015, Points.ZERO), store).checkRectifications().isEmpty());
            assertEquals(2, received.size());
        }

        @Test
        @DisplayName("A fix submitted before the deadline does not go overdue while the assessor decides")
        void submittedIsNotOverdue() {
            Kaoping k = opened();
            k.submitRectification("haicheng-clerk", "haicheng", SPOT_ITEM, "ref-1", null);
            clock.set(OVERDUE_FROM);
            assertEquals(Collections.singletonList("rectification:hepu:incident:inc-1"), ids(k.checkRectifications()));
        }

        @Test
        @DisplayName("An overdue item's late fix is accepted, and it keeps the mark that it went overdue")
        void lateFixKeepsTheMark() {
            Kaoping k = opened();
            clock.set(OVERDUE_FROM);
            k.checkRectifications();
            k.submitRectification("haicheng-clerk", "haicheng", SPOT_ITEM, "ref-1", null);
            Rectification v = k.verifyRectification("office-clerk", "fzb", SPOT_ITEM, true, null);
            assertEquals(RectificationStatus.VERIFIED, v.status());
            assertTrue(find(k, SPOT_ITEM).wentOverdue());
        }
    }

    @Test
    @DisplayName("Items are rebuilt from the audit trail: a new runtime on the store sees the same items")
    void rebuiltFromTheTrail() {
        Kaoping k = opened();
        k.submitRectification("haicheng-clerk", "haicheng", SPOT_ITEM, "ref-1", "说明；含分号\n和换行");
        List<Rectification> before = k.rectifications();
        assertEquals(before, runtime(plan("rect-2015", 2015, Points.ZERO), store).rectifications());
        assertEquals("说明；含分号\n和换行", find(k, SPOT_ITEM).note().get());
    }

    @Test
    @DisplayName("The next cycle's plan charges each unresolved item once: a deduction of its cost on the item's criterion")
    void unresolvedItemsCostInTheNextCycle() {
        List<Rectification> previous = opened().rectifications();
        clock.set(Instant.parse("2016-03-01T02:00:00Z"));
        InMemoryAssessmentStore next = new InMemoryAssessmentStore();
        Kaoping k2016 = runtime(plan("rect-2016", 2016, Points.of(3)), next);
        k2016.submit("r", "fzb", org.kaoping.core.evidence.Judgement.builder().id("j-2016").unitId("haicheng").key("1.1")
                .period(ReportingPeriod.year(2016)).source(SourceKind.PANEL).author("r").recordedAt(Instant.parse("2016-02-01T02:00:00Z"))
                .level("好").build());
        List<Deduction> filed = k2016.chargeUnresolvedRectifications(previous);
        assertEquals(2, filed.size());
        Scorecard haicheng = k2016.scoreUnit("haicheng");
        assertEquals(Points.of(37), haicheng.awarded("1.1"), "40 for 好, less the 3 the unresolved item costs");
        assertEquals("1.1", filed.get(0).key());
        assertEquals(Points.of(3), filed.get(0).points());
        assertTrue(haicheng.evidence().all().contains(filed.get(0)));
        assertEquals("1", filed.get(1).key(), "an item without a criterion is charged on the rubric's first section");
        assertTrue(k2016.chargeUnresolvedRectifications(previous).isEmpty());
    }

    @Test
    @DisplayName("Publishing carries each unit's appraisal contribution: total × 15 ÷ 100, half up at 2 places")
    void appraisalThroughThePublication() {
        Kaoping k = opened();
        k.scoreCycle();
        Publication p = k.publish("office-clerk");
        for (PublishedResult r : p.results()) {
            assertEquals(Points.of(r.total().toBigDecimal().multiply(java.math.BigDecimal.valueOf(15))
                    .divide(java.math.BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP)), r.appraisalPoints().get());
        }
        assertFalse(p.results().isEmpty());
    }

    static List<String> ids(List<Rectification> items) {
        List<String> out = new ArrayList<>();
        for (Rectification r : items) {
            out.add(r.id());
        }
        return out;
    }

    /** A clock the test moves. */
    static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant at) {
            this.now = at;
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
}

package org.kaoping.runtime;

import org.kaoping.core.ConfigurationException;
import org.kaoping.spi.Notifier;
import org.kaoping.spi.Notification;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.AssessmentStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.KaopingException;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.cycle.Obligation;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.cycle.ObligationStatus;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.points.Points;
import org.kaoping.core.scoring.AppliedDeduction;
import org.kaoping.core.scoring.Explanation;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.spi.fixtures.AttendanceEvaluator;
import org.kaoping.spi.fixtures.TestOrg;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * Reporting obligations through the runtime, on the three counties of {@link TestOrg} and a cycle of two
 * months (March and April 2015; monthly reports before 00:00 on the 25th, Asia/Shanghai = 16:00Z on the
 * 24th; the annual report before 00:00 on 1 December Shanghai = 2015-11-30T16:00Z):
 * <ul>
 *   <li>海城区 (haicheng) reports March on 20 March and April on 21 April: on time;</li>
 *   <li>银海区 (yinhai) reports March at 00:30 on 25 March Shanghai time (16:30Z on the 24th): late;</li>
 *   <li>合浦县 (hepu) reports nothing: missing.</li>
 * </ul>
 * Declared effects: monthly reports 0.5 per late and 1 per missing on criterion 1.1 (40 points); the
 * annual report 20 per missing on 2.2 (15 points), more than the item holds.
 */
class KaopingObligationsTest {
    static final Instant CLOCK = Instant.parse("2015-04-01T00:00:00Z");
    static final Instant MARCH_DEADLINE = Instant.parse("2015-03-24T16:00:00Z");
    static final Instant APRIL_DEADLINE = Instant.parse("2015-04-24T16:00:00Z");
    /** 12:00 on 20 April Shanghai: April's deadline is 4 days 4 hours away, beyond the 3-day lead. */
    static final Instant APR_20 = Instant.parse("2015-04-20T04:00:00Z");
    /** 12:00 on 22 April Shanghai: April's deadline is 2 days 12 hours away, within the lead. */
    static final Instant APR_22 = Instant.parse("2015-04-22T04:00:00Z");
    static final ReportingPeriod MARCH = ReportingPeriod.month(2015, 3);
    static final ReportingPeriod APRIL = ReportingPeriod.month(2015, 4);

    static final ObligationEffect MONTHLY_EFFECT = ObligationEffect.of(SelfReport.Type.MONTHLY, "1.1", Points.parse("0.5"), Points.of(1));
    static final ObligationEffect ANNUAL_EFFECT = ObligationEffect.of(SelfReport.Type.ANNUAL, "2.2", Points.of(5), Points.of(20));

    final InMemoryAssessmentStore store = new InMemoryAssessmentStore();
    final List<Notification> received = new CopyOnWriteArrayList<>();

    Kaoping.Builder builder(Notifier... notifiers) {
        return Kaoping.builder()
                .rubricProvider(KaopingTest.provider("test-rubrics", TestOrg.countyRubric()))
                .orgDirectory(new TestOrg())
                .store(store)
                .ruleEvaluator(new AttendanceEvaluator())
                .notifier(notifiers)
                .cityOffice(TestOrg.CITY_OFFICE)
                .planFromRubrics("beihai-test", 2015)
                // due "on or before the 24th": late from 00:00 on the 25th, the instants this test is written around
                .cycle(AssessmentCycle.builder().year(2015).firstMonth(3).lastMonth(4).monthlyDueDay(24).build())
                .obligationEffect(MONTHLY_EFFECT, ANNUAL_EFFECT)
                .clock(Clock.fixed(CLOCK, ZoneOffset.UTC))
                .parallelism(1);
    }

    Kaoping runtime() {
        return builder(KaopingTest.notifier("rec", received)).build();
    }

    void reports(Kaoping k) {
        k.submit("haicheng-clerk", "haicheng", report("hc-03", "haicheng", MARCH, Instant.parse("2015-03-20T02:00:00Z")));
        k.submit("haicheng-clerk", "haicheng", report("hc-04", "haicheng", APRIL, Instant.parse("2015-04-21T01:00:00Z")));
        k.submit("yinhai-clerk", "yinhai", report("yh-03", "yinhai", MARCH, Instant.parse("2015-03-24T16:30:00Z")));
    }

    @Test
    @DisplayName("By default the cycle is the plan year's and no effect is declared; a cycle of another year or an effect on an unknown criterion fails the build, naming it")
    void wiringDefaultsAndRefusals() {
        Kaoping plain = KaopingTestBuilders.plain(store).build();
        assertEquals(AssessmentCycle.of(2015), plain.cycle());
        assertTrue(plain.obligationEffects().isEmpty());

        ConfigurationException year = assertThrows(ConfigurationException.class,
                () -> builder().cycle(AssessmentCycle.of(2016)).build());
        assertTrue(year.getMessage().contains("2016") && year.getMessage().contains("beihai-test"), year.getMessage());
        ConfigurationException unknown = assertThrows(ConfigurationException.class, () -> builder()
                .obligationEffect(ObligationEffect.of(SelfReport.Type.MONTHLY, "9.9", Points.of(1), Points.of(1))).build());
        assertTrue(unknown.getMessage().contains("[9.9]") && unknown.getMessage().contains("MONTHLY"), unknown.getMessage());
        ConfigurationException twice = assertThrows(ConfigurationException.class, () -> builder()
                .obligationEffect(ObligationEffect.of(SelfReport.Type.MONTHLY, "2.1", Points.of(1), Points.of(1))).build());
        assertTrue(twice.getMessage().contains("[1.1]") && twice.getMessage().contains("[2.1]"), twice.getMessage());
    }

    @Test
    @DisplayName("Obligation status per unit: on time, late (00:30 on the 25th Shanghai time) and missing; nothing is due before its deadline")
    void statusPerUnit() {
        Kaoping k = runtime();
        reports(k);
        ObligationCheck c = k.checkObligations(APR_20);
        assertEquals(APR_20, c.asOf());
        assertEquals(Collections.singletonList(ObligationStatus.ON_TIME), statuses(c.obligations("haicheng"), MARCH));
        assertEquals(Collections.singletonList(ObligationStatus.LATE), statuses(c.obligations("yinhai"), MARCH));
        assertEquals(Collections.singletonList(ObligationStatus.MISSING), statuses(c.obligations("hepu"), MARCH));
        assertTrue(statuses(c.obligations("yinhai"), APRIL).isEmpty(), "April is not due yet on 20 April");
        assertTrue(statuses(c.obligations("haicheng"), APRIL).isEmpty(), "haicheng's April report is recorded after the 20th");
        assertEquals(1, c.count(ObligationStatus.ON_TIME));
        assertEquals(1, c.count(ObligationStatus.LATE));
        assertEquals(1, c.count(ObligationStatus.MISSING));

        ObligationCheck later = k.checkObligations(APR_22);
        assertEquals(Collections.singletonList(ObligationStatus.ON_TIME), statuses(later.obligations("haicheng"), APRIL),
                "a report already submitted is listed before its deadline");
        assertEquals(2, later.count(ObligationStatus.ON_TIME));
    }

    @Test
    @DisplayName("Reminders go only to units that have not submitted, and only within the 3-day lead; late and missing notices once per unit, period and kind")
    void remindersAndNotices() {
        Kaoping k = runtime();
        reports(k);

        ObligationCheck first = k.checkObligations(APR_20);
        assertTrue(first.notifications(Notification.Kind.DEADLINE_REMINDER).isEmpty(), "April's deadline is beyond the lead");
        Notification late = only(first.notifications(Notification.Kind.LATE_REPORT));
        assertEquals("yinhai", late.unitId().get());
        assertEquals(MARCH, late.period().get());
        assertEquals(MARCH_DEADLINE, late.deadline().get());
        assertTrue(late.message().contains("银海区") && late.message().contains("2015年3月自查月报")
                && late.message().contains("2015-03-25 00:30") && late.message().contains("2015-03-25 00:00"), late.message());
        Notification missing = only(first.notifications(Notification.Kind.MISSING_REPORT));
        assertEquals("hepu", missing.unitId().get());
        assertEquals(MARCH, missing.period().get());
        assertEquals(first.notifications(), received);

        ObligationCheck second = k.checkObligations(APR_22);
        List<Notification> reminders = second.notifications(Notification.Kind.DEADLINE_REMINDER);
        assertEquals(Arrays.asList("hepu", "yinhai"), unitsOf(reminders), "haicheng submitted April already");
        for (Notification r : reminders) {
            assertEquals(APRIL, r.period().get());
            assertEquals(APRIL_DEADLINE, r.deadline().get());
            assertTrue(r.message().contains("2015年4月自查月报") && r.message().contains("2015-04-25 00:00"), r.message());
        }
        assertEquals(reminders, second.notifications(), "the late and missing notices are not sent again");

        ObligationCheck third = k.checkObligations(APR_22.plus(Duration.ofHours(6)));
        assertTrue(third.notifications().isEmpty(), third.toString());
        assertEquals(4, received.size(), received.toString());
        assertEquals(4, store.auditEvents(0).stream().filter(e -> e.action() == AuditEvent.Action.NOTIFIED).count());
    }

    @Test
    @DisplayName("A new runtime over the same store (a restart) sends no notice again, but sends what became due since")
    void restartDoesNotResend() {
        Kaoping k = runtime();
        reports(k);
        k.checkObligations(APR_22);
        assertEquals(4, received.size(), received.toString());

        List<Notification> afterRestart = new CopyOnWriteArrayList<>();
        Kaoping restarted = builder(KaopingTest.notifier("rec", afterRestart)).build();
        assertTrue(restarted.checkObligations(APR_22.plus(Duration.ofDays(1))).notifications().isEmpty());
        assertTrue(afterRestart.isEmpty(), afterRestart.toString());

        ObligationCheck later = restarted.checkObligations(Instant.parse("2015-04-26T00:00:00Z"));
        assertEquals(Arrays.asList("hepu", "yinhai"), unitsOf(later.notifications(Notification.Kind.MISSING_REPORT)));
        assertEquals(Collections.nCopies(2, APRIL), later.notifications().stream().map(n -> n.period().get()).collect(Collectors.toList()));
        assertEquals(later.notifications(), afterRestart);
    }

    @Test
    @DisplayName("Late and missing deductions are stored once, audited by actor system, explained in the scorecard and taken from criterion 1.1")
    void deductionsLowerTheNamedCriterion() {
        Kaoping k = runtime();
        reports(k);
        fullMarks(k, "haicheng");
        fullMarks(k, "yinhai");
        fullMarks(k, "hepu");

        ObligationCheck c = k.checkObligations(APR_20);
        assertEquals(Arrays.asList("obligation:yinhai:2015-03:MONTHLY", "obligation:hepu:2015-03:MONTHLY").stream().sorted()
                .collect(Collectors.toList()), c.deductionsAdded().stream().map(Deduction::id).sorted().collect(Collectors.toList()));
        List<AuditEvent> submitted = store.auditEvents(0).stream()
                .filter(e -> e.action() == AuditEvent.Action.EVIDENCE_SUBMITTED && e.actor().equals(Kaoping.SYSTEM_ACTOR))
                .collect(Collectors.toList());
        assertEquals(2, submitted.size(), submitted.toString());
        assertEquals(TestOrg.CITY_OFFICE, submitted.get(0).actorUnitId().get());

        Deduction stored = (Deduction) store.findEvidence("obligation:yinhai:2015-03:MONTHLY").get();
        assertEquals(Points.parse("0.5"), stored.points());
        assertEquals("1.1", stored.key());
        assertEquals(SourceKind.HOST_SYSTEM, stored.source());
        assertEquals(Instant.parse("2015-03-24T16:30:00Z"), stored.recordedAt(), "recorded at the late submission, stable across runs");

        assertEquals(Points.of(40), k.scoreUnit("haicheng").awarded("1.1"));
        Scorecard yinhai = k.scoreUnit("yinhai");
        assertEquals(Points.parse("39.5"), yinhai.awarded("1.1"));
        assertEquals(Points.parse("99.5"), yinhai.finalTotal());
        Scorecard hepu = k.scoreUnit("hepu");
        assertEquals(Points.of(39), hepu.awarded("1.1"));
        Explanation x = hepu.node("1.1").explanation();
        AppliedDeduction d = only(x.deductions());
        assertEquals("obligation:hepu:2015-03:MONTHLY", d.evidenceId());
        assertEquals(Points.of(1), d.taken());
        assertTrue(x.text().contains("obligation:hepu:2015-03:MONTHLY") && x.text().contains("MISSING"), x.text());

        int events = store.auditEvents(0).size();
        int evidence = store.allEvidence().size();
        ObligationCheck again = k.checkObligations(APR_20.plus(Duration.ofHours(1)));
        assertTrue(again.deductionsAdded().isEmpty() && again.deductionsKept().isEmpty(), again.toString());
        assertEquals(evidence, store.allEvidence().size());
        assertEquals(events, store.auditEvents(0).size(), "an unchanged re-run audits nothing");
        assertTrue(builder().build().checkObligations(APR_20.plus(Duration.ofHours(2))).deductionsAdded().isEmpty(),
                "a restarted runtime files no deduction twice");
        assertEquals(evidence, store.allEvidence().size());
    }

    @Test
    @DisplayName("扣完为止: a 20-point missing annual report takes the 15-point item 2.2 to zero, never below, and 15 off the total")
    void deductionNeverGoesBelowZero() {
        Kaoping k = runtime();
        reports(k);
        fullMarks(k, "hepu");
        Instant dec2 = Instant.parse("2015-12-02T00:00:00Z");
        Instant annualDeadline = Instant.parse("2015-11-30T16:00:00Z");
        assertEquals(annualDeadline, k.cycle().annualDeadline());

        ObligationCheck c = k.checkObligations(dec2);
        Notification annual = c.notifications(Notification.Kind.MISSING_REPORT).stream()
                .filter(n -> n.unitId().get().equals("hepu") && n.period().get().equals(ReportingPeriod.year(2015))).findFirst().get();
        assertTrue(annual.message().contains("2015年度自查报告"), annual.message());
        Scorecard hepu = k.scoreUnit("hepu");
        assertEquals(Points.ZERO, hepu.awarded("2.2"));
        AppliedDeduction d = hepu.node("2.2").explanation().deductions().stream()
                .filter(a -> a.evidenceId().equals("obligation:hepu:2015:ANNUAL")).findFirst().get();
        assertEquals(Points.of(20), d.asked());
        assertEquals(Points.of(15), d.taken());
        // 100 − 15 (2.2 to zero) − 1 (March missing) − 1 (April missing) on 1.1
        assertEquals(Points.of(83), hepu.finalTotal());
    }

    @Test
    @DisplayName("A report found missing that arrives late keeps its stored missing deduction (listed as kept) and draws a late notice; with a grace it gets the late deduction")
    void missingThenLate() {
        Kaoping k = runtime();
        k.checkObligations(APR_20);
        k.submit("hepu-clerk", "hepu", report("hp-03", "hepu", MARCH, Instant.parse("2015-04-21T00:00:00Z")));
        ObligationCheck c = k.checkObligations(APR_22);
        assertEquals(Collections.singletonList(ObligationStatus.LATE), statuses(c.obligations("hepu"), MARCH));
        assertEquals(Collections.singletonList("obligation:hepu:2015-03:MONTHLY"), c.deductionsKept());
        assertEquals(Points.of(1), ((Deduction) store.findEvidence("obligation:hepu:2015-03:MONTHLY").get()).points());
        assertEquals(Collections.singletonList("hepu"), unitsOf(c.notifications(Notification.Kind.LATE_REPORT)));

        InMemoryAssessmentStore other = new InMemoryAssessmentStore();
        List<Notification> gracedNotices = new CopyOnWriteArrayList<>();
        Kaoping graced = KaopingTestBuilders.swap(builder(KaopingTest.notifier("rec", gracedNotices)), other)
                .missingDeductionGrace(Duration.ofDays(30)).build();
        ObligationCheck early = graced.checkObligations(APR_20);
        assertEquals(1, early.notifications(Notification.Kind.MISSING_REPORT).stream()
                .filter(n -> n.unitId().get().equals("hepu")).count(), "the notice goes out at the deadline");
        assertTrue(early.deductionsAdded().isEmpty(), "within the grace no missing deduction is filed");
        graced.submit("hepu-clerk", "hepu", report("hp-03", "hepu", MARCH, Instant.parse("2015-04-21T00:00:00Z")));
        ObligationCheck after = graced.checkObligations(APR_22);
        Deduction lateOne = after.deductionsAdded().stream().filter(d -> d.unitId().equals("hepu")).findFirst().get();
        assertEquals(Points.parse("0.5"), lateOne.points());
        assertTrue(after.deductionsKept().isEmpty());
    }

    @Test
    @DisplayName("A notifier that throws is logged and stops neither the others nor the check; its deliveries are retried, the others' are not")
    void throwingNotifier() {
        List<String> attempts = new CopyOnWriteArrayList<>();
        Notifier broken = new Notifier() {
            @Override
            public String id() {
                return "broken-sms";
            }

            @Override
            public int priority() {
                return 100; // called first
            }

            @Override
            public void notify(Notification n) {
                attempts.add(n.unitId().get() + " " + n.kind());
                throw new IllegalStateException("SMS gateway down");
            }
        };
        Kaoping k = builder(broken, KaopingTest.notifier("rec", received)).build();
        reports(k);
        ObligationCheck c = k.checkObligations(APR_22);
        assertEquals(4, received.size(), received.toString());
        assertEquals(4, attempts.size(), "the broken notifier was tried first for each of the four: " + attempts);
        assertEquals(4, c.notifierFailures());
        assertEquals(2, c.deductionsAdded().size(), "the check went on to file the deductions");

        ObligationCheck again = k.checkObligations(APR_22.plus(Duration.ofHours(1)));
        assertEquals(8, attempts.size(), "the broken notifier's deliveries are tried again");
        assertEquals(4, again.notifierFailures());
        assertEquals(4, received.size(), "the working notifier receives nothing twice");
        assertTrue(again.notifications().isEmpty());
    }

    // ------------------------------------------------------------------------------------- helpers

    static SelfReport report(String id, String unit, ReportingPeriod period, Instant at) {
        return SelfReport.builder().id(id).unitId(unit).period(period).source(SourceKind.SELF).author(unit + "-clerk")
                .recordedAt(at).type(period.isWholeYear() ? SelfReport.Type.ANNUAL : SelfReport.Type.MONTHLY).build();
    }

    static void fullMarks(Kaoping k, String unit) {
        k.submit("r", "fzb", KaopingTest.judgement("j11-" + unit, unit, "r", "fzb", "好", "1.1"));
        k.submit("r", "fzb", KaopingTest.judgement("j12a-" + unit, unit, "r", "fzb", "出席", "1.2"));
        k.submit("r", "fzb", KaopingTest.judgement("j12b-" + unit, unit, "r", "fzb", "出席", "1.2"));
        k.submit("r", "fzb", KaopingTest.judgement("j22-" + unit, unit, "r", "fzb", "好", "2.2"));
    }

    static List<ObligationStatus> statuses(List<Obligation> obligations, ReportingPeriod period) {
        return obligations.stream().filter(o -> o.period().equals(period)).map(Obligation::status).collect(Collectors.toList());
    }

    static List<String> unitsOf(List<Notification> ns) {
        return ns.stream().map(n -> n.unitId().get()).sorted().collect(Collectors.toList());
    }

    static <T> T only(List<T> items) {
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    /** Builders the test needs beyond {@link #builder(Notifier...)}. */
    static final class KaopingTestBuilders {
        static Kaoping.Builder plain(AssessmentStore store) {
            return Kaoping.builder()
                    .rubricProvider(KaopingTest.provider("test-rubrics", TestOrg.countyRubric()))
                    .orgDirectory(new TestOrg())
                    .store(store)
                    .ruleEvaluator(new AttendanceEvaluator())
                    .cityOffice(TestOrg.CITY_OFFICE)
                    .planFromRubrics("beihai-test", 2015);
        }

        static Kaoping.Builder swap(Kaoping.Builder b, AssessmentStore store) {
            return b.store(store);
        }
    }
}

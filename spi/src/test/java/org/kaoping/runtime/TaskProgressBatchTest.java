package org.kaoping.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.task.TaskList;
import org.kaoping.core.task.TaskProgress;
import org.kaoping.core.task.TaskRefusedException;
import org.kaoping.core.task.TaskStatus;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.fixtures.AttendanceEvaluator;
import org.kaoping.spi.fixtures.TestOrg;
import org.kaoping.spi.support.ForwardingAssessmentStore;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * {@link Kaoping#reportTaskProgressAll} against the same reports filed one by one with {@link Kaoping#reportTaskProgress}
 * on a second store under the same clock: seeded random batches of valid and refused reports (unknown task, a unit
 * that may not report, a month after the current one or of another year, a note too long, a bad actor).
 */
class TaskProgressBatchTest {
    private static final String[] UNITS = {"haicheng", "hepu", "yinhai", "fzb", "nowhere", ""};
    private static final String[] TASKS = {"T1", "T2", "T9"};

    /** Counts the store calls that write audit events, to show that a batch is one. */
    static final class CountingStore extends ForwardingAssessmentStore {
        final InMemoryAssessmentStore inner = new InMemoryAssessmentStore();
        int auditCalls;

        @Override
        protected AssessmentStore delegate() {
            return inner;
        }

        @Override
        public AuditEvent audit(AuditEvent event) {
            auditCalls++;
            return inner.audit(event);
        }

        @Override
        public List<AuditEvent> auditAll(List<AuditEvent> events) {
            auditCalls++;
            return inner.auditAll(events);
        }
    }

    final KaopingRectificationTest.SettableClock clock = new KaopingRectificationTest.SettableClock(KaopingTaskTest.beijing(2015, 3, 10, 9, 0));

    Kaoping runtime(AssessmentStore store) {
        Kaoping k = Kaoping.builder().orgDirectory(new TestOrg()).store(store).plan(KaopingTaskTest.PLAN).ruleEvaluator(new AttendanceEvaluator())
                .cityOffice(TestOrg.CITY_OFFICE).clock(clock).parallelism(1).build();
        k.loadTasks("office-clerk", "fzb", TaskList.of(2015, Arrays.asList(KaopingTaskTest.HAICHENG, KaopingTaskTest.HEPU)));
        return k;
    }

    /** An event without its sequence number (the two stores number alike only while their trails are alike). */
    static String key(AuditEvent e) {
        return e.at() + "|" + e.actor() + "|" + e.actorUnitId() + "|" + e.action() + "|" + e.unitId() + "|" + e.subject() + "|" + e.detail();
    }

    static List<String> keys(AssessmentStore store, int from) {
        List<AuditEvent> all = store.auditEvents(0);
        return all.subList(from, all.size()).stream().map(TaskProgressBatchTest::key).collect(Collectors.toList());
    }

    static TaskProgressReport randomReport(SplittableRandom rnd) {
        int kind = rnd.nextInt(10);
        String actor = kind == 0 ? " " : "clerk-" + rnd.nextInt(3);
        String unit = kind == 1 ? UNITS[rnd.nextInt(UNITS.length)] : rnd.nextBoolean() ? "haicheng" : "hepu";
        String task = kind == 2 ? TASKS[rnd.nextInt(TASKS.length)] : unit.equals("haicheng") ? "T1" : "T2";
        int year = kind == 3 ? 2014 + rnd.nextInt(3) : 2015;
        YearMonth month = YearMonth.of(year, 1 + rnd.nextInt(kind == 4 ? 12 : 4));
        String note = kind == 5 ? new String(new char[TaskDesk.MAX_NOTE + rnd.nextInt(2)]).replace('\0', 'x')
                : rnd.nextInt(4) == 0 ? null : "进展 " + rnd.nextInt(100);
        TaskStatus status = TaskStatus.values()[rnd.nextInt(TaskStatus.values().length)];
        return TaskProgressReport.of(actor, unit, task, month, status, note);
    }

    @Test
    @DisplayName("A batch stores the events one-by-one filing would, in one call; a refused batch audits the same refusal and stores nothing else")
    void batchEqualsOneByOne() {
        SplittableRandom rnd = new SplittableRandom(7714);
        int accepted = 0;
        int refused = 0;
        for (int trial = 0; trial < 20; trial++) {
            InMemoryAssessmentStore single = new InMemoryAssessmentStore();
            CountingStore batched = new CountingStore();
            clock.set(KaopingTaskTest.beijing(2015, 3, 10, 9, 0));
            Kaoping one = runtime(single);
            Kaoping all = runtime(batched);
            assertEquals(keys(single, 0), keys(batched, 0));
            for (int step = 0; step < 30; step++) {
                clock.set(KaopingTaskTest.beijing(2015, 3 + rnd.nextInt(2), 1 + rnd.nextInt(28), rnd.nextInt(24), rnd.nextInt(60)));
                List<TaskProgressReport> batch = new ArrayList<>();
                for (int n = rnd.nextInt(6); n > 0; n--) {
                    batch.add(randomReport(rnd));
                }
                int singleFrom = single.auditEvents(0).size();
                int batchedFrom = batched.auditEvents(0).size();
                List<TaskProgress> filed = new ArrayList<>();
                TaskRefusedException oneRefused = null;
                for (TaskProgressReport r : batch) {
                    try {
                        filed.add(one.reportTaskProgress(r.actor(), r.actorUnitId(), r.taskId(), r.month(), r.status(), r.note()));
                    } catch (TaskRefusedException x) {
                        oneRefused = x;
                        break;
                    }
                }
                int calls = batched.auditCalls;
                if (oneRefused == null) {
                    assertEquals(filed, all.reportTaskProgressAll(batch), "the reports as stored");
                    assertEquals(keys(single, singleFrom), keys(batched, batchedFrom), "the same events in the same order");
                    assertEquals(batch.isEmpty() ? 0 : 1, batched.auditCalls - calls, "one store call per batch");
                    accepted += batch.size();
                } else {
                    TaskRefusedException x = assertThrows(TaskRefusedException.class, () -> all.reportTaskProgressAll(batch));
                    assertEquals(oneRefused.getMessage(), x.getMessage());
                    assertEquals(oneRefused.reason(), x.reason());
                    List<String> singleNew = keys(single, singleFrom);
                    assertEquals(singleNew.subList(singleNew.size() - 1, singleNew.size()), keys(batched, batchedFrom),
                            "only the refusal, audited as one-by-one filing audits it");
                    // file the accepted prefix so that both stores hold the same reports again
                    List<TaskProgressReport> prefix = batch.subList(0, filed.size());
                    int prefixFrom = batched.auditEvents(0).size();
                    assertEquals(filed, all.reportTaskProgressAll(prefix));
                    assertEquals(singleNew.subList(0, singleNew.size() - 1), keys(batched, prefixFrom));
                    refused++;
                }
                assertEquals(one.taskProgress(), all.taskProgress());
                LocalDate asOf = LocalDate.of(2015, 4, 30);
                assertEquals(one.taskStatus(asOf).states(), all.taskStatus(asOf).states());
            }
        }
        assertTrue(accepted > 100 && refused > 50, "the seed exercises both: accepted " + accepted + ", refused batches " + refused);
    }

    @Test
    @DisplayName("An empty batch stores nothing; a null report is refused before anything is stored")
    void emptyAndNull() {
        CountingStore store = new CountingStore();
        Kaoping k = runtime(store);
        int calls = store.auditCalls;
        int events = store.auditEvents(0).size();
        assertEquals(Collections.emptyList(), k.reportTaskProgressAll(Collections.emptyList()));
        List<TaskProgressReport> withNull = Arrays.asList(
                TaskProgressReport.of("clerk", "haicheng", "T1", YearMonth.of(2015, 3), TaskStatus.IN_PROGRESS, null), null);
        assertThrows(NullPointerException.class, () -> k.reportTaskProgressAll(withNull));
        assertEquals(calls, store.auditCalls);
        assertEquals(events, store.auditEvents(0).size());
    }
}

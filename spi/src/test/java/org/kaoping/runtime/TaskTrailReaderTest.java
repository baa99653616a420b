package org.kaoping.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kaoping.core.StoreException;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.task.KeyTask;
import org.kaoping.core.task.TaskStatus;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * The key-task reader folds only the events stored since its last read: after every append of a seeded random mix of
 * events (task definitions and revisions, reports, other plans' task events, other actions), what it answers must
 * equal the replay of the whole trail, which is what the desk read before.
 */
class TaskTrailReaderTest {
    private static final ZoneId ZONE = AssessmentCycle.SHANGHAI;
    private static final Instant T0 = Instant.parse("2015-03-01T02:00:00Z");

    private static AuditEvent event(AuditEvent.Action action, String unit, String subject, String detail, Instant at) {
        return AuditEvent.builder().at(at).actor("clerk").actorUnitId("fzb").action(action).unitId(unit).subject(subject)
                .detail(detail).build();
    }

    @Test
    void foldedReadsEqualTheReplayOfTheWholeTrailAfterEveryAppend() {
        SplittableRandom rnd = new SplittableRandom(1416);
        for (int trial = 0; trial < 20; trial++) {
            InMemoryAssessmentStore store = new InMemoryAssessmentStore();
            TaskTrail.Reader reader = new TaskTrail.Reader();
            int defined = 0;
            Instant at = T0;
            for (int step = 0; step < 120; step++) {
                at = at.plusSeconds(rnd.nextInt(3 * 86_400));
                int batch = 1 + rnd.nextInt(3);
                for (int b = 0; b < batch; b++) {
                    int kind = rnd.nextInt(10);
                    String plan = rnd.nextInt(8) == 0 ? "other-plan" : "tasks-2015";
                    if (kind < 3 || defined == 0) {
                        String id = "T" + rnd.nextInt(6);
                        KeyTask t = KeyTask.of(id, 2015, "任务" + rnd.nextInt(3), "u" + rnd.nextInt(3), LocalDate.of(2015, 1 + rnd.nextInt(12), 28),
                                "标准", Arrays.asList("1." + rnd.nextInt(3)));
                        store.audit(event(AuditEvent.Action.TASK_DEFINED, t.ownerUnitId(), id, TaskTrail.definedDetail(plan, t), at));
                        defined += plan.equals("tasks-2015") ? 1 : 0;
                    } else if (kind < 8) {
                        // a report on a task loaded before (ids of the plan's definitions are T0..T5; a report on one never
                        // loaded is malformed, so only those defined so far are drawn)
                        String id = "T" + rnd.nextInt(6);
                        if (!reader.read(store, "tasks-2015", 2015, ZONE).list.task(id).isPresent()) {
                            continue;
                        }
                        store.audit(event(AuditEvent.Action.TASK_PROGRESS_REPORTED, "u" + rnd.nextInt(3), id,
                                TaskTrail.progressDetail("tasks-2015", YearMonth.of(2015, 1 + rnd.nextInt(12)),
                                        TaskStatus.values()[rnd.nextInt(TaskStatus.values().length)], rnd.nextBoolean() ? "" : "备注" + step),
                                at));
                    } else {
                        store.audit(event(AuditEvent.Action.TASK_REFUSED, "u1", "T9", "refused " + step, at));
                    }
                }
                if (rnd.nextInt(3) > 0) { // reads now and then: folds of one event and of several
                    TaskTrail.Replayed got = reader.read(store, "tasks-2015", 2015, ZONE);
                    TaskTrail.Replayed all = TaskTrail.replay(store.auditEvents(0), "tasks-2015", 2015, ZONE);
                    assertEquals(all.list, got.list, "trial " + trial + " step " + step);
                    assertEquals(all.firstMonths, got.firstMonths);
                    assertEquals(all.progress, got.progress);
                }
            }
        }
    }

    @Test
    void aMalformedEventFailsEveryReadAsTheWholeReplayDoes() {
        InMemoryAssessmentStore store = new InMemoryAssessmentStore();
        TaskTrail.Reader reader = new TaskTrail.Reader();
        KeyTask t = KeyTask.of("T1", 2015, "任务", "u1", LocalDate.of(2015, 6, 30), "标准", Arrays.asList("1.1"));
        store.audit(event(AuditEvent.Action.TASK_DEFINED, "u1", "T1", TaskTrail.definedDetail("tasks-2015", t), T0));
        assertEquals(1, reader.read(store, "tasks-2015", 2015, ZONE).list.tasks().size());
        store.audit(event(AuditEvent.Action.TASK_PROGRESS_REPORTED, "u1", "T2",
                TaskTrail.progressDetail("tasks-2015", YearMonth.of(2015, 3), TaskStatus.values()[0], null), T0.plusSeconds(60)));
        StoreException first = assertThrows(StoreException.class, () -> reader.read(store, "tasks-2015", 2015, ZONE));
        StoreException again = assertThrows(StoreException.class, () -> reader.read(store, "tasks-2015", 2015, ZONE));
        assertEquals(first.getMessage(), again.getMessage());
        assertEquals(first.getMessage(), assertThrows(StoreException.class,
                () -> TaskTrail.replay(store.auditEvents(0), "tasks-2015", 2015, ZONE)).getMessage());
    }
}

package org.kaoping.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.task.KeyTask;
import org.kaoping.core.task.TaskList;
import org.kaoping.core.task.TaskOverview;
import org.kaoping.core.task.TaskProgress;
import org.kaoping.core.task.TaskRefusedException;
import org.kaoping.core.task.TaskState;
import org.kaoping.core.task.TaskStatus;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.fixtures.AttendanceEvaluator;
import org.kaoping.spi.fixtures.TestOrg;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * The key tasks (四定重点工作任务) through the runtime on {@link TestOrg}'s counties: the office loads the list on
 * 10 March 2015, the owners report monthly; deadlines and monthly report deadlines are read in Beijing time.
 */
class KaopingTaskTest {
    static final AssessmentPlan PLAN = AssessmentPlan.builder().id("tasks-2015").year(2015)
            .rubrics(Collections.singletonMap(OrgKind.COUNTY_DISTRICT, TestOrg.countyRubric())).build();
    static final KeyTask HAICHENG = KeyTask.of("T1", 2015, "制定法治建设意见", "haicheng", LocalDate.of(2015, 6, 30), "以区委文件印发",
            Arrays.asList("1.1"));
    static final KeyTask HEPU = KeyTask.of("T2", 2015, "开展法治宣传", "hepu", LocalDate.of(2015, 12, 31), "全年不少于4次", Arrays.asList("2.2", "1.1"));

    final InMemoryAssessmentStore store = new InMemoryAssessmentStore();
    final KaopingRectificationTest.SettableClock clock = new KaopingRectificationTest.SettableClock(beijing(2015, 3, 10, 9, 0));

    static Instant beijing(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(AssessmentCycle.SHANGHAI).toInstant();
    }

    Kaoping runtime() {
        return Kaoping.builder().orgDirectory(new TestOrg()).store(store).plan(PLAN).ruleEvaluator(new AttendanceEvaluator())
                .cityOffice(TestOrg.CITY_OFFICE).clock(clock).parallelism(1).build();
    }

    Kaoping loaded() {
        Kaoping k = runtime();
        k.loadTasks("office-clerk", "fzb", TaskList.of(2015, Arrays.asList(HAICHENG, HEPU)));
        return k;
    }

    long count(AuditEvent.Action action) {
        return store.auditEvents(0).stream().filter(e -> e.action() == action).count();
    }

    @Test
    @DisplayName("The office loads the list; loading it again unchanged records nothing; a revised task is recorded once")
    void loadIsAuditedOnce() {
        Kaoping k = loaded();
        assertEquals(Arrays.asList(HAICHENG, HEPU), k.tasks().tasks());
        assertEquals(2, count(AuditEvent.Action.TASK_DEFINED));
        k.loadTasks("office-clerk", "fzb", TaskList.of(2015, Arrays.asList(HAICHENG, HEPU)));
        assertEquals(2, count(AuditEvent.Action.TASK_DEFINED));
        KeyTask later = KeyTask.of("T1", 2015, HAICHENG.title(), "haicheng", LocalDate.of(2015, 7, 31), HAICHENG.standard(), Arrays.asList("1.1"));
        TaskList now = k.loadTasks("office-clerk", "fzb", TaskList.of(2015, Collections.singletonList(later)));
        assertEquals(Arrays.asList(later, HEPU), now.tasks(), "a revision replaces the task; a task left out stays");
        assertEquals(3, count(AuditEvent.Action.TASK_DEFINED));
    }

    @Test
    @DisplayName("A county may not load the list, and a task whose owner or criterion the plan does not know is refused; nothing stored")
    void loadRefusals() {
        Kaoping k = runtime();
        TaskRefusedException notOffice = assertThrows(TaskRefusedException.class,
                () -> k.loadTasks("clerk", "haicheng", TaskList.of(2015, Collections.singletonList(HAICHENG))));
        assertEquals(TaskRefusedException.Reason.NOT_PERMITTED, notOffice.reason());
        KeyTask township = KeyTask.of("T9", 2015, "任务", "qiaogang", LocalDate.of(2015, 6, 30), "标准", Arrays.asList("1.1"));
        TaskRefusedException noRubric = assertThrows(TaskRefusedException.class,
                () -> k.loadTasks("clerk", "fzb", TaskList.of(2015, Arrays.asList(HAICHENG, township))));
        assertEquals(TaskRefusedException.Reason.INVALID_INPUT, noRubric.reason());
        assertTrue(noRubric.getMessage().contains("qiaogang"), noRubric.getMessage());
        KeyTask badCriterion = KeyTask.of("T8", 2015, "任务", "hepu", LocalDate.of(2015, 6, 30), "标准", Arrays.asList("9.9"));
        TaskRefusedException unknown = assertThrows(TaskRefusedException.class,
                () -> k.loadTasks("clerk", "fzb", TaskList.of(2015, Collections.singletonList(badCriterion))));
        assertTrue(unknown.getMessage().contains("[9.9]"), unknown.getMessage());
        assertEquals(0, count(AuditEvent.Action.TASK_DEFINED));
        assertEquals(3, count(AuditEvent.Action.TASK_REFUSED));
        assertEquals(0, k.tasks().size());
    }

    @Test
    @DisplayName("Progress from another county is refused and audited; the owner and the office may report")
    void onlyOwnerOrOfficeReports() {
        Kaoping k = loaded();
        clock.set(beijing(2015, 4, 20, 10, 0));
        TaskRefusedException x = assertThrows(TaskRefusedException.class,
                () -> k.reportTaskProgress("yinhai-clerk", "yinhai", "T1", YearMonth.of(2015, 4), TaskStatus.IN_PROGRESS, "冒报"));
        assertEquals(TaskRefusedException.Reason.NOT_PERMITTED, x.reason());
        assertEquals("yinhai", x.actorUnitId());
        assertEquals(1, count(AuditEvent.Action.TASK_REFUSED));
        assertEquals(0, k.taskProgress().size(), "nothing stored");
        TaskProgress own = k.reportTaskProgress("haicheng-clerk", "haicheng", "T1", YearMonth.of(2015, 4), TaskStatus.IN_PROGRESS, "起草中");
        TaskProgress office = k.reportTaskProgress("office-clerk", "fzb", "T2", YearMonth.of(2015, 4), TaskStatus.NOT_STARTED, null);
        assertEquals(Arrays.asList(own, office), k.taskProgress());
        assertEquals(beijing(2015, 4, 20, 10, 0), own.filedAt());
    }

    @Test
    @DisplayName("An unknown task, a month of another year or a future month is refused")
    void reportRefusals() {
        Kaoping k = loaded();
        clock.set(beijing(2015, 4, 20, 10, 0));
        assertEquals(TaskRefusedException.Reason.UNKNOWN_TASK, assertThrows(TaskRefusedException.class,
                () -> k.reportTaskProgress("c", "haicheng", "T7", YearMonth.of(2015, 4), TaskStatus.DONE, null)).reason());
        assertEquals(TaskRefusedException.Reason.INVALID_INPUT, assertThrows(TaskRefusedException.class,
                () -> k.reportTaskProgress("c", "haicheng", "T1", YearMonth.of(2014, 12), TaskStatus.DONE, null)).reason());
        TaskRefusedException future = assertThrows(TaskRefusedException.class,
                () -> k.reportTaskProgress("c", "haicheng", "T1", YearMonth.of(2015, 5), TaskStatus.DONE, null));
        assertTrue(future.getMessage().contains("2015-05"), future.getMessage());
        assertEquals(3, count(AuditEvent.Action.TASK_REFUSED));
        assertEquals(0, k.taskProgress().size());
    }

    /** T1's owner reports March to May in progress, then 已完成 for June at {@code doneAt}. */
    Kaoping doneAt(Instant doneAt) {
        Kaoping k = loaded();
        for (int m = 3; m <= 5; m++) {
            clock.set(beijing(2015, m, 20, 10, 0));
            k.reportTaskProgress("c", "haicheng", "T1", YearMonth.of(2015, m), TaskStatus.IN_PROGRESS, "推进中");
        }
        clock.set(doneAt);
        k.reportTaskProgress("c", "haicheng", "T1", YearMonth.of(2015, 6), TaskStatus.DONE, "已印发");
        return k;
    }

    static TaskState t1(TaskOverview o) {
        return o.byOwner().get("haicheng").get(0);
    }

    @Test
    @DisplayName("Done at 23:59 on the deadline day, Beijing time (15:59 UTC), is on time; at 00:00 the next day it is done late")
    void deadlineBoundaryInBeijingTime() {
        TaskState onTime = t1(doneAt(beijing(2015, 6, 30, 23, 59)).taskStatus(LocalDate.of(2015, 7, 1)));
        assertEquals(TaskStatus.DONE, onTime.status());
        assertFalse(onTime.completedLate());
        assertFalse(onTime.late(), onTime.toString());

        KaopingTaskTest other = new KaopingTaskTest();
        Instant nextDay = beijing(2015, 7, 1, 0, 0);
        assertEquals(Instant.parse("2015-06-30T16:00:00Z"), nextDay);
        TaskState late = t1(other.doneAt(nextDay).taskStatus(LocalDate.of(2015, 7, 1)));
        assertEquals(TaskStatus.DONE, late.status());
        assertTrue(late.completedLate());
        assertFalse(late.overdue(), "done is not overdue");
    }

    @Test
    @DisplayName("Not done: not overdue on the deadline day, overdue from the next day (Beijing date)")
    void overdueFromTheDayAfter() {
        Kaoping k = loaded();
        for (int m = 3; m <= 6; m++) {
            clock.set(beijing(2015, m, 20, 10, 0));
            k.reportTaskProgress("c", "haicheng", "T1", YearMonth.of(2015, m), TaskStatus.IN_PROGRESS, null);
        }
        assertFalse(t1(k.taskStatus(LocalDate.of(2015, 6, 30))).overdue());
        TaskState after = t1(k.taskStatus(LocalDate.of(2015, 7, 1)));
        assertTrue(after.overdue());
        assertTrue(after.late());
        assertEquals(Collections.emptyList(), after.missingMonths());
        List<String> late = new java.util.ArrayList<>();
        for (TaskState s : k.taskStatus(LocalDate.of(2015, 7, 1)).late()) {
            late.add(s.task().id());
        }
        assertEquals(Arrays.asList("T1", "T2"), late, "T2 never reported: March to June missing");
    }

    @Test
    @DisplayName("A month's report is missing from the 26th (on or before the 25th), not on the 25th; no report is due before the list was loaded")
    void missingMonthFromThe26th() {
        Kaoping k = loaded();
        TaskState on25 = k.taskStatus(LocalDate.of(2015, 3, 25)).byOwner().get("hepu").get(0);
        assertEquals(Collections.emptyList(), on25.missingMonths());
        assertFalse(on25.late());
        TaskState on26 = k.taskStatus(LocalDate.of(2015, 3, 26)).byOwner().get("hepu").get(0);
        assertEquals(Collections.singletonList(YearMonth.of(2015, 3)), on26.missingMonths(), "January and February are before the list");
        assertTrue(on26.late());
        assertEquals(TaskStatus.NOT_STARTED, on26.status());
    }

    @Test
    @DisplayName("The list and the progress survive a restart: a new runtime over the store sees them")
    void restartKeepsTasks() {
        Kaoping k = loaded();
        clock.set(beijing(2015, 4, 20, 10, 0));
        k.reportTaskProgress("c", "hepu", "T2", YearMonth.of(2015, 4), TaskStatus.IN_PROGRESS, "第一次宣传; 已完成\n备案");
        k.close();
        try (Kaoping again = runtime()) {
            assertEquals(Arrays.asList(HAICHENG, HEPU), again.tasks().tasks());
            List<TaskProgress> p = again.taskProgress();
            assertEquals(1, p.size());
            assertEquals("第一次宣传; 已完成\n备案", p.get(0).note().get());
            assertEquals(TaskStatus.IN_PROGRESS, again.taskStatus(LocalDate.of(2015, 4, 30)).byOwner().get("hepu").get(0).status());
        }
    }
}

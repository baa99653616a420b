package org.kaoping.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.kaoping.core.cycle.DeadlineReading;

/** {@link TaskOverview} on its own: which report is the latest, the two readings of "每月25日前", the list's rules. */
class TaskOverviewTest {
    static final KeyTask TASK = KeyTask.of("T1", 2015, "任务", "u1", LocalDate.of(2015, 12, 31), "标准", Collections.singletonList("1.1"));
    static final TaskList LIST = TaskList.of(2015, Collections.singletonList(TASK));

    static Instant beijing(int m, int d, int h) {
        return LocalDateTime.of(2015, m, d, h, 0).atZone(AssessmentCycle.SHANGHAI).toInstant();
    }

    static TaskProgress report(int month, TaskStatus s, Instant at) {
        return TaskProgress.of("T1", "u1", YearMonth.of(2015, month), s, null, at, "clerk");
    }

    static TaskState state(List<TaskProgress> reports, AssessmentCycle cycle, LocalDate asOf) {
        return TaskOverview.of(LIST, Collections.singletonMap("T1", YearMonth.of(2015, 3)), reports, cycle, asOf).states().get(0);
    }

    @Test
    @DisplayName("The latest month decides; a correction filed later for an earlier month does not; a later report of the same month does")
    void latestMonthDecides() {
        List<TaskProgress> reports = Arrays.asList(report(4, TaskStatus.IN_PROGRESS, beijing(4, 20, 10)), report(3, TaskStatus.DONE, beijing(4, 21, 10)),
                report(4, TaskStatus.NOT_STARTED, beijing(4, 22, 10)));
        TaskState s = state(reports, AssessmentCycle.of(2015), LocalDate.of(2015, 4, 30));
        assertEquals(TaskStatus.NOT_STARTED, s.status());
        assertEquals(beijing(4, 22, 10), s.latest().get().filedAt());
    }

    @Test
    @DisplayName("Read 'before the 25th', March's report is missing on the 25th; read 'on or before', from the 26th")
    void bothReadings() {
        AssessmentCycle before = AssessmentCycle.builder().year(2015).deadlineReading(DeadlineReading.BEFORE_THE_DAY).build();
        List<TaskProgress> none = Collections.emptyList();
        assertEquals(Collections.singletonList(YearMonth.of(2015, 3)), state(none, before, LocalDate.of(2015, 3, 25)).missingMonths());
        assertEquals(Collections.emptyList(), state(none, AssessmentCycle.of(2015), LocalDate.of(2015, 3, 25)).missingMonths());
        assertEquals(Collections.singletonList(YearMonth.of(2015, 3)), state(none, AssessmentCycle.of(2015), LocalDate.of(2015, 3, 26)).missingMonths());
    }

    @Test
    @DisplayName("No report is due after the month the task was reported done")
    void noReportAfterDone() {
        TaskState s = state(Collections.singletonList(report(3, TaskStatus.DONE, beijing(3, 20, 10))), AssessmentCycle.of(2015), LocalDate.of(2015, 12, 31));
        assertEquals(Collections.emptyList(), s.missingMonths());
        org.junit.jupiter.api.Assertions.assertFalse(s.late());
    }

    @Test
    @DisplayName("A list refuses duplicate ids and tasks of another year; a task refuses blank text and no criterion")
    void listAndTaskRules() {
        assertThrows(IllegalArgumentException.class, () -> TaskList.of(2015, Arrays.asList(TASK, TASK)));
        assertThrows(IllegalArgumentException.class, () -> TaskList.of(2016, Collections.singletonList(TASK)));
        assertThrows(IllegalArgumentException.class, () -> KeyTask.of("T2", 2015, " ", "u1", LocalDate.of(2015, 1, 1), "s", Collections.singletonList("1")));
        assertThrows(IllegalArgumentException.class, () -> KeyTask.of("T2", 2015, "t", "u1", LocalDate.of(2015, 1, 1), "s", Collections.<String>emptyList()));
        assertThrows(IllegalArgumentException.class, () -> KeyTask.of(" T2", 2015, "t", "u1", LocalDate.of(2015, 1, 1), "s", Collections.singletonList("1")));
        assertEquals(TaskStatus.IN_PROGRESS, TaskStatus.parse("进行中"));
        assertEquals(TaskStatus.DONE, TaskStatus.parse("done"));
        assertEquals(null, TaskStatus.parse("差不多"));
    }
}

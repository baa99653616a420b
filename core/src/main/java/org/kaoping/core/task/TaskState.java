package org.kaoping.core.task;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.kaoping.core.api.API;

/**
 * A key task as of a day ({@link TaskOverview}): its latest reported status, whether its deadline passed without it
 * done (逾期未完成), whether it was done only after the deadline (逾期完成), and the months whose self-report on it is
 * missing (未报). Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TaskState {
    private final KeyTask task;
    private final TaskProgress latest;
    private final boolean overdue;
    private final boolean completedLate;
    private final List<YearMonth> missingMonths;

    TaskState(KeyTask task, TaskProgress latest, boolean overdue, boolean completedLate, List<YearMonth> missingMonths) {
        this.task = task;
        this.latest = latest;
        this.overdue = overdue;
        this.completedLate = completedLate;
        this.missingMonths = Collections.unmodifiableList(new ArrayList<>(missingMonths));
    }

    public KeyTask task() {
        return task;
    }

    /** The latest report of the latest month reported, as of the day; empty if none. */
    public Optional<TaskProgress> latest() {
        return Optional.ofNullable(latest);
    }

    /** The latest report's status; {@link TaskStatus#NOT_STARTED} if nobody reported. */
    public TaskStatus status() {
        return latest == null ? TaskStatus.NOT_STARTED : latest.status();
    }

    /** Whether the deadline passed (from 00:00 of the next day, Beijing time) and the task is not done (逾期未完成). */
    public boolean overdue() {
        return overdue;
    }

    /** Whether the task is done but was first reported done after its deadline (逾期完成). */
    public boolean completedLate() {
        return completedLate;
    }

    /** The months whose monthly self-report on the task is due and missing, in order. */
    public List<YearMonth> missingMonths() {
        return missingMonths;
    }

    /** Whether the task is late: overdue, or a month's self-report on it is missing. */
    public boolean late() {
        return overdue || !missingMonths.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TaskState)) {
            return false;
        }
        TaskState s = (TaskState) o;
        return task.equals(s.task) && java.util.Objects.equals(latest, s.latest) && overdue == s.overdue && completedLate == s.completedLate
                && missingMonths.equals(s.missingMonths);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(task, latest, overdue, completedLate, missingMonths);
    }

    @Override
    public String toString() {
        return "TaskState[" + task.id() + ", " + status() + (overdue ? ", overdue" : "") + (completedLate ? ", completed late" : "")
                + (missingMonths.isEmpty() ? "" : ", missing " + missingMonths) + "]";
    }
}

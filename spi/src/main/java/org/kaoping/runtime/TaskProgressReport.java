package org.kaoping.runtime;

import java.time.YearMonth;
import org.kaoping.core.api.API;
import org.kaoping.core.task.TaskStatus;

/**
 * One monthly self-report (自查月报) to file with {@link Kaoping#reportTaskProgressAll}: the arguments of one
 * {@link Kaoping#reportTaskProgress} call, held as they are (they are checked when filed, exactly as that call checks
 * them). Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TaskProgressReport {
    private final String actor;
    private final String actorUnitId;
    private final String taskId;
    private final YearMonth month;
    private final TaskStatus status;
    private final String note;

    private TaskProgressReport(String actor, String actorUnitId, String taskId, YearMonth month, TaskStatus status, String note) {
        this.actor = actor;
        this.actorUnitId = actorUnitId;
        this.taskId = taskId;
        this.month = month;
        this.status = status;
        this.note = note;
    }

    /**
     * A report with the arguments of {@link Kaoping#reportTaskProgress}; nothing is checked here.
     *
     * @param actor who files it
     * @param actorUnitId the reporting unit (the task's owner, or the office)
     * @param taskId the task reported on
     * @param month the month reported for
     * @param status the task's status that month
     * @param note what was done, or null
     */
    public static TaskProgressReport of(String actor, String actorUnitId, String taskId, YearMonth month, TaskStatus status, String note) {
        return new TaskProgressReport(actor, actorUnitId, taskId, month, status, note);
    }

    /** Who files it. */
    public String actor() {
        return actor;
    }

    /** The reporting unit. */
    public String actorUnitId() {
        return actorUnitId;
    }

    /** The task reported on. */
    public String taskId() {
        return taskId;
    }

    /** The month reported for. */
    public YearMonth month() {
        return month;
    }

    /** The task's status that month. */
    public TaskStatus status() {
        return status;
    }

    /** What was done, or null. */
    public String note() {
        return note;
    }

    @Override
    public String toString() {
        return "TaskProgressReport[" + actorUnitId + " on " + taskId + " for " + month + ": " + status + "]";
    }
}

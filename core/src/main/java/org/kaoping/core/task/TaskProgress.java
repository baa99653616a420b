package org.kaoping.core.task;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;

/**
 * One unit's monthly self-report (自查月报) on one key task: the month it reports for, the status, a note, who filed it
 * for which unit and when. The latest report of the latest month gives a task's status. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TaskProgress {
    private final String taskId;
    private final String unitId;
    private final YearMonth month;
    private final TaskStatus status;
    private final String note;
    private final Instant filedAt;
    private final String filedBy;

    private TaskProgress(String taskId, String unitId, YearMonth month, TaskStatus status, String note, Instant filedAt, String filedBy) {
        this.taskId = taskId;
        this.unitId = unitId;
        this.month = month;
        this.status = status;
        this.note = note;
        this.filedAt = filedAt;
        this.filedBy = filedBy;
    }

    /**
     * A progress report.
     *
     * @param taskId the task reported on
     * @param unitId the reporting unit (the task's owner, or the office)
     * @param month the month reported for
     * @param status the task's status that month
     * @param note what was done, or null
     * @param filedAt when it was filed
     * @param filedBy who filed it
     * @throws NullPointerException if an argument other than {@code note} is null
     */
    public static TaskProgress of(String taskId, String unitId, YearMonth month, TaskStatus status, String note, Instant filedAt,
            String filedBy) {
        return new TaskProgress(Objects.requireNonNull(taskId, "taskId"), Objects.requireNonNull(unitId, "unitId"),
                Objects.requireNonNull(month, "month"), Objects.requireNonNull(status, "status"), note == null || note.isEmpty() ? null : note,
                Objects.requireNonNull(filedAt, "filedAt"), Objects.requireNonNull(filedBy, "filedBy"));
    }

    public String taskId() {
        return taskId;
    }

    /** The reporting unit. */
    public String unitId() {
        return unitId;
    }

    /** The month reported for. */
    public YearMonth month() {
        return month;
    }

    public TaskStatus status() {
        return status;
    }

    /** What was done, in the unit's words; empty if none was given. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Instant filedAt() {
        return filedAt;
    }

    /** The person or system that filed it. */
    public String filedBy() {
        return filedBy;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TaskProgress)) {
            return false;
        }
        TaskProgress p = (TaskProgress) o;
        return taskId.equals(p.taskId) && unitId.equals(p.unitId) && month.equals(p.month) && status == p.status && Objects.equals(note, p.note)
                && filedAt.equals(p.filedAt) && filedBy.equals(p.filedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(taskId, unitId, month, status, filedAt);
    }

    @Override
    public String toString() {
        return "TaskProgress[" + taskId + ", " + unitId + ", " + month + ", " + status + ", filed " + filedAt + "]";
    }
}

package org.kaoping.core.task;

import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;

/**
 * A key-task act (loading the list, reporting progress) was refused and nothing was stored: the task is unknown, the
 * actor's unit may not do it (only the city office or the plan's assessing office loads the list; only the task's owner
 * unit or those offices report on it), or an input does not fit the plan. The task (or {@code (task list)}), the actor's
 * unit and the reason are accessors.
 */
@API(status = API.Status.EXPERIMENTAL)
public class TaskRefusedException extends RefusedInputException {
    private static final long serialVersionUID = 1L;

    /** Why an act was refused. */
    public enum Reason {
        /** No task with the id is in the plan's list. */
        UNKNOWN_TASK,
        /** The actor's unit may not do this. */
        NOT_PERMITTED,
        /** An input is malformed or does not fit the plan: an id breaking the id rule, a month outside the year or in the future, an owner or criterion the plan does not know. */
        INVALID_INPUT
    }

    private final String taskId;
    private final String actorUnitId;
    private final Reason reason;

    public TaskRefusedException(String taskId, String actorUnitId, Reason reason, String message) {
        super("Key task [" + taskId + "] refused for unit [" + actorUnitId + "] (" + reason + "): " + message);
        this.taskId = taskId;
        this.actorUnitId = actorUnitId;
        this.reason = reason;
    }

    /** The task acted on, or {@code (task list)} for a refused list. */
    public String taskId() {
        return taskId;
    }

    /** The unit the refused actor acted for. */
    public String actorUnitId() {
        return actorUnitId;
    }

    public Reason reason() {
        return reason;
    }
}

package org.kaoping.runtime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.delegation.IdRule;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.task.KeyTask;
import org.kaoping.core.task.TaskList;
import org.kaoping.core.task.TaskOverview;
import org.kaoping.core.task.TaskProgress;
import org.kaoping.core.task.TaskRefusedException;
import org.kaoping.core.task.TaskRefusedException.Reason;
import org.kaoping.core.task.TaskStatus;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;

/**
 * The runtime's key-task desk (四定重点工作任务): loads the year's list into the plan, takes the units' monthly progress
 * reports and answers the status as of a day. Every change is an audit event ({@link TaskTrail}); the list and the
 * reports are read back from the audit trail, never kept in memory, so they survive restarts wherever the store does.
 * Refusals are audited as {@code TASK_REFUSED} and nothing else is stored. The facade serializes the acts. The runtime's
 * {@link TaskTrail.Reader} keeps the trail read so far folded, so that a desk reads only the events stored since.
 */
final class TaskDesk {
    /** The longest note accepted on a progress report, in characters. */
    static final int MAX_NOTE = 2000;
    private static final String LIST = "(task list)";

    private final AssessmentPlan plan;
    private final AssessmentCycle cycle;
    private final AssessmentStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final String cityOfficeId;
    private final Optional<String> assessingOffice;
    private final TaskTrail.Reader reader;

    TaskDesk(AssessmentPlan plan, AssessmentCycle cycle, AssessmentStore store, AuditTrail audit, Clock clock, String cityOfficeId,
            Optional<String> assessingOffice, TaskTrail.Reader reader) {
        this.reader = reader;
        this.plan = plan;
        this.cycle = cycle;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.cityOfficeId = cityOfficeId;
        this.assessingOffice = assessingOffice;
    }

    TaskTrail.Replayed replay() {
        return reader.read(store, plan.id(), plan.year(), cycle.zone());
    }

    /** See {@link Kaoping#loadTasks}. */
    TaskList load(OrgTree tree, String actor, String actorUnitId, TaskList list) {
        checkActor(tree, actor, actorUnitId, LIST);
        if (!isOffice(actorUnitId)) {
            throw refuse(actor, actorUnitId, LIST, Reason.NOT_PERMITTED, "only " + offices() + " loads the key-task list");
        }
        if (list.year() != plan.year()) {
            throw refuse(actor, actorUnitId, LIST, Reason.INVALID_INPUT, "the list is of year " + list.year() + ", plan [" + plan.id()
                    + "] of year " + plan.year());
        }
        List<TaskList.Problem> problems = list.problems(tree, plan);
        if (!problems.isEmpty()) {
            throw refuse(actor, actorUnitId, LIST, Reason.INVALID_INPUT, problems.size() + " task(s) do not fit the plan: " + problems);
        }
        TaskList before = replay().list;
        List<AuditEvent> events = new ArrayList<>();
        for (KeyTask t : list.tasks()) {
            if (!t.equals(before.task(t.id()).orElse(null))) {
                events.add(audit.event(actor, actorUnitId, AuditEvent.Action.TASK_DEFINED, t.ownerUnitId(), t.id(), TaskTrail.definedDetail(plan.id(), t)));
            }
        }
        if (!events.isEmpty()) {
            audit.auditAll(events);
        }
        return replay().list;
    }

    /** See {@link Kaoping#reportTaskProgress}. */
    TaskProgress report(OrgTree tree, String actor, String actorUnitId, String taskId, YearMonth month, TaskStatus status, String note) {
        AuditEvent e = checked(tree, null, actor, actorUnitId, taskId, month, status, note);
        audit.audit(e);
        return TaskProgress.of(taskId, actorUnitId, month, status, note, e.at(), actor);
    }

    /**
     * See {@link Kaoping#reportTaskProgressAll}: each report checked as {@link #report} checks it, in order, and their
     * events stored in one call; the first refusal is audited (as {@link #report} audits it) and nothing of the batch is
     * stored. The list is read once: the reports do not change it, so each check sees what it would have seen alone.
     */
    List<TaskProgress> reportAll(OrgTree tree, List<TaskProgressReport> reports) {
        TaskList list = null;
        List<AuditEvent> events = new ArrayList<>(reports.size());
        List<TaskProgress> out = new ArrayList<>(reports.size());
        for (TaskProgressReport r : reports) {
            Objects.requireNonNull(r, "report");
            if (list == null) {
                checkArguments(tree, r.actor(), r.actorUnitId(), r.taskId(), r.month(), r.status());
                list = replay().list; // after the first report's own checks, as report() reads it
            }
            AuditEvent e = checked(tree, list, r.actor(), r.actorUnitId(), r.taskId(), r.month(), r.status(), r.note());
            events.add(e);
            out.add(TaskProgress.of(r.taskId(), r.actorUnitId(), r.month(), r.status(), r.note(), e.at(), r.actor()));
        }
        if (!events.isEmpty()) {
            audit.auditAll(events);
        }
        return out;
    }

    private void checkArguments(OrgTree tree, String actor, String actorUnitId, String taskId, YearMonth month, TaskStatus status) {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(status, "status");
        checkActor(tree, actor, actorUnitId, taskId);
    }

    /**
     * The event of one progress report once it passes every check; {@code list} is the key-task list to check it
     * against, or null to read it from the trail (after the argument checks).
     */
    private AuditEvent checked(OrgTree tree, TaskList list, String actor, String actorUnitId, String taskId, YearMonth month, TaskStatus status,
            String note) {
        checkArguments(tree, actor, actorUnitId, taskId, month, status);
        Optional<KeyTask> task = (list == null ? replay().list : list).task(taskId);
        if (!task.isPresent()) {
            throw refuse(actor, actorUnitId, taskId, Reason.UNKNOWN_TASK, "plan [" + plan.id() + "]'s key-task list has no task [" + IdRule.escape(taskId) + "]");
        }
        KeyTask t = task.get();
        if (!actorUnitId.equals(t.ownerUnitId()) && !isOffice(actorUnitId)) {
            throw refuse(actor, actorUnitId, taskId, Reason.NOT_PERMITTED, "only the task's owner unit [" + t.ownerUnitId() + "] or " + offices()
                    + " reports progress on it");
        }
        YearMonth now = YearMonth.from(clock.instant().atZone(cycle.zone()));
        if (month.getYear() != t.year()) {
            throw refuse(actor, actorUnitId, taskId, Reason.INVALID_INPUT, "the month " + month + " is outside the task's year " + t.year());
        }
        if (month.isAfter(now)) {
            throw refuse(actor, actorUnitId, taskId, Reason.INVALID_INPUT, "the month " + month + " is after the current month " + now
                    + " (Beijing time); a month is reported once it has begun");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw refuse(actor, actorUnitId, taskId, Reason.INVALID_INPUT, "the note has " + note.length() + " characters; at most " + MAX_NOTE
                    + " are accepted");
        }
        return audit.event(actor, actorUnitId, AuditEvent.Action.TASK_PROGRESS_REPORTED, actorUnitId, taskId,
                TaskTrail.progressDetail(plan.id(), month, status, note));
    }

    /** See {@link Kaoping#taskStatus}. */
    TaskOverview status(LocalDate asOf) {
        TaskTrail.Replayed r = replay();
        return TaskOverview.of(r.list, r.firstMonths, r.progress, cycle, asOf);
    }

    private boolean isOffice(String unitId) {
        return unitId.equals(cityOfficeId) || unitId.equals(assessingOffice.orElse(null));
    }

    private String offices() {
        return "the city office [" + cityOfficeId + "]" + (assessingOffice.isPresent() && !assessingOffice.get().equals(cityOfficeId)
                ? " or the plan's assessing office [" + assessingOffice.get() + "]" : "");
    }

    private void checkActor(OrgTree tree, String actor, String actorUnitId, String subject) {
        Optional<String> p = IdRule.problem(actor, "actor");
        if (!p.isPresent()) {
            p = IdRule.problem(actorUnitId, "actorUnitId");
        }
        if (!p.isPresent() && !tree.contains(actorUnitId)) {
            p = Optional.of("unit [" + actorUnitId + "] is not in the org directory");
        }
        if (!p.isPresent()) {
            p = IdRule.problem(subject, "taskId");
        }
        if (p.isPresent()) {
            throw refuse(actor, actorUnitId, subject, Reason.INVALID_INPUT, p.get());
        }
    }

    private TaskRefusedException refuse(String actor, String actorUnitId, String taskId, Reason reason, String why) {
        String a = safe(actor);
        String u = safe(actorUnitId);
        String id = safe(taskId);
        TaskRefusedException x = new TaskRefusedException(id, u, reason, why);
        audit.audit(a, u, AuditEvent.Action.TASK_REFUSED, null, id, x.getMessage());
        return x;
    }

    private static String safe(String s) {
        String e = IdRule.escape(s);
        return e.trim().isEmpty() ? "[empty]" : e;
    }
}

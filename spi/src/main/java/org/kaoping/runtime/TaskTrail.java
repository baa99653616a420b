package org.kaoping.runtime;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.StoreException;
import org.kaoping.core.task.KeyTask;
import org.kaoping.core.task.TaskList;
import org.kaoping.core.task.TaskProgress;
import org.kaoping.core.task.TaskStatus;
import org.kaoping.spi.AuditEvent;

/**
 * The key tasks (四定重点工作任务) a plan's audit trail records: each task loaded is a {@code TASK_DEFINED} event and each
 * monthly progress report a {@code TASK_PROGRESS_REPORTED} event, subject the task id, detail the fields as
 * {@link RectificationTrail#encode} writes them. Replaying the trail rebuilds the list (a later definition of an id
 * revises it) and the reports, so both survive restarts wherever the store's audit trail does. Stateless.
 */
final class TaskTrail {
    private static final String RECORD = "key-task record";
    /** What the trail records for one plan. */
    static final class Replayed {
        final TaskList list;
        /** The month (in the zone given) each task was first loaded. */
        final Map<String, YearMonth> firstMonths;
        final List<TaskProgress> progress;

        Replayed(TaskList list, Map<String, YearMonth> firstMonths, List<TaskProgress> progress) {
            this.list = list;
            this.firstMonths = Collections.unmodifiableMap(firstMonths);
            this.progress = Collections.unmodifiableList(progress);
        }
    }

    private TaskTrail() {}

    /**
     * The tasks and reports {@code events} record for plan {@code planId} of {@code year}, in the order they happened.
     *
     * @throws StoreException naming the event's sequence, if a task event of the plan is malformed
     */
    static Replayed replay(List<AuditEvent> events, String planId, int year, ZoneId zone) {
        Map<String, KeyTask> tasks = new LinkedHashMap<>();
        Map<String, YearMonth> first = new LinkedHashMap<>();
        List<TaskProgress> progress = new ArrayList<>();
        for (AuditEvent e : events) {
            if (e.action() != AuditEvent.Action.TASK_DEFINED && e.action() != AuditEvent.Action.TASK_PROGRESS_REPORTED) {
                continue;
            }
            Map<String, String> f;
            try {
                f = RectificationTrail.decode(e.detail());
            } catch (IllegalArgumentException x) {
                throw malformed(e, x.getMessage());
            }
            if (!planId.equals(f.get("plan"))) {
                continue;
            }
            String id = e.subject().orElseThrow(() -> malformed(e, "no subject (the task id)"));
            String unit = e.unitId().orElseThrow(() -> malformed(e, "no unit"));
            try {
                if (e.action() == AuditEvent.Action.TASK_DEFINED) {
                    tasks.put(id, KeyTask.of(id, Integer.parseInt(field(e, f, "year")), field(e, f, "title"), unit,
                            LocalDate.parse(field(e, f, "deadline")), field(e, f, "standard"), Arrays.asList(field(e, f, "criteria").split(","))));
                    if (!first.containsKey(id)) {
                        first.put(id, YearMonth.from(e.at().atZone(zone)));
                    }
                } else {
                    if (!tasks.containsKey(id)) {
                        throw malformed(e, "it reports on task [" + id + "], which no earlier TASK_DEFINED event of plan [" + planId + "] loaded");
                    }
                    TaskStatus status = TaskStatus.parse(field(e, f, "status"));
                    if (status == null) {
                        throw malformed(e, "unknown status [" + f.get("status") + "]");
                    }
                    progress.add(TaskProgress.of(id, unit, YearMonth.parse(field(e, f, "month")), status, f.get("note"), e.at(), e.actor()));
                }
            } catch (IllegalArgumentException | java.time.DateTimeException x) {
                throw malformed(e, x.getMessage());
            }
        }
        List<KeyTask> ofYear = new ArrayList<>();
        for (KeyTask t : tasks.values()) {
            if (t.year() != year) {
                throw new StoreException("The audit trail holds task [" + t.id() + "] of year " + t.year() + " for plan [" + planId + "] of year " + year);
            }
            ofYear.add(t);
        }
        return new Replayed(TaskList.of(year, ofYear), first, progress);
    }

    /** The detail of a task's {@code TASK_DEFINED} event. */
    static String definedDetail(String planId, KeyTask t) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("plan", planId);
        f.put("year", Integer.toString(t.year()));
        f.put("deadline", t.deadline().toString());
        f.put("criteria", String.join(",", t.criterionIds()));
        f.put("title", t.title());
        f.put("standard", t.standard());
        return RectificationTrail.encode(f);
    }

    /** The detail of a {@code TASK_PROGRESS_REPORTED} event. */
    static String progressDetail(String planId, YearMonth month, TaskStatus status, String note) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("plan", planId);
        f.put("month", month.toString());
        f.put("status", status.name());
        if (note != null && !note.isEmpty()) {
            f.put("note", note);
        }
        return RectificationTrail.encode(f);
    }

    private static String field(AuditEvent e, Map<String, String> f, String key) {
        return RectificationTrail.field(e, f, key, RECORD);
    }

    private static StoreException malformed(AuditEvent e, String why) {
        return RectificationTrail.malformed(e, RECORD, why);
    }
}

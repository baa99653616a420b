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
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;

/**
 * The key tasks (四定重点工作任务) a plan's audit trail records: each task loaded is a {@code TASK_DEFINED} event and each
 * monthly progress report a {@code TASK_PROGRESS_REPORTED} event, subject the task id, detail the fields as
 * {@link RectificationTrail#encode} writes them. Replaying the trail rebuilds the list (a later definition of an id
 * revises it) and the reports, so both survive restarts wherever the store's audit trail does. Stateless, but for a {@link Fold}.
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
        Fold fold = new Fold(planId, zone);
        for (AuditEvent e : events) {
            fold.apply(e);
        }
        return fold.replayed(year);
    }

    /**
     * The replay as a fold: {@link #apply} the events in the order they happened, then {@link #replayed} answers what
     * {@link #replay} answers for all of them. A desk that keeps one folds only the events stored since it last looked,
     * instead of re-reading the whole audit trail for each report. After {@link #apply} threw, the fold holds part of the
     * event and must be dropped.
     */
    static final class Fold {
        private final String planId;
        private final ZoneId zone;
        private final Map<String, KeyTask> tasks = new LinkedHashMap<>();
        private final Map<String, YearMonth> first = new LinkedHashMap<>();
        private final List<TaskProgress> progress = new ArrayList<>();

        Fold(String planId, ZoneId zone) {
            this.planId = planId;
            this.zone = zone;
        }

        /** Takes one event (those not of the key tasks of the plan are passed over). */
        void apply(AuditEvent e) {
            if (e.action() != AuditEvent.Action.TASK_DEFINED && e.action() != AuditEvent.Action.TASK_PROGRESS_REPORTED) {
                return;
            }
            Map<String, String> f;
            try {
                f = RectificationTrail.decode(e.detail());
            } catch (IllegalArgumentException x) {
                throw malformed(e, x.getMessage());
            }
            if (!planId.equals(f.get("plan"))) {
                return;
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

        /**
         * The list and reports of the events taken so far, as copies (later events do not change them).
         *
         * @throws StoreException if a task loaded is not of {@code year}
         */
        Replayed replayed(int year) {
            List<KeyTask> ofYear = new ArrayList<>();
            for (KeyTask t : tasks.values()) {
                if (t.year() != year) {
                    throw new StoreException("The audit trail holds task [" + t.id() + "] of year " + t.year() + " for plan [" + planId + "] of year " + year);
                }
                ofYear.add(t);
            }
            return new Replayed(TaskList.of(year, ofYear), new LinkedHashMap<>(first), new ArrayList<>(progress));
        }
    }

    /**
     * A {@link Fold} kept from one read of a store's audit trail to the next: each read folds only the events stored
     * since the last (a report of progress would otherwise re-read the whole trail), and answers the same as
     * {@link #replay} of all of them. A read that fails drops the fold, so the next one reads from the start again and
     * fails alike; another store, plan or zone starts a new fold.
     */
    static final class Reader {
        private Fold fold;
        private AssessmentStore foldedStore;
        private long foldedTo;

        synchronized Replayed read(AssessmentStore store, String planId, int year, ZoneId zone) {
            if (fold == null || foldedStore != store || !fold.planId.equals(planId) || !fold.zone.equals(zone)) {
                fold = new Fold(planId, zone);
                foldedStore = store;
                foldedTo = 0;
            }
            try {
                for (AuditEvent e : store.auditEvents(foldedTo)) {
                    fold.apply(e);
                    foldedTo = Math.max(foldedTo, e.sequence());
                }
                return fold.replayed(year);
            } catch (RuntimeException x) {
                fold = null;
                throw x;
            }
        }
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

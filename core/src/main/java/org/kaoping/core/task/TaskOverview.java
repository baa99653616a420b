package org.kaoping.core.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.AssessmentCycle;

/**
 * The key tasks' status as of a day, grouped by owner unit: each task's latest reported status, and what is late.
 *
 * <p>The day is read in the cycle's zone (Asia/Shanghai): reports filed before 24:00 of that day count. A task is
 * overdue from 00:00 of the day after its deadline if not done. A month's self-report on a task is missing when the
 * month's report deadline ({@link AssessmentCycle#monthlyDeadline(int)}, read as the cycle declares, by default "on or
 * before the 25th") has passed at 00:00 of the day and no unit reported on the task for that month; months are expected
 * from the task's first month (the month it was loaded) to its deadline's month, within the cycle's months, and none after
 * the month it was first reported done. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TaskOverview {
    private final LocalDate asOf;
    private final List<TaskState> states;

    private TaskOverview(LocalDate asOf, List<TaskState> states) {
        this.asOf = asOf;
        this.states = Collections.unmodifiableList(states);
    }

    /**
     * The status of every task of {@code list} as of {@code asOf}.
     *
     * @param firstMonths the first month each task needs a self-report for (the month it was loaded); a task not in the
     *     map needs one from the cycle's first month
     * @param reports every progress report (others' tasks and reports filed after the day are left out)
     */
    public static TaskOverview of(TaskList list, Map<String, YearMonth> firstMonths, Collection<TaskProgress> reports, AssessmentCycle cycle,
            LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Instant dayStart = asOf.atStartOfDay(cycle.zone()).toInstant();
        Instant dayEnd = asOf.plusDays(1).atStartOfDay(cycle.zone()).toInstant();
        Map<String, List<TaskProgress>> byTask = new LinkedHashMap<>();
        for (TaskProgress p : reports) {
            if (p.filedAt().isBefore(dayEnd)) {
                byTask.computeIfAbsent(p.taskId(), k -> new ArrayList<>()).add(p);
            }
        }
        List<TaskState> states = new ArrayList<>();
        for (KeyTask t : list.tasks()) {
            List<TaskProgress> mine = byTask.containsKey(t.id()) ? byTask.get(t.id()) : Collections.<TaskProgress>emptyList();
            TaskProgress latest = null;
            TaskProgress firstDone = null;
            for (TaskProgress p : mine) {
                if (latest == null || p.month().isAfter(latest.month()) || p.month().equals(latest.month()) && !p.filedAt().isBefore(latest.filedAt())) {
                    latest = p;
                }
                if (p.status() == TaskStatus.DONE && (firstDone == null || p.month().isBefore(firstDone.month())
                        || p.month().equals(firstDone.month()) && p.filedAt().isBefore(firstDone.filedAt()))) {
                    firstDone = p;
                }
            }
            Instant lateFrom = t.deadline().plusDays(1).atStartOfDay(cycle.zone()).toInstant();
            boolean done = latest != null && latest.status() == TaskStatus.DONE;
            boolean overdue = !done && !dayStart.isBefore(lateFrom);
            boolean completedLate = done && firstDone != null && !firstDone.filedAt().isBefore(lateFrom);
            List<YearMonth> missing = new ArrayList<>();
            YearMonth first = firstMonths.get(t.id());
            for (int m = cycle.firstMonth(); m <= cycle.lastMonth(); m++) {
                YearMonth month = YearMonth.of(cycle.year(), m);
                if (first != null && month.isBefore(first) || month.isAfter(YearMonth.from(t.deadline()))
                        || firstDone != null && month.isAfter(firstDone.month()) || dayStart.isBefore(cycle.monthlyDeadline(m))) {
                    continue;
                }
                boolean reported = false;
                for (TaskProgress p : mine) {
                    reported |= p.month().equals(month);
                }
                if (!reported) {
                    missing.add(month);
                }
            }
            states.add(new TaskState(t, latest, overdue, completedLate, missing));
        }
        return new TaskOverview(asOf, states);
    }

    /** The day the status is as of (Beijing time). */
    public LocalDate asOf() {
        return asOf;
    }

    /** Every task's state, in the list's order. */
    public List<TaskState> states() {
        return states;
    }

    /** The states grouped by owner unit, owners in the order they first appear in the list. */
    public Map<String, List<TaskState>> byOwner() {
        Map<String, List<TaskState>> out = new LinkedHashMap<>();
        for (TaskState s : states) {
            out.computeIfAbsent(s.task().ownerUnitId(), k -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<String, List<TaskState>> e : out.entrySet()) {
            e.setValue(Collections.unmodifiableList(e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The late tasks ({@link TaskState#late()}), in the list's order. */
    public List<TaskState> late() {
        List<TaskState> out = new ArrayList<>();
        for (TaskState s : states) {
            if (s.late()) {
                out.add(s);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** How many tasks have {@code status}. */
    public int count(TaskStatus status) {
        int n = 0;
        for (TaskState s : states) {
            n += s.status() == status ? 1 : 0;
        }
        return n;
    }
}

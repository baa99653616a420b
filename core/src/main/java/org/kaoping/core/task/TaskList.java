package org.kaoping.core.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;

/**
 * The year's key-task list (四定重点工作任务): tasks with unique ids, all of one year, in the office's order.
 * {@link #problems(OrgTree, AssessmentPlan)} checks it against a plan: every owner is a unit of the org directory whose
 * kind the plan has a rubric for, every criterion is in that rubric, every deadline in the plan's year. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TaskList {
    /** A task's field a problem is about, so that a file reader can name the column. */
    public enum Field {
        ID, TITLE, OWNER, DEADLINE, STANDARD, CRITERIA
    }

    /** One thing a plan does not accept about a task: the task, the field and what was expected. Immutable. */
    public static final class Problem {
        private final String taskId;
        private final Field field;
        private final String message;

        Problem(String taskId, Field field, String message) {
            this.taskId = taskId;
            this.field = field;
            this.message = message;
        }

        public String taskId() {
            return taskId;
        }

        public Field field() {
            return field;
        }

        /** What was found and what was expected. */
        public String message() {
            return message;
        }

        @Override
        public String toString() {
            return "task [" + taskId + "] " + field + ": " + message;
        }
    }

    private final int year;
    private final Map<String, KeyTask> tasks;

    private TaskList(int year, Map<String, KeyTask> tasks) {
        this.year = year;
        this.tasks = tasks;
    }

    /**
     * The list of {@code tasks}, in order.
     *
     * @throws IllegalArgumentException if two tasks share an id or a task is of another year
     * @throws NullPointerException if {@code tasks} is or holds null
     */
    public static TaskList of(int year, List<KeyTask> tasks) {
        Map<String, KeyTask> byId = new LinkedHashMap<>();
        for (KeyTask t : Objects.requireNonNull(tasks, "tasks")) {
            Objects.requireNonNull(t, "tasks holds null");
            if (t.year() != year) {
                throw new IllegalArgumentException("task [" + t.id() + "] is of year " + t.year() + ", not of the list's year " + year);
            }
            if (byId.put(t.id(), t) != null) {
                throw new IllegalArgumentException("task id [" + t.id() + "] is used twice; expected unique ids");
            }
        }
        return new TaskList(year, Collections.unmodifiableMap(byId));
    }

    /** An empty list of {@code year}. */
    public static TaskList empty(int year) {
        return new TaskList(year, Collections.<String, KeyTask>emptyMap());
    }

    public int year() {
        return year;
    }

    /** The tasks, in order. */
    public List<KeyTask> tasks() {
        return Collections.unmodifiableList(new ArrayList<>(tasks.values()));
    }

    public Optional<KeyTask> task(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    public int size() {
        return tasks.size();
    }

    /**
     * What {@code plan} does not accept about the tasks, in task order (empty if it accepts them all): the list's year
     * is not the plan's, a deadline is outside the plan's year, an owner is not in {@code tree} or is of a kind the plan
     * has no rubric for, a criterion is not in the rubric the plan applies to the owner.
     */
    public List<Problem> problems(OrgTree tree, AssessmentPlan plan) {
        List<Problem> out = new ArrayList<>();
        for (KeyTask t : tasks.values()) {
            out.addAll(problems(t, tree, plan));
        }
        return Collections.unmodifiableList(out);
    }

    /** What {@code plan} does not accept about one task; see {@link #problems(OrgTree, AssessmentPlan)}. */
    public static List<Problem> problems(KeyTask t, OrgTree tree, AssessmentPlan plan) {
        List<Problem> out = new ArrayList<>();
        if (t.year() != plan.year() || t.deadline().getYear() != plan.year()) {
            out.add(new Problem(t.id(), Field.DEADLINE, "the deadline " + t.deadline() + " is outside plan [" + plan.id() + "]'s year "
                    + plan.year() + "; expected a day of " + plan.year()));
        }
        Optional<OrgUnit> owner = tree.find(t.ownerUnitId());
        if (!owner.isPresent()) {
            out.add(new Problem(t.id(), Field.OWNER, "unit [" + t.ownerUnitId() + "] is not in the org directory; expected the id of the unit responsible"));
            return out;
        }
        Rubric rubric = plan.rubrics().get(owner.get().kind());
        if (rubric == null) {
            out.add(new Problem(t.id(), Field.OWNER, "unit [" + t.ownerUnitId() + "] (" + owner.get().name() + ") is of kind " + owner.get().kind()
                    + ", which plan [" + plan.id() + "] has no rubric for; expected a unit the plan assesses"));
            return out;
        }
        for (String c : t.criterionIds()) {
            if (!rubric.findCriterion(c).isPresent()) {
                out.add(new Problem(t.id(), Field.CRITERIA, "criterion [" + c + "] is not in rubric [" + rubric.id() + "], which plan [" + plan.id()
                        + "] applies to " + owner.get().name() + "; expected a criterion id of that rubric"));
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskList && ((TaskList) o).year == year && ((TaskList) o).tasks().equals(tasks());
    }

    @Override
    public int hashCode() {
        return 31 * year + tasks().hashCode();
    }

    @Override
    public String toString() {
        return "TaskList[" + year + ", " + tasks.size() + " tasks]";
    }
}

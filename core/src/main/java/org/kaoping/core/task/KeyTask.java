package org.kaoping.core.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.delegation.IdRule;

/**
 * One of the year's key tasks (四定重点工作任务) as the office writes it: the task (定任务), its owner unit (定责任), its
 * deadline (定时间, the last day, Asia/Shanghai) and its standard (定标准), with the criteria of the owner's rubric it
 * serves. Tracked through the units' monthly self-reports; not scored by itself. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class KeyTask {
    /** The longest title or standard accepted, in characters. */
    public static final int MAX_TEXT = 2000;

    private final String id;
    private final int year;
    private final String title;
    private final String ownerUnitId;
    private final LocalDate deadline;
    private final String standard;
    private final List<String> criterionIds;

    private KeyTask(String id, int year, String title, String ownerUnitId, LocalDate deadline, String standard,
            List<String> criterionIds) {
        this.id = id;
        this.year = year;
        this.title = title;
        this.ownerUnitId = ownerUnitId;
        this.deadline = deadline;
        this.standard = standard;
        this.criterionIds = criterionIds;
    }

    /**
     * A key task.
     *
     * @param id the task's id in the year's list, e.g. {@code 2015-07}; keeps the id rule
     * @param year the list's year
     * @param title what is to be done (定任务), not blank
     * @param ownerUnitId the unit responsible (定责任); keeps the id rule
     * @param deadline the last day (定时间), Asia/Shanghai
     * @param standard what counts as done (定标准), not blank
     * @param criterionIds the criteria of the owner's rubric the task serves, at least one, distinct, each keeping the id rule
     * @throws IllegalArgumentException naming the field, if a value breaks these rules
     * @throws NullPointerException if an argument is null
     */
    public static KeyTask of(String id, int year, String title, String ownerUnitId, LocalDate deadline, String standard,
            List<String> criterionIds) {
        check(IdRule.problem(Objects.requireNonNull(id, "id"), "id"));
        check(IdRule.problem(Objects.requireNonNull(ownerUnitId, "ownerUnitId"), "ownerUnitId"));
        text(Objects.requireNonNull(title, "title"), "title");
        text(Objects.requireNonNull(standard, "standard"), "standard");
        Objects.requireNonNull(deadline, "deadline");
        if (Objects.requireNonNull(criterionIds, "criterionIds").isEmpty()) {
            throw new IllegalArgumentException("task [" + id + "] names no criterion; a key task serves at least one criterion");
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String c : criterionIds) {
            check(IdRule.problem(Objects.requireNonNull(c, "criterionIds holds null"), "criterionId"));
            if (c.indexOf(',') >= 0) {
                throw new IllegalArgumentException("criterionId [" + c + "] holds a comma");
            }
            if (!ids.add(c)) {
                throw new IllegalArgumentException("task [" + id + "] names criterion [" + c + "] twice");
            }
        }
        return new KeyTask(id, year, title, ownerUnitId, deadline, standard, Collections.unmodifiableList(new ArrayList<>(ids)));
    }

    private static void check(Optional<String> problem) {
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    private static void text(String value, String field) {
        if (value.trim().isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " has " + value.length() + " characters; at most " + MAX_TEXT + " are accepted");
        }
    }

    public String id() {
        return id;
    }

    /** The year of the list the task belongs to. */
    public int year() {
        return year;
    }

    /** What is to be done (定任务). */
    public String title() {
        return title;
    }

    /** The unit responsible (定责任). */
    public String ownerUnitId() {
        return ownerUnitId;
    }

    /** The last day (定时间), Asia/Shanghai: the task is late from 00:00 of the next day unless done. */
    public LocalDate deadline() {
        return deadline;
    }

    /** What counts as done (定标准). */
    public String standard() {
        return standard;
    }

    /** The criteria of the owner's rubric the task serves, in the order given. */
    public List<String> criterionIds() {
        return criterionIds;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof KeyTask)) {
            return false;
        }
        KeyTask t = (KeyTask) o;
        return id.equals(t.id) && year == t.year && title.equals(t.title) && ownerUnitId.equals(t.ownerUnitId) && deadline.equals(t.deadline)
                && standard.equals(t.standard) && criterionIds.equals(t.criterionIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, year, title, ownerUnitId, deadline, standard, criterionIds);
    }

    @Override
    public String toString() {
        return "KeyTask[" + id + ", owner " + ownerUnitId + ", due " + deadline + ", criteria " + criterionIds + "]";
    }
}

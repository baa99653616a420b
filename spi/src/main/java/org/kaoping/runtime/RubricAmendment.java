package org.kaoping.runtime;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;

/**
 * An ad-hoc deployment (临时部署) the office adds during a cycle: a scored task with its title, points, the kinds of
 * unit it applies to and its deadline. Applied by {@link Kaoping#amendRubric}, it becomes a new top-level criterion of
 * every rubric of the plan for those kinds, with its own points on top of the rubric's maximum, judged by the office
 * (a {@code judgement} rule: evidence is a {@code Judgement} keyed by the new criterion's id).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RubricAmendment {
    /** The most points one ad-hoc task may carry. */
    public static final Points MAX_POINTS = Points.of(100);

    private final String title;
    private final Points points;
    private final Set<OrgKind> kinds;
    private final LocalDate deadline;

    private RubricAmendment(String title, Points points, Set<OrgKind> kinds, LocalDate deadline) {
        this.title = title;
        this.points = points;
        this.kinds = kinds;
        this.deadline = deadline;
    }

    /**
     * @param title what the task asks, as the office writes it, e.g. {@code "开展防汛普法宣传"}; one line, not blank
     * @param points the task's points, above zero and at most {@link #MAX_POINTS}
     * @param kinds the kinds of unit it applies to, at least one
     * @param deadline the day by which the task is due (Beijing time)
     * @return the amendment
     * @throws IllegalArgumentException if the title is blank or has a line break, the points are out of range or no kind is given
     */
    public static RubricAmendment of(String title, Points points, Set<OrgKind> kinds, LocalDate deadline) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(kinds, "kinds");
        Objects.requireNonNull(deadline, "deadline");
        if (title.trim().isEmpty() || title.indexOf('\n') >= 0 || title.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("title must be one non-blank line, got [" + title + "]");
        }
        if (!points.isPositive() || points.isGreaterThan(MAX_POINTS)) {
            throw new IllegalArgumentException("points must be above 0 and at most " + MAX_POINTS + ", got " + points);
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds must name at least one kind of unit");
        }
        return new RubricAmendment(title.trim(), points, Collections.unmodifiableSet(EnumSet.copyOf(kinds)), deadline);
    }

    /** @return what the task asks */
    public String title() {
        return title;
    }

    /** @return the task's points, added to the maximum of each rubric it amends */
    public Points points() {
        return points;
    }

    /** @return the kinds of unit the task applies to; unmodifiable */
    public Set<OrgKind> kinds() {
        return kinds;
    }

    /** @return the day the task is due */
    public LocalDate deadline() {
        return deadline;
    }

    @Override
    public String toString() {
        return "RubricAmendment[" + title + ", " + points + " points, " + kinds + ", due " + deadline + "]";
    }
}

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
 * every rubric of the plan for those kinds, with its own points on top of the rubric's maximum (so totals may exceed
 * the rubric's 100: the seed's standards total 100 each and say nothing of how a 临时部署 is weighed, and adding its
 * points keeps every earlier item's points, and so what units already scored against, unchanged). How it is scored is
 * its {@link #scoring()}: the office's judgement by default, or done-by-the-deadline.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RubricAmendment {
    /** The most points one ad-hoc task may carry. */
    public static final Points MAX_POINTS = Points.of(100);

    private final String title;
    private final Points points;
    private final Set<OrgKind> kinds;
    private final LocalDate deadline;
    private final Scoring scoring;

    /** How an ad-hoc task is scored, as a rule the rubric format already knows. */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Scoring {
        /** The office's judgement: a {@code judgement} rule, evidence a {@code Judgement} keyed by the task's criterion id. */
        JUDGEMENT,
        /**
         * Done by the deadline, full points, else none: an all-or-nothing {@code checklist} rule with the one requirement
         * 按期完成 (title, deadline); evidence a {@code ChecklistTick} of requirement 1 keyed by the task's criterion id.
         * Whether it was done in time is what the tick states (the office confirms it); the tick's date is not compared
         * with the deadline.
         */
        DONE_BY_DEADLINE
    }

    private RubricAmendment(String title, Points points, Set<OrgKind> kinds, LocalDate deadline, Scoring scoring) {
        this.title = title;
        this.points = points;
        this.kinds = kinds;
        this.deadline = deadline;
        this.scoring = scoring;
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
        return new RubricAmendment(title.trim(), points, Collections.unmodifiableSet(EnumSet.copyOf(kinds)), deadline,
                Scoring.JUDGEMENT);
    }

    /**
     * @param how how the task is scored
     * @return this amendment scored {@code how}
     */
    public RubricAmendment scoredBy(Scoring how) {
        return new RubricAmendment(title, points, kinds, deadline, Objects.requireNonNull(how, "how"));
    }

    /** @return how the task is scored; {@link Scoring#JUDGEMENT} unless {@link #scoredBy} said otherwise */
    public Scoring scoring() {
        return scoring;
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
        return "RubricAmendment[" + title + ", " + points + " points, " + kinds + ", due " + deadline + ", " + scoring + "]";
    }
}

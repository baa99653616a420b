package org.kaoping.core.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * A stage target (阶段性目标) of the plan: the items a unit should have met in full by a date, e.g. by 30 June the
 * organization items. A standing as of a later date lists, per unit, the stage targets due whose items are still open.
 * Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class StageTarget {
    private final String id;
    private final String rubricId;
    private final LocalDate due;
    private final List<String> criterionIds;
    private final String description;

    private StageTarget(String id, String rubricId, LocalDate due, List<String> criterionIds, String description) {
        this.id = Objects.requireNonNull(id, "id must not be null");
        this.rubricId = Objects.requireNonNull(rubricId, "rubricId must not be null");
        this.due = Objects.requireNonNull(due, "due must not be null");
        this.criterionIds = Collections.unmodifiableList(new ArrayList<>(criterionIds));
        this.description = Objects.requireNonNull(description, "description must not be null");
        if (this.criterionIds.isEmpty()) {
            throw new IllegalArgumentException("stage target [" + id + "] names no criterion");
        }
    }

    /**
     * Stage target {@code id}: criteria {@code criterionIds} of rubric {@code rubricId} met in full by the end of {@code due}
     * (Beijing time), for the units that rubric assesses.
     */
    public static StageTarget of(String id, String rubricId, LocalDate due, List<String> criterionIds, String description) {
        return new StageTarget(id, rubricId, due, criterionIds, description);
    }

    public String id() {
        return id;
    }

    /** The rubric whose units the target is for. */
    public String rubricId() {
        return rubricId;
    }

    /** The last day (Beijing time) by which the items should be met. */
    public LocalDate due() {
        return due;
    }

    /** The criterion ids (in any rubric of the plan) the target covers. */
    public List<String> criterionIds() {
        return criterionIds;
    }

    /** What the office wrote, e.g. 上半年完成组织建设. */
    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StageTarget)) {
            return false;
        }
        StageTarget t = (StageTarget) o;
        return id.equals(t.id) && rubricId.equals(t.rubricId) && due.equals(t.due) && criterionIds.equals(t.criterionIds) && description.equals(t.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, rubricId, due, criterionIds, description);
    }

    @Override
    public String toString() {
        return "stage target " + id + " due " + due + " " + rubricId + " " + criterionIds;
    }
}

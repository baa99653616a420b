package org.kaoping.core.review;

import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * A plan's declaration that a self-report section counts as evidence for one checklist requirement: a self-report
 * (monthly or annual) whose section {@link #section()} has content ticks requirement {@link #requirement()} of
 * criterion {@link #criterionId()} as met, from the unit's own (SELF) source. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class SectionUse {
    private final String section;
    private final String rubricId;
    private final String criterionId;
    private final int requirement;

    private SectionUse(String section, String rubricId, String criterionId, int requirement) {
        this.section = Objects.requireNonNull(section, "section must not be null");
        this.rubricId = Objects.requireNonNull(rubricId, "rubricId must not be null");
        this.criterionId = Objects.requireNonNull(criterionId, "criterionId must not be null");
        this.requirement = requirement;
        if (requirement < 1) {
            throw new IllegalArgumentException("requirement is 1-based; got " + requirement);
        }
    }

    /**
     * Section {@code section} (e.g. 措施办法) counts for requirement {@code requirement} (1-based) of checklist criterion
     * {@code criterionId} of rubric {@code rubricId}, for the units assessed by that rubric.
     */
    public static SectionUse of(String section, String rubricId, String criterionId, int requirement) {
        return new SectionUse(section, rubricId, criterionId, requirement);
    }

    public String section() {
        return section;
    }

    /** The rubric whose units the use applies to. */
    public String rubricId() {
        return rubricId;
    }

    public String criterionId() {
        return criterionId;
    }

    public int requirement() {
        return requirement;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SectionUse && section.equals(((SectionUse) o).section) && rubricId.equals(((SectionUse) o).rubricId) && criterionId.equals(((SectionUse) o).criterionId)
                && requirement == ((SectionUse) o).requirement;
    }

    @Override
    public int hashCode() {
        return Objects.hash(section, rubricId, criterionId, requirement);
    }

    @Override
    public String toString() {
        return "section " + section + " → " + rubricId + " " + criterionId + " (" + requirement + ")";
    }
}

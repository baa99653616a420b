package org.kaoping.testkit.rubric;

import java.util.Objects;
import org.kaoping.core.api.API;
import org.kaoping.core.rubric.Rubric;

/**
 * A rubric with one injected inconsistency, from {@link Rubrics#damaged(long, Damage)}: the damaged rubric,
 * the valid one it came from, what was done and where the validator must report it.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DamagedRubric {
    private final Rubric rubric;
    private final Rubric original;
    private final Damage damage;
    private final String criterionId;
    private final String description;

    DamagedRubric(Rubric rubric, Rubric original, Damage damage, String criterionId, String description) {
        this.rubric = rubric;
        this.original = original;
        this.damage = damage;
        this.criterionId = criterionId;
        this.description = description;
    }

    /** The rubric with the damage. */
    public Rubric rubric() {
        return rubric;
    }

    /** The valid rubric before the damage. */
    public Rubric original() {
        return original;
    }

    public Damage damage() {
        return damage;
    }

    /**
     * The criterion id the validator's diagnostic must name: the damaged criterion, the parent whose sum
     * broke, the duplicated id or the erratum's unknown target; empty for the rubric itself.
     */
    public String criterionId() {
        return criterionId;
    }

    /** What was done, e.g. {@code points of 2.3 （二）3、 raised from 1 to 1.5}. */
    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DamagedRubric)) {
            return false;
        }
        DamagedRubric d = (DamagedRubric) o;
        return rubric.equals(d.rubric) && original.equals(d.original) && damage == d.damage
                && criterionId.equals(d.criterionId) && description.equals(d.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rubric, damage, criterionId, description);
    }

    /** {@code SUM_MISMATCH at 2 in random/2a: points of 2.3 （二）3、 raised from 1 to 1.5}. */
    @Override
    public String toString() {
        return damage + " at " + (criterionId.isEmpty() ? "rubric" : criterionId) + " in " + rubric.id() + ": "
                + description;
    }
}

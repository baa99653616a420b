package org.kaoping.runtime;

import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * A reference to a criterion of a rubric by its id, the dotted position in the rubric (e.g.
 * {@code CriterionRef.of("2.1")} for the first item of section 二), so that a criterion id cannot be passed where a
 * unit id is expected. It only wraps the id: whether the criterion is in the unit's rubric and a leaf is judged by
 * the gate when the reference is used, where a refusal is audited. Immutable.
 */
@API(status = API.Status.STABLE)
public final class CriterionRef {
    private final String id;

    private CriterionRef(String id) {
        this.id = id;
    }

    /**
     * The criterion whose id in the rubric is {@code id}.
     *
     * @param id the criterion's dotted id, e.g. {@code "2.1"}
     * @return the reference
     * @throws NullPointerException if {@code id} is null
     */
    public static CriterionRef of(String id) {
        return new CriterionRef(Objects.requireNonNull(id, "criterion id must not be null"));
    }

    /** The criterion's dotted id in the rubric. */
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CriterionRef && ((CriterionRef) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** {@code criterion [id]}. */
    @Override
    public String toString() {
        return "criterion [" + id + "]";
    }
}

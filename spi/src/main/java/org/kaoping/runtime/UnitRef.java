package org.kaoping.runtime;

import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * A reference to an org unit by its id in the org directory (e.g. {@code UnitRef.of("beihai/hepu")}), so that a unit
 * id cannot be passed where a criterion id is expected. It only wraps the id: whether the unit exists, is assessed and
 * keeps the id rule is judged by the gate when the reference is used, where a refusal is audited. Immutable.
 */
@API(status = API.Status.STABLE)
public final class UnitRef {
    private final String id;

    private UnitRef(String id) {
        this.id = id;
    }

    /**
     * The unit whose id in the org directory is {@code id}.
     *
     * @param id the unit's id, e.g. {@code "beihai/hepu"}
     * @return the reference
     * @throws NullPointerException if {@code id} is null
     */
    public static UnitRef of(String id) {
        return new UnitRef(Objects.requireNonNull(id, "unit id must not be null"));
    }

    /** The unit's id in the org directory. */
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitRef && ((UnitRef) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** {@code unit [id]}. */
    @Override
    public String toString() {
        return "unit [" + id + "]";
    }
}

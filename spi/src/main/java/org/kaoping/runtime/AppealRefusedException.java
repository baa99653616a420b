package org.kaoping.runtime;

import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * An appeal (申诉) was refused, or a decision on one: filed by another unit than the one appealing, outside the notice
 * window, about a criterion not in the unit's rubric, citing evidence not stored about the unit, or decided by
 * someone who is not the unit's assessor. Nothing was stored; the refusal is audited.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class AppealRefusedException extends LifecycleRefusedException {
    private static final long serialVersionUID = 1L;

    private final String unitId;
    private final String appealId;

    AppealRefusedException(String planId, CycleState state, String act, String actorUnitId, String unitId, String appealId,
            String reason) {
        super(planId, state, act, actorUnitId, reason);
        this.unitId = Objects.requireNonNull(unitId);
        this.appealId = appealId;
    }

    /** The unit the appeal is about. */
    public String unitId() {
        return unitId;
    }

    /** The appeal's id when a decision was refused; empty text when the filing was. */
    public String appealId() {
        return appealId == null ? "" : appealId;
    }
}

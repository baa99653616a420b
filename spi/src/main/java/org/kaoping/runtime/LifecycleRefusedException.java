package org.kaoping.runtime;

import java.util.Objects;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;

/**
 * An act of the cycle after the scores (publishing for notice, finalizing, re-opening, filing or deciding an appeal)
 * was refused and nothing was stored: the cycle is not in a state that allows it, the time is outside the notice
 * window, the actor may not do it, or the request does not fit the plan. The refusal is audited.
 */
@API(status = API.Status.EXPERIMENTAL)
public class LifecycleRefusedException extends RefusedInputException {
    private static final long serialVersionUID = 1L;

    private final String planId;
    private final CycleState state;
    private final String act;
    private final String actorUnitId;
    private final String reason;

    LifecycleRefusedException(String planId, CycleState state, String act, String actorUnitId, String reason) {
        super("Refused to " + act + " in plan [" + planId + "] (cycle " + state + ") for unit [" + actorUnitId + "]: " + reason);
        this.planId = Objects.requireNonNull(planId);
        this.state = Objects.requireNonNull(state);
        this.act = Objects.requireNonNull(act);
        this.actorUnitId = Objects.requireNonNull(actorUnitId);
        this.reason = Objects.requireNonNull(reason);
    }

    public String planId() {
        return planId;
    }

    /** The cycle's state when the act was refused. */
    public CycleState state() {
        return state;
    }

    /** What was refused, e.g. {@code finalize} or {@code file an appeal}. */
    public String act() {
        return act;
    }

    /** The unit the actor acted for. */
    public String actorUnitId() {
        return actorUnitId;
    }

    /** Why, in English. */
    public String reason() {
        return reason;
    }
}

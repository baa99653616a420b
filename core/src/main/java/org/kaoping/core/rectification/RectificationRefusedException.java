package org.kaoping.core.rectification;

import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;

/**
 * A rectification act (open, submit, verify) was refused and nothing was stored: the item is unknown, the actor's
 * unit may not do it (only the unit itself submits; only its assessor opens and verifies), the item is not in a state
 * that allows it, or an input is malformed. The refused item, actor and reason are accessors.
 */
@API(status = API.Status.EXPERIMENTAL)
public class RectificationRefusedException extends RefusedInputException {
    private static final long serialVersionUID = 1L;

    /** Why an act was refused. */
    public enum Reason {
        /** No item with the id is in the store. */
        UNKNOWN_ITEM,
        /** The actor's unit is not the unit that must rectify (submitting), or not its assessor (opening, verifying). */
        NOT_PERMITTED,
        /** The item's status does not allow the act, e.g. verifying an item not submitted. */
        WRONG_STATUS,
        /** An input is malformed: a blank reference, an id breaking the id rule, a due date before the opening. */
        INVALID_INPUT
    }

    private final String itemId;
    private final String actorUnitId;
    private final Reason reason;

    public RectificationRefusedException(String itemId, String actorUnitId, Reason reason, String message) {
        super("Rectification item [" + itemId + "] refused for unit [" + actorUnitId + "] (" + reason + "): " + message);
        this.itemId = itemId;
        this.actorUnitId = actorUnitId;
        this.reason = reason;
    }

    /** The item acted on. */
    public String itemId() {
        return itemId;
    }

    /** The unit the refused actor acted for. */
    public String actorUnitId() {
        return actorUnitId;
    }

    public Reason reason() {
        return reason;
    }
}

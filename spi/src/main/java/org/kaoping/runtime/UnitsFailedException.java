package org.kaoping.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.KaopingException;
import org.kaoping.core.api.API;

/**
 * Some units of a batch (scoring or ranking a cycle) could not be done: the others were, and nothing of the
 * failed ones was stored. A condition of its own beside the four kinds, since each failed unit may have failed
 * for a different reason: {@link #failures()} names each unit and why, and the cause is the first failure (a
 * {@link org.kaoping.core.StoreException}, {@link org.kaoping.core.RefusedInputException} …), so that a caller can
 * tell a store failure from refused evidence.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class UnitsFailedException extends KaopingException {
    private static final long serialVersionUID = 1L;

    private final List<String> failures;
    private final int attempted;

    UnitsFailedException(String what, List<String> failures, int attempted, Throwable first) {
        super("Could not " + what + " " + failures.size() + " of " + attempted + " unit(s): " + String.join("; ", failures),
                first);
        this.failures = Collections.unmodifiableList(new ArrayList<>(failures));
        this.attempted = attempted;
    }

    UnitsFailedException(String message, int attempted, InterruptedException cause) {
        super(message, cause);
        this.failures = Collections.emptyList();
        this.attempted = attempted;
    }

    /** One entry per failed unit, {@code "unit-id: why"}, in the batch's order; empty when the batch was interrupted. */
    public List<String> failures() {
        return failures;
    }

    /** How many units the batch held. */
    public int attempted() {
        return attempted;
    }
}

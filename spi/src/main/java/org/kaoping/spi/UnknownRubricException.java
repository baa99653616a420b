package org.kaoping.spi;

import java.util.Collection;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.api.API;

/**
 * Thrown when a rubric id is asked for that no provider offers; the message lists the ids that are
 * known: {@code Unknown rubric [beihai-2015/countyy]; known: beihai-2015/county, beihai-2015/judicial}.
 */
@API(status = API.Status.STABLE)
public final class UnknownRubricException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    private final String rubricId;

    UnknownRubricException(String rubricId, Collection<String> known) {
        super("Unknown rubric [" + rubricId + "]; known: " + (known.isEmpty() ? "(none)" : String.join(", ", known)));
        this.rubricId = rubricId;
    }

    /** The id that was asked for. */
    public String rubricId() {
        return rubricId;
    }
}

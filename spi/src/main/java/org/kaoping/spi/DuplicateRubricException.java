package org.kaoping.spi;

import org.kaoping.core.ConfigurationException;
import org.kaoping.core.api.API;

/**
 * Thrown when two rubric providers offer the same rubric id, naming both providers:
 * {@code Rubric [beihai-2015/county] is offered by two providers: beihai-2015 (com.a.Foo) and
 * json-dir (com.b.Bar)}.
 */
@API(status = API.Status.STABLE)
public final class DuplicateRubricException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    private final String rubricId;

    DuplicateRubricException(String rubricId, RubricProvider first, RubricProvider second) {
        super("Rubric [" + rubricId + "] is offered by two providers: " + describe(first) + " and "
                + describe(second));
        this.rubricId = rubricId;
    }

    /** The rubric id both providers offer. */
    public String rubricId() {
        return rubricId;
    }

    private static String describe(RubricProvider p) {
        return p.id() + " (" + p.getClass().getName() + ")";
    }
}

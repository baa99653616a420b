package org.kaoping.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.KaopingException;
import org.kaoping.core.api.API;

/**
 * Publishing a plan's results failed at one or more {@link org.kaoping.spi.ResultSink}s (the others received them);
 * the failure is audited as {@link org.kaoping.spi.AuditEvent.Action#PUBLICATION_FAILED}. A condition of its own
 * beside the four kinds: the sinks are the host's. The cause is the first sink's exception.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class PublicationFailedException extends KaopingException {
    private static final long serialVersionUID = 1L;

    private final String planId;
    private final List<String> failedSinks;

    PublicationFailedException(String planId, List<String> failedSinks, String message, Throwable first) {
        super(message, first);
        this.planId = planId;
        this.failedSinks = Collections.unmodifiableList(new ArrayList<>(failedSinks));
    }

    /** The plan whose results were published. */
    public String planId() {
        return planId;
    }

    /** One entry per failed sink: its id and class, then what it threw. */
    public List<String> failedSinks() {
        return failedSinks;
    }
}

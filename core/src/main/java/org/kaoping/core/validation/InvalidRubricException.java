package org.kaoping.core.validation;

import org.kaoping.core.ConfigurationException;
import org.kaoping.core.api.API;

/** Thrown when a rubric with validation errors is used for scoring; carries the whole report. */
@API(status = API.Status.STABLE)
public final class InvalidRubricException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    InvalidRubricException(ValidationReport report) {
        super(report.summary());
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }
}

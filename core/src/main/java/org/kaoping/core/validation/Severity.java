package org.kaoping.core.validation;

import org.kaoping.core.api.API;

/** How serious a diagnostic is: an {@link #ERROR} keeps a rubric from being scored. */
@API(status = API.Status.STABLE)
public enum Severity {
    ERROR,
    WARNING,
    /** Information a reader of the rubric must see, such as an erratum. */
    NOTICE
}

package org.kaoping.core.validation;

/** How serious a diagnostic is: an {@link #ERROR} keeps a rubric from being scored. */
public enum Severity {
    ERROR,
    WARNING,
    /** Information a reader of the rubric must see, such as an erratum. */
    NOTICE
}

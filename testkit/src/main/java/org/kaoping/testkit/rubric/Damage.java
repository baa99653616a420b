package org.kaoping.testkit.rubric;

import org.kaoping.core.api.API;
import org.kaoping.core.validation.Diagnostic;
import org.kaoping.core.validation.Severity;

/**
 * One inconsistency {@link Rubrics#damaged(long, Damage)} can inject into an otherwise valid rubric, with
 * the diagnostic {@code RubricValidator} must then report, and only that one.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum Damage {
    /** A leaf's points raised by the generator's granularity, so its parent (or the total) no longer adds up. */
    SUM_MISMATCH(Severity.ERROR, Diagnostic.Code.SUM_MISMATCH),
    /** A leaf's points removed (origin NONE), a sibling taking them so that sums still add up. */
    NO_POINTS(Severity.ERROR, Diagnostic.Code.NO_POINTS),
    /** A leaf's points set to zero, a sibling taking them so that sums still add up. */
    NON_POSITIVE_POINTS(Severity.ERROR, Diagnostic.Code.NON_POSITIVE_POINTS),
    /** A criterion given the id of another. */
    DUPLICATE_ID(Severity.ERROR, Diagnostic.Code.DUPLICATE_ID),
    /** A criterion's text blanked. */
    EMPTY_TEXT(Severity.ERROR, Diagnostic.Code.EMPTY_TEXT),
    /** A criterion's label blanked. */
    EMPTY_LABEL(Severity.WARNING, Diagnostic.Code.EMPTY_LABEL),
    /** The rubric's title blanked. */
    MISSING_METADATA(Severity.ERROR, Diagnostic.Code.MISSING_METADATA),
    /** A leaf's rule removed. */
    NO_RULE(Severity.WARNING, Diagnostic.Code.NO_RULE),
    /** A rule put on a criterion that has children. */
    RULE_ON_PARENT(Severity.WARNING, Diagnostic.Code.RULE_ON_PARENT),
    /** A leaf's rule replaced by a checklist without requirements. */
    INVALID_RULE(Severity.ERROR, Diagnostic.Code.INVALID_RULE),
    /** A leaf's rule replaced by a rate threshold above 100 %. */
    THRESHOLD_OUT_OF_RANGE(Severity.ERROR, Diagnostic.Code.THRESHOLD_OUT_OF_RANGE),
    /** An erratum added that names a criterion the rubric does not hold. */
    UNKNOWN_ERRATUM_TARGET(Severity.ERROR, Diagnostic.Code.UNKNOWN_ERRATUM_TARGET);

    private final Severity severity;
    private final Diagnostic.Code code;

    Damage(Severity severity, Diagnostic.Code code) {
        this.severity = severity;
        this.code = code;
    }

    /** The severity of the diagnostic the validator must report. */
    public Severity expectedSeverity() {
        return severity;
    }

    /** The code of the diagnostic the validator must report. */
    public Diagnostic.Code expectedCode() {
        return code;
    }
}

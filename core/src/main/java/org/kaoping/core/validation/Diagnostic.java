package org.kaoping.core.validation;

import org.immutables.value.Value;
import org.kaoping.core.api.API;

/**
 * One finding of {@link RubricValidator}: its severity, a stable code, where it is (criterion id and the
 * path of source labels) and a message that quotes the values involved.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class Diagnostic {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    Diagnostic() {}

    /** Stable codes, for tools that filter diagnostics. */
    public enum Code {
        SUM_MISMATCH,
        NO_POINTS,
        NON_POSITIVE_POINTS,
        DUPLICATE_ID,
        EMPTY_TEXT,
        EMPTY_LABEL,
        MISSING_METADATA,
        NO_RULE,
        RULE_ON_PARENT,
        INVALID_RULE,
        THRESHOLD_OUT_OF_RANGE,
        UNKNOWN_ERRATUM_TARGET,
        /** Criteria or composite rules nested deeper than {@link RubricValidator#MAX_DEPTH}. */
        TOO_DEEP,
        /** Points that sum past what {@code Points} can hold. */
        POINTS_OVERFLOW,
        ERRATUM
    }

    @Value.Parameter
    public abstract Severity severity();

    @Value.Parameter
    public abstract Code code();

    /** The criterion's id; empty for the rubric itself. */
    @Value.Parameter
    public abstract String criterionId();

    /** The source labels from the top, e.g. {@code （二） 3、}; empty for the rubric itself. */
    @Value.Parameter
    public abstract String path();

    @Value.Parameter
    public abstract String message();

    public static Diagnostic of(Severity severity, Code code, String criterionId, String path, String message) {
        return ImmutableDiagnostic.of(severity, code, criterionId, path, message);
    }

    /** {@code ERROR SUM_MISMATCH 2 （二）: …}, one line. */
    public String format() {
        String where = criterionId().isEmpty() ? "rubric" : criterionId() + (path().isEmpty() ? "" : " " + path());
        return severity() + " " + code() + " " + where + ": " + message();
    }
}

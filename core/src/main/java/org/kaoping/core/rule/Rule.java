package org.kaoping.core.rule;

import org.kaoping.core.api.API;

/**
 * How a leaf criterion turns evidence into points: one of the kinds in {@link RuleKind}, each an
 * immutable value with its thresholds as data.
 */
@API(status = API.Status.STABLE)
public interface Rule {
    RuleKind kind();

    <R> R accept(RuleVisitor<R> visitor);

    /** A one-line summary for diagnostics and reports, e.g. {@code rate ≥ 98% of exam-participation}. */
    String describe();
}

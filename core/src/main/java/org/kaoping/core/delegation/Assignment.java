package org.kaoping.core.delegation;

import org.immutables.value.Value;

/** One assessor of a unit and the role it assesses in. */
@Value.Immutable
public interface Assignment {
    @Value.Parameter
    String assessorId();

    @Value.Parameter
    AssessorRole role();

    static Assignment of(String assessorId, AssessorRole role) {
        return ImmutableAssignment.of(assessorId, role);
    }
}

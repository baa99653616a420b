package org.kaoping.core.delegation;

import org.immutables.value.Value;
import org.kaoping.core.api.API;

/** One assessor of a unit and the role it assesses in. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class Assignment {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    Assignment() {}

    @Value.Parameter
    public abstract String assessorId();

    @Value.Parameter
    public abstract AssessorRole role();

    public static Assignment of(String assessorId, AssessorRole role) {
        return ImmutableAssignment.of(assessorId, role);
    }
}

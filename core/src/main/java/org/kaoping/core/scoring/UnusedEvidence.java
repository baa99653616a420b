package org.kaoping.core.scoring;

import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.EvidenceKind;

/**
 * A piece of a unit's evidence that affects no criterion, adjustment or veto of the plan, with the reason
 * (未使用的证据): a period outside the plan year, a category the plan does not declare, a metric key no rule reads,
 * evidence on a criterion that is not applicable or was overridden, a superseded judgement, a channel the blend
 * does not name … Valid evidence either counts, visibly, or is listed here.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class UnusedEvidence {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    UnusedEvidence() {}

    @Value.Parameter
    public abstract String evidenceId();

    @Value.Parameter
    public abstract EvidenceKind kind();

    /** The criterion id, metric key or category the evidence names. */
    @Value.Parameter
    public abstract String key();

    /** Why it affects nothing, in English, e.g. {@code plan [p] declares no bonus or penalty category [x]}. */
    @Value.Parameter
    public abstract String reason();

    public static UnusedEvidence of(String evidenceId, EvidenceKind kind, String key, String reason) {
        return ImmutableUnusedEvidence.of(evidenceId, kind, key, reason);
    }
}

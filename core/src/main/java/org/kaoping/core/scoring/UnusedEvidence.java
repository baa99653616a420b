package org.kaoping.core.scoring;

import org.immutables.value.Value;
import org.kaoping.core.evidence.EvidenceKind;

/**
 * A piece of a unit's evidence that affects no criterion, adjustment or veto of the plan, with the reason
 * (未使用的证据): a period outside the plan year, a category the plan does not declare, a metric key no rule reads,
 * evidence on a criterion that is not applicable or was overridden, a superseded judgement, a channel the blend
 * does not name … Valid evidence either counts, visibly, or is listed here.
 */
@Value.Immutable
public interface UnusedEvidence {
    @Value.Parameter
    String evidenceId();

    @Value.Parameter
    EvidenceKind kind();

    /** The criterion id, metric key or category the evidence names. */
    @Value.Parameter
    String key();

    /** Why it affects nothing, in English, e.g. {@code plan [p] declares no bonus or penalty category [x]}. */
    @Value.Parameter
    String reason();

    static UnusedEvidence of(String evidenceId, EvidenceKind kind, String key, String reason) {
        return ImmutableUnusedEvidence.of(evidenceId, kind, key, reason);
    }
}

package org.kaoping.core.evidence;

import org.kaoping.core.api.API;

/** The kinds of {@link Evidence}, one per concrete evidence type. */
@API(status = API.Status.STABLE)
public enum EvidenceKind {
    DOCUMENT,
    METRIC_VALUE,
    INCIDENT,
    CHECKLIST_TICK,
    JUDGEMENT,
    PUBLIC_RATING,
    SELF_REPORT,
    DEDUCTION,
    ADJUSTMENT,
    NOT_APPLICABLE,
    SCORE_OVERRIDE
}

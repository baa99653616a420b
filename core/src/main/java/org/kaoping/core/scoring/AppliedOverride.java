package org.kaoping.core.scoring;

import java.time.Instant;
import org.immutables.value.Value;
import org.kaoping.core.points.Points;

/** A manual override as applied: who, when, why, the points before and after, and the evidence id recording it. */
@Value.Immutable
public interface AppliedOverride {
    String evidenceId();

    String author();

    Instant at();

    String reason();

    Points oldPoints();

    Points newPoints();
}

package org.kaoping.core.cycle;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SelfReport;

/** One reporting obligation of one unit for one period, its deadline and how it was met. */
@Value.Immutable
public interface Obligation {
    String unitId();

    ReportingPeriod period();

    SelfReport.Type type();

    /** The instant from which a submission is late. */
    Instant deadline();

    ObligationStatus status();

    /** The earliest report submitted for the period, if any. */
    Optional<String> reportId();

    Optional<Instant> submittedAt();
}

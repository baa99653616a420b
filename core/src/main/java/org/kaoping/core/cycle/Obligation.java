package org.kaoping.core.cycle;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SelfReport;

/** One reporting obligation of one unit for one period, its deadline and how it was met. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class Obligation {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    Obligation() {}

    public abstract String unitId();

    public abstract ReportingPeriod period();

    public abstract SelfReport.Type type();

    /** The instant from which a submission is late. */
    public abstract Instant deadline();

    public abstract ObligationStatus status();

    /** The earliest report submitted for the period, if any. */
    public abstract Optional<String> reportId();

    public abstract Optional<Instant> submittedAt();

    /** A builder of {@code Obligation}s. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Obligation}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableObligation.Builder {
        Builder() {}
    }
}

package org.kaoping.spi;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.ReportingPeriod;

/** A message the runtime asks a {@link Notifier} to deliver: a deadline reminder, a late or missing report, a publication. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class Notification {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    Notification() {}

    /** What the notification is about. */
    public enum Kind {
        DEADLINE_REMINDER,
        LATE_REPORT,
        MISSING_REPORT,
        PUBLICATION
    }

    public abstract Kind kind();

    /** The unit it concerns; empty for one addressed to everyone (a publication). */
    public abstract Optional<String> unitId();

    /** The text to deliver, in Chinese for the assessment office's users. */
    public abstract String message();

    public abstract Instant at();

    /** The reporting period a reminder or a late or missing notice is about ({@code 2015-03}, or {@code 2015} for the annual report). */
    public abstract Optional<ReportingPeriod> period();

    /** The deadline a reminder or a late or missing notice refers to: the instant from which a report is late. */
    public abstract Optional<Instant> deadline();

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Notification}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableNotification.Builder {
        Builder() {}
    }
}

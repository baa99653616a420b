package org.kaoping.spi;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.evidence.ReportingPeriod;

/** A message the runtime asks a {@link Notifier} to deliver: a deadline reminder, a late or missing report, a publication. */
@Value.Immutable
public interface Notification {
    /** What the notification is about. */
    enum Kind {
        DEADLINE_REMINDER,
        LATE_REPORT,
        MISSING_REPORT,
        PUBLICATION,
        /** A rectification item (整改) went overdue; {@code deadline} is the instant it did (issue 15). */
        RECTIFICATION_OVERDUE
    }

    Kind kind();

    /** The unit it concerns; empty for one addressed to everyone (a publication). */
    Optional<String> unitId();

    /** The text to deliver, in Chinese for the assessment office's users. */
    String message();

    Instant at();

    /** The reporting period a reminder or a late or missing notice is about ({@code 2015-03}, or {@code 2015} for the annual report). */
    Optional<ReportingPeriod> period();

    /** The deadline a reminder or a late or missing notice refers to: the instant from which a report is late. */
    Optional<Instant> deadline();

    static ImmutableNotification.Builder builder() {
        return ImmutableNotification.builder();
    }
}

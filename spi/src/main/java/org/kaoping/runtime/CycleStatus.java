package org.kaoping.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;

/**
 * Where a plan's cycle stands, as the audit trail says: its {@link CycleState}, since when and by whom, the notice
 * window (公示期) if published, and how many appeals are open. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CycleStatus {
    private final String planId;
    private final CycleState state;
    private final Instant since;
    private final String changedBy;
    private final Instant noticeFrom;
    private final LocalDate noticeLastDay;
    private final Instant noticeEnd;
    private final int openAppeals;
    private final int appeals;

    CycleStatus(String planId, CycleState state, Instant since, String changedBy, Instant noticeFrom, LocalDate noticeLastDay,
            Instant noticeEnd, int openAppeals, int appeals) {
        this.planId = Objects.requireNonNull(planId, "planId");
        this.state = Objects.requireNonNull(state, "state");
        this.since = since;
        this.changedBy = changedBy;
        this.noticeFrom = noticeFrom;
        this.noticeLastDay = noticeLastDay;
        this.noticeEnd = noticeEnd;
        this.openAppeals = openAppeals;
        this.appeals = appeals;
    }

    public String planId() {
        return planId;
    }

    public CycleState state() {
        return state;
    }

    /** When the cycle entered its state; empty while it has never left {@link CycleState#COLLECTING}. */
    public Optional<Instant> since() {
        return Optional.ofNullable(since);
    }

    /** Who moved it into its state; empty while it has never left {@link CycleState#COLLECTING}. */
    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    /** When the latest notice window opened (the publication); empty if never published for notice since the last re-opening. */
    public Optional<Instant> noticeFrom() {
        return Optional.ofNullable(noticeFrom);
    }

    /** The last day (Beijing time) of the latest notice window. */
    public Optional<LocalDate> noticeLastDay() {
        return Optional.ofNullable(noticeLastDay);
    }

    /** The end of the latest notice window: the start of the day after its last day, Beijing time (exclusive). */
    public Optional<Instant> noticeEnd() {
        return Optional.ofNullable(noticeEnd);
    }

    public int openAppeals() {
        return openAppeals;
    }

    /** Every appeal filed since the latest publication for notice. */
    public int appeals() {
        return appeals;
    }

    @Override
    public String toString() {
        return "CycleStatus{" + planId + " " + state + (since == null ? "" : " since " + since + " by " + changedBy)
                + (noticeEnd == null ? "" : ", notice until " + noticeEnd) + ", " + openAppeals + " open appeal(s) of " + appeals + "}";
    }
}

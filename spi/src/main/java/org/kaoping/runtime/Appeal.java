package org.kaoping.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;

/**
 * An appeal (申诉) a unit filed during the notice period (公示期) about one or more of its criteria, with a reason
 * and supporting evidence by reference, and the assessor's decision once made. Kept in the store's audit trail.
 * Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Appeal {
    /** Where an appeal stands. */
    @API(status = API.Status.EXPERIMENTAL)
    public enum Status {
        /** Filed, waiting for an assessor (待复核). */
        OPEN,
        /** Upheld (复核成立): the unit was re-scored and re-ranked. */
        UPHELD,
        /** Rejected (驳回), with a reason. */
        REJECTED
    }

    private final String id;
    private final String unitId;
    private final List<String> criterionIds;
    private final String reason;
    private final List<String> evidenceIds;
    private final String filedBy;
    private final Instant filedAt;
    private final AppealDecision decision;

    private Appeal(String id, String unitId, List<String> criterionIds, String reason, List<String> evidenceIds, String filedBy,
            Instant filedAt, AppealDecision decision) {
        this.id = Objects.requireNonNull(id, "id must not be null");
        this.unitId = Objects.requireNonNull(unitId, "unitId must not be null");
        this.criterionIds = Collections.unmodifiableList(new ArrayList<>(criterionIds));
        this.reason = Objects.requireNonNull(reason, "reason must not be null");
        this.evidenceIds = Collections.unmodifiableList(new ArrayList<>(evidenceIds));
        this.filedBy = Objects.requireNonNull(filedBy, "filedBy must not be null");
        this.filedAt = Objects.requireNonNull(filedAt, "filedAt must not be null");
        this.decision = decision;
    }

    static Appeal of(String id, String unitId, List<String> criterionIds, String reason, List<String> evidenceIds, String filedBy,
            Instant filedAt) {
        return new Appeal(id, unitId, criterionIds, reason, evidenceIds, filedBy, filedAt, null);
    }

    Appeal decided(AppealDecision d) {
        return new Appeal(id, unitId, criterionIds, reason, evidenceIds, filedBy, filedAt, Objects.requireNonNull(d, "decision"));
    }

    /** E.g. {@code appeal:beihai-2015:beihai/hepu:1}: the plan, the unit and the unit's appeal number. */
    public String id() {
        return id;
    }

    /** The unit that appealed (only the unit itself may). */
    public String unitId() {
        return unitId;
    }

    /** The criteria of the unit's rubric the appeal is about, e.g. {@code ["2.1"]}. */
    public List<String> criterionIds() {
        return criterionIds;
    }

    public String reason() {
        return reason;
    }

    /** The stored evidence about the unit that supports the appeal, by id. */
    public List<String> evidenceIds() {
        return evidenceIds;
    }

    /** The person who filed it for the unit. */
    public String filedBy() {
        return filedBy;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public Status status() {
        return decision == null ? Status.OPEN : decision.upheld() ? Status.UPHELD : Status.REJECTED;
    }

    /** The decision; empty while the appeal is open. */
    public Optional<AppealDecision> decision() {
        return Optional.ofNullable(decision);
    }

    @Override
    public String toString() {
        return "Appeal{" + id + ", unit [" + unitId + "], criteria " + criterionIds + ", " + status() + "}";
    }
}

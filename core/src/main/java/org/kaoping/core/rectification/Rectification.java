package org.kaoping.core.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;

/**
 * One rectification item (整改事项): a finding about a unit — its criterion if it has one, what was found, where it
 * came from — with the date the fix is due (on or before that day, Asia/Shanghai), its status, and the unit's
 * evidence of the fix by reference (a document number, a URI or a stored evidence id). Immutable; each state change
 * returns a new item. The runtime rebuilds items from the audit trail, so an item is exactly what its audit events
 * say.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Rectification {
    /** The offices' time zone, in which due dates are read. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final String id;
    private final String planId;
    private final String unitId;
    private final String criterionId;
    private final RectificationOrigin origin;
    private final String finding;
    private final String sourceEvidenceId;
    private final LocalDate dueDate;
    private final Instant openedAt;
    private final String openedBy;
    private final RectificationStatus status;
    private final Instant overdueAt;
    private final String fixReference;
    private final String note;
    private final Instant submittedAt;
    private final Instant verifiedAt;
    private final String verifiedBy;

    private Rectification(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.planId = Objects.requireNonNull(b.planId, "planId");
        this.unitId = Objects.requireNonNull(b.unitId, "unitId");
        this.criterionId = b.criterionId;
        this.origin = Objects.requireNonNull(b.origin, "origin");
        this.finding = Objects.requireNonNull(b.finding, "finding");
        this.sourceEvidenceId = b.sourceEvidenceId;
        this.dueDate = Objects.requireNonNull(b.dueDate, "dueDate");
        this.openedAt = Objects.requireNonNull(b.openedAt, "openedAt");
        this.openedBy = Objects.requireNonNull(b.openedBy, "openedBy");
        this.status = Objects.requireNonNull(b.status, "status");
        this.overdueAt = b.overdueAt;
        this.fixReference = b.fixReference;
        this.note = b.note;
        this.submittedAt = b.submittedAt;
        this.verifiedAt = b.verifiedAt;
        this.verifiedBy = b.verifiedBy;
    }

    /**
     * A newly opened item.
     *
     * @param id the item's id, unique in the store, e.g. {@code rectification:beihai/hepu:spot-check:…}
     * @param planId the plan (cycle) whose findings it rectifies
     * @param unitId the unit that must rectify
     * @param criterionId the criterion concerned, or null for a finding about the whole unit (a veto)
     * @param origin where the finding comes from
     * @param finding what was found, in the office's words
     * @param sourceEvidenceId the evidence the finding rests on, or null (an item added by hand)
     * @param dueDate the last day of the fix, read in Asia/Shanghai time
     * @param openedAt when the item was opened
     * @param openedBy who opened it
     * @return the item, {@link RectificationStatus#OPEN}
     * @throws NullPointerException if a required argument is null
     */
    public static Rectification open(String id, String planId, String unitId, String criterionId, RectificationOrigin origin,
            String finding, String sourceEvidenceId, LocalDate dueDate, Instant openedAt, String openedBy) {
        Builder b = new Builder();
        b.id = id;
        b.planId = planId;
        b.unitId = unitId;
        b.criterionId = criterionId;
        b.origin = origin;
        b.finding = finding;
        b.sourceEvidenceId = sourceEvidenceId;
        b.dueDate = dueDate;
        b.openedAt = openedAt;
        b.openedBy = openedBy;
        b.status = RectificationStatus.OPEN;
        return new Rectification(b);
    }

    /** The instant from which an item due on {@code dueDate} is overdue: 00:00 of the next day, Asia/Shanghai. */
    public static Instant overdueFrom(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** This item with the unit's fix submitted at {@code at}, by reference. */
    public Rectification submitted(Instant at, String reference, String submitNote) {
        Builder b = copy();
        b.status = RectificationStatus.SUBMITTED;
        b.submittedAt = Objects.requireNonNull(at, "at");
        b.fixReference = Objects.requireNonNull(reference, "reference");
        b.note = submitNote;
        return new Rectification(b);
    }

    /** This item verified by {@code by} at {@code at}. */
    public Rectification verified(Instant at, String by) {
        Builder b = copy();
        b.status = RectificationStatus.VERIFIED;
        b.verifiedAt = Objects.requireNonNull(at, "at");
        b.verifiedBy = Objects.requireNonNull(by, "by");
        return new Rectification(b);
    }

    /**
     * This item with its fix not accepted at {@code at}: open again, or overdue if it went overdue before or
     * {@code at} is past its deadline.
     */
    public Rectification returned(Instant at, String reason) {
        Builder b = copy();
        boolean late = overdueAt != null || !at.isBefore(overdueFrom());
        b.status = late ? RectificationStatus.OVERDUE : RectificationStatus.OPEN;
        b.overdueAt = overdueAt != null ? overdueAt : late ? overdueFrom() : null;
        b.note = reason;
        return new Rectification(b);
    }

    /** This item marked overdue at {@code at}. */
    public Rectification overdue(Instant at) {
        Builder b = copy();
        b.status = RectificationStatus.OVERDUE;
        b.overdueAt = Objects.requireNonNull(at, "at");
        return new Rectification(b);
    }

    private Builder copy() {
        Builder b = new Builder();
        b.id = id;
        b.planId = planId;
        b.unitId = unitId;
        b.criterionId = criterionId;
        b.origin = origin;
        b.finding = finding;
        b.sourceEvidenceId = sourceEvidenceId;
        b.dueDate = dueDate;
        b.openedAt = openedAt;
        b.openedBy = openedBy;
        b.status = status;
        b.overdueAt = overdueAt;
        b.fixReference = fixReference;
        b.note = note;
        b.submittedAt = submittedAt;
        b.verifiedAt = verifiedAt;
        b.verifiedBy = verifiedBy;
        return b;
    }

    public String id() {
        return id;
    }

    public String planId() {
        return planId;
    }

    public String unitId() {
        return unitId;
    }

    /** The criterion concerned; empty for a finding about the whole unit (a veto). */
    public Optional<String> criterionId() {
        return Optional.ofNullable(criterionId);
    }

    public RectificationOrigin origin() {
        return origin;
    }

    /** What was found, in the office's words. */
    public String finding() {
        return finding;
    }

    /** The evidence the finding rests on; empty for an item added by hand. */
    public Optional<String> sourceEvidenceId() {
        return Optional.ofNullable(sourceEvidenceId);
    }

    /** The last day of the fix (on or before that day), Asia/Shanghai. */
    public LocalDate dueDate() {
        return dueDate;
    }

    /** The instant from which the item is overdue: {@link #overdueFrom(LocalDate)} of its due date. */
    public Instant overdueFrom() {
        return overdueFrom(dueDate);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public RectificationStatus status() {
        return status;
    }

    /** When the item was marked overdue; stays set after a late fix, for the commendation rule's "no overdue 整改". */
    public Optional<Instant> overdueAt() {
        return Optional.ofNullable(overdueAt);
    }

    /** Whether the item ever went overdue. */
    public boolean wentOverdue() {
        return overdueAt != null;
    }

    /** The unit's evidence of the fix, by reference (document number, URI or evidence id). */
    public Optional<String> fixReference() {
        return Optional.ofNullable(fixReference);
    }

    /** The last note: the unit's with its fix, or the assessor's reason for not accepting it. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Instant> verifiedAt() {
        return Optional.ofNullable(verifiedAt);
    }

    public Optional<String> verifiedBy() {
        return Optional.ofNullable(verifiedBy);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Rectification)) {
            return false;
        }
        Rectification r = (Rectification) o;
        return id.equals(r.id) && planId.equals(r.planId) && unitId.equals(r.unitId) && Objects.equals(criterionId, r.criterionId)
                && origin == r.origin && finding.equals(r.finding) && Objects.equals(sourceEvidenceId, r.sourceEvidenceId)
                && dueDate.equals(r.dueDate) && openedAt.equals(r.openedAt) && openedBy.equals(r.openedBy) && status == r.status
                && Objects.equals(overdueAt, r.overdueAt) && Objects.equals(fixReference, r.fixReference) && Objects.equals(note, r.note)
                && Objects.equals(submittedAt, r.submittedAt) && Objects.equals(verifiedAt, r.verifiedAt)
                && Objects.equals(verifiedBy, r.verifiedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status, overdueAt, submittedAt, verifiedAt);
    }

    @Override
    public String toString() {
        return "Rectification[" + id + ", unit " + unitId + (criterionId == null ? "" : ", criterion " + criterionId) + ", " + origin.code()
                + ", due " + dueDate + ", " + status + "]";
    }

    private static final class Builder {
        String id;
        String planId;
        String unitId;
        String criterionId;
        RectificationOrigin origin;
        String finding;
        String sourceEvidenceId;
        LocalDate dueDate;
        Instant openedAt;
        String openedBy;
        RectificationStatus status;
        Instant overdueAt;
        String fixReference;
        String note;
        Instant submittedAt;
        Instant verifiedAt;
        String verifiedBy;
    }
}

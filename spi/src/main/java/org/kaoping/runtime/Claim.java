package org.kaoping.runtime;

import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;

/**
 * A claim: what a unit asserted in its own favour (its own N/A mark, its own adjustment), stored as evidence and
 * counted only once an assessor approves it ({@link Kaoping#approveClaim}); with its status and, once decided, who
 * decided and why. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Claim {
    /** Where a claim stands. */
    public enum Status {
        /** Filed, waiting for an assessor (待审核); not counted. */
        PENDING("待审核"),
        /** Approved by an assessor; counted. */
        APPROVED("已批准"),
        /** Rejected by an assessor; never counted. */
        REJECTED("已驳回");

        private final String chineseName;

        Status(String chineseName) {
            this.chineseName = chineseName;
        }

        /** The status in the office's words, e.g. 待审核. */
        public String chineseName() {
            return chineseName;
        }
    }

    private final Evidence evidence;
    private final Status status;
    private final String decidedBy;
    private final String detail;

    Claim(Evidence evidence, Status status, String decidedBy, String detail) {
        this.evidence = Objects.requireNonNull(evidence, "evidence must not be null");
        this.status = Objects.requireNonNull(status, "status must not be null");
        this.decidedBy = decidedBy;
        this.detail = detail;
    }

    /** The claim's evidence (its id is the claim's id). */
    public Evidence evidence() {
        return evidence;
    }

    public Status status() {
        return status;
    }

    /** Who approved or rejected it, as {@code actor of unit [id]}; empty while pending. */
    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    /** The decision's audit detail (a rejection's reason); empty while pending. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    @Override
    public String toString() {
        return "Claim[" + evidence.id() + " " + evidence.kind() + " of unit [" + evidence.unitId() + "] on [" + evidence.key()
                + "]: " + status + (decidedBy == null ? "" : " by " + decidedBy) + "]";
    }
}

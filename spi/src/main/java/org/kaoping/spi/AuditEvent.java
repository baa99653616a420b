package org.kaoping.spi;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.api.API;

/** One entry of the audit trail: who did what to which unit, when, and with what result. Append-only. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class AuditEvent {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    AuditEvent() {}

    /** The kinds of change the runtime audits; new kinds are only ever added at the end. */
    public enum Action {
        EVIDENCE_SUBMITTED,
        EVIDENCE_DUPLICATE,
        EVIDENCE_REFUSED,
        SCORED,
        OVERRIDDEN,
        RANKED,
        PUBLISHED,
        /** A publication that a result sink refused; {@code detail} names the sinks and their errors. */
        PUBLICATION_FAILED,
        /** One batch of an evidence import; {@code subject} is the source id, {@code detail} ends with the next cursor. */
        EVIDENCE_IMPORTED,
        /**
         * A notification delivered to one notifier by {@code Kaoping.checkObligations}; {@code unitId} is the
         * unit, {@code subject} names the kind, period and notifier
         * ({@code notice:<kind>:<period>:<notifier id>}) and is what keeps it from being sent again.
         */
        NOTIFIED,
        /** A unit's claim (its own N/A mark or adjustment) stored and pending (待审核); {@code subject} is the evidence id. */
        CLAIM_FILED,
        /** An assessor approved the claim whose evidence id is {@code subject}; it counts from now on. */
        CLAIM_APPROVED,
        /** An assessor rejected the claim whose evidence id is {@code subject}; {@code detail} gives the reason. */
        CLAIM_REJECTED,
        /** Scoring left a unit out because its stored evidence is invalid; {@code detail} gives the reason. */
        NOT_SCORABLE,
        /**
         * The runtime re-read its org directory and swapped in the new org tree, delegation and scope
         * ({@code Kaoping.reloadOrgDirectory}); {@code subject} names the directory, {@code detail} lists the units
         * added, removed and changed (kind, parent, lead department, name). Evidence and scorecards of removed units
         * stay in the store.
         */
        ORG_RELOADED
    }

    /** Assigned by the store on append, starting at 1; 0 before. */
    @Value.Default
    public long sequence() {
        return 0;
    }

    public abstract Instant at();

    /** The person or system that acted. */
    public abstract String actor();

    /** The unit the actor acted for, if known. */
    public abstract Optional<String> actorUnitId();

    public abstract Action action();

    /** The unit acted upon, if any. */
    public abstract Optional<String> unitId();

    /** What was acted upon, e.g. an evidence id or a criterion id. */
    public abstract Optional<String> subject();

    /** A human-readable account, e.g. the reason a submission was refused. */
    public abstract String detail();

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link AuditEvent}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableAuditEvent.Builder {
        Builder() {}
    }
}

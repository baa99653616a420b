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
        ORG_RELOADED,
        // --- the cycle after the scores (issue 15: 公示, appeals, final results); subject is the plan id for the
        // cycle's states, the appeal id for appeals; the detail's lines after the first carry the data the state is
        // rebuilt from (CycleLifecycle)
        /** The cycle was scored and ranked for publication to 公示; {@code subject} is the plan id. */
        CYCLE_SCORED,
        /** The results were published for notice (公示); the detail holds the window and the result snapshot. */
        CYCLE_NOTICE_PUBLISHED,
        /** The results were finalized; the detail holds the final result snapshot. */
        CYCLE_FINALIZED,
        /** The city office re-opened a final cycle; the detail gives the reason. */
        CYCLE_REOPENED,
        /** A unit appealed (申诉); {@code subject} is the appeal id, the detail its criteria, reason and evidence. */
        APPEAL_FILED,
        /** An assessor upheld an appeal; the detail lists the overrides and the results that changed. */
        APPEAL_UPHELD,
        /** An assessor rejected an appeal; the detail gives the reason. */
        APPEAL_REJECTED,
        /** An act of the cycle after the scores was refused (nothing stored); the detail gives the reason. */
        LIFECYCLE_REFUSED,
        // ---- rectification (整改, issue 15): subject is the item id, unitId the unit that rectifies, detail the
        // item's fields as "key=value; …" (see org.kaoping.runtime.RectificationTrail), from which items are rebuilt
        /** A rectification item opened from a finding or by the office. */
        RECTIFICATION_OPENED,
        /** The unit submitted its fix, by reference. */
        RECTIFICATION_SUBMITTED,
        /** The assessor verified the fix; the item is closed. */
        RECTIFICATION_VERIFIED,
        /** The assessor did not accept the fix; the item is open (or overdue) again. */
        RECTIFICATION_RETURNED,
        /** The item's deadline passed without a fix; notified once. */
        RECTIFICATION_OVERDUE,
        // ---- ad-hoc deployments (临时部署, issue 16): subject is the plan id; RUBRIC_AMENDED's detail carries the
        // amendment's fields as "key=value; …" (see org.kaoping.runtime.RubricAmendments), from which it is replayed
        RUBRIC_AMENDED,
        RUBRIC_AMENDMENT_REFUSED,
        // ---- the year's key tasks (四定重点工作任务, issue 16): subject is the task id, detail its fields as "key=value; …"
        // (see org.kaoping.runtime.TaskTrail), from which the list and the progress are rebuilt
        /** A key task loaded (or revised) into a plan's list; {@code unitId} is its owner unit. */
        TASK_DEFINED,
        /** A unit's monthly progress report on a key task; {@code unitId} is the reporting unit. */
        TASK_PROGRESS_REPORTED,
        /** A key-task list or progress report was refused (nothing stored); the detail gives the reason. */
        TASK_REFUSED
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

package org.kaoping.runtime;

import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.AssessmentStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.kaoping.core.delegation.AssessorRole;
import org.kaoping.core.delegation.Delegation;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;

/**
 * The delegation rules at the door: decides whether a submission, an imported record or an override may enter
 * the store, audits each refusal, and stores and audits what it lets in ({@link Kaoping#submit} and
 * {@link Kaoping#override}). It keeps these rules in one place so that submitted, imported and overriding
 * evidence are judged alike. Its configuration (tree, delegation, plan, scope) is immutable; override ids are
 * made unique by an {@link AtomicLong}; everything else lives in the thread-safe store, so it is thread-safe.
 */
final class SubmissionGate {
    private final OrgTree tree;
    private final Delegation delegation;
    private final AssessmentPlan plan;
    private final AssessmentScope scope;
    private final AssessmentStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final AtomicLong overrideSequence = new AtomicLong();

    SubmissionGate(OrgTree tree, Delegation delegation, AssessmentPlan plan, AssessmentScope scope, AssessmentStore store,
            AuditTrail audit, Clock clock) {
        this.tree = tree;
        this.delegation = delegation;
        this.plan = plan;
        this.scope = scope;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** See {@link Kaoping#submit(String, String, Evidence)}. */
    SubmitOutcome submit(String actor, String actorUnitId, Evidence evidence) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(actorUnitId, "actorUnitId must not be null");
        Objects.requireNonNull(evidence, "evidence must not be null");
        Optional<String> refusal = refusalOf(actorUnitId, evidence);
        if (refusal.isPresent()) {
            throw audit.refuse(actor, actorUnitId, evidence, refusal.get());
        }
        SubmitOutcome outcome;
        try {
            outcome = store.submit(evidence);
        } catch (EvidenceConflictException e) {
            audit.audit(actor, actorUnitId, AuditEvent.Action.EVIDENCE_REFUSED, evidence.unitId(), evidence.id(), e.getMessage());
            throw e;
        }
        audit.audit(actor, actorUnitId, outcome == SubmitOutcome.ADDED ? AuditEvent.Action.EVIDENCE_SUBMITTED
                : AuditEvent.Action.EVIDENCE_DUPLICATE, evidence.unitId(), evidence.id(),
                evidence.kind() + " from " + evidence.source() + " on [" + evidence.key() + "] for " + evidence.period()
                        + (outcome == SubmitOutcome.ADDED ? " stored" : " already stored, identical"));
        return outcome;
    }

    /** See {@link Kaoping#override(String, String, String, String, Points, String)}. */
    ScoreOverride override(String actor, String actorUnitId, String unitId, String criterionId, Points newPoints,
            String reason) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(actorUnitId, "actorUnitId must not be null");
        Objects.requireNonNull(unitId, "unitId must not be null");
        Objects.requireNonNull(criterionId, "criterionId must not be null");
        Objects.requireNonNull(newPoints, "newPoints must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Instant now = clock.instant();
        String id = String.format("override-%s-%s-%013d-%06d", unitId, criterionId, now.toEpochMilli(),
                overrideSequence.incrementAndGet()) + "-" + UUID.randomUUID().toString().substring(0, 8);
        ScoreOverride o = ScoreOverride.builder().id(id).unitId(unitId).key(criterionId).period(ReportingPeriod.year(plan.year()))
                .source(SourceKind.PANEL).author(actor).authorUnitId(actorUnitId).recordedAt(now).newPoints(newPoints)
                .reason(reason).build();
        String notAssessedReason = scope.reasonNotAssessed(unitId);
        Optional<String> refusal = notAssessedReason != null
                ? Optional.of("unit [" + unitId + "] is not assessed under plan [" + plan.id() + "]: " + notAssessedReason)
                : refusalOf(actorUnitId, o);
        if (!refusal.isPresent()) {
            refusal = overrideRefusalOf(unitId, criterionId, newPoints);
        }
        if (refusal.isPresent()) {
            throw audit.refuse(actor, actorUnitId, o, refusal.get());
        }
        store.submit(o);
        audit.audit(actor, actorUnitId, AuditEvent.Action.OVERRIDDEN, unitId, criterionId, "criterion [" + criterionId
                + "] set to " + newPoints + " by override [" + id + "], because " + reason);
        return o;
    }

    /** Why evidence submitted by unit {@code actorUnitId} is refused under the delegation rules, if it is. */
    private Optional<String> refusalOf(String actorUnitId, Evidence e) {
        if (!tree.contains(e.unitId())) {
            return Optional.of("unit [" + e.unitId() + "] is not in the org directory");
        }
        if (!tree.contains(actorUnitId)) {
            return Optional.of("the actor's unit [" + actorUnitId + "] is not in the org directory");
        }
        if (e.source() == SourceKind.SELF) {
            if (e.kind() == EvidenceKind.SCORE_OVERRIDE) {
                return Optional.of("an override is made by an assessor, never as self-assessment (SELF) evidence");
            }
            if (!actorUnitId.equals(e.unitId())) {
                return Optional.of("a unit submits SELF evidence only about itself; expected actor unit [" + e.unitId() + "]");
            }
        } else {
            Optional<AssessorRole> role = delegation.roleOf(actorUnitId, e.unitId());
            if (!role.isPresent() || role.get() == AssessorRole.SELF) {
                List<String> assessors = new ArrayList<>();
                for (org.kaoping.core.delegation.Assignment a : delegation.assessorsOf(e.unitId())) {
                    if (a.role() != AssessorRole.SELF) {
                        assessors.add(a.assessorId() + " (" + a.role() + ")");
                    }
                }
                return Optional.of(e.source() + " evidence about a unit is submitted only by its assessors under the "
                        + "delegation, which are " + (assessors.isEmpty() ? "none" : String.join(", ", assessors))
                        + (role.isPresent() ? "; a unit never assesses itself" : ""));
            }
        }
        return panelRefusalOf(e);
    }

    /** Why an imported record is refused, if it is: an unknown unit, SELF evidence by another unit, a rater rating their own unit. */
    Optional<String> importRefusalOf(Evidence e) {
        if (!tree.contains(e.unitId())) {
            return Optional.of("unit [" + e.unitId() + "] is not in the org directory");
        }
        if (e.source() == SourceKind.SELF && e.authorUnitId().isPresent() && !e.authorUnitId().get().equals(e.unitId())) {
            return Optional.of("SELF evidence authored by unit [" + e.authorUnitId().get() + "]; expected unit [" + e.unitId() + "]");
        }
        return panelRefusalOf(e);
    }

    private Optional<String> panelRefusalOf(Evidence e) {
        if (e.source() != SourceKind.SELF && e.authorUnitId().isPresent()
                && !delegation.mayRateAsPanelMember(e.authorUnitId().get(), e.unitId())) {
            return Optional.of("rater " + e.author() + " belongs to unit [" + e.authorUnitId().get()
                    + "] and may not rate their own unit");
        }
        return Optional.empty();
    }

    private Optional<String> overrideRefusalOf(String unitId, String criterionId, Points newPoints) {
        OrgUnit unit = tree.unit(unitId);
        Rubric rubric = plan.rubrics().get(unit.kind());
        if (rubric == null) {
            return Optional.of("plan [" + plan.id() + "] does not assess units of kind " + unit.kind());
        }
        Optional<Criterion> c = rubric.findCriterion(criterionId);
        if (!c.isPresent()) {
            return Optional.of("rubric [" + rubric.id() + "] has no criterion [" + criterionId + "]");
        }
        if (!c.get().isLeaf()) {
            return Optional.of("criterion [" + criterionId + "] of rubric [" + rubric.id() + "] has children; overrides apply to leaves only");
        }
        if (newPoints.isNegative() || newPoints.compareTo(c.get().points()) > 0) {
            return Optional.of("newPoints " + newPoints + " must lie in [0, " + c.get().points() + "] for criterion ["
                    + criterionId + "]");
        }
        return Optional.empty();
    }
}

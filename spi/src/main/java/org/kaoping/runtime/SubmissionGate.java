package org.kaoping.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.kaoping.core.delegation.Delegation;
import org.kaoping.core.delegation.DelegationMatrix;
import org.kaoping.core.delegation.FilerRole;
import org.kaoping.core.delegation.Filing;
import org.kaoping.core.delegation.IdRule;
import org.kaoping.core.delegation.Permission;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.EvidenceSource;
import org.kaoping.spi.SourceDeclaration;
import org.kaoping.spi.SubmitOutcome;

/**
 * The one gate: every path by which evidence reaches the store — {@link Kaoping#submit}, imports from any
 * {@link EvidenceSource} (batches), {@link Kaoping#override} and claim decisions — is judged here by the same
 * rules, in this order: the id rule ({@link IdRule}) on every id and actor; known units; the unit assessed under the
 * plan; the filer's role ({@link Delegation#filerRole}) and what the {@link DelegationMatrix} lets that role file
 * under which source; and the plan's checks ({@link PlanChecks}). A refusal is audited and thrown as
 * {@link EvidenceRefusedException}, and nothing is stored; what passes is stored together with its audit events in
 * one atomic write ({@link AssessmentStore#submitAllAudited}). A unit's own N/A mark or adjustment passes as a
 * {@link Claim}, counted once an assessor approves it.
 *
 * <p>Its configuration (tree, delegation, plan, scope, checks) is immutable; override ids are made unique by an
 * {@link AtomicLong}; claim decisions are serialized on one lock (shared
 * with the gates that replace it on an org reload) so that a claim is decided once; everything else
 * lives in the thread-safe store, so it is thread-safe.
 */
final class SubmissionGate {
    private final OrgTree tree;
    private final Delegation delegation;
    private final AssessmentPlan plan;
    private final AssessmentScope scope;
    private final AssessmentStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final PlanChecks checks;
    /** Shared with the gates that replace this one on an org reload, so that override ids stay unique. */
    private final AtomicLong overrideSequence;
    /** Claim decisions are serialized on this; shared with the gates that replace this one on an org reload. */
    private final Object decisionLock;
    /** The cycle after the scores: once final, evidence of the plan's year is refused (issue 15). */
    private final CycleLifecycle lifecycle;

    SubmissionGate(OrgTree tree, Delegation delegation, AssessmentPlan plan, AssessmentScope scope, AssessmentStore store,
            AuditTrail audit, Clock clock, CycleLifecycle lifecycle) {
        this(tree, delegation, plan, scope, store, audit, clock, new PlanChecks(plan), new AtomicLong(), new Object(), lifecycle);
    }

    private SubmissionGate(OrgTree tree, Delegation delegation, AssessmentPlan plan, AssessmentScope scope, AssessmentStore store,
            AuditTrail audit, Clock clock, PlanChecks checks, AtomicLong overrideSequence, Object decisionLock, CycleLifecycle lifecycle) {
        this.tree = tree;
        this.delegation = delegation;
        this.plan = plan;
        this.scope = scope;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.checks = checks;
        this.overrideSequence = overrideSequence;
        this.decisionLock = decisionLock;
        this.lifecycle = lifecycle;
    }

    /**
     * The gate of the same plan, store and clock over a reloaded org: {@code tree}, {@code delegation} and {@code scope}
     * replaced, the plan checks, the override sequence and the claim-decision lock shared with this gate.
     */
    SubmissionGate withOrg(OrgTree tree, Delegation delegation, AssessmentScope scope) {
        return new SubmissionGate(tree, delegation, plan, scope, store, audit, clock, checks, overrideSequence, decisionLock, lifecycle);
    }

    PlanChecks checks() {
        return checks;
    }

    // ------------------------------------------------------------------------------------ submit

    /** See {@link Kaoping#submit(String, String, Evidence)}. */
    SubmitOutcome submit(String actor, String actorUnitId, Evidence evidence) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(actorUnitId, "actorUnitId must not be null");
        Objects.requireNonNull(evidence, "evidence must not be null");
        Optional<String> refusal = actorRefusal(actor, actorUnitId);
        if (!refusal.isPresent()) {
            refusal = reconcile(actor, actorUnitId, evidence);
        }
        if (!refusal.isPresent()) {
            refusal = refusalOf(actorUnitId, evidence, this::storedDocument);
        }
        if (refusal.isPresent()) {
            throw audit.refuse(actor, actorUnitId, evidence, refusal.get());
        }
        final boolean claim = isClaim(evidence);
        try {
            return store.submitAllAudited(Collections.singletonList(evidence), outcomes -> {
                SubmitOutcome o = outcomes.get(0);
                List<AuditEvent> events = new ArrayList<>(2);
                events.add(audit.event(actor, actorUnitId, o == SubmitOutcome.ADDED ? AuditEvent.Action.EVIDENCE_SUBMITTED
                        : AuditEvent.Action.EVIDENCE_DUPLICATE, evidence.unitId(), evidence.id(), describe(evidence)
                        + (o == SubmitOutcome.ADDED ? " stored" : " already stored, identical")));
                if (claim && o == SubmitOutcome.ADDED) {
                    events.add(claimFiled(actor, actorUnitId, evidence));
                }
                return events;
            }).get(0);
        } catch (EvidenceConflictException e) {
            audit.audit(actor, actorUnitId, AuditEvent.Action.EVIDENCE_REFUSED, evidence.unitId(), evidence.id(), e.getMessage());
            throw e;
        }
    }

    /** The actor and actor unit keep the id rule and the unit is known. */
    private Optional<String> actorRefusal(String actor, String actorUnitId) {
        Optional<String> p = IdRule.problem(actor, "actor");
        if (!p.isPresent()) {
            p = IdRule.problem(actorUnitId, "actorUnitId");
        }
        if (!p.isPresent() && !tree.contains(actorUnitId)) {
            p = Optional.of("the actor's unit [" + actorUnitId + "] is not in the org directory");
        }
        return p;
    }

    /** An actor files only evidence authored by themselves for their own unit. */
    private static Optional<String> reconcile(String actor, String actorUnitId, Evidence e) {
        if (!e.author().equals(actor)) {
            return Optional.of("the evidence names author [" + IdRule.escape(e.author()) + "], not the actor [" + IdRule.escape(actor)
                    + "]; an actor files only evidence they authored");
        }
        if (e.authorUnitId().isPresent() && !e.authorUnitId().get().equals(actorUnitId)) {
            return Optional.of("the evidence names author unit [" + IdRule.escape(e.authorUnitId().get()) + "], not the actor's unit ["
                    + actorUnitId + "]; an actor files only for their own unit");
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------------------------ import

    /**
     * Admits one batch of {@code source}: every record is checked as filed by the unit the source's declaration and
     * the record name; the first refused record refuses the whole batch (audited, nothing stored, naming the record,
     * its origin, author, target and the rule). Otherwise stores the batch and its audit events (claims filed, then
     * {@code importedEvent} built from the outcomes) in one atomic write.
     */
    List<SubmitOutcome> importBatch(EvidenceSource source, List<Evidence> batch, String cursor,
            Function<List<SubmitOutcome>, AuditEvent> importedEvent) {
        String actor = "source:" + source.id();
        SourceDeclaration declaration = source.declaration();
        if (declaration == null) {
            declaration = SourceDeclaration.authorsOfRecords();
        }
        final Set<String> batchDocuments = new HashSet<>();
        for (Evidence e : batch) {
            if (e instanceof DocumentRef) {
                batchDocuments.add(e.id());
            }
        }
        Predicate<String> documents = id -> batchDocuments.contains(id) || storedDocument(id);
        final Map<Integer, String> claimFilers = new HashMap<>();
        lifecycle.refresh(); // once a batch: the batch is judged by one state of the cycle
        Instant now = clock.instant();
        for (int i = 0; i < batch.size(); i++) {
            Evidence e = batch.get(i);
            String filer = null;
            Optional<String> refusal = declarationRefusal(declaration, e);
            if (!refusal.isPresent()) {
                filer = filerOf(declaration, e);
                refusal = refusalOf(filer, e, documents, now);
            }
            if (refusal.isPresent()) {
                Optional<String> origin = source.originOf(e);
                throw audit.refuse(actor, filer, e, refusal.get() + "; record " + (i + 1) + " of the batch"
                        + (origin.isPresent() ? " (" + origin.get() + ")" : "") + ": " + e.kind() + " [" + IdRule.escape(e.id())
                        + "] by author [" + IdRule.escape(e.author()) + "]" + (e.authorUnitId().isPresent() ? " of unit ["
                        + IdRule.escape(e.authorUnitId().get()) + "]" : "") + " about unit [" + IdRule.escape(e.unitId()) + "] on ["
                        + IdRule.escape(e.key()) + "]; nothing of this batch (from cursor [" + cursor + "] of source " + source.id()
                        + ") was stored");
            }
            if (isClaim(e)) {
                claimFilers.put(i, filer);
            }
        }
        try {
            return store.submitAllAudited(batch, outcomes -> {
                List<AuditEvent> events = new ArrayList<>();
                for (Map.Entry<Integer, String> c : claimFilers.entrySet()) {
                    if (outcomes.get(c.getKey()) == SubmitOutcome.ADDED) {
                        events.add(claimFiled(actor, c.getValue(), batch.get(c.getKey())));
                    }
                }
                events.add(importedEvent.apply(outcomes));
                return events;
            });
        } catch (EvidenceConflictException e) {
            audit.audit(actor, null, AuditEvent.Action.EVIDENCE_REFUSED, null, e.evidenceId(), e.getMessage() + "; "
                    + conflictOf(source, batch, e.evidenceId()) + "; nothing of this batch (from cursor [" + cursor
                    + "] of source " + source.id() + ") was stored");
            throw e;
        }
    }

    /**
     * Which record of {@code batch} conflicts under {@code id}, where it came from, and how it differs from the stored
     * record (or from the batch's earlier record under the same id): for the refusal's audit entry and the import's
     * result.
     */
    String conflictOf(EvidenceSource source, List<Evidence> batch, String id) {
        int first = -1;
        int conflicting = -1;
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).id().equals(id)) {
                if (first < 0) {
                    first = i;
                } else if (!batch.get(i).equals(batch.get(first))) {
                    conflicting = i;
                    break;
                }
            }
        }
        Optional<Evidence> stored = store.findEvidence(id);
        Evidence against = stored.isPresent() ? stored.get() : conflicting >= 0 ? batch.get(first) : null;
        int at = stored.isPresent() || conflicting < 0 ? first : conflicting;
        if (at < 0) {
            return "evidence [" + IdRule.escape(id) + "] conflicts with what is stored";
        }
        Evidence e = batch.get(at);
        Optional<String> origin = source.originOf(e);
        return "record " + (at + 1) + " of the batch" + (origin.isPresent() ? " (" + origin.get() + ")" : "") + ": " + e.kind()
                + " [" + IdRule.escape(id) + "] about unit [" + IdRule.escape(e.unitId()) + "] on [" + IdRule.escape(e.key())
                + "] differs from " + (stored.isPresent() ? "the stored record" : "record " + (first + 1) + " of the same batch")
                + " under that id in " + (against == null ? "its content" : EvidenceDifference.describe(e, against));
    }

    private static Optional<String> declarationRefusal(SourceDeclaration d, Evidence e) {
        if (!d.sources().contains(e.source())) {
            return Optional.of("the source declares sources " + d.sources() + "; the record is " + e.source());
        }
        if (!d.kinds().contains(e.kind())) {
            return Optional.of("the source declares evidence kinds " + d.kinds() + "; the record is " + e.kind());
        }
        if (d.speaker() == SourceDeclaration.Speaker.UNIT && e.authorUnitId().isPresent()
                && !e.authorUnitId().get().equals(d.unitId().get())) {
            return Optional.of("the source speaks for unit [" + d.unitId().get() + "] only; the record names author unit ["
                    + IdRule.escape(e.authorUnitId().get()) + "]");
        }
        return Optional.empty();
    }

    /** The unit that files {@code e} under {@code d}; null for the host system. */
    private String filerOf(SourceDeclaration d, Evidence e) {
        if (d.speaker() == SourceDeclaration.Speaker.UNIT) {
            return d.unitId().get();
        }
        if (e.authorUnitId().isPresent()) {
            return e.authorUnitId().get();
        }
        if (e.source() == SourceKind.SELF) {
            return e.unitId();
        }
        return null; // the host system: facts only
    }

    // ------------------------------------------------------------------------------------ the rules

    /**
     * Why {@code e}, filed by unit {@code filerUnitId} (null: the host system), is refused, or empty: the one place
     * where the gate's rules live.
     */
    Optional<String> refusalOf(String filerUnitId, Evidence e, Predicate<String> documentExists) {
        return refusalOf(filerUnitId, e, documentExists, null);
    }

    /**
     * As {@link #refusalOf(String, Evidence, Predicate)}; with {@code now} given, the cycle's state is taken as of its
     * latest refresh and {@code now} is the clock (an import batch reads both once, not once a record).
     */
    private Optional<String> refusalOf(String filerUnitId, Evidence e, Predicate<String> documentExists, Instant now) {
        Optional<String> p = idRefusal(e);
        if (p.isPresent()) {
            return p;
        }
        if (!tree.contains(e.unitId())) {
            return Optional.of("unit [" + e.unitId() + "] is not in the org directory");
        }
        if (filerUnitId != null) {
            p = IdRule.problem(filerUnitId, "author unit");
            if (p.isPresent()) {
                return p;
            }
            if (!tree.contains(filerUnitId)) {
                return Optional.of("author unit [" + filerUnitId + "] is not in the org directory");
            }
        }
        String notAssessed = scope.reasonNotAssessed(e.unitId());
        FilerRole role = filerUnitId == null ? FilerRole.HOST_SYSTEM : delegation.filerRole(filerUnitId, e.unitId());
        String who = filerUnitId == null ? "the host system" : "unit [" + filerUnitId + "]";
        if (!DelegationMatrix.sources(role).contains(e.source())) {
            return Optional.of(who + " is " + role + " towards unit [" + e.unitId() + "] and files under sources "
                    + DelegationMatrix.sources(role) + "; the evidence is " + e.source() + roleHint(role, e));
        }
        Permission permission = DelegationMatrix.permission(role, Filing.of(e.kind()));
        if (permission == Permission.FORBIDDEN) {
            return Optional.of(who + " is " + role + " towards unit [" + e.unitId() + "], which may not file " + e.kind()
                    + " (delegation matrix)" + roleHint(role, e));
        }
        Optional<String> team = TeamCheck.refusal(plan, tree, role, filerUnitId, e);
        if (team.isPresent()) {
            return team;
        }
        if (notAssessed != null) {
            // Kept (a folder holds every unit's evidence, a plan may score some kinds only) but never scored under this
            // plan, so there is no rubric to check it against; the delegation still applies.
            return Optional.empty();
        }
        p = lifecycle.refusalAfterFinal(e, now == null);
        if (p.isPresent()) {
            return p;
        }
        Rubric rubric = plan.rubrics().get(tree.unit(e.unitId()).kind());
        return checks.problemOf(e, rubric, documentExists, now != null ? now : clock.instant());
    }

    private String roleHint(FilerRole role, Evidence e) {
        if (role == FilerRole.UNRELATED) {
            List<String> assessors = new ArrayList<>();
            for (org.kaoping.core.delegation.Assignment a : delegation.assessorsOf(e.unitId())) {
                if (a.role() != org.kaoping.core.delegation.AssessorRole.SELF) {
                    assessors.add(a.assessorId() + " (" + a.role() + ")");
                }
            }
            return "; its assessors under the delegation are " + (assessors.isEmpty() ? "none" : String.join(", ", assessors))
                    + ", and a panel member never rates their own unit nor one above or below it";
        }
        if (role == FilerRole.UNIT_ITSELF && e.kind() == org.kaoping.core.evidence.EvidenceKind.SCORE_OVERRIDE) {
            return "; an override is made by an assessor, never by the unit itself";
        }
        return "";
    }

    private static Optional<String> idRefusal(Evidence e) {
        Optional<String> p = IdRule.problem(e.id(), "evidence id");
        if (!p.isPresent()) {
            p = IdRule.problem(e.unitId(), "unitId");
        }
        if (!p.isPresent()) {
            p = IdRule.problem(e.key(), "key");
        }
        if (!p.isPresent()) {
            p = IdRule.problem(e.author(), "author");
        }
        if (!p.isPresent() && e.authorUnitId().isPresent()) {
            p = IdRule.problem(e.authorUnitId().get(), "authorUnitId");
        }
        if (!p.isPresent() && e instanceof ChecklistTick) {
            for (String d : ((ChecklistTick) e).documentIds()) {
                p = IdRule.problem(d, "documentId");
                if (p.isPresent()) {
                    break;
                }
            }
        }
        if (!p.isPresent() && e instanceof SelfReport) {
            for (String d : ((SelfReport) e).documentIds()) {
                p = IdRule.problem(d, "documentId");
                if (p.isPresent()) {
                    break;
                }
            }
        }
        return p;
    }

    private boolean storedDocument(String id) {
        Optional<Evidence> e = store.findEvidence(id);
        return e.isPresent() && e.get() instanceof DocumentRef;
    }

    /** Whether {@code e} is a claim: self evidence that the matrix lets a unit file about itself only as a claim. */
    static boolean isClaim(Evidence e) {
        return e.source() == SourceKind.SELF
                && DelegationMatrix.permission(FilerRole.UNIT_ITSELF, Filing.of(e.kind())) == Permission.CLAIM;
    }

    private AuditEvent claimFiled(String actor, String actorUnitId, Evidence e) {
        return audit.event(actor, actorUnitId, AuditEvent.Action.CLAIM_FILED, e.unitId(), e.id(), "claim " + describe(e)
                + " pending (待审核); it counts once an assessor approves it");
    }

    private static String describe(Evidence e) {
        return e.kind() + " from " + e.source() + " on [" + e.key() + "] for " + e.period();
    }

    // ------------------------------------------------------------------------------------ override

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
        Optional<String> refusal = actorRefusal(actor, actorUnitId);
        if (!refusal.isPresent() && newPoints.isNegative()) {
            refusal = Optional.of("newPoints " + newPoints + " must not be negative");
        }
        if (!refusal.isPresent() && reason.trim().isEmpty()) {
            refusal = Optional.of("an override needs a reason");
        }
        if (refusal.isPresent()) {
            throw audit.refuse(actor, actorUnitId, id, unitId, refusal.get());
        }
        ScoreOverride o = ScoreOverride.builder().id(id).unitId(unitId).key(criterionId).period(ReportingPeriod.year(plan.year()))
                .source(SourceKind.PANEL).author(actor).authorUnitId(actorUnitId).recordedAt(now).newPoints(newPoints)
                .reason(reason).build();
        String notAssessed = scope.reasonNotAssessed(unitId);
        refusal = notAssessed != null
                ? Optional.of("unit [" + unitId + "] is not assessed under plan [" + plan.id() + "]: " + notAssessed)
                : refusalOf(actorUnitId, o, this::storedDocument);
        if (refusal.isPresent()) {
            throw audit.refuse(actor, actorUnitId, o, refusal.get());
        }
        store.submitAllAudited(Collections.singletonList(o), outcomes -> Collections.singletonList(audit.event(actor, actorUnitId,
                AuditEvent.Action.OVERRIDDEN, unitId, criterionId, "criterion [" + criterionId + "] set to " + newPoints
                        + " by override [" + id + "], because " + reason)));
        return o;
    }

    // ------------------------------------------------------------------------------------ claims

    /** See {@link Kaoping#approveClaim} and {@link Kaoping#rejectClaim}. */
    Claim decide(String actor, String actorUnitId, String claimId, boolean approve, String reason) {
        synchronized (decisionLock) {
            return decideLocked(actor, actorUnitId, claimId, approve, reason);
        }
    }

    private Claim decideLocked(String actor, String actorUnitId, String claimId, boolean approve, String reason) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(actorUnitId, "actorUnitId must not be null");
        Objects.requireNonNull(claimId, "claimId must not be null");
        Optional<String> refusal = actorRefusal(actor, actorUnitId);
        Optional<Evidence> found = refusal.isPresent() ? Optional.<Evidence>empty() : store.findEvidence(claimId);
        String unitId = found.isPresent() ? found.get().unitId() : "?";
        if (!refusal.isPresent() && !found.isPresent()) {
            refusal = Optional.of("no evidence [" + claimId + "] is stored");
        }
        if (!refusal.isPresent() && !isClaim(found.get())) {
            refusal = Optional.of("evidence [" + claimId + "] is " + found.get().kind() + " from " + found.get().source()
                    + ", not a claim (a unit's own N/A mark or adjustment)");
        }
        if (!refusal.isPresent() && !approve && (reason == null || reason.trim().isEmpty())) {
            refusal = Optional.of("a rejection needs a reason");
        }
        if (!refusal.isPresent()) {
            FilerRole role = delegation.filerRole(actorUnitId, unitId);
            if (DelegationMatrix.permission(role, Filing.CLAIM_DECISION) != Permission.ALLOWED) {
                refusal = Optional.of("unit [" + actorUnitId + "] is " + role + " towards unit [" + unitId
                        + "] and may not decide its claims (delegation matrix: assessors only)");
            }
        }
        if (!refusal.isPresent()) {
            refusal = lifecycle.refusalAfterFinal();
        }
        if (!refusal.isPresent()) {
            Claim now = claims(Collections.singletonList(found.get())).get(0);
            if (now.status() != Claim.Status.PENDING) {
                refusal = Optional.of("claim [" + claimId + "] is already " + now.status() + " by " + now.decidedBy().orElse("?"));
            }
        }
        if (refusal.isPresent()) {
            throw audit.refuse(actor, actorUnitId, claimId, unitId, refusal.get());
        }
        String detail = approve ? "claim " + describe(found.get()) + " approved; it counts from now on"
                : "claim " + describe(found.get()) + " rejected, because " + reason;
        audit.audit(actor, actorUnitId, approve ? AuditEvent.Action.CLAIM_APPROVED : AuditEvent.Action.CLAIM_REJECTED, unitId,
                claimId, detail);
        return new Claim(found.get(), approve ? Claim.Status.APPROVED : Claim.Status.REJECTED, decider(actor, actorUnitId), detail);
    }

    /** The claims among {@code evidence}, with their status from the audit trail, in the given order. */
    List<Claim> claims(List<Evidence> evidence) {
        List<Evidence> claims = new ArrayList<>();
        for (Evidence e : evidence) {
            if (isClaim(e)) {
                claims.add(e);
            }
        }
        if (claims.isEmpty()) {
            return Collections.emptyList();
        }
        Map<String, AuditEvent> decisions = decisions();
        List<Claim> out = new ArrayList<>(claims.size());
        for (Evidence e : claims) {
            AuditEvent d = decisions.get(e.id());
            out.add(d == null ? new Claim(e, Claim.Status.PENDING, null, null)
                    : new Claim(e, d.action() == AuditEvent.Action.CLAIM_APPROVED ? Claim.Status.APPROVED : Claim.Status.REJECTED,
                            decider(d.actor(), d.actorUnitId().orElse(null)), d.detail()));
        }
        return out;
    }

    /**
     * {@code evidence} without the claims that are not approved, with the checklist ticks the plan derives from
     * self-report sections ({@link SectionEvidence}): what scoring counts.
     */
    List<Evidence> counted(List<Evidence> evidence) {
        return SectionEvidence.with(plan, tree, approvedOnly(evidence));
    }

    private List<Evidence> approvedOnly(List<Evidence> evidence) {
        boolean any = false;
        for (Evidence e : evidence) {
            any |= isClaim(e);
        }
        if (!any) {
            return evidence;
        }
        Map<String, AuditEvent> decisions = decisions();
        List<Evidence> out = new ArrayList<>(evidence.size());
        for (Evidence e : evidence) {
            if (!isClaim(e)) {
                out.add(e);
            } else {
                AuditEvent d = decisions.get(e.id());
                if (d != null && d.action() == AuditEvent.Action.CLAIM_APPROVED) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** The first decision on each claim id, from the audit trail. */
    private Map<String, AuditEvent> decisions() {
        Map<String, AuditEvent> out = new HashMap<>();
        for (AuditEvent a : store.auditEvents(0)) {
            if ((a.action() == AuditEvent.Action.CLAIM_APPROVED || a.action() == AuditEvent.Action.CLAIM_REJECTED)
                    && a.subject().isPresent()) {
                out.putIfAbsent(a.subject().get(), a);
            }
        }
        return out;
    }

    private static String decider(String actor, String actorUnitId) {
        return actor + (actorUnitId == null ? "" : " of unit [" + actorUnitId + "]");
    }
}

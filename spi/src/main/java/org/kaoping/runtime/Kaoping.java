package org.kaoping.runtime;

import org.kaoping.core.ConfigurationException;
import org.kaoping.core.api.API;
import org.kaoping.spi.internal.ProviderNames;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.RuleEvaluator;
import org.kaoping.spi.RubricRegistry;
import org.kaoping.spi.RubricProvider;
import org.kaoping.spi.ResultSink;
import org.kaoping.spi.Publication;
import org.kaoping.spi.Providers;
import org.kaoping.spi.ProviderFailure;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spi.Notifier;
import org.kaoping.spi.Notification;
import org.kaoping.spi.EvidenceSource;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ConcurrentUpdateException;
import org.kaoping.spi.DuplicateProviderException;
import org.kaoping.spi.DuplicateRubricException;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.ScorecardRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kaoping.core.KaopingException;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.delegation.Delegation;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;

/**
 * The Kaoping runtime: the entry point that wires a host's SPI implementations together and runs an
 * assessment cycle on them — submit and import evidence under the delegation rules, override, score, rank
 * and publish — auditing every change in the {@link AssessmentStore}.
 *
 * <h2>Wiring</h2>
 * Explicitly, as a Spring or OA container wants:
 * <pre>{@code
 * Kaoping kaoping = Kaoping.builder()
 *         .rubricProvider(new Beihai2015RubricProvider())
 *         .orgDirectory(oaDirectory)
 *         .store(store)
 *         .cityOffice("beihai-fzb")
 *         .planFromRubrics("beihai-2015", 2015)
 *         .build();
 * }</pre>
 * or by discovery: {@link Builder#discover()} adds the providers of every SPI interface found by
 * {@link Providers#discover(Class)} (through the SPI's own class loader; each provider instantiated on its
 * own, so one broken jar does not hide the others; ordered by priority, then class name; duplicate ids fail
 * naming both classes). Explicit and discovered providers mix. {@link Builder#build()} logs one short
 * {@code INFO} line on the {@code java.util.logging} logger {@code org.kaoping.spi} (plan, units assessed, store,
 * sources; {@code WARNING} if a provider failed) and the full wiring ({@link #summary()}) at {@code FINE}.
 *
 * <h2>The gate</h2>
 * Every way evidence enters — {@link #submit}, {@link #importEvidence}, {@link #override}, claim decisions
 * ({@link #approveClaim}, {@link #rejectClaim}) — passes one gate with the same rules (the id rule, the actor as the
 * author, the {@link org.kaoping.core.delegation.DelegationMatrix}, the plan's checks); what passes is stored with
 * its audit events in one atomic write. A unit's own N/A mark or adjustment is a {@link Claim}, counted once an
 * assessor approves it. See {@code docs/gate.md}.
 *
 * <h2>Lifecycle</h2>
 * {@code build()} reads the org directory, builds the delegation rules, the plan and the scorer, and validates
 * every rubric of the plan. A later change of the directory reaches the running instance through
 * {@link #reloadOrgDirectory()} (audited {@link AuditEvent.Action#ORG_RELOADED}; units added are assessed from then
 * on, units removed keep their history in the store). The instance is then ready; {@link #close()} closes the store if discovery created it, and otherwise
 * leaves the host-owned store open. Create one {@code Kaoping} per store and cycle and share it.
 *
 * <h2>Thread-safety</h2>
 * Thread-safe: every operation may be called from any number of threads. Its configuration is immutable, except
 * what depends on the org directory: the org tree, delegation, scope and the collaborators built over them form one
 * immutable snapshot behind a volatile reference, which a reload replaces whole and every operation reads once, so
 * an operation sees the old org or the new one, never a mix. What changes otherwise lives in the store, which is
 * thread-safe by contract. Imports of one source are serialized
 * (by source id) so that its cursor advances in order. Scorecard records are written with optimistic
 * concurrency: on a {@link ConcurrentUpdateException} the runtime re-reads the evidence, rescores and
 * retries, at most {@value #SCORECARD_ATTEMPTS} attempts in all, then throws the last conflict.
 *
 * <h2>Where import cursors live</h2>
 * In the store's audit trail: every imported batch is audited as {@link AuditEvent.Action#EVIDENCE_IMPORTED}
 * with the source id as subject and the next cursor at the end of its detail. The first import of a source
 * by an instance finds the latest such event; afterwards the instance keeps the cursor in memory too. The
 * cursor therefore survives restarts wherever the store does, and needs no SPI method of its own. Since
 * stores are idempotent, importing from an older cursor again is harmless.
 *
 * <h2>Reporting obligations</h2>
 * The runtime knows the year's {@link AssessmentCycle} (by default {@code AssessmentCycle.of(plan year)}:
 * monthly self-reports before the 25th, the annual one by 30 November, Asia/Shanghai time) and the declared
 * {@link ObligationEffect}s. {@link #checkObligations(Instant)}, run by the host on a schedule (e.g. daily),
 * reminds, notifies and files the declared deductions; what it has sent is remembered in the audit trail as
 * {@link AuditEvent.Action#NOTIFIED} events, so like the import cursors it survives restarts wherever the
 * store does.
 */
@API(status = API.Status.STABLE)
public final class Kaoping implements AutoCloseable {
    /** The actor that {@link #checkObligations(Instant)} records its notifications and deductions under. */
    public static final String SYSTEM_ACTOR = "system";

    /** How many days before a deadline {@link #checkObligations(Instant)} reminds by default. */
    public static final int DEFAULT_REMINDER_LEAD_DAYS = 3;

    /** How many times the runtime tries to write one scorecard record before giving up on conflicts. */
    public static final int SCORECARD_ATTEMPTS = 5;

    /** Why the city office is not assessed, unless the host gives its own reason through {@link Builder#notAssessed(String, String)}. */
    public static final String CITY_OFFICE_NOT_ASSESSED = "the city office (依法治市办) is the assessor, never assessed";

    private static final Logger LOG = Logger.getLogger("org.kaoping.spi");

    /** What the builder wired; never written after construction. */
    private final Wiring wiring;
    /** The plan in force, with its amendments (临时部署); replaced, with {@link #org}, by {@link #amendRubric}. */
    private volatile AssessmentPlan plan;
    private final AssessmentCycle cycle;
    private final List<ObligationEffect> effects;
    private final List<ObligationEffect> unscopedEffects;
    private final Map<String, List<ObligationEffect>> scopedEffects;
    /** The scorer of {@link #plan}; replaced with it. */
    private volatile Scorer coreScorer;
    private final AuditTrail audit;
    private final EvidenceImporter importer;
    /** The cycle after the scores (公示, appeals, final results): its state is folded from the audit trail. */
    private final CycleLifecycle lifecycle;
    private final Appeals appeals;
    /** The builder's settings that the org snapshot is built from, copied at build time. */
    private final String cityOfficeId;
    private final Map<String, String> countyOffices;
    private final List<String> panelMembers;
    private final Map<String, String> declaredNotAssessed;
    private final Map<OrgKind, String> notAssessedKinds;
    private final Clock clock;
    private final int parallelism;
    private final Duration reminderLead;
    private final Duration missingGrace;
    /** The office owning the plan and the plans below it (属地逐级); set before the first snapshot. */
    private final PlanLevel level;
    private final RubricAmendments amendments;
    /** Everything that depends on the org directory; swapped whole by a reload, read once per operation. */
    private volatile OrgSnapshot org;
    /** Serializes reloads, so that each one compares against the snapshot it replaces. */
    private final Object reloadLock = new Object();
    /** Serializes obligation checks across reloads (each snapshot has its own checker). */
    private final Object obligationLock = new Object();

    private Kaoping(Builder b, Wiring w) {
        this.wiring = w;
        this.cityOfficeId = b.cityOffice;
        this.countyOffices = Collections.unmodifiableMap(new LinkedHashMap<>(b.countyOffices));
        this.panelMembers = b.panelMembers == null ? null : Collections.unmodifiableList(new ArrayList<>(b.panelMembers));
        this.declaredNotAssessed = Collections.unmodifiableMap(new LinkedHashMap<>(b.notAssessedUnits));
        this.notAssessedKinds = Collections.unmodifiableMap(new EnumMap<>(b.notAssessedKinds));
        this.clock = b.clock;
        this.parallelism = b.parallelism;
        this.reminderLead = b.reminderLead;
        this.missingGrace = b.missingGrace;
        this.level = new PlanLevel(b.assessingOffice, b.subordinatePlans);
        List<OrgUnit> units = w.orgDirectory.units();
        if (units == null) {
            throw new ConfigurationException("OrgDirectory " + ProviderNames.describe(w.orgDirectory) + " returned null from units()");
        }
        OrgTree tree = OrgTree.of(new ArrayList<>(units));
        Delegation delegation = delegation(tree, countyOffices, panelMembers);
        this.plan = RubricAmendments.inForce(b.plan != null ? b.plan : PlanFromRubrics.plan(b.planId, b.planYear, b.rubricForKind, w.rubrics),
                w.store.auditEvents(0));
        this.coreScorer = RubricAmendments.scorer(plan, w.evaluators);
        this.cycle = b.cycle != null ? b.cycle : AssessmentCycle.of(plan.year());
        if (cycle.year() != plan.year()) {
            throw new ConfigurationException("The assessment cycle's year " + cycle.year() + " differs from plan [" + plan.id()
                    + "]'s year " + plan.year());
        }
        List<ObligationEffect> all = new ArrayList<>(b.effects);
        Map<String, List<ObligationEffect>> scoped = new LinkedHashMap<>();
        for (Map.Entry<String, List<ObligationEffect>> e : b.scopedEffects.entrySet()) {
            scoped.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
            all.addAll(e.getValue());
        }
        this.effects = Collections.unmodifiableList(all);
        this.unscopedEffects = Collections.unmodifiableList(new ArrayList<>(b.effects));
        this.scopedEffects = Collections.unmodifiableMap(scoped);
        ObligationChecker.checkEffects(plan, unscopedEffects, scopedEffects);
        this.audit = new AuditTrail(w.store, clock);
        AssessmentScope scope = scope(tree, delegation, declaredNotAssessed);
        this.lifecycle = new CycleLifecycle(plan, w.store, audit, clock, cityOfficeId, coreScorer,
                t -> level.rollUps(plan, t, w.store));
        this.appeals = new Appeals(lifecycle);
        SubmissionGate gate = new SubmissionGate(tree, delegation, plan, scope, w.store, audit, clock, lifecycle);
        this.org = snapshot(w.orgDirectory, tree, delegation, scope, gate);
        this.importer = new EvidenceImporter(w.store, () -> org.gate, audit, b.importBatchSize);
        this.amendments = new RubricAmendments(plan, audit, cityOfficeId, level.office());
    }

    private Delegation delegation(OrgTree tree, Map<String, String> offices, List<String> panel) {
        Delegation.Builder d = Delegation.builder(tree, cityOfficeId);
        for (Map.Entry<String, String> e : offices.entrySet()) {
            d.countyOffice(e.getKey(), e.getValue());
        }
        if (panel != null) {
            d.panelMembers(panel);
        }
        return d.build();
    }

    private AssessmentScope scope(OrgTree tree, Delegation delegation, Map<String, String> declared) {
        Map<String, String> notAssessedUnits = new LinkedHashMap<>(declared);
        if (!notAssessedUnits.containsKey(cityOfficeId)) {
            notAssessedUnits.put(cityOfficeId, CITY_OFFICE_NOT_ASSESSED);
        }
        return AssessmentScope.of(tree, plan, level.notAssessed(tree, delegation, plan, notAssessedUnits), notAssessedKinds);
    }

    private OrgSnapshot snapshot(OrgDirectory directory, OrgTree tree, Delegation delegation, AssessmentScope scope,
            SubmissionGate gate) {
        // one evidence snapshot per org snapshot, shared by obligations, scoring, ranking and publishing: a reload starts
        // from a full read, and within one org the store is read once and then only where the audit trail says it changed
        EvidenceSnapshot evidence = new EvidenceSnapshot(wiring.store, gate);
        CycleScorer scorer = new CycleScorer(plan, tree, scope, coreScorer, wiring.store, audit, clock, cityOfficeId, parallelism, gate,
                evidence, level.rollUps(plan, tree, wiring.store));
        Publisher publisher = new Publisher(plan, tree, scorer, wiring.sinks, wiring.notifiers, audit, clock, cityOfficeId);
        ObligationChecker obligations = new ObligationChecker(plan, cycle, scope, wiring.store, wiring.notifiers, audit, clock,
                cityOfficeId, reminderLead, missingGrace, unscopedEffects, scopedEffects, evidence);
        return new OrgSnapshot(directory, tree, delegation, scope, gate, scorer, publisher, obligations);
    }

    /**
     * A builder for explicit wiring, optionally with discovery ({@link Builder#discover()}).
     *
     * @return a new, empty builder; not thread-safe
     */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------------------------ operations

    /**
     * Submits one piece of evidence on behalf of {@code actor}, a person or system acting for unit
     * {@code actorUnitId}, through the one gate (see {@code docs/gate.md}), which imports, overrides and claim
     * decisions pass too:
     * <ul>
     *   <li>every id and the actor keep the id rule ({@link org.kaoping.core.delegation.IdRule}: not empty, no
     *       leading or trailing space, no control, bidirectional or line-break character, in normal form);</li>
     *   <li>the actor is the evidence's author, and its author unit (when given) is the actor's unit;</li>
     *   <li>the evidence's unit and the actor's unit are in the org directory, and the unit is assessed;</li>
     *   <li>the actor's unit, in its role towards the unit ({@link Delegation#filerRole}), may file this kind of
     *       evidence under this source ({@link org.kaoping.core.delegation.DelegationMatrix});</li>
     *   <li>the evidence fits the plan and the unit's rubric: known criterion (a leaf for an override, within its
     *       points, not dated after the clock), judgement level, checklist requirement, metric key and unit of
     *       measure, incident and adjustment category, cited documents stored.</li>
     * </ul>
     * A refusal is audited as {@link AuditEvent.Action#EVIDENCE_REFUSED} and thrown as
     * {@link EvidenceRefusedException}; nothing is stored. Accepted evidence is stored idempotently (an
     * identical re-submission is {@link SubmitOutcome#DUPLICATE}) together with its {@code EVIDENCE_SUBMITTED} or
     * {@code EVIDENCE_DUPLICATE} event in one atomic write. A unit's own N/A mark or adjustment is stored as a
     * {@linkplain Claim claim} (also audited {@code CLAIM_FILED}), counted once an assessor approves it.
     *
     * @param actor the person or system filing, e.g. a user name of the host; must be the evidence's author and keep
     *     the id rule
     * @param actorUnitId the id of the unit the actor acts for, e.g. the city office for a panel rater; must be in the
     *     org directory
     * @param evidence the evidence, built with its builder (e.g. {@code Judgement.builder()...build()})
     * @return {@link SubmitOutcome#ADDED} if stored now, {@link SubmitOutcome#DUPLICATE} if stored identically before
     * @throws EvidenceRefusedException if the gate refuses it (audited; nothing stored), naming the rule
     * @throws EvidenceConflictException if its id is stored with different content (audited as refused)
     * @throws NullPointerException if an argument is null
     */
    public SubmitOutcome submit(String actor, String actorUnitId, Evidence evidence) {
        return org.gate.submit(actor, actorUnitId, evidence);
    }

    /**
     * Imports what {@code source} recorded since the last import, in batches of the builder's
     * {@linkplain Builder#importBatchSize(int) import batch size}, until the source has no more. Every record passes
     * the same gate as {@link #submit}: it must fit the source's {@link EvidenceSource#declaration()}, and is filed
     * by the unit that declaration and the record name (the record's author unit; a self record's own unit; for
     * other records naming none, the host system, which delivers facts only). Each
     * batch is stored all or nothing, together with its {@link AuditEvent.Action#EVIDENCE_IMPORTED} event and the
     * next cursor, in one atomic write. A refused record refuses its whole batch: audited as {@code EVIDENCE_REFUSED}
     * and thrown, naming the record's position, origin ({@link EvidenceSource#originOf}), id, author, unit, key and
     * the rule; nothing of it is stored and the cursor stays before it. Imports of one source are serialized. A batch
     * whose record conflicts with stored evidence under its id stops the import with the
     * {@link org.kaoping.spi.EvidenceConflictException}, unless the source gave it a
     * {@link org.kaoping.spi.EvidenceBatch#cursorIfConflict()} (a whole file read again after it changed): then it is
     * refused whole, audited, listed in {@link ImportResult#refused()}, and the import goes on from that cursor.
     *
     * @param source the evidence source to import from, wired or not
     * @return how many records were added and already stored, in how many batches, from which cursor to which
     * @throws EvidenceRefusedException naming the record and the rule, if a batch is refused (the batches before it
     *     stay imported)
     * @throws org.kaoping.spi.EvidenceConflictException if a batch that cannot be passed over conflicts with stored
     *     evidence (the batches before it stay imported)
     * @throws org.kaoping.core.ConfigurationException if the source returns no batch (it breaks its contract)
     * @throws NullPointerException if {@code source} is null
     */
    public ImportResult importEvidence(EvidenceSource source) {
        return importer.importEvidence(source);
    }

    /**
     * Imports from every wired evidence source, in order; see {@link #importEvidence(EvidenceSource)}.
     *
     * @return one result per source, in the order of {@link #evidenceSources()}
     * @throws EvidenceRefusedException if a batch is refused; the sources after it are not imported
     */
    public List<ImportResult> importAll() {
        List<ImportResult> out = new ArrayList<>();
        for (EvidenceSource s : wiring.sources) {
            out.add(importEvidence(s));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The cursor the next import of a source starts from, as remembered in the audit trail.
     *
     * @param sourceId the source's {@link EvidenceSource#id()}
     * @return the cursor; {@link EvidenceSource#START} if the source was never imported
     */
    public String cursorOf(String sourceId) {
        return importer.cursorOf(sourceId);
    }

    /**
     * Scores one unit from the evidence in the store, writes its {@link ScorecardRecord} (optimistic
     * concurrency, retried as the class documentation says) and audits {@code SCORED} if the record
     * changed. Returns the explained scorecard.
     *
     * @param unitId the id of the unit in the org directory
     * @return the unit's explained scorecard
     * @throws org.kaoping.core.org.UnknownOrgUnitException if the unit is not in the org directory (a kind of
     *     {@link org.kaoping.core.UnitNotAssessedException})
     * @throws org.kaoping.core.UnitNotAssessedException if the unit is {@linkplain #notAssessed() not assessed} (e.g.
     *     the plan has no rubric for its kind), with the unit id and the reason as accessors
     * @throws org.kaoping.core.scoring.ScoringException if its stored evidence is invalid under the plan
     * @throws org.kaoping.core.StoreException if the store fails
     * @throws ConcurrentUpdateException if its record still conflicts after {@value #SCORECARD_ATTEMPTS} attempts
     */
    public Scorecard scoreUnit(String unitId) {
        return org.scorer.scoreUnit(unitId);
    }

    /**
     * Scores every {@linkplain #assessedUnits() assessed unit}, on up to {@linkplain Builder#parallelism(int)
     * parallelism} threads, from one read of the store's evidence; then writes the changed records in one batch
     * ({@link AssessmentStore#putScorecards}) and audits them in one batch ({@link AssessmentStore#auditAll}),
     * so a store that writes a batch durably at once (the journal store) pays one fsync for each, however many
     * units changed. If another writer came first, the records are written one by one instead, a unit whose
     * record conflicts being rescored ({@link #scoreUnit(String)}). If any unit cannot be scored, nothing is
     * written and the exception names every such unit.
     *
     * @return the scorecards, ordered by unit id
     * @throws UnitsFailedException if scoring fails for a reason other than a unit's invalid evidence (such units are
     *     left out and listed in {@link #notScorable()}), naming every failed unit; the cause is the first failure
     * @throws org.kaoping.core.StoreException if the store fails reading the evidence or writing the records
     */
    public List<Scorecard> scoreCycle() {
        return org.scorer.scoreCycle();
    }

    /**
     * Scores every {@linkplain #assessedUnits() assessed unit} as {@link #scoreCycle()} does, but reads the store
     * unit by unit ({@link AssessmentStore#forEachUnit}) and hands each card to {@code each} at once instead of
     * keeping them: over a store that reads from a cursor (the JDBC store) memory holds one unit's evidence at a time
     * plus what {@code each} keeps, so a province scores within a fixed heap (issue 14, goal 4). The cards equal
     * {@code scoreCycle()}'s for the same stored evidence; units come in the store's order, those without evidence
     * last. Nothing is written, audited or ranked, and the runtime's evidence snapshot is neither read nor filled.
     *
     * @param each called once per scored unit, on the calling thread
     * @return the assessed units that could not be scored, with the reason (by unit id)
     * @throws NullPointerException if {@code each} is null
     * @throws org.kaoping.core.StoreException if the store fails reading the evidence
     */
    @API(status = API.Status.EXPERIMENTAL)
    public Map<String, String> scoreStreaming(java.util.function.Consumer<Scorecard> each) {
        return org.scorer.scoreStreaming(Objects.requireNonNull(each, "each must not be null"));
    }

    /**
     * Overrides leaf criterion {@code criterionId} of unit {@code unitId} to {@code newPoints}, on behalf
     * of {@code actor} acting for {@code actorUnitId}, which must be an assessor of the unit under the
     * delegation (never the unit itself). Records a {@link ScoreOverride} (the latest override of a criterion
     * wins; the scorecard's explanation shows who, when, why, old and new points) and audits
     * {@code OVERRIDDEN}; a refusal is audited as {@code EVIDENCE_REFUSED}.
     *
     * @param actor the person or system making the override
     * @param actorUnitId the unit the actor acts for
     * @param unitId the unit whose score is overridden
     * @param criterionId the leaf criterion of the unit's rubric, e.g. {@code "2.1"}
     * @param newPoints the points the criterion gets
     * @param reason why
     * @return the override as stored
     * @throws EvidenceRefusedException if the unit is {@linkplain #notAssessed() not assessed} (naming the reason),
     *     the actor may not assess the unit, the criterion is unknown or not a leaf of the unit's rubric, or the
     *     points are negative or above the criterion's
     * @deprecated four strings in a row, where a swapped unit and criterion fail only at run time: use
     *     {@link #override(String, String, OverrideRequest)} with {@code OverrideRequest.of(UnitRef.of(unitId),
     *     CriterionRef.of(criterionId), newPoints, reason)}, which behaves the same
     */
    @Deprecated
    public ScoreOverride override(String actor, String actorUnitId, String unitId, String criterionId, Points newPoints,
            String reason) {
        return org.gate.override(actor, actorUnitId, unitId, criterionId, newPoints, reason);
    }

    /**
     * Overrides one leaf criterion of one unit as {@code request} says, on behalf of {@code actor} acting for
     * {@code actorUnitId}, which must be an assessor of the unit under the delegation (never the unit itself). Records
     * a {@link ScoreOverride} (the latest override of a criterion wins; the scorecard's explanation shows who, when,
     * why, old and new points) and audits {@link AuditEvent.Action#OVERRIDDEN}, in one atomic write; a refusal is
     * audited as {@link AuditEvent.Action#EVIDENCE_REFUSED}. Example:
     * <pre>{@code
     * kaoping.override("张三", "beihai/office",
     *         OverrideRequest.of(UnitRef.of("beihai/hepu"), CriterionRef.of("2.1"), Points.parse("0.5"), "复核后更正"));
     * }</pre>
     *
     * @param actor the person or system making the override, e.g. the assessor's user name; must keep the id rule
     * @param actorUnitId the unit the actor acts for, e.g. the city office; must be in the org directory
     * @param request the unit, the leaf criterion, the new points and the reason
     * @return the override as stored
     * @throws EvidenceRefusedException (audited) if the unit is unknown or {@linkplain #notAssessed() not assessed}
     *     (naming the reason), the actor may not assess the unit, the criterion is unknown or not a leaf of the
     *     unit's rubric, or the points are negative or above the criterion's
     * @throws NullPointerException if an argument is null
     */
    public ScoreOverride override(String actor, String actorUnitId, OverrideRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        return org.gate.override(actor, actorUnitId, request.unit().id(), request.criterion().id(), request.newPoints(),
                request.reason());
    }

    /**
     * Approves claim {@code claimId} (a unit's own N/A mark or adjustment, stored as evidence) on behalf of
     * {@code actor} acting for {@code actorUnitId}, which must be an assessor of the claim's unit under the
     * delegation; audited as {@link AuditEvent.Action#CLAIM_APPROVED}, so that the decision survives restarts
     * wherever the store does. From then on scoring counts the claim.
     *
     * @param actor the assessor's user name; must keep the id rule
     * @param actorUnitId the unit the assessor acts for
     * @param claimId the claim's evidence id, e.g. from {@link #pendingClaims()}
     * @return the claim, now {@link Claim.Status#APPROVED}
     * @throws EvidenceRefusedException (audited) if there is no such claim, it is already decided, or the actor may
     *     not decide it
     * @throws NullPointerException if an argument is null
     */
    public Claim approveClaim(String actor, String actorUnitId, String claimId) {
        return org.gate.decide(actor, actorUnitId, claimId, true, null);
    }

    /**
     * Rejects claim {@code claimId} because {@code reason}; as {@link #approveClaim}, audited as
     * {@link AuditEvent.Action#CLAIM_REJECTED}. A rejected claim never counts.
     *
     * @param actor the assessor's user name; must keep the id rule
     * @param actorUnitId the unit the assessor acts for
     * @param claimId the claim's evidence id, e.g. from {@link #pendingClaims()}
     * @param reason why the claim is rejected; shown to the unit, must not be blank
     * @return the claim, now {@link Claim.Status#REJECTED}
     * @throws EvidenceRefusedException (audited) if there is no such claim, it is already decided, the reason is
     *     blank, or the actor may not decide it
     * @throws NullPointerException if an argument is null
     */
    public Claim rejectClaim(String actor, String actorUnitId, String claimId, String reason) {
        return org.gate.decide(actor, actorUnitId, claimId, false, Objects.requireNonNull(reason, "reason must not be null"));
    }

    /**
     * Every claim in the store (a unit's own N/A mark or adjustment) with its status from the audit trail.
     *
     * @return the claims, in storage order; unmodifiable
     */
    public List<Claim> claims() {
        return org.gate.claims(wiring.store.allEvidence());
    }

    /**
     * The claims waiting for an assessor (待审核): for reports, which show them as pending.
     *
     * @return the pending claims, in storage order; unmodifiable
     */
    public List<Claim> pendingClaims() {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims()) {
            if (c.status() == Claim.Status.PENDING) {
                out.add(c);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The units the latest {@link #scoreCycle()} (or {@link #rank()}, {@link #publish}) left out because their stored
     * evidence is invalid or could not be scored, with the reason, by unit id; empty before the first run. Such a
     * unit never blocks the others; it is audited as {@link AuditEvent.Action#NOT_SCORABLE}. After an
     * {@linkplain #reloadOrgDirectory() org reload} that changed something, empty again until the next run.
     *
     * @return unit id → reason, by unit id; unmodifiable
     */
    public Map<String, String> notScorable() {
        return org.scorer.notScorable();
    }

    /**
     * Scores the cycle ({@link #scoreCycle()}) and ranks it per rubric: ties shared, the plan's tie-breaks
     * and quotas applied. After the first scoring, only the units whose evidence changed since are rescored and
     * moved in the ranking; the tables are those of a full rescore. Audited as {@code RANKED}.
     *
     * @return one table per rubric id, in rubric id order
     * @throws UnitsFailedException if scoring fails (see {@link #scoreCycle()})
     */
    public Map<String, RankingTable> rank() {
        return org.publisher.rank();
    }

    /**
     * Ranks the cycle ({@link #rank()}) and publishes the results to every {@link ResultSink}, then sends a
     * {@link Notification.Kind#PUBLICATION} to every {@link Notifier}. Audited as {@code PUBLISHED}. If a
     * sink throws, the others still receive the publication, the failure is audited as
     * {@code PUBLICATION_FAILED}, no notification goes out, and a {@link PublicationFailedException} names the sinks
     * that failed. Publishing again is harmless: sinks key results by plan and unit.
     *
     * @param actor who publishes, e.g. the assessment office's user; recorded as acting for the city office
     * @return what was published: the plan, the time, the actor and every ranked unit's result
     * @throws PublicationFailedException naming the sinks that failed (audited {@code PUBLICATION_FAILED})
     * @throws UnitsFailedException if scoring fails
     * @throws NullPointerException if {@code actor} is null
     */
    public Publication publish(String actor) {
        return org.publisher.publish(actor);
    }


    /**
     * Checks every assessed unit's reporting obligations of the {@linkplain #cycle() cycle} as of
     * {@code asOf}, from the self-reports in the store recorded at or before {@code asOf}, and acts on them:
     * <ol>
     *   <li><b>Reminders.</b> For each monthly or annual report whose deadline lies after {@code asOf} but
     *       within the {@linkplain Builder#reminderLead(Duration) reminder lead time} (3 days by default) and
     *       that the unit has not submitted yet, a {@link Notification.Kind#DEADLINE_REMINDER}.</li>
     *   <li><b>Notices.</b> For each report past its deadline, a {@link Notification.Kind#LATE_REPORT} if it
     *       came late, or a {@link Notification.Kind#MISSING_REPORT} if it has not come.</li>
     *   <li><b>Deductions.</b> For each declared {@link ObligationEffect} that applies to the unit's rubric
     *       ({@link #obligationEffects(String)}), the effect's {@link Deduction} evidence for the unit's late and missing reports
     *       ({@link ObligationEffect#deductions}, with stable ids {@code obligation:<unit>:<period>:<type>}),
     *       recorded at the report's submission time (late) or its deadline (missing). A missing report's
     *       deduction waits until the {@linkplain Builder#missingDeductionGrace(Duration) grace} after the
     *       deadline has passed (none by default). Each is stored through the store and audited as
     *       {@code EVIDENCE_SUBMITTED} by actor {@value #SYSTEM_ACTOR} acting for the city office; the
     *       scorer then takes it from the named criterion, never below zero (扣完为止). It is system
     *       evidence, so the delegation rules of {@link #submit} do not apply.</li>
     * </ol>
     * Notifications go to every {@link Notifier}. A notifier that throws is logged at {@code WARNING} and
     * does not stop the others or the check; the delivery it refused is tried again by the next check.
     *
     * <p><b>What is idempotent.</b>
     * <ul>
     *   <li>Each notifier receives each notification at most once per unit, period and kind: every
     *       delivery is audited as {@link AuditEvent.Action#NOTIFIED} (subject
     *       {@code notice:<kind>:<period>:<notifier id>}), and a check first reads the audit trail, so
     *       neither a re-run nor a new {@code Kaoping} over the same store (a restart) sends it again. A
     *       notifier wired later receives the late and missing notices still outstanding, and reminders
     *       only while their deadline is within the lead time. Delivery comes before its audit event (the deliveries of one
     *       check are audited together at its end, in one store write): a
     *       crash between the two may deliver once more after the restart.</li>
     *   <li>Deductions are stored at most once: a deduction already stored identically is skipped silently
     *       (no further audit event). If the stored one differs — a report found missing that arrived late
     *       afterwards, whose {@code LATE} deduction would share the id — the stored record stands (evidence
     *       is append-only) and its id is listed in {@link ObligationCheck#deductionsKept()}. To file missing
     *       reports' deductions only once late ones can no longer arrive, set a
     *       {@linkplain Builder#missingDeductionGrace(Duration) grace}.</li>
     * </ul>
     *
     * <p><b>Thread-safety.</b>
     * Checks by one {@code Kaoping} are serialized; other operations may run alongside. Two runtimes
     * checking the same store at the same moment may both deliver a notification: run the schedule in one
     * place.
     *
     * @param asOf the instant to judge at, normally now ({@code clock.instant()}); reports recorded after it
     *     are not seen
     * @return what was found and done
     * @throws NullPointerException if {@code asOf} is null
     */
    public ObligationCheck checkObligations(Instant asOf) {
        synchronized (obligationLock) {
            return org.obligations.check(asOf);
        }
    }

    /**
     * Sends a notification to every notifier; a notifier that throws is logged at {@code WARNING} and
     * does not stop the others. Not audited: the host sends what it composed itself.
     *
     * <p>Named {@code broadcast} rather than {@code notifyAll}, which would overload {@link Object#notifyAll()}: a
     * call without the argument would compile and fail with {@code IllegalMonitorStateException}.
     *
     * @param notification the notification to send, e.g. a host-made reminder
     */
    public void broadcast(Notification notification) {
        org.publisher.broadcast(notification);
    }

    // ----------------------------------------------------------------------------------- issue 17: the review as the office runs it

    /**
     * The standing as of the end of {@code asOf} (Beijing time): every assessed unit scored from the evidence filed by
     * then, ranked, with its open stage-target items; nothing is stored. See {@link Standing}.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public Standing standing(java.time.LocalDate asOf) { // experimental, like Standing
        return Standings.asOf(asOf, plan, coreScorer, wiring.store, org);
    }

    // ----------------------------------------------------------------------------------- org changes

    /**
     * Re-reads the org directory in use (the wired one, or the last one given to
     * {@link #reloadOrgDirectory(OrgDirectory)}) and, if it changed, swaps in the new org tree, delegation, scope and
     * everything scoring, ranking and the gate hold over them; see {@link #reloadOrgDirectory(OrgDirectory)}.
     *
     * @return what changed; {@link OrgReload#hasChanges()} is false if nothing did
     * @throws OrgReloadException if the directory throws or returns null, its units do not form a valid tree, or the
     *     wiring no longer fits them (the city office or a county office is gone); nothing changed
     */
    public OrgReload reloadOrgDirectory() {
        return reloadOrgDirectory(org.directory);
    }

    /**
     * Reads {@code directory}, which from now on is the org directory in use, and swaps in the org tree, delegation,
     * assessment scope, gate, cycle scorer, publisher and obligation checker built over its units, all at once: an
     * operation running alongside (a submit, an import batch, a scoring run) sees either the old org or the new one,
     * never a mix. Then:
     * <ul>
     *   <li>units added are assessed from now on (if the plan has a rubric for their kind), and evidence about them
     *       is accepted under the delegation rules;</li>
     *   <li>units removed keep their history: their evidence, scorecard records and audit events stay in the store,
     *       but they are no longer scored, ranked or checked for obligations, and new evidence about them (or filed
     *       by them) is refused as "not in the org directory";</li>
     *   <li>units whose kind, parent or lead department changed are judged, scored and ranked by their new place.</li>
     * </ul>
     * A change is audited as {@link AuditEvent.Action#ORG_RELOADED} by {@value #SYSTEM_ACTOR} acting for the city
     * office, with the directory as subject and {@link OrgReload#detail()} as detail; a reload that finds no change
     * swaps nothing and audits nothing. The new snapshot is swapped in only after its event is stored. Settings that
     * named a unit now removed are dropped for the new snapshot (a unit declared {@linkplain Builder#notAssessed(String,
     * String) not assessed}, a {@linkplain Builder#panelMembers(String...) panel member}, a county whose
     * {@linkplain Builder#countyOffice(String, String) office} was declared). {@link #notScorable()} starts empty
     * again after a change. Reloads are serialized; import cursors and claim decisions survive them.
     *
     * @param directory the org directory to read, e.g. the host's directory after an OA change; it replaces the one
     *     in use only if the reload succeeds
     * @return what changed; {@link OrgReload#hasChanges()} is false if nothing did
     * @throws OrgReloadException if {@code directory} throws or returns null, its units do not form a valid tree, or
     *     the wiring no longer fits them (the city office, or the office of a county still present, is gone);
     *     nothing changed, and the message names the directory and the reason
     */
    public OrgReload reloadOrgDirectory(OrgDirectory directory) {
        Objects.requireNonNull(directory, "directory must not be null");
        String name = ProviderNames.describe(directory);
        synchronized (reloadLock) {
            OrgSnapshot before = org;
            OrgTree tree;
            try {
                List<OrgUnit> units = directory.units();
                if (units == null) {
                    throw new OrgReloadException(name, "units() returned null", null);
                }
                tree = OrgTree.of(new ArrayList<>(units));
            } catch (OrgReloadException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new OrgReloadException(name, String.valueOf(e.getMessage()), e);
            }
            OrgReload change = OrgReload.between(name, before.tree, tree);
            if (!change.hasChanges() && directory == before.directory) {
                if (LOG.isLoggable(Level.FINE)) {
                    LOG.log(Level.FINE, change.detail());
                }
                return change;
            }
            OrgSnapshot after;
            try {
                Map<String, String> offices = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : countyOffices.entrySet()) {
                    if (tree.contains(e.getKey())) {
                        offices.put(e.getKey(), e.getValue());
                    }
                }
                List<String> panel = null;
                if (panelMembers != null) {
                    panel = new ArrayList<>();
                    for (String id : panelMembers) {
                        if (tree.contains(id)) {
                            panel.add(id);
                        }
                    }
                }
                Map<String, String> declared = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : declaredNotAssessed.entrySet()) {
                    if (tree.contains(e.getKey())) {
                        declared.put(e.getKey(), e.getValue());
                    }
                }
                Delegation delegation = delegation(tree, offices, panel);
                AssessmentScope scope = scope(tree, delegation, declared);
                after = snapshot(directory, tree, delegation, scope, before.gate.withOrg(tree, delegation, scope));
            } catch (RuntimeException e) {
                throw new OrgReloadException(name, String.valueOf(e.getMessage()), e);
            }
            if (change.hasChanges()) {
                audit.audit(SYSTEM_ACTOR, cityOfficeId, AuditEvent.Action.ORG_RELOADED, null, directory.id(), change.detail());
            }
            org = after;
            LOG.log(Level.INFO, change.hasChanges() ? change.detail() : change.detail() + " (directory replaced)");
            return change;
        }
    }

    // ----------------------------------------------------------------------------------- accessors

    /**
     * The plan this runtime runs: given to {@link Builder#plan(AssessmentPlan)} or built by
     * {@link Builder#planFromRubrics(String, int)}.
     *
     * @return the plan; immutable
     */
    public AssessmentPlan plan() {
        return plan;
    }

    /**
     * The assessment cycle whose obligations {@link #checkObligations(Instant)} checks.
     *
     * @return the cycle given to {@link Builder#cycle(AssessmentCycle)}, or {@code AssessmentCycle.of(plan year)}
     */
    public AssessmentCycle cycle() {
        return cycle;
    }

    /**
     * The declared obligation effects.
     *
     * @return those declared for every rubric in the order wired, then those declared per rubric; unmodifiable
     */
    public List<ObligationEffect> obligationEffects() {
        return effects;
    }

    /**
     * The obligation effects that apply to units scored by rubric {@code rubricId}: the effects declared without a
     * rubric whose criterion that rubric has, then those declared for it with
     * {@link Builder#obligationEffect(String, ObligationEffect...)}.
     *
     * @param rubricId the id of a rubric of the plan, e.g. {@code "beihai-2015/county"}
     * @return the effects, unmodifiable; empty for a rubric the plan does not use
     */
    public List<ObligationEffect> obligationEffects(String rubricId) {
        return org.obligations.effectsFor(rubricId);
    }

    /**
     * The org tree in force: read from the org directory at build time, replaced by each
     * {@linkplain #reloadOrgDirectory() reload} that changed something.
     *
     * @return the tree; immutable
     */
    public OrgTree orgTree() {
        return org.tree;
    }

    /**
     * The delegation rules in force (who assesses whom, the county offices, the panel members), built over
     * {@link #orgTree()} and replaced with it by a reload.
     *
     * @return the delegation; immutable
     */
    public Delegation delegation() {
        return org.delegation;
    }

    /**
     * The rubrics of every wired and discovered rubric provider.
     *
     * @return the registry; immutable
     */
    public RubricRegistry rubrics() {
        return wiring.rubrics;
    }

    /**
     * The store this runtime reads and writes: the one wired with {@link Builder#store(AssessmentStore)} or discovered.
     *
     * @return the store; thread-safe by contract
     */
    public AssessmentStore store() {
        return wiring.store;
    }

    /**
     * The evidence sources that {@link #importAll()} imports from.
     *
     * @return the wired and discovered sources, by priority then class name; unmodifiable
     */
    public List<EvidenceSource> evidenceSources() {
        return wiring.sources;
    }

    /**
     * Providers that discovery found but could not use (a class that failed to load or construct).
     *
     * @return the failures, each naming the class and the error; empty without discovery; unmodifiable
     */
    public List<ProviderFailure> failures() {
        return wiring.failures;
    }

    /**
     * The units the plan assesses: their kind has a rubric, and they are not {@linkplain #notAssessed() left out}.
     *
     * @return the units of the org tree in force, ordered by unit id; a new list each time
     */
    public List<OrgUnit> assessedUnits() {
        return org.scope.assessedUnits();
    }

    /**
     * The units of the org directory that are not assessed, each with the reason, in the directory's order: those
     * declared with {@link Builder#notAssessed(String, String)} or {@link Builder#notAssessed(OrgKind, String)},
     * and those whose kind has no rubric in the plan ("plan [id] has no rubric for units of kind …"). They are not
     * scored, ranked, published or checked for reporting obligations; evidence about them is still accepted.
     *
     * @return unit id → reason, for the org tree in force; unmodifiable
     */
    public Map<String, String> notAssessed() {
        return org.scope.notAssessed();
    }

    /** The line {@code build()} logs: what was wired. */
    private String shortSummary() {
        return "Kaoping wired plan " + plan.id() + " " + plan.year() + ": " + org.scope.assessedUnits().size() + " unit(s) assessed, store "
                + ProviderNames.describe(wiring.store) + ", " + wiring.sources.size() + " evidence source(s)"
                + (wiring.failures.isEmpty() ? "" : ", " + wiring.failures.size() + " provider(s) failed: " + wiring.failures);
    }

    /**
     * The full wiring, which {@code build()} logs at {@code FINE}: the plan and its rubrics, every provider, the org
     * directory in use with its unit count, the city office, and the units not assessed with the reasons.
     *
     * @return one line
     */
    public String summary() {
        OrgSnapshot o = org;
        return wiring.summary(plan, o.directory, o.tree, o.delegation.cityOfficeId(), o.scope.notAssessed());
    }

    /** The {@link #summary()}. */
    @Override
    public String toString() {
        return summary();
    }

    /**
     * Closes the store if discovery created it; a store wired explicitly with {@link Builder#store(AssessmentStore)}
     * belongs to the host and stays open. The runtime must not be used afterwards if it closed the store.
     */
    @Override
    public void close() {
        if (wiring.ownsStore) {
            wiring.store.close();
        }
    }

    // ------------------------------------------------------------ 属地逐级: plans at every level (issue 16)

    /**
     * The assessing office that owns this runtime's plan ({@link Builder#assessingOffice}): the plan covers exactly
     * the units the delegation gives it; empty when the plan has no owner and covers every unit its rubrics fit.
     *
     * @return the office's unit id, if declared
     */
    @API(status = API.Status.EXPERIMENTAL)
    public java.util.Optional<String> assessingOffice() {
        return level.office();
    }

    /**
     * The plans below this one whose stored results feed its roll-up criteria ({@link Builder#subordinatePlans}).
     *
     * @return the plan ids, in lookup order; unmodifiable
     */
    @API(status = API.Status.EXPERIMENTAL)
    public List<String> subordinatePlans() {
        return level.subordinatePlans();
    }

    // ------------------------------------------------------------- after the scores: 公示, appeals, final results (issue 15)

    /**
     * Where the plan's cycle stands (collecting, scored, 公示, final), with the notice window and the open appeals, as
     * the audit trail says; survives restarts wherever the store does.
     *
     * @return the status now
     */
    @API(status = API.Status.EXPERIMENTAL)
    public CycleStatus cycleStatus() {
        return lifecycle.status();
    }

    /**
     * Scores and ranks the cycle and publishes its results for notice (公示) for the plan's {@linkplain
     * AssessmentPlan#noticePeriod() notice period}, on behalf of {@code actor} of the city office: audited
     * {@link AuditEvent.Action#CYCLE_SCORED} and {@link AuditEvent.Action#CYCLE_NOTICE_PUBLISHED}, the latter holding the
     * window and a {@link ResultSnapshot} (rubric versions, ranks, totals, grades and every counted evidence record's id
     * and content hash); every {@link Notifier} receives a {@link Notification.Kind#PUBLICATION}. Result sinks are not
     * called: {@link #publish(String)} does that.
     *
     * @throws LifecycleRefusedException (audited) if the actor is not of the city office, or the cycle is already
     *     published for notice or final
     */
    @API(status = API.Status.EXPERIMENTAL)
    public CycleStatus publishForNotice(String actor, String actorUnitId) {
        return lifecycle.publishForNotice(org, actor, actorUnitId);
    }

    /**
     * Finalizes the results published for notice, once the window has ended (and, unless the plan says otherwise, no
     * appeal is open), on behalf of {@code actor} of the city office: re-ranks, audits
     * {@link AuditEvent.Action#CYCLE_FINALIZED} with the final {@link ResultSnapshot}. From then on the gate refuses
     * evidence of the plan's year, overrides and claim decisions, and the published result cannot change.
     *
     * @throws LifecycleRefusedException (audited) if the actor is not of the city office, the cycle is not in 公示, the
     *     window has not ended, or appeals are open and block finalizing
     */
    @API(status = API.Status.EXPERIMENTAL)
    public CycleStatus finalizeCycle(String actor, String actorUnitId) {
        return lifecycle.finalizeCycle(org, actor, actorUnitId);
    }

    /**
     * Re-opens a final cycle, an explicit act of the city office with a reason: audited {@link AuditEvent.Action#CYCLE_REOPENED};
     * the cycle is collecting again, and is published for notice and finalized anew.
     *
     * @throws LifecycleRefusedException (audited) if the actor is not of the city office, the cycle is not final, or the reason is blank
     */
    @API(status = API.Status.EXPERIMENTAL)
    public CycleStatus reopenCycle(String actor, String actorUnitId, String reason) {
        return lifecycle.reopen(actor, actorUnitId, Objects.requireNonNull(reason, "reason must not be null"));
    }

    /**
     * Files an appeal (申诉) of unit {@code unitId} about criteria of its rubric, with a reason and supporting evidence
     * already stored about the unit (by id), on behalf of {@code actor} acting for the unit itself; audited
     * {@link AuditEvent.Action#APPEAL_FILED}. Only the unit itself may appeal, only while its results are published for
     * notice and within the window (Asia/Shanghai; the window ends at the end of its last day).
     *
     * @throws AppealRefusedException (audited) naming the reason, if any of that does not hold
     */
    @API(status = API.Status.EXPERIMENTAL)
    public Appeal fileAppeal(String actor, String actorUnitId, String unitId, List<String> criterionIds, String reason,
            List<String> evidenceIds) {
        return appeals.file(org, actor, actorUnitId, unitId, criterionIds, reason, evidenceIds);
    }

    /**
     * Upholds appeal {@code appealId} (复核成立) on behalf of {@code actor} of the city office or the unit's assessor: makes
     * each override through the gate (audited {@code OVERRIDDEN}, its reason naming the appeal, so the unit's explanation
     * shows it), or takes new evidence already submitted through the gate when {@code overrides} is empty; re-ranks the
     * cycle; audits {@link AuditEvent.Action#APPEAL_UPHELD} with the results that changed; notifies the unit and every unit
     * whose published rank or total moved ({@link Notification.Kind#RANK_CHANGED}).
     *
     * @throws AppealRefusedException (audited) if the appeal is unknown or decided, the cycle is not in 公示, the actor may
     *     not decide it, the reason is blank or an override is about another unit
     * @throws EvidenceRefusedException if the gate refuses an override (those before it stand; the appeal stays open)
     */
    @API(status = API.Status.EXPERIMENTAL)
    public Appeal upholdAppeal(String actor, String actorUnitId, String appealId, String reason, List<OverrideRequest> overrides) {
        return appeals.decide(org, actor, actorUnitId, appealId, true, reason, overrides);
    }

    /**
     * Rejects appeal {@code appealId} (驳回) with a reason, on behalf of {@code actor} of the city office or the unit's
     * assessor; audited {@link AuditEvent.Action#APPEAL_REJECTED}; the unit is notified.
     *
     * @throws AppealRefusedException (audited) as {@link #upholdAppeal} does
     */
    @API(status = API.Status.EXPERIMENTAL)
    public Appeal rejectAppeal(String actor, String actorUnitId, String appealId, String reason) {
        return appeals.decide(org, actor, actorUnitId, appealId, false, reason, Collections.<OverrideRequest>emptyList());
    }

    /**
     * Every appeal of the plan, with its decision, from the audit trail.
     *
     * @return in filing order; unmodifiable
     */
    @API(status = API.Status.EXPERIMENTAL)
    public List<Appeal> appeals() {
        return appeals.list();
    }

    /**
     * The stored result snapshot: the final one if the cycle is final, else the one published for notice.
     *
     * @return empty before the first publication for notice
     */
    @API(status = API.Status.EXPERIMENTAL)
    public java.util.Optional<ResultSnapshot> resultSnapshot() {
        return lifecycle.snapshot();
    }

    /**
     * Re-derives the stored result from the store, without writing anything: re-reads the evidence each unit's scoring
     * counts, re-scores and re-ranks every assessed unit, and compares with {@link #resultSnapshot()}: evidence records
     * changed, removed or added (by content hash), rubric versions, totals, grades and ranks. During 公示 an upheld
     * appeal shows as a difference until the cycle is finalized (the final snapshot holds it).
     *
     * @return what matched and every difference
     * @throws LifecycleRefusedException if nothing was published for notice yet
     */
    @API(status = API.Status.EXPERIMENTAL)
    public ResultVerification verifyResult() {
        return lifecycle.verify(org);
    }

    // ------------------------------------------------------------ 四定重点工作任务: the year's key tasks (issue 16, item 5)

    /** Serializes the key-task acts that read the trail and then write to it. */
    private final Object taskLock = new Object();

    /** The key-task trail read so far, kept folded from one act to the next. */
    private final TaskTrail.Reader taskTrail = new TaskTrail.Reader();

    private TaskDesk taskDesk() {
        return new TaskDesk(plan, cycle, wiring.store, audit, clock, cityOfficeId, level.office(), taskTrail);
    }

    /**
     * Loads the year's key-task list (四定重点工作任务) into the plan, as the city office or the plan's assessing office:
     * every task must fit the plan ({@link org.kaoping.core.task.TaskList#problems}: owner in the org directory and
     * assessed under one of the plan's rubrics, criteria of that rubric, deadline in the plan's year). Each new or revised
     * task is audited as {@code TASK_DEFINED}; a task already loaded unchanged is not recorded again; a task loaded
     * before and missing from {@code tasks} stays (a list only adds and revises). The list lives in the audit trail, so
     * it survives a restart. Tasks are tracked, not scored.
     *
     * @return the plan's whole list now
     * @throws org.kaoping.core.task.TaskRefusedException (audited, nothing of the list stored) if the actor's unit may
     *     not load it or a task does not fit the plan
     */
    @API(status = API.Status.EXPERIMENTAL)
    public org.kaoping.core.task.TaskList loadTasks(String actor, String actorUnitId, org.kaoping.core.task.TaskList tasks) {
        Objects.requireNonNull(tasks, "tasks");
        synchronized (taskLock) {
            return taskDesk().load(org.tree, actor, actorUnitId, tasks);
        }
    }

    /** The plan's key-task list, rebuilt from the audit trail; empty if none was loaded. */
    @API(status = API.Status.EXPERIMENTAL)
    public org.kaoping.core.task.TaskList tasks() {
        return taskDesk().replay().list;
    }

    /**
     * Files a monthly self-report (自查月报) on a key task for {@code actorUnitId}: only the task's owner unit, the city
     * office or the plan's assessing office may; the month must be of the task's year and not after the current month
     * (Beijing time, by the runtime's clock). Audited as {@code TASK_PROGRESS_REPORTED}; a later report for the same month
     * supersedes an earlier one.
     *
     * @param note what was done, or null; at most 2000 characters
     * @return the report as stored, stamped with the runtime's clock
     * @throws org.kaoping.core.task.TaskRefusedException (audited, nothing stored) if the task is unknown, the actor's
     *     unit may not report on it, or the actor, unit, month or note is not accepted
     */
    @API(status = API.Status.EXPERIMENTAL)
    public org.kaoping.core.task.TaskProgress reportTaskProgress(String actor, String actorUnitId, String taskId, java.time.YearMonth month,
            org.kaoping.core.task.TaskStatus status, String note) {
        synchronized (taskLock) {
            return taskDesk().report(org.tree, actor, actorUnitId, taskId, month, status, note);
        }
    }

    /**
     * Files several monthly self-reports at once: each is checked exactly as {@link #reportTaskProgress} checks it, in
     * order, and their {@code TASK_PROGRESS_REPORTED} events (the same events, in the same order, stamped by the
     * runtime's clock as those calls would stamp them) are stored in one store call, so that a store that syncs each write
     * syncs once for the batch. All or nothing: the first report refused is audited as {@code TASK_REFUSED}, as
     * {@link #reportTaskProgress} audits it, and none of the batch is stored.
     *
     * @return the reports as stored, in order; empty (nothing stored) if {@code reports} is empty
     * @throws org.kaoping.core.task.TaskRefusedException (audited, nothing of the batch stored) as
     *     {@link #reportTaskProgress} throws it for the first report refused
     */
    @API(status = API.Status.EXPERIMENTAL)
    public List<org.kaoping.core.task.TaskProgress> reportTaskProgressAll(List<TaskProgressReport> reports) {
        List<TaskProgressReport> copy = new java.util.ArrayList<>(Objects.requireNonNull(reports, "reports"));
        synchronized (taskLock) {
            return taskDesk().reportAll(org.tree, copy);
        }
    }

    /** Every progress report on the plan's key tasks, rebuilt from the audit trail, in the order filed. */
    @API(status = API.Status.EXPERIMENTAL)
    public List<org.kaoping.core.task.TaskProgress> taskProgress() {
        return taskDesk().replay().progress;
    }

    /**
     * Each key task's status as of {@code asOf} (Beijing time), grouped by owner: the latest reported status, whether it
     * is overdue (deadline passed, not done) and which months' self-reports on it are missing; see
     * {@link org.kaoping.core.task.TaskOverview}. Reads only; nothing is audited.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public org.kaoping.core.task.TaskOverview taskStatus(java.time.LocalDate asOf) {
        return taskDesk().status(Objects.requireNonNull(asOf, "asOf"));
    }

    // ----------------------------------------------------------------------------------- 整改 rectification (issue 15)

    /** Serializes the rectification acts that read the trail and then write to it. */
    private final Object rectificationLock = new Object();

    private RectificationDesk rectificationDesk() {
        return new RectificationDesk(plan, wiring.store, audit, clock, cityOfficeId);
    }

    /**
     * Opens rectification items (整改) from the findings of {@code cards} as the plan's
     * {@link AssessmentPlan#rectification()} declares (spot-check deductions, items that lost at least the threshold,
     * vetoes, incidents), due {@code deadlineDays} after today (Asia/Shanghai, by the runtime's clock). Items have stable
     * ids, so opening again from the same findings opens nothing twice. Each item is audited
     * {@link AuditEvent.Action#RECTIFICATION_OPENED}, all in one write.
     *
     * @param actor the assessor's user name
     * @param actorUnitId the unit it acts for, which must assess every card's unit
     * @param cards the scored cycle, e.g. {@link #scoreCycle()}
     * @return the items opened now, in card order
     * @throws org.kaoping.core.rectification.RectificationRefusedException if the actor's unit does not assess a card's unit
     */
    @API(status = API.Status.EXPERIMENTAL)
    public List<org.kaoping.core.rectification.Rectification> openRectifications(String actor, String actorUnitId, Collection<Scorecard> cards) {
        synchronized (rectificationLock) {
            return rectificationDesk().openFromFindings(org.delegation, actor, actorUnitId, cards);
        }
    }

    /**
     * Adds a rectification item by hand (交办) for {@code unitId}, on behalf of its assessor; audited
     * {@link AuditEvent.Action#RECTIFICATION_OPENED}.
     *
     * @param criterionId the criterion concerned, or null
     * @param dueDate the last day of the fix, or null for the plan's days
     * @throws org.kaoping.core.rectification.RectificationRefusedException if the actor's unit does not assess the unit, the
     *     unit is unknown, the finding blank or the due date past
     */
    @API(status = API.Status.EXPERIMENTAL)
    public org.kaoping.core.rectification.Rectification addRectification(String actor, String actorUnitId, String unitId, String criterionId,
            String finding, java.time.LocalDate dueDate) {
        OrgSnapshot o = org;
        synchronized (rectificationLock) {
            return rectificationDesk().addByHand(o.tree, o.delegation, actor, actorUnitId, unitId, criterionId, finding, dueDate);
        }
    }

    /**
     * The unit's fix of item {@code itemId}, with its evidence by reference; only the unit itself submits (actorUnitId is
     * the item's unit), for an open or overdue item. Audited {@link AuditEvent.Action#RECTIFICATION_SUBMITTED}.
     *
     * @throws org.kaoping.core.rectification.RectificationRefusedException (nothing stored) otherwise
     */
    @API(status = API.Status.EXPERIMENTAL)
    public org.kaoping.core.rectification.Rectification submitRectification(String actor, String actorUnitId, String itemId, String reference,
            String note) {
        synchronized (rectificationLock) {
            return rectificationDesk().submit(actor, actorUnitId, itemId, reference, note);
        }
    }

    /**
     * The assessor's verification of a submitted fix: accepted (closed, {@link AuditEvent.Action#RECTIFICATION_VERIFIED}) or
     * not, with a reason (open again, or overdue past its deadline; {@link AuditEvent.Action#RECTIFICATION_RETURNED}).
     *
     * @throws org.kaoping.core.rectification.RectificationRefusedException (nothing stored) if the actor's unit does not
     *     assess the item's unit, the item is not submitted, or a refusal has no reason
     */
    @API(status = API.Status.EXPERIMENTAL)
    public org.kaoping.core.rectification.Rectification verifyRectification(String actor, String actorUnitId, String itemId, boolean accepted,
            String reason) {
        synchronized (rectificationLock) {
            return rectificationDesk().verify(org.delegation, actor, actorUnitId, itemId, accepted, reason);
        }
    }

    /**
     * Every rectification item in the store, rebuilt from its audit trail ({@link RectificationTrail}), in the order opened.
     *
     * @return the items; unmodifiable
     */
    @API(status = API.Status.EXPERIMENTAL)
    public List<org.kaoping.core.rectification.Rectification> rectifications() {
        return rectificationDesk().items();
    }

    /**
     * Marks overdue every open item whose deadline (00:00 after its due date, Asia/Shanghai) has come by the runtime's
     * {@linkplain Builder#clock(Clock) clock}, exactly once: audited {@link AuditEvent.Action#RECTIFICATION_OVERDUE}, then
     * {@linkplain #broadcast(Notification) broadcast} as {@link Notification.Kind#RECTIFICATION_OVERDUE}. Run it on a schedule.
     *
     * @return the items that went overdue now
     */
    @API(status = API.Status.EXPERIMENTAL)
    public List<org.kaoping.core.rectification.Rectification> checkRectifications() {
        OrgSnapshot o = org;
        synchronized (rectificationLock) {
            return rectificationDesk().checkOverdue(o.tree, this::broadcast);
        }
    }

    /**
     * Charges this cycle for the previous cycle's items left unresolved, as this plan's
     * {@link org.kaoping.core.plan.RectificationPolicy#unresolvedCost()} declares: one {@link Deduction} each (id
     * {@code rectification-unresolved:<item id>}, on the item's criterion if the unit's rubric has it, else its first
     * section; 扣完为止), stored with its {@code EVIDENCE_SUBMITTED} events in one atomic write; charging again files nothing twice.
     *
     * @param previous the previous cycle's items, e.g. its runtime's {@link #rectifications()}
     * @return the deductions filed now; empty if the plan declares no cost
     */
    @API(status = API.Status.EXPERIMENTAL)
    public List<Deduction> chargeUnresolvedRectifications(Collection<org.kaoping.core.rectification.Rectification> previous) {
        OrgSnapshot o = org;
        synchronized (rectificationLock) {
            return rectificationDesk().chargeUnresolved(o.tree, o.scope, previous);
        }
    }

    /**
     * Builds a {@link Kaoping}: explicit wiring, optionally completed by discovery. Not thread-safe; build
     * once at start-up.
     */
    // ------------------------------------------------------------ 临时部署: ad-hoc deployments (issue 16)

    /**
     * Adds an ad-hoc deployment (临时部署): a scored task becomes a new top-level criterion, with its own points on top of
     * the maximum, of the plan's rubric for each kind it names; each amended rubric gets a new version (the old one plus
     * {@code +临时部署-N}) and the amendment is audited as {@code RUBRIC_AMENDED}. It is in force in every runtime built
     * over the store after it (the plan is rebuilt from the audit trail, so it survives a restart) and in this runtime at
     * once: its plan, scorer, gate and org snapshot are replaced together, as a directory reload replaces the snapshot,
     * so an operation already running finishes on the version it started with. Scorecards stored before keep the
     * version they were scored with ({@link org.kaoping.spi.ScorecardRecord#rubricVersion()}) until scored again.
     *
     * @return the amended rubrics, one per distinct rubric the kinds use
     * @throws RubricAmendmentRefusedException (audited) if the actor's unit is neither the city office nor the plan's
     *     assessing office, the deadline is outside the plan's year, the plan has no rubric for a kind named, or the
     *     cycle's results are published for notice (公示) or final
     */
    @API(status = API.Status.EXPERIMENTAL)
    public List<org.kaoping.core.rubric.Rubric> amendRubric(String actor, String actorUnitId, RubricAmendment amendment) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorUnitId, "actorUnitId");
        Objects.requireNonNull(amendment, "amendment");
        synchronized (lifecycle) { // no 公示 or finalizing between the state read and the amendment
            List<org.kaoping.core.rubric.Rubric> amended = amendments.amend(actor, actorUnitId, amendment, lifecycle.state());
            synchronized (reloadLock) { // in force at once: the plan, its scorer, and the org snapshot built on them
                AssessmentPlan p = amendments.current();
                Scorer scorer = RubricAmendments.scorer(p, wiring.evaluators);
                lifecycle.replan(p, scorer);
                OrgSnapshot o = org;
                // the same kinds keep their rubrics, so the scope stands; the gate checks evidence against the new criteria
                SubmissionGate gate = new SubmissionGate(o.tree, o.delegation, p, o.scope, wiring.store, audit, clock, lifecycle);
                coreScorer = scorer;
                plan = p;
                org = snapshot(o.directory, o.tree, o.delegation, o.scope, gate);
            }
            return amended;
        }
    }

    public static final class Builder {
        private final List<RubricProvider> rubricProviders = new ArrayList<>();
        private final List<EvidenceSource> sources = new ArrayList<>();
        private final List<Notifier> notifiers = new ArrayList<>();
        private final List<ResultSink> sinks = new ArrayList<>();
        private final List<RuleEvaluator> evaluators = new ArrayList<>();
        private final Map<String, String> countyOffices = new LinkedHashMap<>();
        private List<String> panelMembers;
        private final Map<OrgKind, String> rubricForKind = new EnumMap<>(OrgKind.class);
        private OrgDirectory orgDirectory;
        private AssessmentStore store;
        private AssessmentPlan plan;
        private String planId;
        private int planYear;
        private String cityOffice;
        private Clock clock = Clock.systemUTC();
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private int importBatchSize = 500;
        private ClassLoader discoveryLoader;
        private boolean discover;
        private AssessmentCycle cycle;
        private final List<ObligationEffect> effects = new ArrayList<>();
        private final Map<String, List<ObligationEffect>> scopedEffects = new LinkedHashMap<>();
        private final Map<String, String> notAssessedUnits = new LinkedHashMap<>();
        private final Map<OrgKind, String> notAssessedKinds = new EnumMap<>(OrgKind.class);
        private Duration reminderLead = Duration.ofDays(DEFAULT_REMINDER_LEAD_DAYS);
        private Duration missingGrace = Duration.ZERO;

        Builder() {}

        /**
         * Adds rubric providers (each offering one or more rubrics, e.g. {@code new Beihai2015RubricProvider()}); the plan
         * is built from their rubrics by {@link #planFromRubrics(String, int)}. Two providers offering one rubric id fail
         * {@code build()}.
         *
         * @param providers the providers to add, in order
         * @return this builder
         * @throws NullPointerException if {@code providers} is null or holds null
         */
        public Builder rubricProvider(RubricProvider... providers) {
            return addAll(rubricProviders, providers, "rubricProvider");
        }

        /**
         * Adds rubric providers, as {@link #rubricProvider(RubricProvider...)} does, from a collection (e.g. a Spring
         * context's beans).
         *
         * @param providers the providers to add, in iteration order
         * @return this builder
         * @throws NullPointerException if {@code providers} is null or holds null
         */
        public Builder rubricProviders(Collection<? extends RubricProvider> providers) {
            return addAll(rubricProviders, providers.toArray(new RubricProvider[0]), "rubricProviders");
        }

        /**
         * The host's org directory; required unless discovery finds one. Read once by {@code build()}, and again by each
         * {@link Kaoping#reloadOrgDirectory()}.
         *
         * @param directory the directory
         * @return this builder
         * @throws NullPointerException if {@code directory} is null
         */
        public Builder orgDirectory(OrgDirectory directory) {
            this.orgDirectory = Objects.requireNonNull(directory, "orgDirectory must not be null");
            return this;
        }

        /**
         * The store of evidence, scorecards and the audit trail; required unless discovery finds one. A store wired here
         * belongs to the host: {@link Kaoping#close()} leaves it open.
         *
         * @param store the store, e.g. a journal store or a JDBC store
         * @return this builder
         * @throws NullPointerException if {@code store} is null
         */
        public Builder store(AssessmentStore store) {
            this.store = Objects.requireNonNull(store, "store must not be null");
            return this;
        }

        /**
         * Adds evidence sources that {@link Kaoping#importAll()} imports from (e.g. the host's OA export).
         *
         * @param sources the sources to add
         * @return this builder
         * @throws NullPointerException if {@code sources} is null or holds null
         */
        public Builder evidenceSource(EvidenceSource... sources) {
            return addAll(this.sources, sources, "evidenceSource");
        }

        /**
         * Adds notifiers that receive reminders, late and missing notices and publication notices (e.g. the host's
         * message centre).
         *
         * @param notifiers the notifiers to add
         * @return this builder
         * @throws NullPointerException if {@code notifiers} is null or holds null
         */
        public Builder notifier(Notifier... notifiers) {
            return addAll(this.notifiers, notifiers, "notifier");
        }

        /**
         * Adds result sinks that {@link Kaoping#publish(String)} publishes the ranked results to.
         *
         * @param sinks the sinks to add
         * @return this builder
         * @throws NullPointerException if {@code sinks} is null or holds null
         */
        public Builder resultSink(ResultSink... sinks) {
            return addAll(this.sinks, sinks, "resultSink");
        }

        /**
         * Adds evaluators of custom rules, each serving the rubric items whose custom rule has its id.
         *
         * @param evaluators the evaluators to add
         * @return this builder
         * @throws NullPointerException if {@code evaluators} is null or holds null
         */
        public Builder ruleEvaluator(RuleEvaluator... evaluators) {
            return addAll(this.evaluators, evaluators, "ruleEvaluator");
        }

        /**
         * The plan to run (rubrics per kind of unit, grades, tie-breaks, quotas); alternatively
         * {@link #planFromRubrics(String, int)}. A plan given here wins.
         *
         * @param plan the plan, e.g. read from a plan file
         * @return this builder
         * @throws NullPointerException if {@code plan} is null
         */
        public Builder plan(AssessmentPlan plan) {
            this.plan = Objects.requireNonNull(plan, "plan must not be null");
            return this;
        }

        /**
         * Builds the plan from the wired and discovered rubrics: each kind of unit gets the one rubric that
         * applies to it (or the one named by {@link #rubricFor(OrgKind, String)}); the plan's other settings
         * are core's defaults. Two rubrics applying to one kind fail the build, naming both.
         *
         * @param planId the plan's id, e.g. {@code "beihai-2015"}; it keys scorecards and publications
         * @param year the assessment year, e.g. {@code 2015}
         * @return this builder
         * @throws NullPointerException if {@code planId} is null
         */
        public Builder planFromRubrics(String planId, int year) {
            this.planId = Objects.requireNonNull(planId, "planId must not be null");
            this.planYear = year;
            return this;
        }

        /**
         * With {@link #planFromRubrics(String, int)}: units of a kind are assessed by the named rubric, where several
         * rubrics apply to the kind.
         *
         * @param kind the kind of unit, e.g. {@link OrgKind#COUNTY_DISTRICT}
         * @param rubricId the id of a wired or discovered rubric
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder rubricFor(OrgKind kind, String rubricId) {
            rubricForKind.put(Objects.requireNonNull(kind, "kind must not be null"),
                    Objects.requireNonNull(rubricId, "rubricId must not be null"));
            return this;
        }

        /**
         * The city office (依法治市办), the assessor of the counties and departments; required. Never assessed itself.
         *
         * @param unitId its unit id in the org directory; {@code build()} fails if it is not there
         * @return this builder
         * @throws NullPointerException if {@code unitId} is null
         */
        public Builder cityOffice(String unitId) {
            this.cityOffice = Objects.requireNonNull(unitId, "cityOffice must not be null");
            return this;
        }

        /**
         * The unit that acts as a county's office (依法治理办), assessing its townships; by default the county itself.
         *
         * @param countyId the county's or district's unit id
         * @param officeId the id of the unit acting as its office; both must be in the org directory at {@code build()}
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder countyOffice(String countyId, String officeId) {
            countyOffices.put(Objects.requireNonNull(countyId, "countyId must not be null"),
                    Objects.requireNonNull(officeId, "officeId must not be null"));
            return this;
        }

        /**
         * The member units of the review panel (成员单位) whose raters may file panel judgements, ticks and documents
         * about the units the city office assesses; by default every city-level department
         * ({@link Delegation#isPanelMember}).
         *
         * @param unitIds the member units' ids; each must be in the org directory at {@code build()}
         * @return this builder
         * @throws NullPointerException if {@code unitIds} is null or holds null
         */
        public Builder panelMembers(String... unitIds) {
            this.panelMembers = new ArrayList<>();
            addAll(this.panelMembers, unitIds, "panelMembers");
            return this;
        }

        /**
         * The clock for audit, override and publication times, and for the gate's "not dated after the clock" check;
         * the system UTC clock by default.
         *
         * @param clock the clock, e.g. a fixed clock in tests
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * The cycle whose obligations {@link Kaoping#checkObligations(Instant)} checks; by default
         * {@code AssessmentCycle.of(plan year)}. Its year must be the plan's.
         *
         * @param cycle the cycle with its deadlines
         * @return this builder
         * @throws NullPointerException if {@code cycle} is null
         */
        public Builder cycle(AssessmentCycle cycle) {
            this.cycle = Objects.requireNonNull(cycle, "cycle must not be null");
            return this;
        }

        /**
         * Declared effects of late and missing reports, e.g. {@code ObligationEffect.of(MONTHLY, "1.1",
         * Points.parse("0.5"), Points.of(1))}; none by default. Each effect's criterion must be in some rubric
         * of the plan, and a rubric may have at most one effect per report type; {@code build()} fails
         * naming the criterion otherwise. An effect applies to the units whose rubric has its criterion.
         *
         * @param effects the effects to add
         * @return this builder
         * @throws NullPointerException if {@code effects} is null or holds null
         */
        public Builder obligationEffect(ObligationEffect... effects) {
            return addAll(this.effects, effects, "obligationEffect");
        }

        /**
         * Declared effects of late and missing reports that apply only to units scored by rubric {@code rubricId},
         * for plans whose rubrics number their items differently (the organization item is 1.1 in one standard and
         * 1.2 in another). The rubric must be in the plan and have each effect's criterion; with the effects of
         * {@link #obligationEffect(ObligationEffect...)} that apply to it, a rubric still has at most one effect
         * per report type. {@code build()} fails naming the rubric and criterion otherwise.
         *
         * @param rubricId the id of a rubric of the plan
         * @param effects the effects to add for it
         * @return this builder
         * @throws NullPointerException if an argument is null or {@code effects} holds null
         */
        public Builder obligationEffect(String rubricId, ObligationEffect... effects) {
            Objects.requireNonNull(rubricId, "rubricId must not be null");
            List<ObligationEffect> list = scopedEffects.get(rubricId);
            if (list == null) {
                list = new ArrayList<>();
                scopedEffects.put(rubricId, list);
            }
            return addAll(list, effects, "obligationEffect");
        }

        /**
         * Unit {@code unitId} is not assessed, because {@code reason} (e.g. "the city office is the assessor, not
         * assessed"), even if the plan has a rubric for its kind: it is not scored, ranked, published or checked
         * for reporting obligations, and {@link Kaoping#notAssessed()}, {@link Kaoping#summary()} and
         * {@link Kaoping#scoreUnit(String)} state the reason. {@code build()} fails if the unit is not in the org
         * directory.
         *
         * @param unitId the unit's id
         * @param reason why it is not assessed, shown in the summary and reports
         * @return this builder
         * @throws IllegalArgumentException if the reason is blank
         * @throws NullPointerException if an argument is null
         */
        public Builder notAssessed(String unitId, String reason) {
            notAssessedUnits.put(Objects.requireNonNull(unitId, "unitId must not be null"), reason(reason));
            return this;
        }

        /**
         * Units of {@code kind} are not assessed, because {@code reason}, even if the plan has a rubric for the
         * kind (a unit-level {@link #notAssessed(String, String)} reason wins). Without it, units of a kind the plan
         * has no rubric for are not assessed either, with the reason "plan [id] has no rubric for units of kind …".
         *
         * @param kind the kind of unit
         * @param reason why units of the kind are not assessed
         * @return this builder
         * @throws IllegalArgumentException if the reason is blank
         * @throws NullPointerException if an argument is null
         */
        public Builder notAssessed(OrgKind kind, String reason) {
            notAssessedKinds.put(Objects.requireNonNull(kind, "kind must not be null"), reason(reason));
            return this;
        }

        private static String reason(String reason) {
            Objects.requireNonNull(reason, "reason must not be null");
            if (reason.trim().isEmpty()) {
                throw new IllegalArgumentException("the reason a unit is not assessed must not be blank");
            }
            return reason;
        }

        /**
         * How long before a deadline {@link Kaoping#checkObligations(Instant)} reminds of an unsubmitted report;
         * {@value Kaoping#DEFAULT_REMINDER_LEAD_DAYS} days by default.
         *
         * @param lead the lead time, zero or more
         * @return this builder
         * @throws IllegalArgumentException if {@code lead} is negative
         * @throws NullPointerException if {@code lead} is null
         */
        public Builder reminderLead(Duration lead) {
            Objects.requireNonNull(lead, "reminderLead must not be null");
            if (lead.isNegative()) {
                throw new IllegalArgumentException("reminderLead must not be negative; got " + lead);
            }
            this.reminderLead = lead;
            return this;
        }

        /**
         * How long after its deadline a missing report's deduction is filed; zero by default. A late report
         * arriving within the grace gets the late deduction instead of the missing one. The missing-report
         * notice goes out at the deadline regardless.
         *
         * @param grace the grace, zero or more
         * @return this builder
         * @throws IllegalArgumentException if {@code grace} is negative
         * @throws NullPointerException if {@code grace} is null
         */
        public Builder missingDeductionGrace(Duration grace) {
            Objects.requireNonNull(grace, "missingDeductionGrace must not be null");
            if (grace.isNegative()) {
                throw new IllegalArgumentException("missingDeductionGrace must not be negative; got " + grace);
            }
            this.missingGrace = grace;
            return this;
        }

        /**
         * How many threads {@link Kaoping#scoreCycle()} may use; the available processors by default.
         *
         * @param threads at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is less than 1
         */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1; got " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /**
         * How many records {@link Kaoping#importEvidence(EvidenceSource)} fetches per batch (each batch one atomic write);
         * 500 by default.
         *
         * @param size at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code size} is less than 1
         */
        public Builder importBatchSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("importBatchSize must be at least 1; got " + size);
            }
            this.importBatchSize = size;
            return this;
        }

        // -------------------------------------------------------- 属地逐级: plans at every level (issue 16)
        private String assessingOffice;
        private final List<String> subordinatePlans = new ArrayList<>();

        /**
         * The assessing office that owns the plan (属地逐级分类考核制): the city office, a county's office (the county
         * unit or its {@linkplain #countyOffice office}), a township or a lead department. The plan then covers exactly
         * the units the delegation gives that office: its territory and kinds, or a lead department's affiliated units
         * (归口单位); every other unit is not assessed, with the reason, and the gate refuses evidence about it.
         * Rankings are per plan and rubric, so a county office's ranking holds only its own county's units.
         *
         * @param unitId the office's unit id in the org directory (checked at build time)
         * @return this builder
         * @throws NullPointerException if {@code unitId} is null
         */
        @API(status = API.Status.EXPERIMENTAL)
        public Builder assessingOffice(String unitId) {
            this.assessingOffice = Objects.requireNonNull(unitId, "unitId must not be null");
            return this;
        }

        /**
         * The plans of the level below whose stored results feed this plan's roll-up criteria
         * ({@link org.kaoping.core.rule.RollUpRule}): a subordinate unit's result is taken from the first of them that
         * holds one; a subordinate unit none holds counts as without a result.
         *
         * @param planIds the subordinate plans' ids, in lookup order
         * @return this builder
         * @throws NullPointerException if {@code planIds} is null or holds null
         */
        @API(status = API.Status.EXPERIMENTAL)
        public Builder subordinatePlans(String... planIds) {
            return addAll(subordinatePlans, planIds, "planIds");
        }

        // issue 16, across years: the previous cycle in the same store (logic in PreviousCycle)
        private String previousCycle;

        /**
         * Declares that the previous cycle is plan {@code planId}'s, one year earlier, kept in this runtime's store: the
         * previous year's metric values that trend rules (逐年提高/下降) read are those that plan's last published or
         * final result counted ({@link PreviousCycle}); other values of that year in the store are not read. Without it,
         * every previous-year value in the store is read.
         *
         * @param planId the previous cycle's plan id (checked at build time: the store must hold its published or final result)
         * @return this builder
         * @throws NullPointerException if {@code planId} is null
         */
        @API(status = API.Status.EXPERIMENTAL)
        public Builder previousCycle(String planId) {
            this.previousCycle = Objects.requireNonNull(planId, "planId must not be null");
            return this;
        }

        /**
         * Adds, at build time, the providers of every SPI interface discovered through the SPI's own class
         * loader ({@link Providers#discover(Class)}). An org directory or store wired explicitly wins over
         * discovered ones; otherwise the first discovered one (highest priority, then class name) is used.
         *
         * @return this builder
         */
        public Builder discover() {
            this.discover = true;
            this.discoveryLoader = null;
            return this;
        }

        /**
         * As {@link #discover()}, through a given class loader, for hosts that keep plugins in a loader of their own.
         *
         * @param loader the class loader to discover providers through
         * @return this builder
         * @throws NullPointerException if {@code loader} is null
         */
        public Builder discover(ClassLoader loader) {
            this.discover = true;
            this.discoveryLoader = Objects.requireNonNull(loader, "loader must not be null");
            return this;
        }

        /**
         * Wires, reads the org directory, builds the delegation, plan and scorer, and logs what was wired: one short
         * {@code INFO} line ({@code WARNING} if a provider failed), the full {@link Kaoping#summary()} at {@code FINE}.
         *
         * @return the runtime, ready and thread-safe
         * @throws DuplicateProviderException if two providers of one interface declare the same id
         * @throws DuplicateRubricException if two rubric providers offer the same rubric id
         * @throws org.kaoping.core.ConfigurationException if the org directory, store, city office or plan is
         *     missing (the message names the setting and how to give it), or the wiring does not fit the plan
         * @throws org.kaoping.core.RefusedInputException if the org directory's units do not form a tree
         *     ({@link org.kaoping.core.org.OrgTreeException})
         */
        public Kaoping build() {
            if (cityOffice == null) {
                throw new ConfigurationException("Kaoping needs the city office's unit id: call cityOffice(unitId)");
            }
            if (plan == null && planId == null) {
                throw new ConfigurationException("Kaoping needs a plan: call plan(AssessmentPlan) or planFromRubrics(planId, year)");
            }
            Wiring w = new Wiring();
            ProviderDiscovery discovery = new ProviderDiscovery(discover, discoveryLoader);
            List<ProviderFailure> failures = new ArrayList<>();
            Providers<RubricProvider> rp = Providers.of(RubricProvider.class, discovery.merge(RubricProvider.class, rubricProviders, failures));
            w.rubrics = RubricRegistry.of(rp);
            failures.addAll(w.rubrics.failures());
            w.sources = discovery.merge(EvidenceSource.class, sources, failures);
            w.notifiers = discovery.merge(Notifier.class, notifiers, failures);
            w.sinks = discovery.merge(ResultSink.class, sinks, failures);
            w.evaluators = discovery.merge(RuleEvaluator.class, evaluators, failures);
            w.orgDirectory = orgDirectory != null ? orgDirectory : discovery.single(OrgDirectory.class, failures);
            if (w.orgDirectory == null) {
                throw new ConfigurationException("Kaoping needs an OrgDirectory: wire one with orgDirectory(...) or register one in "
                        + "META-INF/services/org.kaoping.spi.OrgDirectory" + ProviderDiscovery.failuresNote(failures));
            }
            if (store != null) {
                w.store = store;
            } else {
                w.store = discovery.single(AssessmentStore.class, failures);
                w.ownsStore = true;
            }
            if (w.store == null) {
                throw new ConfigurationException("Kaoping needs an AssessmentStore: wire one with store(...) or register one in "
                        + "META-INF/services/org.kaoping.spi.AssessmentStore" + ProviderDiscovery.failuresNote(failures));
            }
            w.failures = Collections.unmodifiableList(failures);
            if (previousCycle != null) { // issue 16: read the previous year as the previous cycle counted it
                if (previousCycle.equals(plan != null ? plan.id() : planId)) {
                    throw new ConfigurationException("previousCycle(" + previousCycle + ") names this runtime's own plan; name the previous year's plan");
                }
                w.store = PreviousCycle.read(w.store, previousCycle, (plan != null ? plan.year() : planYear) - 1).view(w.store);
            }
            Kaoping k = new Kaoping(this, w);
            LOG.log(failures.isEmpty() ? Level.INFO : Level.WARNING, k.shortSummary());
            if (LOG.isLoggable(Level.FINE)) { // the summary names every unit not assessed: made only to be logged
                LOG.log(Level.FINE, k.summary());
            }
            return k;
        }

        private <T> Builder addAll(List<T> to, T[] items, String what) {
            Objects.requireNonNull(items, what + " must not be null");
            for (T t : items) {
                to.add(Objects.requireNonNull(t, what + " must not be null"));
            }
            return this;
        }
    }
}

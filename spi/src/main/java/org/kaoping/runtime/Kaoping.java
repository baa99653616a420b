package org.kaoping.runtime;

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
 * {@code build()} reads the org directory once (a later change of the directory needs a new
 * {@code Kaoping}), builds the delegation rules, the plan and the scorer, and validates every rubric of the
 * plan. The instance is then ready; {@link #close()} closes the store if discovery created it, and otherwise
 * leaves the host-owned store open. Create one {@code Kaoping} per store and cycle and share it.
 *
 * <h2>Thread-safety</h2>
 * Thread-safe: every operation may be called from any number of threads. Its configuration is immutable;
 * what changes lives in the store, which is thread-safe by contract. Imports of one source are serialized
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
    private final OrgTree tree;
    private final Delegation delegation;
    private final AssessmentPlan plan;
    private final AssessmentCycle cycle;
    private final List<ObligationEffect> effects;
    private final AssessmentScope scope;
    private final SubmissionGate gate;
    private final EvidenceImporter importer;
    private final CycleScorer scorer;
    private final Publisher publisher;
    private final ObligationChecker obligations;

    private Kaoping(Builder b, Wiring w) {
        this.wiring = w;
        AssessmentStore store = w.store;
        List<OrgUnit> units = w.orgDirectory.units();
        if (units == null) {
            throw new KaopingException("OrgDirectory " + ProviderNames.describe(w.orgDirectory) + " returned null from units()");
        }
        this.tree = OrgTree.of(new ArrayList<>(units));
        Delegation.Builder d = Delegation.builder(tree, b.cityOffice);
        for (Map.Entry<String, String> e : b.countyOffices.entrySet()) {
            d.countyOffice(e.getKey(), e.getValue());
        }
        if (b.panelMembers != null) {
            d.panelMembers(b.panelMembers);
        }
        this.delegation = d.build();
        this.plan = b.plan != null ? b.plan : PlanFromRubrics.plan(b.planId, b.planYear, b.rubricForKind, w.rubrics);
        Scorer.Builder s = Scorer.builder(plan);
        for (RuleEvaluator r : w.evaluators) {
            s.customRule(r.id(), new EvaluatorAdapter(r));
        }
        Scorer core = s.build();
        this.cycle = b.cycle != null ? b.cycle : AssessmentCycle.of(plan.year());
        if (cycle.year() != plan.year()) {
            throw new KaopingException("The assessment cycle's year " + cycle.year() + " differs from plan [" + plan.id()
                    + "]'s year " + plan.year());
        }
        List<ObligationEffect> all = new ArrayList<>(b.effects);
        Map<String, List<ObligationEffect>> scoped = new LinkedHashMap<>();
        for (Map.Entry<String, List<ObligationEffect>> e : b.scopedEffects.entrySet()) {
            scoped.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
            all.addAll(e.getValue());
        }
        this.effects = Collections.unmodifiableList(all);
        List<ObligationEffect> unscoped = Collections.unmodifiableList(new ArrayList<>(b.effects));
        Map<String, List<ObligationEffect>> scopedEffects = Collections.unmodifiableMap(scoped);
        ObligationChecker.checkEffects(plan, unscoped, scopedEffects);
        Map<String, String> notAssessedUnits = new LinkedHashMap<>(b.notAssessedUnits);
        if (!notAssessedUnits.containsKey(b.cityOffice)) {
            notAssessedUnits.put(b.cityOffice, CITY_OFFICE_NOT_ASSESSED);
        }
        this.scope = AssessmentScope.of(tree, plan, notAssessedUnits, b.notAssessedKinds);
        AuditTrail audit = new AuditTrail(store, b.clock);
        String cityOfficeId = delegation.cityOfficeId();
        this.gate = new SubmissionGate(tree, delegation, plan, scope, store, audit, b.clock);
        this.importer = new EvidenceImporter(store, gate, audit, b.importBatchSize);
        EvidenceSnapshot evidence = new EvidenceSnapshot(store, gate);
        this.scorer = new CycleScorer(plan, tree, scope, core, store, audit, b.clock, cityOfficeId, b.parallelism, gate, evidence);
        this.publisher = new Publisher(plan, tree, scorer, w.sinks, w.notifiers, audit, b.clock, cityOfficeId);
        this.obligations = new ObligationChecker(plan, cycle, scope, store, w.notifiers, audit, b.clock, cityOfficeId,
                b.reminderLead, b.missingGrace, unscoped, scopedEffects, evidence);
    }

    /** A builder for explicit wiring, optionally with discovery ({@link Builder#discover()}). */
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
     * @throws EvidenceRefusedException if the gate refuses it
     * @throws EvidenceConflictException if its id is stored with different content (audited as refused)
     */
    public SubmitOutcome submit(String actor, String actorUnitId, Evidence evidence) {
        return gate.submit(actor, actorUnitId, evidence);
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
     * the rule; nothing of it is stored and the cursor stays before it. Imports of one source are serialized.
     *
     * @throws EvidenceRefusedException naming the record and the rule, if a batch is refused
     */
    public ImportResult importEvidence(EvidenceSource source) {
        return importer.importEvidence(source);
    }

    /** Imports from every wired evidence source, in order; see {@link #importEvidence(EvidenceSource)}. */
    public List<ImportResult> importAll() {
        List<ImportResult> out = new ArrayList<>();
        for (EvidenceSource s : wiring.sources) {
            out.add(importEvidence(s));
        }
        return Collections.unmodifiableList(out);
    }

    /** The cursor the next import of source {@code sourceId} starts from; {@link EvidenceSource#START} if none yet. */
    public String cursorOf(String sourceId) {
        return importer.cursorOf(sourceId);
    }

    /**
     * Scores one unit from the evidence in the store, writes its {@link ScorecardRecord} (optimistic
     * concurrency, retried as the class documentation says) and audits {@code SCORED} if the record
     * changed. Returns the explained scorecard.
     *
     * @throws org.kaoping.core.org.UnknownOrgUnitException if the unit is not in the org directory
     * @throws KaopingException if the unit is {@linkplain #notAssessed() not assessed} (e.g. the plan has no
     *     rubric for its kind), naming the reason
     */
    public Scorecard scoreUnit(String unitId) {
        return scorer.scoreUnit(unitId);
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
     */
    public List<Scorecard> scoreCycle() {
        return scorer.scoreCycle();
    }

    /**
     * Overrides leaf criterion {@code criterionId} of unit {@code unitId} to {@code newPoints}, on behalf
     * of {@code actor} acting for {@code actorUnitId}, which must be an assessor of the unit under the
     * delegation (never the unit itself). Records a {@link ScoreOverride} (the latest override of a criterion
     * wins; the scorecard's explanation shows who, when, why, old and new points) and audits
     * {@code OVERRIDDEN}; a refusal is audited as {@code EVIDENCE_REFUSED}.
     *
     * @return the override as stored
     * @throws EvidenceRefusedException if the unit is {@linkplain #notAssessed() not assessed} (naming the reason),
     *     the actor may not assess the unit, the criterion is unknown or not a leaf of the unit's rubric, or the
     *     points are negative or above the criterion's
     */
    public ScoreOverride override(String actor, String actorUnitId, String unitId, String criterionId, Points newPoints,
            String reason) {
        return gate.override(actor, actorUnitId, unitId, criterionId, newPoints, reason);
    }

    /**
     * Approves claim {@code claimId} (a unit's own N/A mark or adjustment, stored as evidence) on behalf of
     * {@code actor} acting for {@code actorUnitId}, which must be an assessor of the claim's unit under the
     * delegation; audited as {@link AuditEvent.Action#CLAIM_APPROVED}, so that the decision survives restarts
     * wherever the store does. From then on scoring counts the claim.
     *
     * @throws EvidenceRefusedException (audited) if there is no such claim, it is already decided, or the actor may
     *     not decide it
     */
    public Claim approveClaim(String actor, String actorUnitId, String claimId) {
        return gate.decide(actor, actorUnitId, claimId, true, null);
    }

    /**
     * Rejects claim {@code claimId} because {@code reason}; as {@link #approveClaim}, audited as
     * {@link AuditEvent.Action#CLAIM_REJECTED}. A rejected claim never counts.
     *
     * @throws EvidenceRefusedException (audited) if there is no such claim, it is already decided, the reason is
     *     blank, or the actor may not decide it
     */
    public Claim rejectClaim(String actor, String actorUnitId, String claimId, String reason) {
        return gate.decide(actor, actorUnitId, claimId, false, Objects.requireNonNull(reason, "reason must not be null"));
    }

    /** Every claim in the store with its status, in storage order. */
    public List<Claim> claims() {
        return gate.claims(wiring.store.allEvidence());
    }

    /** The claims waiting for an assessor (待审核), in storage order: for reports, which show them as pending. */
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
     * unit never blocks the others; it is audited as {@link AuditEvent.Action#NOT_SCORABLE}.
     */
    public Map<String, String> notScorable() {
        return scorer.notScorable();
    }

    /**
     * Scores the cycle ({@link #scoreCycle()}) and ranks it per rubric: ties shared, the plan's tie-breaks
     * and quotas applied. After the first scoring, only the units whose evidence changed since are rescored and
     * moved in the ranking; the tables are those of a full rescore. Audited as {@code RANKED}.
     *
     * @return one table per rubric id, in rubric id order
     */
    public Map<String, RankingTable> rank() {
        return publisher.rank();
    }

    /**
     * Ranks the cycle ({@link #rank()}) and publishes the results to every {@link ResultSink}, then sends a
     * {@link Notification.Kind#PUBLICATION} to every {@link Notifier}. Audited as {@code PUBLISHED}. If a
     * sink throws, the others still receive the publication, the failure is audited as
     * {@code PUBLICATION_FAILED}, no notification goes out, and a {@link KaopingException} names the sinks
     * that failed. Publishing again is harmless: sinks key results by plan and unit.
     *
     * @param actor who publishes, e.g. the assessment office's user; recorded as acting for the city office
     */
    public Publication publish(String actor) {
        return publisher.publish(actor);
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
     * <h3>What is idempotent</h3>
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
     * <h3>Thread-safety</h3>
     * Checks by one {@code Kaoping} are serialized; other operations may run alongside. Two runtimes
     * checking the same store at the same moment may both deliver a notification: run the schedule in one
     * place.
     *
     * @param asOf the instant to judge at, normally now ({@code clock.instant()}); reports recorded after it
     *     are not seen
     * @return what was found and done
     */
    public ObligationCheck checkObligations(Instant asOf) {
        return obligations.check(asOf);
    }

    /**
     * Sends {@code notification} to every notifier; a notifier that throws is logged at {@code WARNING} and
     * does not stop the others.
     */
    public void notifyAll(Notification notification) {
        publisher.notifyAll(notification);
    }

    // ----------------------------------------------------------------------------------- accessors

    public AssessmentPlan plan() {
        return plan;
    }

    /** The assessment cycle whose obligations {@link #checkObligations(Instant)} checks. */
    public AssessmentCycle cycle() {
        return cycle;
    }

    /** The declared obligation effects: those declared for every rubric in the order wired, then those declared per rubric. */
    public List<ObligationEffect> obligationEffects() {
        return effects;
    }

    /**
     * The obligation effects that apply to units scored by rubric {@code rubricId}: the effects declared without a
     * rubric whose criterion that rubric has, then those declared for it with
     * {@link Builder#obligationEffect(String, ObligationEffect...)}; empty for a rubric the plan does not use.
     */
    public List<ObligationEffect> obligationEffects(String rubricId) {
        return obligations.effectsFor(rubricId);
    }

    /** The org tree read from the directory at build time. */
    public OrgTree orgTree() {
        return tree;
    }

    public Delegation delegation() {
        return delegation;
    }

    public RubricRegistry rubrics() {
        return wiring.rubrics;
    }

    public AssessmentStore store() {
        return wiring.store;
    }

    /** The wired evidence sources, by priority then class name. */
    public List<EvidenceSource> evidenceSources() {
        return wiring.sources;
    }

    /** Providers that discovery found but could not use; empty without discovery. */
    public List<ProviderFailure> failures() {
        return wiring.failures;
    }

    /** The units the plan assesses (their kind has a rubric, and they are not {@linkplain #notAssessed() left out}), ordered by unit id. */
    public List<OrgUnit> assessedUnits() {
        return scope.assessedUnits();
    }

    /**
     * The units of the org directory that are not assessed, each with the reason, in the directory's order: those
     * declared with {@link Builder#notAssessed(String, String)} or {@link Builder#notAssessed(OrgKind, String)},
     * and those whose kind has no rubric in the plan ("plan [id] has no rubric for units of kind …"). They are not
     * scored, ranked, published or checked for reporting obligations; evidence about them is still accepted.
     */
    public Map<String, String> notAssessed() {
        return scope.notAssessed();
    }

    /** The line {@code build()} logs: what was wired. */
    private String shortSummary() {
        return "Kaoping wired plan " + plan.id() + " " + plan.year() + ": " + scope.assessedUnits().size() + " unit(s) assessed, store "
                + ProviderNames.describe(wiring.store) + ", " + wiring.sources.size() + " evidence source(s)"
                + (wiring.failures.isEmpty() ? "" : ", " + wiring.failures.size() + " provider(s) failed: " + wiring.failures);
    }

    public String summary() {
        return wiring.summary(plan, tree, delegation.cityOfficeId(), scope.notAssessed());
    }

    @Override
    public String toString() {
        return summary();
    }

    /** Closes the store if discovery created it; a store wired explicitly belongs to the host and stays open. */
    @Override
    public void close() {
        if (wiring.ownsStore) {
            wiring.store.close();
        }
    }

    /**
     * Builds a {@link Kaoping}: explicit wiring, optionally completed by discovery. Not thread-safe; build
     * once at start-up.
     */
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

        public Builder rubricProvider(RubricProvider... providers) {
            return addAll(rubricProviders, providers, "rubricProvider");
        }

        public Builder rubricProviders(Collection<? extends RubricProvider> providers) {
            return addAll(rubricProviders, providers.toArray(new RubricProvider[0]), "rubricProviders");
        }

        /** The host's org directory; required unless discovery finds one. */
        public Builder orgDirectory(OrgDirectory directory) {
            this.orgDirectory = Objects.requireNonNull(directory, "orgDirectory must not be null");
            return this;
        }

        /** The store; required unless discovery finds one. An explicitly wired store is not closed by {@link Kaoping#close()}. */
        public Builder store(AssessmentStore store) {
            this.store = Objects.requireNonNull(store, "store must not be null");
            return this;
        }

        public Builder evidenceSource(EvidenceSource... sources) {
            return addAll(this.sources, sources, "evidenceSource");
        }

        public Builder notifier(Notifier... notifiers) {
            return addAll(this.notifiers, notifiers, "notifier");
        }

        public Builder resultSink(ResultSink... sinks) {
            return addAll(this.sinks, sinks, "resultSink");
        }

        public Builder ruleEvaluator(RuleEvaluator... evaluators) {
            return addAll(this.evaluators, evaluators, "ruleEvaluator");
        }

        /** The plan to run; alternatively {@link #planFromRubrics(String, int)}. */
        public Builder plan(AssessmentPlan plan) {
            this.plan = Objects.requireNonNull(plan, "plan must not be null");
            return this;
        }

        /**
         * Builds the plan from the wired and discovered rubrics: each kind of unit gets the one rubric that
         * applies to it (or the one named by {@link #rubricFor(OrgKind, String)}); the plan's other settings
         * are core's defaults. Two rubrics applying to one kind fail the build, naming both.
         */
        public Builder planFromRubrics(String planId, int year) {
            this.planId = Objects.requireNonNull(planId, "planId must not be null");
            this.planYear = year;
            return this;
        }

        /** With {@link #planFromRubrics(String, int)}: units of {@code kind} are assessed by rubric {@code rubricId}. */
        public Builder rubricFor(OrgKind kind, String rubricId) {
            rubricForKind.put(Objects.requireNonNull(kind, "kind must not be null"),
                    Objects.requireNonNull(rubricId, "rubricId must not be null"));
            return this;
        }

        /** The unit id of the city office (依法治市办); required. */
        public Builder cityOffice(String unitId) {
            this.cityOffice = Objects.requireNonNull(unitId, "cityOffice must not be null");
            return this;
        }

        /** The unit that acts as county {@code countyId}'s office (依法治理办); by default the county itself. */
        public Builder countyOffice(String countyId, String officeId) {
            countyOffices.put(Objects.requireNonNull(countyId, "countyId must not be null"),
                    Objects.requireNonNull(officeId, "officeId must not be null"));
            return this;
        }

        /**
         * The member units of the review panel (成员单位) whose raters may file panel judgements, ticks and documents
         * about the units the city office assesses; by default every city-level department
         * ({@link Delegation#isPanelMember}).
         */
        public Builder panelMembers(String... unitIds) {
            this.panelMembers = new ArrayList<>();
            addAll(this.panelMembers, unitIds, "panelMembers");
            return this;
        }

        /** The clock for audit, override and publication times; the system UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * The cycle whose obligations {@link Kaoping#checkObligations(Instant)} checks; by default
         * {@code AssessmentCycle.of(plan year)}. Its year must be the plan's.
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
         * @throws IllegalArgumentException if the reason is blank
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
         * @throws IllegalArgumentException if the reason is blank
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

        /** How long before a deadline an unsubmitted report is reminded of; {@value Kaoping#DEFAULT_REMINDER_LEAD_DAYS} days by default. */
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
         */
        public Builder missingDeductionGrace(Duration grace) {
            Objects.requireNonNull(grace, "missingDeductionGrace must not be null");
            if (grace.isNegative()) {
                throw new IllegalArgumentException("missingDeductionGrace must not be negative; got " + grace);
            }
            this.missingGrace = grace;
            return this;
        }

        /** Threads {@link Kaoping#scoreCycle()} may use; the available processors by default. */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1; got " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /** Records fetched per batch by {@link Kaoping#importEvidence(EvidenceSource)}; 500 by default. */
        public Builder importBatchSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("importBatchSize must be at least 1; got " + size);
            }
            this.importBatchSize = size;
            return this;
        }

        /**
         * Adds, at build time, the providers of every SPI interface discovered through the SPI's own class
         * loader ({@link Providers#discover(Class)}). An org directory or store wired explicitly wins over
         * discovered ones; otherwise the first discovered one (highest priority, then class name) is used.
         */
        public Builder discover() {
            this.discover = true;
            this.discoveryLoader = null;
            return this;
        }

        /** As {@link #discover()}, through {@code loader}, for hosts that keep plugins in a loader of their own. */
        public Builder discover(ClassLoader loader) {
            this.discover = true;
            this.discoveryLoader = Objects.requireNonNull(loader, "loader must not be null");
            return this;
        }

        /**
         * Wires, reads the org directory, builds the delegation, plan and scorer, and logs what was wired.
         *
         * @throws DuplicateProviderException if two providers of one interface declare the same id
         * @throws DuplicateRubricException if two rubric providers offer the same rubric id
         * @throws KaopingException if the org directory, store, city office or plan is missing, or the org
         *     tree or a rubric is invalid
         */
        public Kaoping build() {
            if (cityOffice == null) {
                throw new KaopingException("Kaoping needs the city office's unit id: call cityOffice(unitId)");
            }
            if (plan == null && planId == null) {
                throw new KaopingException("Kaoping needs a plan: call plan(AssessmentPlan) or planFromRubrics(planId, year)");
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
                throw new KaopingException("Kaoping needs an OrgDirectory: wire one with orgDirectory(...) or register one in "
                        + "META-INF/services/org.kaoping.spi.OrgDirectory" + ProviderDiscovery.failuresNote(failures));
            }
            if (store != null) {
                w.store = store;
            } else {
                w.store = discovery.single(AssessmentStore.class, failures);
                w.ownsStore = true;
            }
            if (w.store == null) {
                throw new KaopingException("Kaoping needs an AssessmentStore: wire one with store(...) or register one in "
                        + "META-INF/services/org.kaoping.spi.AssessmentStore" + ProviderDiscovery.failuresNote(failures));
            }
            w.failures = Collections.unmodifiableList(failures);
            Kaoping k = new Kaoping(this, w);
            LOG.log(failures.isEmpty() ? Level.INFO : Level.WARNING, k.shortSummary());
            LOG.log(Level.FINE, k.summary());
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

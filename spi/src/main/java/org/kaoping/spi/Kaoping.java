package org.kaoping.spi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kaoping.core.KaopingException;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.cycle.Obligation;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.cycle.ObligationStatus;
import org.kaoping.core.cycle.Obligations;
import org.kaoping.core.delegation.AssessorRole;
import org.kaoping.core.delegation.Delegation;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.evidence.UnitEvidence;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.ranking.Rankings;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.scoring.CustomResult;
import org.kaoping.core.scoring.CustomRuleEvaluator;
import org.kaoping.core.scoring.ScoreNode;
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
 * naming both classes). Explicit and discovered providers mix. {@link Builder#build()} logs one
 * {@code INFO} line on the {@code java.util.logging} logger {@code org.kaoping.spi} listing what was wired
 * ({@link #summary()}).
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

    static final String CURSOR_MARK = "; next cursor [";

    private static final Logger LOG = Logger.getLogger("org.kaoping.spi");

    private final RubricRegistry rubrics;
    private final OrgDirectory orgDirectory;
    private final OrgTree tree;
    private final Delegation delegation;
    private final AssessmentStore store;
    private final boolean ownsStore;
    private final List<EvidenceSource> sources;
    private final List<Notifier> notifiers;
    private final List<ResultSink> sinks;
    private final List<RuleEvaluator> evaluators;
    private final AssessmentPlan plan;
    private final Scorer scorer;
    private final Clock clock;
    private final int parallelism;
    private final int importBatchSize;
    private final List<ProviderFailure> failures;
    private final ConcurrentMap<String, String> cursors = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> importLocks = new ConcurrentHashMap<>();
    private final AtomicLong overrideSequence = new AtomicLong();
    private final AssessmentCycle cycle;
    private final List<ObligationEffect> effects;
    /** Effects declared without a rubric: they apply to every rubric that has their criterion. */
    private final List<ObligationEffect> unscopedEffects;
    /** Effects declared for one rubric, by rubric id. */
    private final Map<String, List<ObligationEffect>> scopedEffects;
    /** Units not assessed, with the reason, in the tree's order: declared ones and those whose kind has no rubric. */
    private final Map<String, String> notAssessed;
    private final Duration reminderLead;
    private final Duration missingGrace;
    private final Object obligationLock = new Object();
    /** Guarded by {@link #obligationLock}: unit + NOTIFIED subject of every delivery seen in the audit trail. */
    private final Set<String> delivered = new HashSet<>();
    /** Guarded by {@link #obligationLock}: the audit sequence {@link #delivered} has been read up to. */
    private long deliveredSeenUpTo;
    /** Guarded by {@link #obligationLock}: NOTIFIED events of the current check, audited in one batch at its end. */
    private final List<AuditEvent> pendingNotices = new ArrayList<>();

    private Kaoping(Builder b, Wiring w) {
        this.rubrics = w.rubrics;
        this.orgDirectory = w.orgDirectory;
        this.store = w.store;
        this.ownsStore = w.ownsStore;
        this.sources = w.sources;
        this.notifiers = w.notifiers;
        this.sinks = w.sinks;
        this.evaluators = w.evaluators;
        this.failures = w.failures;
        this.clock = b.clock;
        this.parallelism = b.parallelism;
        this.importBatchSize = b.importBatchSize;
        List<OrgUnit> units = orgDirectory.units();
        if (units == null) {
            throw new KaopingException("OrgDirectory " + describe(orgDirectory) + " returned null from units()");
        }
        this.tree = OrgTree.of(new ArrayList<>(units));
        Delegation.Builder d = Delegation.builder(tree, b.cityOffice);
        for (Map.Entry<String, String> e : b.countyOffices.entrySet()) {
            d.countyOffice(e.getKey(), e.getValue());
        }
        this.delegation = d.build();
        this.plan = b.plan != null ? b.plan : planFromRubrics(b, rubrics);
        Scorer.Builder s = Scorer.builder(plan);
        for (RuleEvaluator r : evaluators) {
            s.customRule(r.id(), new EvaluatorAdapter(r));
        }
        this.scorer = s.build();
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
        this.unscopedEffects = Collections.unmodifiableList(new ArrayList<>(b.effects));
        this.scopedEffects = Collections.unmodifiableMap(scoped);
        checkEffects(plan, unscopedEffects, scopedEffects);
        this.notAssessed = Collections.unmodifiableMap(notAssessed(tree, plan, b.notAssessedUnits, b.notAssessedKinds));
        this.reminderLead = b.reminderLead;
        this.missingGrace = b.missingGrace;
    }

    /** A builder for explicit wiring, optionally with discovery ({@link Builder#discover()}). */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------------------------ operations

    /**
     * Submits one piece of evidence on behalf of {@code actor}, a person or system acting for unit
     * {@code actorUnitId}, after checking the delegation rules:
     * <ul>
     *   <li>the evidence's unit and the actor's unit must be in the org directory;</li>
     *   <li>{@link SourceKind#SELF} evidence only by the unit it is about;</li>
     *   <li>evidence of any other source (panel, spot check, public, host system) only by a unit that the
     *       delegation makes an assessor of that unit, never by the unit itself;</li>
     *   <li>a panel rater (the evidence's {@code authorUnitId}) never rates their own unit;</li>
     *   <li>an override ({@link ScoreOverride}) is never self-assessment evidence.</li>
     * </ul>
     * A refusal is audited as {@link AuditEvent.Action#EVIDENCE_REFUSED} and thrown as
     * {@link EvidenceRefusedException}; nothing is stored. Accepted evidence is stored idempotently (an
     * identical re-submission is {@link SubmitOutcome#DUPLICATE}) and audited as
     * {@code EVIDENCE_SUBMITTED} or {@code EVIDENCE_DUPLICATE}.
     *
     * @throws EvidenceRefusedException if the delegation rules forbid it
     * @throws EvidenceConflictException if its id is stored with different content (audited as refused)
     */
    public SubmitOutcome submit(String actor, String actorUnitId, Evidence evidence) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(actorUnitId, "actorUnitId must not be null");
        Objects.requireNonNull(evidence, "evidence must not be null");
        Optional<String> refusal = refusalOf(actorUnitId, evidence);
        if (refusal.isPresent()) {
            throw refuse(actor, actorUnitId, evidence, refusal.get());
        }
        SubmitOutcome outcome;
        try {
            outcome = store.submit(evidence);
        } catch (EvidenceConflictException e) {
            audit(actor, actorUnitId, AuditEvent.Action.EVIDENCE_REFUSED, evidence.unitId(), evidence.id(), e.getMessage());
            throw e;
        }
        audit(actor, actorUnitId, outcome == SubmitOutcome.ADDED ? AuditEvent.Action.EVIDENCE_SUBMITTED
                : AuditEvent.Action.EVIDENCE_DUPLICATE, evidence.unitId(), evidence.id(),
                evidence.kind() + " from " + evidence.source() + " on [" + evidence.key() + "] for " + evidence.period()
                        + (outcome == SubmitOutcome.ADDED ? " stored" : " already stored, identical"));
        return outcome;
    }

    /**
     * Imports what {@code source} recorded since the last import, in batches of the builder's
     * {@linkplain Builder#importBatchSize(int) import batch size}, until the source has no more. Each batch
     * is checked (every unit known; no panel rater rating their own unit; self evidence authored by its own
     * unit when the author's unit is given), stored all or nothing, and audited as
     * {@link AuditEvent.Action#EVIDENCE_IMPORTED} with the next cursor. A refused batch is audited as
     * {@code EVIDENCE_REFUSED} and thrown; the batches before it stay imported and the cursor stays after
     * them. Imports of one source are serialized.
     *
     * @throws EvidenceRefusedException naming the evidence id and unit, if a batch is refused
     */
    public ImportResult importEvidence(EvidenceSource source) {
        Objects.requireNonNull(source, "source must not be null");
        String sourceId = source.id();
        String actor = "source:" + sourceId;
        Object lock = importLocks.computeIfAbsent(sourceId, k -> new Object());
        synchronized (lock) {
            String from = cursorOf(sourceId);
            String cursor = from;
            int added = 0;
            int duplicates = 0;
            int batches = 0;
            while (true) {
                EvidenceBatch batch = source.fetch(cursor, importBatchSize);
                if (batch == null) {
                    throw new KaopingException("EvidenceSource " + describe(source) + " returned no batch for cursor [" + cursor + "]");
                }
                List<Evidence> evidence = batch.evidence();
                for (Evidence e : evidence) {
                    Optional<String> refusal = importRefusalOf(e);
                    if (refusal.isPresent()) {
                        throw refuse(actor, null, e, refusal.get() + "; nothing of this batch (from cursor [" + cursor
                                + "] of source " + sourceId + ") was stored");
                    }
                }
                int a = 0;
                if (!evidence.isEmpty()) {
                    List<SubmitOutcome> outcomes;
                    try {
                        outcomes = store.submitAll(evidence);
                    } catch (EvidenceConflictException e) {
                        audit(actor, null, AuditEvent.Action.EVIDENCE_REFUSED, null, e.evidenceId(), e.getMessage()
                                + "; nothing of this batch (from cursor [" + cursor + "] of source " + sourceId + ") was stored");
                        throw e;
                    }
                    for (SubmitOutcome o : outcomes) {
                        a += o == SubmitOutcome.ADDED ? 1 : 0;
                    }
                    batches++;
                }
                added += a;
                duplicates += evidence.size() - a;
                boolean moved = !batch.nextCursor().equals(cursor);
                if (!evidence.isEmpty() || moved) {
                    audit(actor, null, AuditEvent.Action.EVIDENCE_IMPORTED, null, sourceId, "imported " + evidence.size()
                            + " record(s) from source " + sourceId + ": " + a + " new, " + (evidence.size() - a)
                            + " already stored" + CURSOR_MARK + batch.nextCursor() + "]");
                }
                cursor = batch.nextCursor();
                cursors.put(sourceId, cursor);
                if (!batch.hasMore() || (evidence.isEmpty() && !moved)) {
                    break;
                }
            }
            return new ImportResult(sourceId, added, duplicates, batches, from, cursor);
        }
    }

    /** Imports from every wired evidence source, in order; see {@link #importEvidence(EvidenceSource)}. */
    public List<ImportResult> importAll() {
        List<ImportResult> out = new ArrayList<>();
        for (EvidenceSource s : sources) {
            out.add(importEvidence(s));
        }
        return Collections.unmodifiableList(out);
    }

    /** The cursor the next import of source {@code sourceId} starts from; {@link EvidenceSource#START} if none yet. */
    public String cursorOf(String sourceId) {
        String c = cursors.get(sourceId);
        if (c != null) {
            return c;
        }
        String found = EvidenceSource.START;
        for (AuditEvent e : store.auditEvents(0)) {
            if (e.action() == AuditEvent.Action.EVIDENCE_IMPORTED && e.subject().isPresent()
                    && e.subject().get().equals(sourceId)) {
                String d = e.detail();
                int at = d.lastIndexOf(CURSOR_MARK);
                if (at >= 0 && d.endsWith("]")) {
                    found = d.substring(at + CURSOR_MARK.length(), d.length() - 1);
                }
            }
        }
        String raced = cursors.putIfAbsent(sourceId, found);
        return raced != null ? raced : found;
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
        OrgUnit unit = tree.unit(Objects.requireNonNull(unitId, "unitId must not be null"));
        String reason = notAssessed.get(unitId);
        if (reason != null) {
            throw new KaopingException("Unit [" + unitId + "] (" + unit.name() + ") is not assessed under plan [" + plan.id() + "]: " + reason);
        }
        Scorecard card = null;
        for (int attempt = 1; ; attempt++) {
            card = scorer.score(unit, EvidenceIndex.of(store.evidence(unitId)));
            try {
                write(card);
                return card;
            } catch (ConcurrentUpdateException e) {
                if (attempt >= SCORECARD_ATTEMPTS) {
                    throw e;
                }
            }
        }
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
        final List<OrgUnit> units = assessedUnits();
        final EvidenceIndex index = EvidenceIndex.of(store.allEvidence());
        List<Scorecard> cards = parallel(units, u -> scorer.score(u, index), "score");
        writeAll(cards);
        return Collections.unmodifiableList(cards);
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
        String notAssessedReason = notAssessed.get(unitId);
        Optional<String> refusal = notAssessedReason != null
                ? Optional.of("unit [" + unitId + "] is not assessed under plan [" + plan.id() + "]: " + notAssessedReason)
                : refusalOf(actorUnitId, o);
        if (!refusal.isPresent()) {
            refusal = overrideRefusalOf(unitId, criterionId, newPoints);
        }
        if (refusal.isPresent()) {
            throw refuse(actor, actorUnitId, o, refusal.get());
        }
        store.submit(o);
        audit(actor, actorUnitId, AuditEvent.Action.OVERRIDDEN, unitId, criterionId, "criterion [" + criterionId
                + "] set to " + newPoints + " by override [" + id + "], because " + reason);
        return o;
    }

    /**
     * Scores the cycle ({@link #scoreCycle()}) and ranks it per rubric: ties shared, the plan's tie-breaks
     * and quotas applied. Audited as {@code RANKED}.
     *
     * @return one table per rubric id, in rubric id order
     */
    public Map<String, RankingTable> rank() {
        Map<String, RankingTable> tables = Rankings.rank(scoreCycle(), plan);
        StringBuilder d = new StringBuilder("ranked");
        for (RankingTable t : tables.values()) {
            d.append(' ').append(t.rubricId()).append(" (").append(t.entries().size()).append(" unit(s))");
        }
        audit("kaoping", delegation.cityOfficeId(), AuditEvent.Action.RANKED, null, plan.id(), d.toString());
        return tables;
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
        Objects.requireNonNull(actor, "actor must not be null");
        Map<String, RankingTable> tables = rank();
        Instant now = clock.instant();
        ImmutablePublication.Builder p = Publication.builder().planId(plan.id()).publishedAt(now).publishedBy(actor);
        for (RankingTable t : tables.values()) {
            for (RankedUnit u : t.entries()) {
                p.addResult(PublishedResult.builder().rubricId(t.rubricId()).unitId(u.unitId())
                        .unitName(tree.unit(u.unitId()).name()).rank(u.rank()).total(u.finalTotal())
                        .grade(u.grade().name()).commendable(u.commendable()).build());
            }
        }
        Publication publication = p.build();
        List<String> failed = new ArrayList<>();
        RuntimeException first = null;
        for (ResultSink sink : sinks) {
            try {
                sink.publish(publication);
            } catch (RuntimeException | LinkageError e) {
                failed.add(describe(sink) + ": " + e);
                LOG.log(Level.WARNING, "ResultSink " + describe(sink) + " failed to publish plan " + plan.id(), e);
                if (first == null) {
                    first = e instanceof RuntimeException ? (RuntimeException) e : new KaopingException(e.toString(), e);
                }
            }
        }
        if (!failed.isEmpty()) {
            String detail = "publication of plan " + plan.id() + " (" + publication.results().size() + " result(s)) failed at "
                    + failed.size() + " of " + sinks.size() + " sink(s): " + String.join("; ", failed);
            audit(actor, delegation.cityOfficeId(), AuditEvent.Action.PUBLICATION_FAILED, null, plan.id(), detail);
            throw new KaopingException(detail, first);
        }
        audit(actor, delegation.cityOfficeId(), AuditEvent.Action.PUBLISHED, null, plan.id(), "published "
                + publication.results().size() + " result(s) of plan " + plan.id() + " to " + sinks.size() + " sink(s)");
        notifyAll(Notification.builder().kind(Notification.Kind.PUBLICATION).at(now)
                .message(plan.year() + "年度法治建设考评结果已发布（" + publication.results().size() + "个单位）").build());
        return publication;
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
        Objects.requireNonNull(asOf, "asOf must not be null");
        synchronized (obligationLock) {
            readDeliveries();
            EvidenceIndex index = EvidenceIndex.of(store.allEvidence());
            List<Obligation> all = new ArrayList<>();
            List<Notification> sent = new ArrayList<>();
            List<Deduction> added = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            List<Deduction> toStore = new ArrayList<>();
            int[] failures = {0};
            try {
                for (OrgUnit unit : assessedUnits()) {
                    UnitEvidence evidence = index.unit(unit.id());
                    List<Obligation> obligations = Obligations.of(cycle, evidence, asOf);
                    all.addAll(obligations);
                    for (ReportingPeriod p : cycle.months()) {
                        remind(unit, p, SelfReport.Type.MONTHLY, cycle.monthlyDeadline(p.month()), obligations, asOf, sent, failures);
                    }
                    remind(unit, ReportingPeriod.year(cycle.year()), SelfReport.Type.ANNUAL, cycle.annualDeadline(), obligations, asOf,
                            sent, failures);
                    for (Obligation o : obligations) {
                        if (o.status() != ObligationStatus.ON_TIME) {
                            boolean late = o.status() == ObligationStatus.LATE;
                            String text = unit.name() + "（" + unit.id() + "）" + reportName(o.period(), o.type())
                                    + (late ? "逾期提交：提交于" + local(o.submittedAt().get()) + "，截止时间为" + local(o.deadline())
                                            : "未按期提交：截止时间为" + local(o.deadline()) + "，请尽快补报");
                            deliver(unit.id(), late ? Notification.Kind.LATE_REPORT : Notification.Kind.MISSING_REPORT, o.period(),
                                    o.deadline(), text, sent, failures);
                        }
                    }
                    fileDeductions(unit, obligations, asOf, toStore, kept);
                }
                storeDeductions(toStore, added, kept);
            } finally {
                flushNotices();
            }
            return new ObligationCheck(asOf, all, sent, added, kept, failures[0]);
        }
    }

    /**
     * Sends {@code notification} to every notifier; a notifier that throws is logged at {@code WARNING} and
     * does not stop the others.
     */
    public void notifyAll(Notification notification) {
        Objects.requireNonNull(notification, "notification must not be null");
        for (Notifier n : notifiers) {
            try {
                n.notify(notification);
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "Notifier " + describe(n) + " failed on " + notification.kind(), e);
            }
        }
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
        Objects.requireNonNull(rubricId, "rubricId must not be null");
        for (Rubric r : plan.rubrics().values()) {
            if (r.id().equals(rubricId)) {
                return Collections.unmodifiableList(applying(r, unscopedEffects, scopedEffects));
            }
        }
        return Collections.emptyList();
    }

    /** The org tree read from the directory at build time. */
    public OrgTree orgTree() {
        return tree;
    }

    public Delegation delegation() {
        return delegation;
    }

    public RubricRegistry rubrics() {
        return rubrics;
    }

    public AssessmentStore store() {
        return store;
    }

    /** The wired evidence sources, by priority then class name. */
    public List<EvidenceSource> evidenceSources() {
        return sources;
    }

    /** Providers that discovery found but could not use; empty without discovery. */
    public List<ProviderFailure> failures() {
        return failures;
    }

    /** The units the plan assesses (their kind has a rubric, and they are not {@linkplain #notAssessed() left out}), ordered by unit id. */
    public List<OrgUnit> assessedUnits() {
        List<OrgUnit> out = new ArrayList<>();
        for (OrgUnit u : tree.units()) {
            if (!notAssessed.containsKey(u.id())) {
                out.add(u);
            }
        }
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    /**
     * The units of the org directory that are not assessed, each with the reason, in the directory's order: those
     * declared with {@link Builder#notAssessed(String, String)} or {@link Builder#notAssessed(OrgKind, String)},
     * and those whose kind has no rubric in the plan ("plan [id] has no rubric for units of kind …"). They are not
     * scored, ranked, published or checked for reporting obligations; evidence about them is still accepted.
     */
    public Map<String, String> notAssessed() {
        return notAssessed;
    }

    /** The line {@code build()} logs: what was wired. */
    public String summary() {
        StringBuilder s = new StringBuilder("Kaoping wired plan ").append(plan.id()).append(' ').append(plan.year()).append(" (");
        String sep = "";
        for (Map.Entry<OrgKind, Rubric> e : new EnumMap<>(plan.rubrics()).entrySet()) {
            s.append(sep).append(e.getKey()).append('→').append(e.getValue().id());
            sep = ", ";
        }
        s.append("); rubric providers ").append(names(rubrics.providers()));
        s.append("; org directory ").append(describe(orgDirectory)).append(" with ").append(tree.size()).append(" unit(s)");
        s.append(", city office [").append(delegation.cityOfficeId()).append(']');
        s.append("; ").append(tree.size() - notAssessed.size()).append(" unit(s) assessed");
        if (!notAssessed.isEmpty()) {
            Map<String, Integer> byReason = new LinkedHashMap<>();
            for (String reason : notAssessed.values()) {
                Integer n = byReason.get(reason);
                byReason.put(reason, n == null ? 1 : n + 1);
            }
            s.append(", ").append(notAssessed.size()).append(" not assessed (");
            sep = "";
            for (Map.Entry<String, Integer> e : byReason.entrySet()) {
                s.append(sep).append(e.getValue()).append(": ").append(e.getKey());
                sep = "; ";
            }
            s.append(')');
        }
        s.append("; store ").append(describe(store));
        s.append("; evidence sources ").append(names(sources));
        s.append("; notifiers ").append(names(notifiers));
        s.append("; result sinks ").append(names(sinks));
        s.append("; rule evaluators ").append(names(evaluators));
        ProviderFailures.appendTo(s, "provider(s) failed", failures);
        return s.toString();
    }

    @Override
    public String toString() {
        return summary();
    }

    /** Closes the store if discovery created it; a store wired explicitly belongs to the host and stays open. */
    @Override
    public void close() {
        if (ownsStore) {
            store.close();
        }
    }

    // ------------------------------------------------------------------------------------- internals

    private void remind(OrgUnit unit, ReportingPeriod period, SelfReport.Type type, Instant deadline, List<Obligation> obligations,
            Instant asOf, List<Notification> sent, int[] failures) {
        if (!deadline.isAfter(asOf) || deadline.isAfter(asOf.plus(reminderLead))) {
            return;
        }
        for (Obligation o : obligations) {
            if (o.type() == type && o.period().equals(period)) {
                return; // submitted already
            }
        }
        deliver(unit.id(), Notification.Kind.DEADLINE_REMINDER, period, deadline, unit.name() + "（" + unit.id() + "）"
                + reportName(period, type) + "尚未提交，截止时间为" + local(deadline) + "，请按时提交", sent, failures);
    }

    /** Delivers one notification to every notifier that has not received it yet; audits each delivery. */
    private void deliver(String unitId, Notification.Kind kind, ReportingPeriod period, Instant deadline, String message,
            List<Notification> sent, int[] failures) {
        Notification n = null;
        boolean any = false;
        for (Notifier notifier : notifiers) {
            String subject = "notice:" + kind + ":" + period + ":" + notifier.id();
            String key = unitId + '\n' + subject;
            if (delivered.contains(key)) {
                continue;
            }
            if (n == null) {
                n = Notification.builder().kind(kind).unitId(unitId).period(period).deadline(deadline).message(message)
                        .at(clock.instant()).build();
            }
            try {
                notifier.notify(n);
            } catch (RuntimeException | LinkageError e) {
                failures[0]++;
                LOG.log(Level.WARNING, "Notifier " + describe(notifier) + " failed on " + kind + " for unit [" + unitId
                        + "], period " + period + "; the next obligation check tries again", e);
                continue;
            }
            pendingNotices.add(event(SYSTEM_ACTOR, delegation.cityOfficeId(), AuditEvent.Action.NOTIFIED, unitId, subject,
                    kind + " for " + period + " delivered to notifier " + describe(notifier) + ": " + message));
            delivered.add(key);
            any = true;
        }
        if (any) {
            sent.add(n);
        }
    }

    /** Audits the deliveries of the current check in one batch. */
    private void flushNotices() {
        if (!pendingNotices.isEmpty()) {
            List<AuditEvent> events = new ArrayList<>(pendingNotices);
            pendingNotices.clear();
            store.auditAll(events);
        }
    }

    /** Reads the NOTIFIED events appended to the audit trail since the last read (by any runtime). */
    private void readDeliveries() {
        for (AuditEvent e : store.auditEvents(deliveredSeenUpTo)) {
            deliveredSeenUpTo = Math.max(deliveredSeenUpTo, e.sequence());
            if (e.action() == AuditEvent.Action.NOTIFIED && e.unitId().isPresent() && e.subject().isPresent()) {
                delivered.add(e.unitId().get() + '\n' + e.subject().get());
            }
        }
    }

    /** Collects into {@code toStore} the unit's deductions not stored yet; lists in {@code kept} the ids stored with other content. */
    private void fileDeductions(OrgUnit unit, List<Obligation> obligations, Instant asOf, List<Deduction> toStore, List<String> kept) {
        Rubric rubric = plan.rubrics().get(unit.kind());
        for (ObligationEffect effect : obligationEffects(rubric.id())) {
            for (Obligation o : obligations) {
                if (o.status() == ObligationStatus.MISSING && asOf.isBefore(o.deadline().plus(missingGrace))) {
                    continue;
                }
                Instant at = o.submittedAt().isPresent() ? o.submittedAt().get() : o.deadline();
                for (Deduction d : effect.deductions(Collections.singletonList(o), SYSTEM_ACTOR, at)) {
                    Optional<Evidence> stored = store.findEvidence(d.id());
                    if (stored.isPresent()) {
                        if (!stored.get().equals(d)) {
                            kept.add(d.id());
                        }
                        continue;
                    }
                    toStore.add(d);
                }
            }
        }
    }

    /**
     * Stores the new deductions of a check in one batch and audits the added ones in one batch; if one was stored
     * concurrently with other content, stores them one by one instead, keeping the stored one.
     */
    private void storeDeductions(List<Deduction> toStore, List<Deduction> added, List<String> kept) {
        if (toStore.isEmpty()) {
            return;
        }
        List<SubmitOutcome> outcomes;
        try {
            outcomes = store.submitAll(toStore);
        } catch (EvidenceConflictException e) {
            outcomes = new ArrayList<>(toStore.size());
            for (Deduction d : toStore) {
                try {
                    outcomes.add(store.submit(d));
                } catch (EvidenceConflictException x) {
                    kept.add(d.id()); // stored concurrently with other content; the stored one stands
                    outcomes.add(SubmitOutcome.DUPLICATE);
                }
            }
        }
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < toStore.size(); i++) {
            Deduction d = toStore.get(i);
            if (outcomes.get(i) == SubmitOutcome.ADDED) {
                events.add(event(SYSTEM_ACTOR, delegation.cityOfficeId(), AuditEvent.Action.EVIDENCE_SUBMITTED, d.unitId(), d.id(),
                        d.kind() + " from " + d.source() + " on [" + d.key() + "] for " + d.period() + " stored: "
                                + d.points() + " for " + d.reason()));
                added.add(d);
            }
        }
        store.auditAll(events);
    }

    private static String reportName(ReportingPeriod period, SelfReport.Type type) {
        return type == SelfReport.Type.MONTHLY ? period.year() + "年" + period.month() + "月自查月报"
                : period.year() + "年度自查报告";
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private String local(Instant t) {
        ZonedDateTime z = t.atZone(cycle.zone());
        return LOCAL.format(z) + "（" + cycle.zone().getId() + "）";
    }

    /**
     * Each unscoped effect's criterion is in some rubric of the plan; each scoped effect's rubric is in the plan and
     * has its criterion; no rubric has two applying effects of one report type.
     */
    private static void checkEffects(AssessmentPlan plan, List<ObligationEffect> unscoped, Map<String, List<ObligationEffect>> scoped) {
        for (ObligationEffect e : unscoped) {
            boolean found = false;
            for (Rubric r : plan.rubrics().values()) {
                found |= r.findCriterion(e.criterionId()).isPresent();
            }
            if (!found) {
                throw new KaopingException("Obligation effect for " + e.type() + " self-reports names criterion ["
                        + e.criterionId() + "], which no rubric of plan [" + plan.id() + "] has");
            }
        }
        Map<String, Rubric> byId = new LinkedHashMap<>();
        for (Rubric r : plan.rubrics().values()) {
            byId.put(r.id(), r);
        }
        for (Map.Entry<String, List<ObligationEffect>> e : scoped.entrySet()) {
            Rubric r = byId.get(e.getKey());
            if (r == null) {
                throw new KaopingException("Obligation effect(s) declared for rubric [" + e.getKey() + "], which plan ["
                        + plan.id() + "] does not use; its rubrics are " + byId.keySet());
            }
            for (ObligationEffect o : e.getValue()) {
                if (!r.findCriterion(o.criterionId()).isPresent()) {
                    throw new KaopingException("Obligation effect for " + o.type() + " self-reports declared for rubric ["
                            + r.id() + "] names criterion [" + o.criterionId() + "], which that rubric does not have");
                }
            }
        }
        for (Rubric r : byId.values()) {
            Map<SelfReport.Type, String> seen = new EnumMap<>(SelfReport.Type.class);
            for (ObligationEffect e : applying(r, unscoped, scoped)) {
                String earlier = seen.put(e.type(), e.criterionId());
                if (earlier != null) {
                    throw new KaopingException("Rubric [" + r.id() + "] has two obligation effects for " + e.type()
                            + " self-reports, on criteria [" + earlier + "] and [" + e.criterionId()
                            + "]; their deductions would share ids: declare one per rubric");
                }
            }
        }
    }

    /** The effects that apply to units scored by {@code r}: unscoped ones whose criterion it has, then those declared for it. */
    private static List<ObligationEffect> applying(Rubric r, List<ObligationEffect> unscoped, Map<String, List<ObligationEffect>> scoped) {
        List<ObligationEffect> out = new ArrayList<>();
        for (ObligationEffect e : unscoped) {
            if (r.findCriterion(e.criterionId()).isPresent()) {
                out.add(e);
            }
        }
        List<ObligationEffect> own = scoped.get(r.id());
        if (own != null) {
            out.addAll(own);
        }
        return out;
    }

    /**
     * The units of {@code tree} that are not assessed, with the reason, in the tree's order: units declared not
     * assessed, units of kinds declared not assessed, then units whose kind has no rubric in the plan.
     */
    private static Map<String, String> notAssessed(OrgTree tree, AssessmentPlan plan, Map<String, String> units,
            Map<OrgKind, String> kinds) {
        for (String id : units.keySet()) {
            if (!tree.contains(id)) {
                throw new KaopingException("notAssessed names unit [" + id + "], which is not in the org directory");
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (OrgUnit u : tree.units()) {
            String reason = units.get(u.id());
            if (reason == null) {
                reason = kinds.get(u.kind());
            }
            if (reason == null && !plan.rubrics().containsKey(u.kind())) {
                reason = "plan [" + plan.id() + "] has no rubric for units of kind " + u.kind() + " (" + u.kind().chineseName() + ")";
            }
            if (reason != null) {
                out.put(u.id(), reason);
            }
        }
        return out;
    }

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

    private Optional<String> importRefusalOf(Evidence e) {
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

    private EvidenceRefusedException refuse(String actor, String actorUnitId, Evidence e, String reason) {
        EvidenceRefusedException x = new EvidenceRefusedException(e.id(), e.unitId(), actor, actorUnitId, reason);
        audit(actor, actorUnitId, AuditEvent.Action.EVIDENCE_REFUSED, e.unitId(), e.id(), x.getMessage());
        return x;
    }

    private void audit(String actor, String actorUnitId, AuditEvent.Action action, String unitId, String subject, String detail) {
        audit(event(actor, actorUnitId, action, unitId, subject, detail));
    }

    private void audit(AuditEvent event) {
        store.audit(event);
    }

    private AuditEvent event(String actor, String actorUnitId, AuditEvent.Action action, String unitId, String subject, String detail) {
        return AuditEvent.builder().at(clock.instant()).actor(actor).actorUnitId(Optional.ofNullable(actorUnitId))
                .action(action).unitId(Optional.ofNullable(unitId)).subject(Optional.ofNullable(subject)).detail(detail).build();
    }

    /**
     * Writes the records of {@code cards} that differ from the stored ones in one batch and audits them in one
     * batch; on a conflict, falls back to writing one by one (a record the batch did write before the conflict is
     * audited; a conflicting unit is rescored).
     */
    private void writeAll(List<Scorecard> cards) {
        Map<String, ScorecardRecord> current = new java.util.HashMap<>();
        for (ScorecardRecord r : store.scorecards(plan.id())) {
            current.put(r.unitId(), r);
        }
        List<Scorecard> changed = new ArrayList<>();
        List<ScorecardRecord> records = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        for (Scorecard c : cards) {
            ScorecardRecord record = record(c);
            ScorecardRecord now = current.get(c.unitId());
            if (now != null && sameResult(now, record)) {
                continue;
            }
            changed.add(c);
            records.add(record);
            versions.add(now == null ? 0L : now.version());
        }
        if (changed.isEmpty()) {
            return;
        }
        List<ScorecardRecord> stored;
        try {
            stored = store.putScorecards(records, versions);
        } catch (ConcurrentUpdateException e) {
            final Map<String, Long> expected = new java.util.HashMap<>();
            final Map<String, ScorecardRecord> wanted = new java.util.HashMap<>();
            for (int i = 0; i < changed.size(); i++) {
                expected.put(changed.get(i).unitId(), versions.get(i));
                wanted.put(changed.get(i).unitId(), records.get(i));
            }
            parallel(changed, c -> {
                Optional<ScorecardRecord> now = store.scorecard(plan.id(), c.unitId());
                if (now.isPresent() && now.get().version() == expected.get(c.unitId()) + 1 && sameResult(now.get(), wanted.get(c.unitId()))) {
                    audit(scored(c, now.get())); // written by the batch before the conflict
                    return c;
                }
                try {
                    write(c);
                    return c;
                } catch (ConcurrentUpdateException x) {
                    return scoreUnit(c.unitId());
                }
            }, "write the scorecard of");
            return;
        }
        List<AuditEvent> events = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            events.add(scored(changed.get(i), stored.get(i)));
        }
        store.auditAll(events);
    }

    /** Writes {@code card}'s record unless the stored one says the same; audits SCORED when it writes. */
    private void write(Scorecard card) {
        Optional<ScorecardRecord> current = store.scorecard(plan.id(), card.unitId());
        ScorecardRecord record = record(card);
        if (current.isPresent() && sameResult(current.get(), record)) {
            return;
        }
        ScorecardRecord stored = store.putScorecard(record, current.isPresent() ? current.get().version() : 0);
        audit(scored(card, stored));
    }

    private ScorecardRecord record(Scorecard card) {
        Map<String, Points> sections = new LinkedHashMap<>();
        for (ScoreNode n : card.sections()) {
            sections.put(n.id(), n.awarded());
        }
        return ScorecardRecord.builder().planId(plan.id()).unitId(card.unitId()).rubricId(card.rubric().id())
                .total(card.finalTotal()).grade(card.grade().name()).complete(card.isComplete())
                .commendable(card.isCommendable()).sectionTotals(sections).computedAt(clock.instant()).build();
    }

    private AuditEvent scored(Scorecard card, ScorecardRecord stored) {
        return event("kaoping", delegation.cityOfficeId(), AuditEvent.Action.SCORED, card.unitId(), card.rubric().id(),
                "scored " + card.finalTotal() + " (" + card.grade().name() + (card.isComplete() ? "" : ", incomplete")
                        + (card.isCommendable() ? "" : ", not commendable") + "), scorecard version " + stored.version());
    }

    private static boolean sameResult(ScorecardRecord a, ScorecardRecord b) {
        return a.rubricId().equals(b.rubricId()) && a.total().equals(b.total()) && a.grade().equals(b.grade())
                && a.complete() == b.complete() && a.commendable() == b.commendable()
                && a.sectionTotals().equals(b.sectionTotals());
    }

    private interface Job<A, B> {
        B apply(A a);
    }

    /** Applies {@code job} to every item on up to {@code parallelism} threads; throws naming every unit that failed. */
    private <A, B> List<B> parallel(List<A> items, Job<A, B> job, String what) {
        List<B> out = new ArrayList<>(items.size());
        if (items.isEmpty()) {
            return out;
        }
        int threads = Math.min(parallelism, items.size());
        List<String> failed = new ArrayList<>();
        RuntimeException first = null;
        if (threads <= 1) {
            for (A a : items) {
                try {
                    out.add(job.apply(a));
                } catch (RuntimeException e) {
                    failed.add(unitOf(a) + ": " + e.getMessage());
                    first = first == null ? e : first;
                }
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, new Named());
            try {
                List<Future<B>> futures = new ArrayList<>(items.size());
                for (final A a : items) {
                    futures.add(pool.submit((Callable<B>) () -> job.apply(a)));
                }
                for (int i = 0; i < items.size(); i++) {
                    try {
                        out.add(futures.get(i).get());
                    } catch (ExecutionException e) {
                        Throwable c = e.getCause();
                        if (c instanceof Error) {
                            throw (Error) c;
                        }
                        failed.add(unitOf(items.get(i)) + ": " + c.getMessage());
                        if (first == null) {
                            first = c instanceof RuntimeException ? (RuntimeException) c : new KaopingException(c.toString(), c);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new KaopingException("Interrupted while asked to " + what + " " + items.size() + " unit(s)", e);
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
        if (!failed.isEmpty()) {
            throw new KaopingException("Could not " + what + " " + failed.size() + " of " + items.size() + " unit(s): "
                    + String.join("; ", failed), first);
        }
        return out;
    }

    private static String unitOf(Object o) {
        if (o instanceof OrgUnit) {
            return "unit [" + ((OrgUnit) o).id() + "]";
        }
        if (o instanceof Scorecard) {
            return "unit [" + ((Scorecard) o).unitId() + "]";
        }
        return String.valueOf(o);
    }

    private static final class Named implements ThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "kaoping-score-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    private static AssessmentPlan planFromRubrics(Builder b, RubricRegistry registry) {
        if (b.planId == null) {
            throw new KaopingException("Kaoping needs a plan: call plan(AssessmentPlan) or planFromRubrics(planId, year)");
        }
        Map<OrgKind, Rubric> chosen = new EnumMap<>(OrgKind.class);
        Map<OrgKind, String> firstId = new EnumMap<>(OrgKind.class);
        for (Map.Entry<OrgKind, String> e : b.rubricForKind.entrySet()) {
            chosen.put(e.getKey(), registry.rubric(e.getValue()));
        }
        for (String id : registry.rubricIds()) {
            Rubric r = registry.rubric(id);
            for (OrgKind kind : r.appliesTo()) {
                if (b.rubricForKind.containsKey(kind)) {
                    continue;
                }
                String earlier = firstId.putIfAbsent(kind, id);
                if (earlier != null) {
                    throw new KaopingException("Rubrics [" + earlier + "] and [" + id + "] both apply to " + kind
                            + "; choose one with rubricFor(OrgKind." + kind + ", id)");
                }
                chosen.put(kind, r);
            }
        }
        if (chosen.isEmpty()) {
            throw new KaopingException("No rubric applies to any kind of unit; known rubrics: " + registry.rubricIds());
        }
        return AssessmentPlan.builder().id(b.planId).year(b.planYear).rubrics(chosen).build();
    }

    private static String describe(KaopingProvider p) {
        return p.id() + " (" + p.getClass().getName() + ")";
    }

    private static String names(Collection<? extends KaopingProvider> ps) {
        if (ps.isEmpty()) {
            return "(none)";
        }
        StringBuilder s = new StringBuilder();
        for (KaopingProvider p : ps) {
            s.append(s.length() == 0 ? "" : ", ").append(describe(p));
        }
        return s.toString();
    }

    /** Adapts an SPI {@link RuleEvaluator} to core's evaluator, naming the evaluator when it fails. */
    private static final class EvaluatorAdapter implements CustomRuleEvaluator {
        private final RuleEvaluator evaluator;

        EvaluatorAdapter(RuleEvaluator evaluator) {
            this.evaluator = evaluator;
        }

        @Override
        public CustomResult evaluate(CustomRule rule, Criterion criterion, List<Evidence> evidence) {
            CustomResult r;
            try {
                r = evaluator.evaluate(rule, criterion, evidence);
            } catch (RuntimeException e) {
                throw new KaopingException("RuleEvaluator " + describe(evaluator) + " failed on criterion ["
                        + criterion.id() + "]: " + e, e);
            }
            if (r == null) {
                throw new KaopingException("RuleEvaluator " + describe(evaluator) + " returned null for criterion ["
                        + criterion.id() + "]");
            }
            return r;
        }
    }

    /** What the builder resolved: explicit and discovered providers together. */
    private static final class Wiring {
        RubricRegistry rubrics;
        OrgDirectory orgDirectory;
        AssessmentStore store;
        boolean ownsStore;
        List<EvidenceSource> sources;
        List<Notifier> notifiers;
        List<ResultSink> sinks;
        List<RuleEvaluator> evaluators;
        List<ProviderFailure> failures;
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
            List<ProviderFailure> failures = new ArrayList<>();
            Providers<RubricProvider> rp = Providers.of(RubricProvider.class, merge(RubricProvider.class, rubricProviders, failures));
            w.rubrics = RubricRegistry.of(rp);
            failures.addAll(w.rubrics.failures());
            w.sources = merge(EvidenceSource.class, sources, failures);
            w.notifiers = merge(Notifier.class, notifiers, failures);
            w.sinks = merge(ResultSink.class, sinks, failures);
            w.evaluators = merge(RuleEvaluator.class, evaluators, failures);
            w.orgDirectory = orgDirectory != null ? orgDirectory : single(OrgDirectory.class, failures);
            if (w.orgDirectory == null) {
                throw new KaopingException("Kaoping needs an OrgDirectory: wire one with orgDirectory(...) or register one in "
                        + "META-INF/services/org.kaoping.spi.OrgDirectory" + failuresNote(failures));
            }
            if (store != null) {
                w.store = store;
            } else {
                w.store = single(AssessmentStore.class, failures);
                w.ownsStore = true;
            }
            if (w.store == null) {
                throw new KaopingException("Kaoping needs an AssessmentStore: wire one with store(...) or register one in "
                        + "META-INF/services/org.kaoping.spi.AssessmentStore" + failuresNote(failures));
            }
            w.failures = Collections.unmodifiableList(failures);
            Kaoping k = new Kaoping(this, w);
            LOG.log(failures.isEmpty() ? Level.INFO : Level.WARNING, k.summary());
            return k;
        }

        private <T extends KaopingProvider> List<T> merge(Class<T> type, List<T> wired, List<ProviderFailure> failures) {
            List<T> all = new ArrayList<>(wired);
            if (discover) {
                Providers<T> found = discovered(type);
                failures.addAll(found.failures());
                all.addAll(found.all());
            }
            return Providers.of(type, all).all();
        }

        private <T extends KaopingProvider> T single(Class<T> type, List<ProviderFailure> failures) {
            if (!discover) {
                return null;
            }
            Providers<T> found = discovered(type);
            failures.addAll(found.failures());
            if (found.all().size() > 1) {
                LOG.info("Kaoping uses " + type.getSimpleName() + " " + describe(found.all().get(0)) + " of "
                        + found.all().size() + " found; wire one explicitly to choose another");
            }
            return found.all().isEmpty() ? null : found.all().get(0);
        }

        private <T extends KaopingProvider> Providers<T> discovered(Class<T> type) {
            return discoveryLoader == null ? Providers.discover(type) : Providers.discover(type, discoveryLoader);
        }

        private static String failuresNote(List<ProviderFailure> failures) {
            if (failures.isEmpty()) {
                return "";
            }
            return "; discovery failures: " + ProviderFailures.join(failures);
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

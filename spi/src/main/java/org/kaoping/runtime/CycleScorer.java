package org.kaoping.runtime;

import org.kaoping.core.scoring.ScoringException;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;

import org.kaoping.spi.ScorecardRecord;
import org.kaoping.spi.ConcurrentUpdateException;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.AssessmentStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.kaoping.core.KaopingException;
import org.kaoping.core.UnitNotAssessedException;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.UnitEvidence;
import org.kaoping.core.ranking.IncrementalRanking;
import org.kaoping.core.ranking.RankingTable;
import java.util.TreeSet;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.scoring.ScoreNode;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;

/**
 * Scores units and keeps their {@link ScorecardRecord}s in the store: one unit at a time
 * ({@link Kaoping#scoreUnit}) or the whole cycle in parallel from the runtime's {@link EvidenceSnapshot}
 * ({@link Kaoping#scoreCycle}), writing changed records in one batch with optimistic concurrency and falling
 * back to one-by-one writes, rescoring and retrying (at most {@value Kaoping#SCORECARD_ATTEMPTS} attempts) when
 * another writer came first. It also keeps the latest cards in an {@link IncrementalRanking}, so that
 * {@link Kaoping#rank()} rescores only the units whose evidence changed since (issue 14, goal 5). The scorer and
 * configuration are immutable, the store is thread-safe and its version checks are the only concurrency control
 * over records; the ranking is guarded by a lock of its own; each parallel run uses a pool of its own.
 */
final class CycleScorer {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("org.kaoping.runtime");

    private final AssessmentPlan plan;
    private final OrgTree tree;
    private final AssessmentScope scope;
    private final Scorer scorer;
    private final AssessmentStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final String cityOfficeId;
    private final int parallelism;
    private final SubmissionGate gate;
    /** The units the latest scoring could not score, with the reason; replaced whole by each run. */
    private volatile Map<String, String> notScorable = Collections.emptyMap();
    private final EvidenceSnapshot snapshot;
    /** The derived inputs of roll-up criteria (results of the plans below); empty for a plan without any. */
    private final RollUpInputs rollUps;
    /** Guards {@link #ranking} and {@link #rankedAt}; held while a cycle is scored or ranked. */
    private final Object rankLock = new Object();
    /** Guarded by {@link #rankLock}: the cards of the latest scoring, ranked; null before the first. */
    private IncrementalRanking ranking;
    /** Guarded by {@link #rankLock}: the snapshot position {@link #ranking} reflects. */
    private long rankedAt = -1;

    CycleScorer(AssessmentPlan plan, OrgTree tree, AssessmentScope scope, Scorer scorer, AssessmentStore store, AuditTrail audit,
            Clock clock, String cityOfficeId, int parallelism, SubmissionGate gate, EvidenceSnapshot snapshot, RollUpInputs rollUps) {
        this.rollUps = rollUps;
        this.gate = gate;
        this.snapshot = snapshot;
        this.plan = plan;
        this.tree = tree;
        this.scope = scope;
        this.scorer = scorer;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.cityOfficeId = cityOfficeId;
        this.parallelism = parallelism;
    }

    /** See {@link Kaoping#scoreUnit(String)}. */
    Scorecard scoreUnit(String unitId) {
        OrgUnit unit = tree.unit(Objects.requireNonNull(unitId, "unitId must not be null"));
        String reason = scope.reasonNotAssessed(unitId);
        if (reason != null) {
            throw new UnitNotAssessedException(unitId, reason + " (" + unit.name() + ", plan [" + plan.id() + "])");
        }
        Scorecard card = null;
        for (int attempt = 1; ; attempt++) {
            List<Evidence> evidence = gate.counted(store.evidence(unitId));
            String invalid = invalidStored(unit, evidence, null);
            if (invalid != null) {
                throw new ScoringException("Unit [" + unitId + "] (" + unit.name() + ") cannot be scored: " + invalid);
            }
            rollUps.refresh();
            card = scorer.score(unit, rollUps.with(unit, EvidenceIndex.of(evidence).unit(unitId)));
            try {
                write(card);
                return card;
            } catch (ConcurrentUpdateException e) {
                if (attempt >= Kaoping.SCORECARD_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The latest scored card of {@code unitId} in the ranking, if any (issue 17: the vetoes a publication carries). */
    Optional<Scorecard> latestCard(String unitId) {
        synchronized (rankLock) {
            return ranking == null ? Optional.<Scorecard>empty() : ranking.card(unitId);
        }
    }

    /** See {@link Kaoping#scoreCycle()}. */
    List<Scorecard> scoreCycle() {
        synchronized (rankLock) {
            long at = snapshot.refresh();
            rollUps.refresh();
            List<Scorecard> cards = scoreAll(scope.assessedUnits());
            ranking = IncrementalRanking.of(cards, plan);
            rankedAt = at;
            return Collections.unmodifiableList(cards);
        }
    }

    /**
     * See {@link Kaoping#rank()}: after the first scoring of the whole cycle, rescores only the units whose counted
     * evidence changed since (and those not scorable last time) and moves them in the {@link IncrementalRanking};
     * the tables equal {@code Rankings.rank} of a fresh {@link #scoreCycle()}.
     */
    Map<String, RankingTable> rank() {
        synchronized (rankLock) {
            long at = snapshot.refresh();
            boolean below = rollUps.refresh(); // a result of the level below changed: every roll-up may move
            Set<String> changed = ranking == null || below ? null : snapshot.changedSince(rankedAt);
            if (changed == null) {
                ranking = IncrementalRanking.of(scoreAll(scope.assessedUnits()), plan);
            } else if (!changed.isEmpty() || !notScorable.isEmpty()) {
                rescore(changed);
            }
            rankedAt = at;
            return ranking.tables();
        }
    }

    /** Rescores the assessed units among {@code changed} and the units not scorable last time; keeps the ranking. */
    private void rescore(Set<String> changed) {
        Set<String> ids = new TreeSet<>(changed);
        ids.addAll(notScorable.keySet());
        Map<String, String> left = new TreeMap<>(notScorable);
        List<AuditEvent> events = new ArrayList<>();
        for (String id : ids) {
            if (!tree.contains(id) || scope.reasonNotAssessed(id) != null) {
                continue;
            }
            OrgUnit u = tree.unit(id);
            String[] why = new String[1];
            Scorecard card = scoreOne(u, why);
            if (card == null) {
                ranking.remove(id);
                if (!why[0].equals(left.put(id, why[0]))) {
                    events.add(audit.event("kaoping", cityOfficeId, AuditEvent.Action.NOT_SCORABLE, id, plan.id(), "unit not scored: " + why[0]));
                }
                continue;
            }
            left.remove(id);
            ranking.put(card);
            try {
                write(card);
            } catch (ConcurrentUpdateException e) {
                scoreUnit(id); // another runtime wrote the record first: rescore from the store and retry, as scoreCycle does
            }
        }
        this.notScorable = Collections.unmodifiableMap(left);
        if (!events.isEmpty()) {
            audit.auditAll(events);
        }
    }

    /** Scores {@code units} in parallel from the snapshot, writes the changed records and audits the units left out. */
    private List<Scorecard> scoreAll(List<OrgUnit> units) {
        final Map<String, String> failed = new ConcurrentHashMap<>();
        List<Scorecard> scored = parallel(units, u -> {
            String[] why = new String[1];
            Scorecard c = scoreOne(u, why);
            if (c == null) {
                failed.put(u.id(), why[0]);
            }
            return c;
        }, "score");
        List<Scorecard> cards = new ArrayList<>(scored.size());
        for (Scorecard c : scored) {
            if (c != null) {
                cards.add(c);
            }
        }
        Map<String, String> left = new TreeMap<>(failed);
        this.notScorable = Collections.unmodifiableMap(left);
        writeAll(cards);
        if (!left.isEmpty()) {
            List<AuditEvent> events = new ArrayList<>(left.size());
            for (Map.Entry<String, String> e : left.entrySet()) {
                events.add(audit.event("kaoping", cityOfficeId, AuditEvent.Action.NOT_SCORABLE, e.getKey(), plan.id(),
                        "unit not scored: " + e.getValue()));
            }
            audit.auditAll(events);
            LOG.warning("Scored " + cards.size() + " unit(s); " + left.size() + " not scorable: " + left);
        }
        return cards;
    }

    /** The card of {@code u} from the snapshot, or null with the reason in {@code why[0]}. */
    private Scorecard scoreOne(OrgUnit u, String[] why) {
        return scoreFrom(u, snapshot.unit(u.id()), snapshot::isDocument, why);
    }

    /**
     * See {@link Kaoping#scoreStreaming}: every assessed unit scored as {@link #scoreCycle()} scores it, from the
     * store's evidence read unit by unit ({@link StreamingScore}); nothing written, ranked or kept.
     */
    Map<String, String> scoreStreaming(java.util.function.Consumer<Scorecard> each) {
        rollUps.refresh();
        return StreamingScore.run(store, scope, gate, this::scoreFrom, each);
    }

    /**
     * The card of {@code u} from its counted evidence {@code own}, or null with the reason in {@code why[0]}.
     *
     * @param documents whether an id is a stored document, or null to look each up in the store
     */
    private Scorecard scoreFrom(OrgUnit u, UnitEvidence own, java.util.function.Predicate<String> documents, String[] why) {
        String invalid = own.isEmpty() ? null : invalidStored(u, own.all(), documents);
        if (invalid != null) {
            why[0] = invalid;
            return null;
        }
        try {
            return scorer.score(u, rollUps.with(u, own));
        } catch (RuntimeException e) {
            why[0] = "scoring failed: " + e.getMessage();
            return null;
        }
    }

    /** See {@link Kaoping#notScorable()}. */
    Map<String, String> notScorable() {
        return notScorable;
    }

    /**
     * Why the stored evidence of {@code unit} cannot be scored (the first record the plan's checks refuse, e.g. an
     * unknown judgement level or an override on a section stored before the gate checked it), or null.
     *
     * @param documents whether an id is a stored document, or null to look each up in the store
     */
    private String invalidStored(OrgUnit unit, List<Evidence> evidence, java.util.function.Predicate<String> documents) {
        org.kaoping.core.rubric.Rubric rubric = plan.rubrics().get(unit.kind());
        if (rubric == null) {
            return null;
        }
        java.util.function.Predicate<String> docs = documents != null ? documents : id -> {
            Optional<Evidence> e = store.findEvidence(id);
            return e.isPresent() && e.get() instanceof DocumentRef;
        };
        java.util.function.Function<Evidence, Optional<String>> check = gate.checks().checker(rubric, docs, java.time.Instant.MAX);
        for (Evidence e : evidence) {
            Optional<String> p = check.apply(e);
            if (p.isPresent()) {
                return "stored evidence [" + e.id() + "] (" + e.kind() + " on [" + e.key() + "]) is invalid: " + p.get();
            }
        }
        return null;
    }

    /**
     * Writes the records of {@code cards} that differ from the stored ones in one batch and audits them in one
     * batch; on a conflict, falls back to writing one by one (a record the batch did write before the conflict is
     * audited; a conflicting unit is rescored).
     */
    private void writeAll(List<Scorecard> cards) {
        Map<String, ScorecardRecord> current = new HashMap<>();
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
            final Map<String, Long> expected = new HashMap<>();
            final Map<String, ScorecardRecord> wanted = new HashMap<>();
            for (int i = 0; i < changed.size(); i++) {
                expected.put(changed.get(i).unitId(), versions.get(i));
                wanted.put(changed.get(i).unitId(), records.get(i));
            }
            parallel(changed, c -> {
                Optional<ScorecardRecord> now = store.scorecard(plan.id(), c.unitId());
                if (now.isPresent() && now.get().version() == expected.get(c.unitId()) + 1 && sameResult(now.get(), wanted.get(c.unitId()))) {
                    audit.audit(scored(c, now.get())); // written by the batch before the conflict
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
        audit.auditAll(events);
    }

    /** Writes {@code card}'s record unless the stored one says the same; audits SCORED when it writes. */
    private void write(Scorecard card) {
        Optional<ScorecardRecord> current = store.scorecard(plan.id(), card.unitId());
        ScorecardRecord record = record(card);
        if (current.isPresent() && sameResult(current.get(), record)) {
            return;
        }
        ScorecardRecord stored = store.putScorecard(record, current.isPresent() ? current.get().version() : 0);
        audit.audit(scored(card, stored));
    }

    private ScorecardRecord record(Scorecard card) {
        Map<String, Points> sections = new LinkedHashMap<>();
        for (ScoreNode n : card.sections()) {
            sections.put(n.id(), n.awarded());
        }
        return ScorecardRecord.builder().planId(plan.id()).unitId(card.unitId()).rubricId(card.rubric().id())
                .rubricVersion(card.rubric().version()).total(card.finalTotal()).grade(card.grade().name()).complete(card.isComplete())
                .commendable(card.isCommendable()).sectionTotals(sections).computedAt(clock.instant()).build();
    }

    private AuditEvent scored(Scorecard card, ScorecardRecord stored) {
        return audit.event("kaoping", cityOfficeId, AuditEvent.Action.SCORED, card.unitId(), card.rubric().id(),
                "scored " + card.finalTotal() + " (" + card.grade().name() + (card.isComplete() ? "" : ", incomplete")
                        + (card.isCommendable() ? "" : ", not commendable") + "), scorecard version " + stored.version());
    }

    private static boolean sameResult(ScorecardRecord a, ScorecardRecord b) {
        return a.rubricId().equals(b.rubricId()) && a.rubricVersion().equals(b.rubricVersion()) && a.total().equals(b.total()) && a.grade().equals(b.grade())
                && a.complete() == b.complete() && a.commendable() == b.commendable()
                && a.sectionTotals().equals(b.sectionTotals());
    }

    /** The fewest units {@link #parallel} hands a thread: below it, a thread's start costs more than the scoring it saves. */
    static final int UNITS_PER_THREAD = 8;

    private interface Job<A, B> {
        B apply(A a);
    }

    /**
     * Applies {@code job} to every item on up to {@code parallelism} threads, at least {@link #UNITS_PER_THREAD} items each;
     * throws naming every unit that failed.
     */
    private <A, B> List<B> parallel(List<A> items, Job<A, B> job, String what) {
        List<B> out = new ArrayList<>(items.size());
        if (items.isEmpty()) {
            return out;
        }
        // a thread of its own only for a few units at least: a pool made for one or two units costs more than they do
        int threads = Math.min(parallelism, (items.size() + UNITS_PER_THREAD - 1) / UNITS_PER_THREAD);
        List<String> failed = new ArrayList<>();
        Throwable first = null;
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
                            first = c;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new UnitsFailedException("Interrupted while asked to " + what + " " + items.size() + " unit(s)", items.size(), e);
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
        if (!failed.isEmpty()) {
            throw new UnitsFailedException(what, failed, items.size(), first);
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
}

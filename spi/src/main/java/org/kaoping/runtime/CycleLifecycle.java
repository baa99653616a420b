package org.kaoping.runtime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.delegation.DelegationMatrix;
import org.kaoping.core.delegation.FilerRole;
import org.kaoping.core.delegation.Filing;
import org.kaoping.core.delegation.IdRule;
import org.kaoping.core.delegation.Permission;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.NoticePeriod;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.ranking.Rankings;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.Notification;

/**
 * The cycle after the scores (issue 15): its states collecting → scored → 公示 (notice) → final, the result snapshots
 * taken on publishing and finalizing, and their verification. Everything lives in the store's audit trail
 * ({@link AuditEvent.Action#CYCLE_SCORED} … {@link AuditEvent.Action#APPEAL_REJECTED}); this class folds the trail
 * incrementally into the current state, so the state survives restarts wherever the store does and another runtime
 * on the same store sees the same state. The appeals (申诉) are decided by {@link Appeals} over the same fold.
 *
 * <p>Thread-safe: the fold and every act are guarded by this object's lock. Acts of two runtimes on one store are not
 * serialized with each other (as claim decisions are not): run the office's acts in one place. A submit racing with
 * a finalize may be stored just before the final event; the final snapshot then counts it or not, and
 * {@link #verify} tells.
 */
final class CycleLifecycle {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** The plan in force; replaced by an amendment (临时部署), which is refused once results are published. */
    volatile AssessmentPlan plan;
    final AssessmentStore store;
    final AuditTrail audit;
    final Clock clock;
    final String cityOfficeId;
    private volatile Scorer scorer;
    /** The roll-up inputs (results of the plans below) for a tree, so that a re-derivation scores as the cycle did. */
    private final java.util.function.Function<org.kaoping.core.org.OrgTree, RollUpInputs> rollUps;
    private final String appealPrefix;

    // ---- the fold, guarded by this
    private long foldedTo;
    private CycleState state = CycleState.COLLECTING;
    private Instant since;
    private String changedBy;
    private Instant noticeFrom;
    private LocalDate noticeLastDay;
    private Instant noticeEnd;
    private ResultSnapshot noticeSnapshot;
    private ResultSnapshot finalSnapshot;
    /** The published results in force: the notice snapshot's, amended by upheld appeals; the final snapshot's once final. */
    private final Map<String, ResultSnapshot.UnitResult> current = new LinkedHashMap<>();
    /** Every appeal of the plan, by id, in filing order. */
    final Map<String, Appeal> appeals = new LinkedHashMap<>();
    /** Appeals filed per unit, ever, for their numbers. */
    final Map<String, Integer> appealCounts = new HashMap<>();

    CycleLifecycle(AssessmentPlan plan, AssessmentStore store, AuditTrail audit, Clock clock, String cityOfficeId, Scorer scorer,
            java.util.function.Function<org.kaoping.core.org.OrgTree, RollUpInputs> rollUps) {
        this.rollUps = rollUps;
        this.plan = plan;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.cityOfficeId = cityOfficeId;
        this.scorer = scorer;
        this.appealPrefix = "appeal:" + plan.id() + ":";
    }

    /** The amended plan and its scorer, in force from now on (临时部署; the plan's id and year are unchanged). */
    synchronized void replan(AssessmentPlan amended, Scorer amendedScorer) {
        this.plan = amended;
        this.scorer = amendedScorer;
    }

    // ------------------------------------------------------------------------------------ the fold

    /** Folds the audit events stored since the last call. */
    synchronized void refresh() {
        for (AuditEvent e : store.auditEvents(foldedTo)) {
            apply(e);
            foldedTo = Math.max(foldedTo, e.sequence());
        }
    }

    private void apply(AuditEvent e) {
        String subject = e.subject().orElse("");
        switch (e.action()) {
            case CYCLE_SCORED:
                if (subject.equals(plan.id())) {
                    enter(CycleState.SCORED, e);
                }
                break;
            case CYCLE_NOTICE_PUBLISHED:
                if (subject.equals(plan.id())) {
                    enter(CycleState.NOTICE, e);
                    List<String[]> data = LifecycleRecords.data(e.detail());
                    for (String[] f : data) {
                        if (f[0].equals("window") && f.length == 4) {
                            noticeFrom = Instant.parse(f[1]);
                            noticeLastDay = LocalDate.parse(f[2]);
                            noticeEnd = Instant.parse(f[3]);
                        }
                    }
                    noticeSnapshot = ResultSnapshot.of(plan.id(), CycleState.NOTICE, e.at(), e.sequence(), LifecycleRecords.snapshotUnits(data));
                    finalSnapshot = null;
                    reset(noticeSnapshot);
                }
                break;
            case CYCLE_FINALIZED:
                if (subject.equals(plan.id())) {
                    enter(CycleState.FINAL, e);
                    finalSnapshot = ResultSnapshot.of(plan.id(), CycleState.FINAL, e.at(), e.sequence(),
                            LifecycleRecords.snapshotUnits(LifecycleRecords.data(e.detail())));
                    reset(finalSnapshot);
                }
                break;
            case CYCLE_REOPENED:
                if (subject.equals(plan.id())) {
                    enter(CycleState.COLLECTING, e);
                }
                break;
            case APPEAL_FILED:
                if (subject.startsWith(appealPrefix)) {
                    Appeal a = Appeals.parseFiled(e);
                    appeals.put(a.id(), a);
                    Integer n = appealCounts.get(a.unitId());
                    appealCounts.put(a.unitId(), n == null ? 1 : n + 1);
                }
                break;
            case APPEAL_UPHELD:
            case APPEAL_REJECTED:
                Appeal a = appeals.get(subject);
                if (a != null && a.status() == Appeal.Status.OPEN) {
                    List<String[]> data = LifecycleRecords.data(e.detail());
                    appeals.put(subject, a.decided(Appeals.parseDecision(e, data)));
                    for (String[] f : data) {
                        if (f[0].equals("result") && f.length == 5 && current.containsKey(f[1])) {
                            current.put(f[1], current.get(f[1]).withResult(Integer.parseInt(f[2]),
                                    org.kaoping.core.points.Points.parse(f[3]), f[4]));
                        }
                    }
                }
                break;
            default:
                break;
        }
    }

    private void enter(CycleState s, AuditEvent e) {
        state = s;
        since = e.at();
        changedBy = e.actor() + (e.actorUnitId().isPresent() ? " of unit [" + e.actorUnitId().get() + "]" : "");
    }

    private void reset(ResultSnapshot s) {
        current.clear();
        for (ResultSnapshot.UnitResult u : s.units()) {
            current.put(u.unitId(), u);
        }
    }

    synchronized CycleState state() {
        refresh();
        return state;
    }

    synchronized CycleStatus status() {
        refresh();
        int open = 0;
        int filed = 0;
        for (Appeal a : appeals.values()) {
            if (noticeSnapshot != null && !a.filedAt().isBefore(noticeSnapshot.takenAt())) {
                filed++;
                if (a.status() == Appeal.Status.OPEN) {
                    open++;
                }
            }
        }
        return new CycleStatus(plan.id(), state, since, changedBy, noticeFrom, noticeLastDay, noticeEnd, open, filed);
    }

    /** The published results in force, by unit; empty before the first publication for notice. */
    synchronized Map<String, ResultSnapshot.UnitResult> current() {
        refresh();
        return Collections.unmodifiableMap(new LinkedHashMap<>(current));
    }

    synchronized Optional<ResultSnapshot> snapshot() {
        refresh();
        return Optional.ofNullable(finalSnapshot != null && state == CycleState.FINAL ? finalSnapshot : noticeSnapshot);
    }

    synchronized Instant noticeFrom() {
        return noticeFrom;
    }

    synchronized Instant noticeEnd() {
        return noticeEnd;
    }

    /**
     * Why the gate refuses {@code e} because the cycle is final, or empty: evidence about an assessed unit of the plan's
     * year, or of the year before (which trends read), once the cycle is final.
     */
    synchronized Optional<String> refusalAfterFinal(Evidence e) {
        return refusalAfterFinal(e, true);
    }

    /**
     * As {@link #refusalAfterFinal(Evidence)}; without {@code refresh}, as of the latest {@link #refresh()} (an import
     * refreshes once a batch, not once a record).
     */
    synchronized Optional<String> refusalAfterFinal(Evidence e, boolean refresh) {
        if (refresh) {
            refresh();
        }
        int year = e.period().year();
        if (state != CycleState.FINAL || (year != plan.year() && year != plan.year() - 1)) {
            return Optional.empty();
        }
        return Optional.of(finalRefusal());
    }

    /** Why a claim decision is refused because the cycle is final, or empty. */
    synchronized Optional<String> refusalAfterFinal() {
        refresh();
        return state == CycleState.FINAL ? Optional.of(finalRefusal()) : Optional.<String>empty();
    }

    private String finalRefusal() {
        return "the " + plan.year() + " cycle of plan [" + plan.id() + "] is final since " + since + " (finalized by " + changedBy
                + "); its result cannot change, and only the city office [" + cityOfficeId + "] can re-open it";
    }

    // ------------------------------------------------------------------------------------ acts

    /** See {@link Kaoping#publishForNotice}. */
    synchronized CycleStatus publishForNotice(OrgSnapshot org, String actor, String actorUnitId) {
        refresh();
        String act = "publish for notice";
        requireCityOffice(act, actor, actorUnitId);
        if (state != CycleState.COLLECTING && state != CycleState.SCORED) {
            throw refuse(act, actor, actorUnitId, "the cycle is " + state + " since " + since + "; it is published for notice once,"
                    + " and again only after the city office re-opens a final cycle");
        }
        Map<String, RankingTable> tables = org.publisher.rank();
        Instant now = clock.instant();
        NoticePeriod period = plan.noticePeriod();
        LocalDate last = period.lastDay(now);
        Instant end = period.end(now);
        List<ResultSnapshot.UnitResult> units = results(org, tables);
        List<AuditEvent> events = new ArrayList<>(2);
        if (state == CycleState.COLLECTING) {
            events.add(audit.event(actor, actorUnitId, AuditEvent.Action.CYCLE_SCORED, null, plan.id(), "cycle of plan "
                    + plan.id() + " scored and ranked for publication: " + units.size() + " unit(s)"));
        }
        List<String> lines = new ArrayList<>();
        lines.add("results of plan " + plan.id() + " published for notice (公示) from " + now + " to the end of " + last
                + " (Asia/Shanghai, " + period.days() + " " + period.counting() + "): " + units.size() + " unit(s)");
        lines.add(LifecycleRecords.line("window", now.toString(), last.toString(), end.toString()));
        lines.addAll(LifecycleRecords.snapshotLines(units));
        events.add(audit.event(actor, actorUnitId, AuditEvent.Action.CYCLE_NOTICE_PUBLISHED, null, plan.id(), String.join("\n", lines)));
        audit.auditAll(events);
        refresh();
        org.publisher.broadcast(Notification.builder().kind(Notification.Kind.PUBLICATION).at(now)
                .message(plan.year() + "年度法治建设考评结果公示（" + units.size() + "个单位），公示期至" + DAY.format(last)
                        + "（北京时间）止；对结果有异议的单位可在公示期内提出申诉。").build());
        return statusLocked();
    }

    /** See {@link Kaoping#finalizeCycle}. */
    synchronized CycleStatus finalizeCycle(OrgSnapshot org, String actor, String actorUnitId) {
        refresh();
        String act = "finalize";
        requireCityOffice(act, actor, actorUnitId);
        if (state != CycleState.NOTICE) {
            throw refuse(act, actor, actorUnitId, "the cycle is " + state + "; only results published for notice (公示) are finalized");
        }
        Instant now = clock.instant();
        if (now.isBefore(noticeEnd)) {
            throw refuse(act, actor, actorUnitId, "the notice window runs until the end of " + noticeLastDay + " (Asia/Shanghai, " + noticeEnd
                    + "); it is " + now);
        }
        List<String> open = new ArrayList<>();
        for (Appeal a : appeals.values()) {
            if (a.status() == Appeal.Status.OPEN && !a.filedAt().isBefore(noticeFrom)) {
                open.add(a.id());
            }
        }
        if (!open.isEmpty() && plan.noticePeriod().appealsBlockFinal()) {
            throw refuse(act, actor, actorUnitId, open.size() + " appeal(s) are open and the plan lets open appeals block finalizing: "
                    + open);
        }
        Map<String, RankingTable> tables = org.publisher.rank();
        List<ResultSnapshot.UnitResult> units = results(org, tables);
        List<String> lines = new ArrayList<>();
        lines.add("results of plan " + plan.id() + " final: " + units.size() + " unit(s)"
                + (open.isEmpty() ? "" : "; " + open.size() + " appeal(s) left open, as the plan allows: " + open));
        lines.addAll(LifecycleRecords.snapshotLines(units));
        audit.audit(actor, actorUnitId, AuditEvent.Action.CYCLE_FINALIZED, null, plan.id(), String.join("\n", lines));
        refresh();
        org.publisher.broadcast(Notification.builder().kind(Notification.Kind.PUBLICATION).at(now)
                .message(plan.year() + "年度法治建设考评结果公示期满，结果已定稿（" + units.size() + "个单位）。").build());
        return statusLocked();
    }

    /** See {@link Kaoping#reopenCycle}. */
    synchronized CycleStatus reopen(String actor, String actorUnitId, String reason) {
        refresh();
        String act = "re-open";
        requireCityOffice(act, actor, actorUnitId);
        if (state != CycleState.FINAL) {
            throw refuse(act, actor, actorUnitId, "the cycle is " + state + ", not final");
        }
        if (reason.trim().isEmpty()) {
            throw refuse(act, actor, actorUnitId, "re-opening a final cycle needs a reason");
        }
        audit.audit(actor, actorUnitId, AuditEvent.Action.CYCLE_REOPENED, null, plan.id(), "final cycle of plan " + plan.id()
                + " re-opened by the city office, because " + LifecycleRecords.escape(reason));
        refresh();
        return statusLocked();
    }

    private CycleStatus statusLocked() {
        return status();
    }

    /** The ranked results with the rubric versions and the evidence each unit's scoring counted, from one read of the store. */
    List<ResultSnapshot.UnitResult> results(OrgSnapshot org, Map<String, RankingTable> tables) {
        Map<String, List<Evidence>> byUnit = countedByUnit(org);
        List<ResultSnapshot.UnitResult> out = new ArrayList<>();
        for (RankingTable t : tables.values()) {
            for (RankedUnit u : t.entries()) {
                Rubric r = plan.rubrics().get(org.tree.unit(u.unitId()).kind());
                out.add(ResultSnapshot.UnitResult.of(u.unitId(), t.rubricId(), r == null ? "?" : r.version(), u.rank(), u.finalTotal(),
                        u.grade().name(), hashes(byUnit.get(u.unitId()))));
            }
        }
        return out;
    }

    private Map<String, List<Evidence>> countedByUnit(OrgSnapshot org) {
        Map<String, List<Evidence>> byUnit = new HashMap<>();
        for (Evidence e : org.gate.counted(store.allEvidence())) {
            List<Evidence> l = byUnit.get(e.unitId());
            if (l == null) {
                l = new ArrayList<>();
                byUnit.put(e.unitId(), l);
            }
            l.add(e);
        }
        return byUnit;
    }

    private Map<String, String> hashes(List<Evidence> evidence) {
        Map<String, String> out = new LinkedHashMap<>();
        if (evidence != null) {
            for (Evidence e : evidence) {
                String id = e.id(); // a stored view makes its id anew on each call
                out.put(id, hash(id, e));
            }
        }
        return out;
    }

    /**
     * The content hashes computed for the last snapshots, by evidence id, each with the value it was computed from:
     * publishing, finalizing and verifying hash the same stored values again (a stored value's text and its SHA-256 are
     * most of the cost of an act). A hit needs a value equal to the one hashed ({@link Evidence#equals}, by kind and
     * attribute), not the very object: stores that hold columns answer a new view on every read. One entry per id.
     */
    private final Map<String, HashedEvidence> hashCache = new HashMap<>();

    /** {@link LifecycleRecords#hash} of {@code e}, from {@link #hashCache} when {@code e} equals the value hashed before. */
    private String hash(String id, Evidence e) {
        synchronized (hashCache) {
            HashedEvidence h = hashCache.get(id);
            if (h != null && (h.value == e || h.value.equals(e))) {
                return h.hash;
            }
        }
        String hash = LifecycleRecords.hash(e);
        synchronized (hashCache) {
            hashCache.put(id, new HashedEvidence(e, hash));
        }
        return hash;
    }

    private static final class HashedEvidence {
        final Evidence value;
        final String hash;

        HashedEvidence(Evidence value, String hash) {
            this.value = value;
            this.hash = hash;
        }
    }

    // ------------------------------------------------------------------------------------ verification

    /** See {@link Kaoping#verifyResult()}. */
    ResultVerification verify(OrgSnapshot org) {
        Optional<ResultSnapshot> s = snapshot();
        if (!s.isPresent()) {
            throw new LifecycleRefusedException(plan.id(), state(), "verify the result", cityOfficeId,
                    "no result of the plan was published for notice (公示) yet");
        }
        ResultSnapshot snapshot = s.get();
        Map<String, List<Evidence>> byUnit = countedByUnit(org);
        List<Scorecard> cards = new ArrayList<>();
        Map<String, String> unscorable = new HashMap<>();
        RollUpInputs below = rollUps.apply(org.tree);
        below.refresh();
        for (OrgUnit u : org.scope.assessedUnits()) {
            List<Evidence> evidence = byUnit.get(u.id());
            try {
                cards.add(scorer.score(u, below.with(u,
                        EvidenceIndex.of(evidence == null ? Collections.<Evidence>emptyList() : evidence).unit(u.id()))));
            } catch (RuntimeException e) {
                unscorable.put(u.id(), String.valueOf(e.getMessage()));
            }
        }
        Map<String, RankedUnit> ranked = new HashMap<>();
        for (RankingTable t : Rankings.rank(cards, plan).values()) {
            for (RankedUnit r : t.entries()) {
                ranked.put(r.unitId(), r);
            }
        }
        List<ResultVerification.Difference> out = new ArrayList<>();
        for (ResultSnapshot.UnitResult was : snapshot.units()) {
            String id = was.unitId();
            RankedUnit now = ranked.get(id);
            if (now == null) {
                out.add(ResultVerification.Difference.of(ResultVerification.Difference.Kind.UNIT_MISSING, id, was.rubricId(),
                        "rank " + was.rank(), unscorable.containsKey(id) ? "not scorable: " + unscorable.get(id) : "not ranked"));
                continue;
            }
            Map<String, String> hashes = hashes(byUnit.get(id));
            for (Map.Entry<String, String> e : was.evidenceHashes().entrySet()) {
                String h = hashes.get(e.getKey());
                if (h == null) {
                    out.add(ResultVerification.Difference.of(ResultVerification.Difference.Kind.EVIDENCE_REMOVED, id, e.getKey(), e.getValue(), ""));
                } else if (!h.equals(e.getValue())) {
                    out.add(ResultVerification.Difference.of(ResultVerification.Difference.Kind.EVIDENCE_CHANGED, id, e.getKey(), e.getValue(), h));
                }
            }
            for (Map.Entry<String, String> e : hashes.entrySet()) {
                if (!was.evidenceHashes().containsKey(e.getKey())) {
                    out.add(ResultVerification.Difference.of(ResultVerification.Difference.Kind.EVIDENCE_ADDED, id, e.getKey(), "", e.getValue()));
                }
            }
            Rubric r = plan.rubrics().get(org.tree.unit(id).kind());
            if (r == null || !r.id().equals(was.rubricId()) || !r.version().equals(was.rubricVersion())) {
                out.add(ResultVerification.Difference.of(ResultVerification.Difference.Kind.RUBRIC_CHANGED, id, was.rubricId(),
                        was.rubricId() + " " + was.rubricVersion(), r == null ? "" : r.id() + " " + r.version()));
            }
            if (!now.finalTotal().equals(was.total())) {
                out.add(ResultVerification.Difference.of(ResultVerification.Difference.Kind.TOTAL_CHANGED, id, was.rubricId(),
                        was.total().toString(), now.finalTotal().toString()));
            }
            if (!now.grade().name().equals(was.grade())) {
                out.add(ResultVerification.Difference.of(ResultVerification.Difference.Kind.GRADE_CHANGED, id, was.rubricId(), was.grade(),
                        now.grade().name()));
            }
            if (now.rank() != was.rank()) {
                out.add(ResultVerification.Difference.of(ResultVerification.Difference.Kind.RANK_CHANGED, id, was.rubricId(),
                        Integer.toString(was.rank()), Integer.toString(now.rank())));
            }
        }
        return ResultVerification.of(snapshot, out);
    }

    // ------------------------------------------------------------------------------------ refusals

    private void requireCityOffice(String act, String actor, String actorUnitId) {
        Optional<String> p = IdRule.problem(actor, "actor");
        if (!p.isPresent()) {
            p = IdRule.problem(actorUnitId, "actorUnitId");
        }
        if (p.isPresent()) {
            throw refuse(act, actor, actorUnitId, p.get());
        }
        if (!actorUnitId.equals(cityOfficeId)) {
            throw refuse(act, actor, actorUnitId, "only the city office [" + cityOfficeId + "] may " + act);
        }
    }

    /** Whether unit {@code actorUnitId} may decide appeals of {@code unitId}: the city office, or an assessor under the delegation. */
    static boolean mayDecide(OrgSnapshot org, String cityOfficeId, String actorUnitId, String unitId) {
        if (actorUnitId.equals(cityOfficeId)) {
            return true;
        }
        if (!org.tree.contains(actorUnitId)) {
            return false;
        }
        FilerRole role = org.delegation.filerRole(actorUnitId, unitId);
        return role != FilerRole.UNIT_ITSELF && DelegationMatrix.permission(role, Filing.CLAIM_DECISION) == Permission.ALLOWED;
    }

    LifecycleRefusedException refuse(String act, String actor, String actorUnitId, String reason) {
        String u = actorUnitId == null ? "?" : IdRule.escape(actorUnitId);
        LifecycleRefusedException x = new LifecycleRefusedException(plan.id(), state, act, u, reason);
        audit.audit(safe(actor), u, AuditEvent.Action.LIFECYCLE_REFUSED, null, plan.id(), LifecycleRecords.escape(x.getMessage()));
        return x;
    }

    static String safe(String s) {
        String e = IdRule.escape(Objects.toString(s));
        return e.trim().isEmpty() ? "[empty]" : e;
    }
}

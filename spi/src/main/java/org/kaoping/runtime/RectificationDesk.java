package org.kaoping.runtime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.kaoping.core.delegation.Delegation;
import org.kaoping.core.delegation.IdRule;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.RectificationPolicy;
import org.kaoping.core.points.Points;
import org.kaoping.core.rectification.Rectification;
import org.kaoping.core.rectification.RectificationOrigin;
import org.kaoping.core.rectification.RectificationRefusedException;
import org.kaoping.core.rectification.RectificationRefusedException.Reason;
import org.kaoping.core.rectification.RectificationStatus;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.scoring.NodeState;
import org.kaoping.core.scoring.ScoreNode;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.TriggeredVeto;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.Notification;
import org.kaoping.spi.SubmitOutcome;

/**
 * The runtime's rectification (整改) desk: opens items from scorecards' findings as the plan's
 * {@link RectificationPolicy} declares, or by hand; takes the unit's fix and the assessor's verification; marks items
 * overdue once at their deadline and notifies; files the next cycle's deductions for items left unresolved. Every
 * change is one audit event ({@link RectificationTrail}); items are read back from the audit trail, never kept in
 * memory, so they survive restarts wherever the store does. Stateless apart from its collaborators; the facade
 * serializes the acts that read and then write.
 */
final class RectificationDesk {
    private final AssessmentPlan plan;
    private final AssessmentStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final String cityOfficeId;

    RectificationDesk(AssessmentPlan plan, AssessmentStore store, AuditTrail audit, Clock clock, String cityOfficeId) {
        this.plan = plan;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.cityOfficeId = cityOfficeId;
    }

    List<Rectification> items() {
        return RectificationTrail.replay(store.auditEvents(0));
    }

    Optional<Rectification> item(String id) {
        for (Rectification r : items()) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** See {@link Kaoping#openRectifications}. */
    List<Rectification> openFromFindings(Delegation delegation, String actor, String actorUnitId, Collection<Scorecard> cards) {
        checkActor(actor, actorUnitId, "(findings)");
        Map<String, Rectification> existing = byId(items());
        Instant now = clock.instant();
        LocalDate due = dueDate(now);
        RectificationPolicy policy = plan.rectification();
        List<Rectification> opened = new ArrayList<>();
        for (Scorecard card : cards) {
            String unit = card.unitId();
            if (!assesses(delegation, actorUnitId, unit)) {
                throw new RectificationRefusedException("(findings of " + unit + ")", actorUnitId, Reason.NOT_PERMITTED,
                        "unit [" + actorUnitId + "] does not assess unit [" + unit + "]; only its assessor opens rectification items");
            }
            List<Rectification> found = new ArrayList<>();
            if (policy.origins().contains(RectificationOrigin.SPOT_CHECK)) {
                for (Evidence e : card.evidence().all()) {
                    if (e.kind() == EvidenceKind.DEDUCTION && e.source() == SourceKind.SPOT_CHECK) {
                        Deduction d = (Deduction) e;
                        found.add(Rectification.open(itemId(unit, RectificationOrigin.SPOT_CHECK, e.id()), plan.id(), unit, d.key(),
                                RectificationOrigin.SPOT_CHECK, d.reason() + "（扣 " + d.points() + " 分）", e.id(), due, now, actor));
                    }
                }
            }
            if (policy.lostPointsThreshold().isPresent() && policy.origins().contains(RectificationOrigin.LOST_POINTS)) {
                Points threshold = policy.lostPointsThreshold().get();
                for (ScoreNode n : card.nodes()) {
                    if (!n.isLeaf() || n.state() == NodeState.NOT_APPLICABLE) {
                        continue;
                    }
                    Points lost = n.maximum().minus(n.awarded());
                    if (!lost.isLessThan(threshold)) {
                        found.add(Rectification.open(itemId(unit, RectificationOrigin.LOST_POINTS, n.id()), plan.id(), unit, n.id(),
                                RectificationOrigin.LOST_POINTS, "第 " + n.id() + " 项失分 " + lost + " 分（满分 " + n.maximum() + " 分）", null,
                                due, now, actor));
                    }
                }
            }
            List<String> vetoIncidents = new ArrayList<>();
            for (TriggeredVeto v : card.vetoes()) {
                vetoIncidents.addAll(v.incidentIds());
                if (policy.origins().contains(RectificationOrigin.VETO)) {
                    String first = v.incidentIds().isEmpty() ? v.rule().incidentCategory() : v.incidentIds().get(0);
                    found.add(Rectification.open(itemId(unit, RectificationOrigin.VETO, first), plan.id(), unit, null, RectificationOrigin.VETO,
                            "触发一票否决" + (incidentText(card, v.incidentIds()).isEmpty() ? "（" + v.rule().incidentCategory() + "）"
                                    : incidentText(card, v.incidentIds())), v.incidentIds().isEmpty() ? null : first,
                            due, now, actor));
                }
            }
            if (policy.origins().contains(RectificationOrigin.INCIDENT)) {
                for (Evidence e : card.evidence().all()) {
                    if (e.kind() == EvidenceKind.INCIDENT && !vetoIncidents.contains(e.id())) {
                        found.add(Rectification.open(itemId(unit, RectificationOrigin.INCIDENT, e.id()), plan.id(), unit, null,
                                RectificationOrigin.INCIDENT, "发生事件：" + ((Incident) e).description(), e.id(), due, now, actor));
                    }
                }
            }
            for (Rectification r : found) {
                if (!existing.containsKey(r.id())) {
                    existing.put(r.id(), r);
                    opened.add(r);
                }
            }
        }
        List<AuditEvent> events = new ArrayList<>();
        for (Rectification r : opened) {
            events.add(audit.event(actor, actorUnitId, AuditEvent.Action.RECTIFICATION_OPENED, r.unitId(), r.id(),
                    RectificationTrail.openedDetail(r)));
        }
        if (!events.isEmpty()) {
            audit.auditAll(events);
        }
        return Collections.unmodifiableList(opened);
    }

    private static String incidentText(Scorecard card, List<String> ids) {
        for (Evidence e : card.evidence().all()) {
            if (ids.contains(e.id()) && e instanceof Incident) {
                return "（" + ((Incident) e).description() + "）";
            }
        }
        return "";
    }

    /** See {@link Kaoping#addRectification}. */
    Rectification addByHand(OrgTree tree, Delegation delegation, String actor, String actorUnitId, String unitId, String criterionId,
            String finding, LocalDate dueDate) {
        checkActor(actor, actorUnitId, "(new item for " + unitId + ")");
        Objects.requireNonNull(unitId, "unitId must not be null");
        Objects.requireNonNull(finding, "finding must not be null");
        String pending = "(new item for " + unitId + ")";
        if (!tree.contains(unitId)) {
            throw new RectificationRefusedException(pending, actorUnitId, Reason.INVALID_INPUT, "unit [" + unitId + "] is not in the org directory");
        }
        if (!assesses(delegation, actorUnitId, unitId)) {
            throw new RectificationRefusedException(pending, actorUnitId, Reason.NOT_PERMITTED,
                    "unit [" + actorUnitId + "] does not assess unit [" + unitId + "]; only its assessor adds rectification items");
        }
        if (finding.trim().isEmpty()) {
            throw new RectificationRefusedException(pending, actorUnitId, Reason.INVALID_INPUT, "the finding must not be blank");
        }
        if (criterionId != null) {
            Optional<String> p = IdRule.problem(criterionId, "criterionId");
            if (p.isPresent()) {
                throw new RectificationRefusedException(pending, actorUnitId, Reason.INVALID_INPUT, p.get());
            }
        }
        Instant now = clock.instant();
        LocalDate due = dueDate != null ? dueDate : dueDate(now);
        if (due.isBefore(now.atZone(Rectification.ZONE).toLocalDate())) {
            throw new RectificationRefusedException(pending, actorUnitId, Reason.INVALID_INPUT,
                    "the due date " + due + " is before today (" + now.atZone(Rectification.ZONE).toLocalDate() + ", Asia/Shanghai)");
        }
        int n = 1;
        for (Rectification r : items()) {
            if (r.unitId().equals(unitId) && r.origin() == RectificationOrigin.BY_HAND) {
                n++;
            }
        }
        Rectification r = Rectification.open(itemId(unitId, RectificationOrigin.BY_HAND, Integer.toString(n)), plan.id(), unitId, criterionId,
                RectificationOrigin.BY_HAND, finding, null, due, now, actor);
        audit.audit(actor, actorUnitId, AuditEvent.Action.RECTIFICATION_OPENED, unitId, r.id(), RectificationTrail.openedDetail(r));
        return r;
    }

    /** See {@link Kaoping#submitRectification}. */
    Rectification submit(String actor, String actorUnitId, String itemId, String reference, String note) {
        checkActor(actor, actorUnitId, itemId);
        Rectification r = known(itemId, actorUnitId);
        if (!r.unitId().equals(actorUnitId)) {
            throw new RectificationRefusedException(itemId, actorUnitId, Reason.NOT_PERMITTED,
                    "only unit [" + r.unitId() + "] itself submits the fix of its rectification item");
        }
        if (r.status() != RectificationStatus.OPEN && r.status() != RectificationStatus.OVERDUE) {
            throw new RectificationRefusedException(itemId, actorUnitId, Reason.WRONG_STATUS,
                    "the item is " + r.status() + "; a fix is submitted only for an OPEN or OVERDUE item");
        }
        Objects.requireNonNull(reference, "reference must not be null");
        Optional<String> p = IdRule.problem(reference, "reference");
        if (p.isPresent()) {
            throw new RectificationRefusedException(itemId, actorUnitId, Reason.INVALID_INPUT,
                    p.get() + " (the evidence of the fix, by reference: a document number, URI or evidence id)");
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("reference", reference);
        if (note != null && !note.trim().isEmpty()) {
            f.put("note", note);
        }
        AuditEvent e = audit.event(actor, actorUnitId, AuditEvent.Action.RECTIFICATION_SUBMITTED, r.unitId(), r.id(), RectificationTrail.encode(f));
        audit.audit(e);
        return r.submitted(e.at(), reference, f.get("note"));
    }

    /** See {@link Kaoping#verifyRectification}. */
    Rectification verify(Delegation delegation, String actor, String actorUnitId, String itemId, boolean accepted, String reason) {
        checkActor(actor, actorUnitId, itemId);
        Rectification r = known(itemId, actorUnitId);
        if (!assesses(delegation, actorUnitId, r.unitId())) {
            throw new RectificationRefusedException(itemId, actorUnitId, Reason.NOT_PERMITTED,
                    "unit [" + actorUnitId + "] does not assess unit [" + r.unitId() + "]; only its assessor verifies the fix");
        }
        if (r.status() != RectificationStatus.SUBMITTED) {
            throw new RectificationRefusedException(itemId, actorUnitId, Reason.WRONG_STATUS,
                    "the item is " + r.status() + "; only a SUBMITTED fix is verified");
        }
        if (!accepted && (reason == null || reason.trim().isEmpty())) {
            throw new RectificationRefusedException(itemId, actorUnitId, Reason.INVALID_INPUT, "a fix not accepted needs a reason");
        }
        Map<String, String> f = new LinkedHashMap<>();
        if (reason != null && !reason.trim().isEmpty()) {
            f.put(accepted ? "note" : "reason", reason);
        }
        AuditEvent e = audit.event(actor, actorUnitId, accepted ? AuditEvent.Action.RECTIFICATION_VERIFIED : AuditEvent.Action.RECTIFICATION_RETURNED,
                r.unitId(), r.id(), RectificationTrail.encode(f));
        audit.audit(e);
        return accepted ? r.verified(e.at(), actor) : r.returned(e.at(), reason);
    }

    /**
     * Marks overdue, once, every open item whose deadline has come by the clock, audits each as
     * {@code RECTIFICATION_OVERDUE} (all in one write) and only then notifies through {@code broadcast}: an item audited
     * overdue is never marked or notified again, so a notice goes out exactly once (a crash between the write and the
     * broadcast loses the notice rather than repeating it).
     */
    List<Rectification> checkOverdue(OrgTree tree, Consumer<Notification> broadcast) {
        Instant now = clock.instant();
        List<Rectification> due = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>();
        for (Rectification r : items()) {
            if (r.status() == RectificationStatus.OPEN && !now.isBefore(r.overdueFrom())) {
                AuditEvent e = audit.event(Kaoping.SYSTEM_ACTOR, cityOfficeId, AuditEvent.Action.RECTIFICATION_OVERDUE, r.unitId(), r.id(),
                        RectificationTrail.encode(Collections.singletonMap("due", r.dueDate().toString())));
                events.add(e);
                due.add(r.overdue(e.at()));
            }
        }
        if (events.isEmpty()) {
            return Collections.emptyList();
        }
        audit.auditAll(events);
        for (Rectification r : due) {
            String name = tree.find(r.unitId()).map(OrgUnit::name).orElse(r.unitId());
            broadcast.accept(Notification.builder().kind(Notification.Kind.RECTIFICATION_OVERDUE).unitId(r.unitId()).at(r.overdueAt().get())
                    .deadline(r.overdueFrom()).message(name + "的整改事项（" + r.finding() + "）已逾期：整改期限为"
                            + chineseDate(r.dueDate()) + "（含当日），请尽快整改并报送整改材料").build());
        }
        return Collections.unmodifiableList(due);
    }

    /**
     * See {@link Kaoping#chargeUnresolvedRectifications}: one deduction of the plan's unresolved cost per item of
     * {@code previous} not verified, on the item's criterion if the unit's rubric has it, else on the rubric's first
     * section; stored with its audit events in one atomic write; items already charged (same deduction id) are skipped.
     */
    List<Deduction> chargeUnresolved(OrgTree tree, AssessmentScope scope, Collection<Rectification> previous) {
        Points cost = plan.rectification().unresolvedCost();
        List<Deduction> out = new ArrayList<>();
        if (!cost.isPositive()) {
            return out;
        }
        Instant at = withinPlanYear(clock.instant());
        for (Rectification r : previous) {
            if (!r.status().isUnresolved()) {
                continue;
            }
            if (r.planId().equals(plan.id())) {
                throw new IllegalArgumentException("rectification item [" + r.id() + "] belongs to this cycle's plan [" + plan.id()
                        + "]; an unresolved item is charged in the next cycle");
            }
            if (!tree.contains(r.unitId()) || scope.reasonNotAssessed(r.unitId()) != null) {
                throw new RectificationRefusedException(r.id(), cityOfficeId, Reason.INVALID_INPUT, "unit [" + r.unitId()
                        + "] is not assessed in plan [" + plan.id() + "]"
                        + (tree.contains(r.unitId()) ? " (" + scope.reasonNotAssessed(r.unitId()) + ")" : " (not in the org directory)"));
            }
            Rubric rubric = plan.rubricFor(tree.unit(r.unitId()).kind());
            String criterion = r.criterionId().isPresent() && rubric.findCriterion(r.criterionId().get()).isPresent()
                    ? r.criterionId().get() : rubric.criteria().get(0).id();
            Deduction d = Deduction.builder().id("rectification-unresolved:" + r.id()).unitId(r.unitId()).key(criterion)
                    .period(ReportingPeriod.year(plan.year())).source(SourceKind.HOST_SYSTEM).author(Kaoping.SYSTEM_ACTOR).recordedAt(at)
                    .points(cost).reason("上一考评周期（" + r.planId() + "）整改事项未完成（" + r.status().chineseName() + "）：" + r.finding())
                    .build();
            if (store.findEvidence(d.id()).isPresent()) {
                continue;
            }
            out.add(d);
        }
        if (out.isEmpty()) {
            return out;
        }
        List<SubmitOutcome> outcomes = store.submitAllAudited(out, o -> {
            List<AuditEvent> events = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                if (o.get(i) == SubmitOutcome.ADDED) {
                    Deduction d = out.get(i);
                    events.add(audit.event(Kaoping.SYSTEM_ACTOR, cityOfficeId, AuditEvent.Action.EVIDENCE_SUBMITTED, d.unitId(), d.id(),
                            "DEDUCTION for an unresolved rectification item on [" + d.key() + "] stored: " + d.points() + " for " + d.reason()));
                }
            }
            return events;
        });
        List<Deduction> added = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (outcomes.get(i) == SubmitOutcome.ADDED) {
                added.add(out.get(i));
            }
        }
        return Collections.unmodifiableList(added);
    }

    private Instant withinPlanYear(Instant now) {
        Instant start = LocalDate.of(plan.year(), 1, 1).atStartOfDay(Rectification.ZONE).toInstant();
        Instant end = LocalDate.of(plan.year() + 1, 1, 1).atStartOfDay(Rectification.ZONE).toInstant().minusSeconds(1);
        if (now.isBefore(start)) {
            throw new IllegalStateException("the clock (" + now + ") is before plan [" + plan.id() + "]'s year " + plan.year()
                    + "; unresolved items are charged once the cycle has begun");
        }
        return now.isAfter(end) ? end : now;
    }

    private Rectification known(String itemId, String actorUnitId) {
        Objects.requireNonNull(itemId, "itemId must not be null");
        Optional<Rectification> r = item(itemId);
        if (!r.isPresent()) {
            throw new RectificationRefusedException(itemId, actorUnitId, Reason.UNKNOWN_ITEM, "no rectification item has this id");
        }
        return r.get();
    }

    private static void checkActor(String actor, String actorUnitId, String itemId) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(actorUnitId, "actorUnitId must not be null");
        Optional<String> p = IdRule.problem(actor, "actor");
        if (!p.isPresent()) {
            p = IdRule.problem(actorUnitId, "actorUnitId");
        }
        if (p.isPresent()) {
            throw new RectificationRefusedException(itemId, IdRule.escape(actorUnitId), Reason.INVALID_INPUT, p.get());
        }
    }

    private LocalDate dueDate(Instant openedAt) {
        return openedAt.atZone(Rectification.ZONE).toLocalDate().plusDays(plan.rectification().deadlineDays());
    }

    /** Whether {@code actorUnitId} assesses {@code unitId}: under the delegation, and never the unit itself. */
    private static boolean assesses(Delegation delegation, String actorUnitId, String unitId) {
        return !actorUnitId.equals(unitId) && delegation.mayAssess(actorUnitId, unitId);
    }

    private static String itemId(String unitId, RectificationOrigin origin, String key) {
        return "rectification:" + unitId + ":" + origin.code() + ":" + key;
    }

    private static Map<String, Rectification> byId(List<Rectification> items) {
        Map<String, Rectification> out = new LinkedHashMap<>();
        for (Rectification r : items) {
            out.put(r.id(), r);
        }
        return out;
    }

    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String chineseTime(Instant at) {
        ZonedDateTime z = at.atZone(Rectification.ZONE);
        return chineseDate(z.toLocalDate()) + String.format(" %02d:%02d", z.getHour(), z.getMinute());
    }
}

package org.kaoping.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.delegation.IdRule;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.Notification;

/**
 * Appeals (申诉) during the notice period: a unit files one about its own criteria, an assessor upholds it (score
 * overrides through the gate, the cycle re-ranked, every unit whose published rank or total moved notified) or
 * rejects it with a reason. Every filing, decision and refusal is audited; the appeals are read back from the trail by
 * {@link CycleLifecycle}'s fold, under whose lock every act runs. Thread-safe through that lock.
 */
final class Appeals {
    private final CycleLifecycle cycle;

    Appeals(CycleLifecycle cycle) {
        this.cycle = cycle;
    }

    /** See {@link Kaoping#fileAppeal}. */
    Appeal file(OrgSnapshot org, String actor, String actorUnitId, String unitId, List<String> criterionIds, String reason,
            List<String> evidenceIds) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(actorUnitId, "actorUnitId must not be null");
        Objects.requireNonNull(unitId, "unitId must not be null");
        Objects.requireNonNull(criterionIds, "criterionIds must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(evidenceIds, "evidenceIds must not be null");
        synchronized (cycle) {
            CycleStatus status = cycle.status();
            Instant now = cycle.clock.instant();
            String problem = fileProblem(org, status, now, actor, actorUnitId, unitId, criterionIds, reason, evidenceIds);
            if (problem != null) {
                throw refuse(status.state(), "file an appeal", actor, actorUnitId, unitId, null, problem);
            }
            Integer n = cycle.appealCounts.get(unitId);
            String id = "appeal:" + cycle.plan.id() + ":" + unitId + ":" + (n == null ? 1 : n + 1);
            List<String> lines = new ArrayList<>();
            lines.add("unit [" + unitId + "] appeals (申诉) criteria " + criterionIds + " of plan " + cycle.plan.id() + ", citing "
                    + evidenceIds.size() + " evidence record(s)");
            lines.add(LifecycleRecords.line("appeal", unitId));
            lines.add(LifecycleRecords.line("criteria", criterionIds));
            lines.add(LifecycleRecords.line("evidence", evidenceIds));
            lines.add(LifecycleRecords.line("reason", LifecycleRecords.escape(reason)));
            cycle.audit.audit(actor, actorUnitId, AuditEvent.Action.APPEAL_FILED, unitId, id, String.join("\n", lines));
            cycle.refresh();
            return cycle.appeals.get(id);
        }
    }

    private String fileProblem(OrgSnapshot org, CycleStatus status, Instant now, String actor, String actorUnitId, String unitId,
            List<String> criterionIds, String reason, List<String> evidenceIds) {
        Optional<String> p = IdRule.problem(actor, "actor");
        if (!p.isPresent()) {
            p = IdRule.problem(actorUnitId, "actorUnitId");
        }
        if (!p.isPresent()) {
            p = IdRule.problem(unitId, "unitId");
        }
        if (p.isPresent()) {
            return p.get();
        }
        if (!actorUnitId.equals(unitId)) {
            return "only the unit itself may appeal about its result; unit [" + actorUnitId + "] filed for unit [" + unitId + "]";
        }
        if (status.state() != CycleState.NOTICE) {
            return "appeals are filed during the notice period (公示) only; the cycle is " + status.state();
        }
        if (now.isBefore(status.noticeFrom().get()) || !now.isBefore(status.noticeEnd().get())) {
            return "the notice window runs from " + status.noticeFrom().get() + " to the end of " + status.noticeLastDay().get()
                    + " (Asia/Shanghai, until " + status.noticeEnd().get() + "); it is " + now;
        }
        Map<String, ResultSnapshot.UnitResult> current = cycle.current();
        if (!current.containsKey(unitId) || !org.tree.contains(unitId)) {
            return "unit [" + unitId + "] has no published result under plan [" + cycle.plan.id() + "]";
        }
        if (criterionIds.isEmpty()) {
            return "an appeal names at least one criterion";
        }
        Rubric rubric = cycle.plan.rubrics().get(org.tree.unit(unitId).kind());
        for (String c : new LinkedHashSet<>(criterionIds)) {
            if (c == null || rubric == null || !rubric.findCriterion(c).isPresent()) {
                return "criterion [" + (c == null ? "null" : IdRule.escape(c)) + "] is not in the unit's rubric"
                        + (rubric == null ? "" : " [" + rubric.id() + "]");
            }
        }
        for (String e : evidenceIds) {
            Optional<Evidence> found = e == null ? Optional.<Evidence>empty() : cycle.store.findEvidence(e);
            if (!found.isPresent()) {
                return "supporting evidence [" + (e == null ? "null" : IdRule.escape(e)) + "] is not stored; submit it first";
            }
            if (!found.get().unitId().equals(unitId)) {
                return "supporting evidence [" + e + "] is about unit [" + found.get().unitId() + "], not the appealing unit";
            }
        }
        if (reason.trim().isEmpty()) {
            return "an appeal needs a reason";
        }
        return null;
    }

    /** See {@link Kaoping#upholdAppeal} and {@link Kaoping#rejectAppeal}. */
    Appeal decide(OrgSnapshot org, String actor, String actorUnitId, String appealId, boolean upheld, String reason,
            List<OverrideRequest> overrides) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(actorUnitId, "actorUnitId must not be null");
        Objects.requireNonNull(appealId, "appealId must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(overrides, "overrides must not be null");
        synchronized (cycle) {
            CycleStatus status = cycle.status();
            String act = upheld ? "uphold an appeal" : "reject an appeal";
            Appeal appeal = cycle.appeals.get(appealId);
            String unitId = appeal == null ? "?" : appeal.unitId();
            String problem = null;
            Optional<String> p = IdRule.problem(actor, "actor");
            if (!p.isPresent()) {
                p = IdRule.problem(actorUnitId, "actorUnitId");
            }
            if (p.isPresent()) {
                problem = p.get();
            } else if (appeal == null) {
                problem = "no appeal [" + IdRule.escape(appealId) + "] was filed under plan [" + cycle.plan.id() + "]";
            } else if (appeal.status() != Appeal.Status.OPEN) {
                problem = "appeal [" + appealId + "] is already " + appeal.status() + " (" + appeal.decision().get() + ")";
            } else if (status.state() != CycleState.NOTICE) {
                problem = "appeals are decided while the results are published for notice (公示); the cycle is " + status.state();
            } else if (!CycleLifecycle.mayDecide(org, cycle.cityOfficeId, actorUnitId, unitId)) {
                problem = "unit [" + actorUnitId + "] is not the city office nor an assessor of unit [" + unitId
                        + "] under the delegation, and may not decide its appeals";
            } else if (reason.trim().isEmpty()) {
                problem = "a decision on an appeal needs a reason";
            } else if (!upheld && !overrides.isEmpty()) {
                problem = "a rejected appeal changes no score; it was given " + overrides.size() + " override(s)";
            } else {
                for (OverrideRequest o : overrides) {
                    if (!o.unit().id().equals(unitId)) {
                        problem = "an override for appeal [" + appealId + "] changes the appealing unit [" + unitId + "] only, not unit ["
                                + o.unit().id() + "]";
                        break;
                    }
                }
            }
            if (problem != null) {
                throw refuse(status.state(), act, actor, actorUnitId, unitId, appealId, problem);
            }
            Instant now = cycle.clock.instant();
            List<String> lines = new ArrayList<>();
            List<Notification> notices = new ArrayList<>();
            if (upheld) {
                List<String> ids = new ArrayList<>();
                for (OverrideRequest o : overrides) {
                    ScoreOverride made = org.gate.override(actor, actorUnitId, unitId, o.criterion().id(), o.newPoints(),
                            "申诉 " + appealId + " 复核成立：" + o.reason());
                    ids.add(made.id());
                }
                Map<String, RankingTable> tables = org.publisher.rank();
                Map<String, ResultSnapshot.UnitResult> current = cycle.current();
                lines.add("appeal " + appealId + " of unit [" + unitId + "] upheld (复核成立), " + ids.size() + " override(s), because "
                        + LifecycleRecords.escape(reason));
                lines.add(LifecycleRecords.line("reason", LifecycleRecords.escape(reason)));
                lines.add(LifecycleRecords.line("overrides", ids));
                for (RankingTable t : tables.values()) {
                    for (RankedUnit u : t.entries()) {
                        ResultSnapshot.UnitResult was = current.get(u.unitId());
                        if (was == null) {
                            continue;
                        }
                        boolean moved = was.rank() != u.rank();
                        if (moved || !was.total().equals(u.finalTotal()) || !was.grade().equals(u.grade().name())) {
                            lines.add(LifecycleRecords.line("result", u.unitId(), Integer.toString(u.rank()), u.finalTotal().toString(),
                                    u.grade().name()));
                            lines.add(LifecycleRecords.line("change", u.unitId(), Integer.toString(was.rank()), Integer.toString(u.rank()),
                                    was.total().toString(), u.finalTotal().toString(), was.grade(), u.grade().name()));
                            notices.add(Notification.builder().kind(Notification.Kind.RANK_CHANGED).unitId(u.unitId()).at(now)
                                    .message("因申诉复核，" + org.tree.unit(u.unitId()).name() + "的公示结果调整：名次 " + was.rank() + " → "
                                            + u.rank() + "，总分 " + was.total() + " → " + u.finalTotal() + "，等次 " + was.grade() + " → "
                                            + u.grade().name() + "。").build());
                        }
                    }
                }
            } else {
                lines.add("appeal " + appealId + " of unit [" + unitId + "] rejected (驳回), because " + LifecycleRecords.escape(reason));
                lines.add(LifecycleRecords.line("reason", LifecycleRecords.escape(reason)));
            }
            cycle.audit.audit(actor, actorUnitId, upheld ? AuditEvent.Action.APPEAL_UPHELD : AuditEvent.Action.APPEAL_REJECTED, unitId,
                    appealId, String.join("\n", lines));
            cycle.refresh();
            notices.add(0, Notification.builder().kind(Notification.Kind.APPEAL_DECIDED).unitId(unitId).at(now)
                    .message(org.tree.unit(unitId).name() + "的申诉（" + appealId + "）" + (upheld ? "复核成立" : "经复核予以驳回") + "：" + reason)
                    .build());
            for (Notification n : notices) {
                org.publisher.broadcast(n);
            }
            return cycle.appeals.get(appealId);
        }
    }

    /** See {@link Kaoping#appeals()}. */
    List<Appeal> list() {
        synchronized (cycle) {
            cycle.refresh();
            return Collections.unmodifiableList(new ArrayList<>(cycle.appeals.values()));
        }
    }

    private AppealRefusedException refuse(CycleState state, String act, String actor, String actorUnitId, String unitId, String appealId,
            String reason) {
        String u = actorUnitId == null ? "?" : IdRule.escape(actorUnitId);
        String target = unitId == null ? "?" : IdRule.escape(unitId);
        AppealRefusedException x = new AppealRefusedException(cycle.plan.id(), state, act, u, target, appealId, reason);
        cycle.audit.audit(CycleLifecycle.safe(actor), u, AuditEvent.Action.LIFECYCLE_REFUSED, target,
                appealId == null ? cycle.plan.id() : IdRule.escape(appealId), LifecycleRecords.escape(x.getMessage()));
        return x;
    }

    // ------------------------------------------------------------------------------------ reading the trail

    static Appeal parseFiled(AuditEvent e) {
        String unit = e.unitId().orElse("?");
        List<String> criteria = Collections.emptyList();
        List<String> evidence = Collections.emptyList();
        String reason = "";
        for (String[] f : LifecycleRecords.data(e.detail())) {
            if (f[0].equals("appeal") && f.length == 2) {
                unit = f[1];
            } else if (f[0].equals("criteria")) {
                criteria = LifecycleRecords.rest(f);
            } else if (f[0].equals("evidence")) {
                evidence = LifecycleRecords.rest(f);
            } else if (f[0].equals("reason") && f.length == 2) {
                reason = LifecycleRecords.unescape(f[1]);
            }
        }
        return Appeal.of(e.subject().get(), unit, criteria, reason, evidence, e.actor(), e.at());
    }

    static AppealDecision parseDecision(AuditEvent e, List<String[]> data) {
        String reason = "";
        List<String> overrides = Collections.emptyList();
        List<AppealDecision.ResultChange> changes = new ArrayList<>();
        for (String[] f : data) {
            if (f[0].equals("reason") && f.length == 2) {
                reason = LifecycleRecords.unescape(f[1]);
            } else if (f[0].equals("overrides")) {
                overrides = LifecycleRecords.rest(f);
            } else if (f[0].equals("change") && f.length == 8) {
                changes.add(AppealDecision.ResultChange.of(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        org.kaoping.core.points.Points.parse(f[4]), org.kaoping.core.points.Points.parse(f[5]), f[6], f[7]));
            }
        }
        return AppealDecision.of(e.action() == AuditEvent.Action.APPEAL_UPHELD, e.actor(), e.actorUnitId().orElse("?"), e.at(), reason,
                overrides, changes);
    }
}

package org.kaoping.runtime;

import org.kaoping.core.ConfigurationException;
import org.kaoping.spi.internal.ProviderNames;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.Notifier;
import org.kaoping.spi.Notification;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.AssessmentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kaoping.core.KaopingException;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.cycle.Obligation;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.cycle.ObligationStatus;
import org.kaoping.core.cycle.Obligations;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.UnitEvidence;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;

/**
 * Checks the assessed units' reporting obligations of the cycle ({@link Kaoping#checkObligations}): sends
 * deadline reminders and late/missing notices to every {@link Notifier} at most once per unit, period, kind
 * and notifier, remembering deliveries as {@code NOTIFIED} audit events, and files the declared
 * {@link ObligationEffect}s' deductions at most once. It also owns which effects apply to which rubric and
 * their validation at build time. Its configuration is immutable; the delivery memory (what was delivered,
 * how far the audit trail has been read, the notices pending for the current check) is guarded by
 * {@code lock}, which serializes the checks of one runtime.
 */
final class ObligationChecker {
    /**
     * The runtime's logger. Records name {@link Kaoping} (or its builder) and the method the code was moved
     * from as their source, as they did before it left the facade, so that hosts' log lines stay the same.
     */
    private static final Logger LOG = Logger.getLogger("org.kaoping.spi");
    private static final String SOURCE = Kaoping.class.getName();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AssessmentPlan plan;
    private final AssessmentCycle cycle;
    private final AssessmentScope scope;
    private final AssessmentStore store;
    private final List<Notifier> notifiers;
    private final AuditTrail audit;
    private final Clock clock;
    private final String cityOfficeId;
    private final Duration reminderLead;
    private final Duration missingGrace;
    /** Effects declared without a rubric: they apply to every rubric that has their criterion. */
    private final List<ObligationEffect> unscopedEffects;
    /** Effects declared for one rubric, by rubric id. */
    private final Map<String, List<ObligationEffect>> scopedEffects;
    private final Object lock = new Object();
    /** The runtime's shared view of the stored evidence: the check reads no evidence of its own. */
    private final EvidenceSnapshot evidence;
    /** Guarded by {@link #lock}: unit + NOTIFIED subject of every delivery seen in the audit trail. */
    private final Set<String> delivered = new HashSet<>();
    /** Guarded by {@link #lock}: the audit sequence {@link #delivered} has been read up to. */
    private long deliveredSeenUpTo;
    /** Guarded by {@link #lock}: NOTIFIED events of the current check, audited in one batch at its end. */
    private final List<AuditEvent> pendingNotices = new ArrayList<>();

    ObligationChecker(AssessmentPlan plan, AssessmentCycle cycle, AssessmentScope scope, AssessmentStore store,
            List<Notifier> notifiers, AuditTrail audit, Clock clock, String cityOfficeId, Duration reminderLead,
            Duration missingGrace, List<ObligationEffect> unscopedEffects, Map<String, List<ObligationEffect>> scopedEffects,
            EvidenceSnapshot evidence) {
        this.evidence = evidence;
        this.plan = plan;
        this.cycle = cycle;
        this.scope = scope;
        this.store = store;
        this.notifiers = notifiers;
        this.audit = audit;
        this.clock = clock;
        this.cityOfficeId = cityOfficeId;
        this.reminderLead = reminderLead;
        this.missingGrace = missingGrace;
        this.unscopedEffects = unscopedEffects;
        this.scopedEffects = scopedEffects;
    }

    /** See {@link Kaoping#checkObligations(Instant)}. */
    ObligationCheck check(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf must not be null");
        synchronized (lock) {
            readDeliveries();
            this.evidence.refresh();
            List<Obligation> all = new ArrayList<>();
            List<Notification> sent = new ArrayList<>();
            List<Deduction> added = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            List<Deduction> toStore = new ArrayList<>();
            int[] failures = {0};
            try {
                for (OrgUnit unit : scope.assessedUnits()) {
                    UnitEvidence own = evidence.unit(unit.id());
                    List<Obligation> obligations = Obligations.of(cycle, own, asOf);
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
                    fileDeductions(unit, own, obligations, asOf, toStore, kept);
                }
                storeDeductions(toStore, added, kept);
            } finally {
                flushNotices();
            }
            return new ObligationCheck(asOf, all, sent, added, kept, failures[0]);
        }
    }

    /** See {@link Kaoping#obligationEffects(String)}. */
    List<ObligationEffect> effectsFor(String rubricId) {
        Objects.requireNonNull(rubricId, "rubricId must not be null");
        for (Rubric r : plan.rubrics().values()) {
            if (r.id().equals(rubricId)) {
                return Collections.unmodifiableList(applying(r, unscopedEffects, scopedEffects));
            }
        }
        return Collections.emptyList();
    }

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
                LOG.logp(Level.WARNING, SOURCE, "deliver", "Notifier " + ProviderNames.describe(notifier) + " failed on " + kind + " for unit [" + unitId
                        + "], period " + period + "; the next obligation check tries again", e);
                continue;
            }
            pendingNotices.add(audit.event(Kaoping.SYSTEM_ACTOR, cityOfficeId, AuditEvent.Action.NOTIFIED, unitId, subject,
                    kind + " for " + period + " delivered to notifier " + ProviderNames.describe(notifier) + ": " + message));
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
            audit.auditAll(events);
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
    private void fileDeductions(OrgUnit unit, UnitEvidence own, List<Obligation> obligations, Instant asOf, List<Deduction> toStore,
            List<String> kept) {
        Rubric rubric = plan.rubrics().get(unit.kind());
        Map<String, Evidence> stored = null;
        for (ObligationEffect effect : effectsFor(rubric.id())) {
            for (Obligation o : obligations) {
                if (o.status() == ObligationStatus.MISSING && asOf.isBefore(o.deadline().plus(missingGrace))) {
                    continue;
                }
                Instant at = o.submittedAt().isPresent() ? o.submittedAt().get() : o.deadline();
                for (Deduction d : effect.deductions(Collections.singletonList(o), Kaoping.SYSTEM_ACTOR, at)) {
                    if (stored == null) {
                        stored = new HashMap<>();
                        for (Evidence e : own.all()) {
                            stored.put(e.id(), e);
                        }
                    }
                    Evidence same = stored.get(d.id());
                    if (same != null) {
                        if (!same.equals(d)) {
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
        try {
            List<SubmitOutcome> stored = store.submitAllAudited(toStore, outcomes -> {
                List<AuditEvent> events = new ArrayList<>();
                for (int i = 0; i < toStore.size(); i++) {
                    if (outcomes.get(i) == SubmitOutcome.ADDED) {
                        events.add(submitted(toStore.get(i)));
                    }
                }
                return events;
            });
            for (int i = 0; i < toStore.size(); i++) {
                if (stored.get(i) == SubmitOutcome.ADDED) {
                    added.add(toStore.get(i));
                }
            }
        } catch (EvidenceConflictException e) {
            for (Deduction d : toStore) {
                try {
                    List<SubmitOutcome> one = store.submitAllAudited(java.util.Collections.singletonList(d),
                            outcomes -> outcomes.get(0) == SubmitOutcome.ADDED ? java.util.Collections.singletonList(submitted(d))
                                    : java.util.Collections.<AuditEvent>emptyList());
                    if (one.get(0) == SubmitOutcome.ADDED) {
                        added.add(d);
                    }
                } catch (EvidenceConflictException x) {
                    kept.add(d.id()); // stored concurrently with other content; the stored one stands
                }
            }
        }
    }

    private AuditEvent submitted(Deduction d) {
        return audit.event(Kaoping.SYSTEM_ACTOR, cityOfficeId, AuditEvent.Action.EVIDENCE_SUBMITTED, d.unitId(), d.id(),
                d.kind() + " from " + d.source() + " on [" + d.key() + "] for " + d.period() + " stored: "
                        + d.points() + " for " + d.reason());
    }

    private static String reportName(ReportingPeriod period, SelfReport.Type type) {
        return type == SelfReport.Type.MONTHLY ? period.year() + "年" + period.month() + "月自查月报"
                : period.year() + "年度自查报告";
    }

    private String local(Instant t) {
        ZonedDateTime z = t.atZone(cycle.zone());
        return LOCAL.format(z) + "（" + cycle.zone().getId() + "）";
    }

    /**
     * Each unscoped effect's criterion is in some rubric of the plan; each scoped effect's rubric is in the plan and
     * has its criterion; no rubric has two applying effects of one report type.
     *
     * @throws org.kaoping.core.ConfigurationException naming the rubric and criterion otherwise
     */
    static void checkEffects(AssessmentPlan plan, List<ObligationEffect> unscoped, Map<String, List<ObligationEffect>> scoped) {
        for (ObligationEffect e : unscoped) {
            boolean found = false;
            for (Rubric r : plan.rubrics().values()) {
                found |= r.findCriterion(e.criterionId()).isPresent();
            }
            if (!found) {
                throw new ConfigurationException("Obligation effect for " + e.type() + " self-reports names criterion ["
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
                throw new ConfigurationException("Obligation effect(s) declared for rubric [" + e.getKey() + "], which plan ["
                        + plan.id() + "] does not use; its rubrics are " + byId.keySet());
            }
            for (ObligationEffect o : e.getValue()) {
                if (!r.findCriterion(o.criterionId()).isPresent()) {
                    throw new ConfigurationException("Obligation effect for " + o.type() + " self-reports declared for rubric ["
                            + r.id() + "] names criterion [" + o.criterionId() + "], which that rubric does not have");
                }
            }
        }
        for (Rubric r : byId.values()) {
            Map<SelfReport.Type, String> seen = new EnumMap<>(SelfReport.Type.class);
            for (ObligationEffect e : applying(r, unscoped, scoped)) {
                String earlier = seen.put(e.type(), e.criterionId());
                if (earlier != null) {
                    throw new ConfigurationException("Rubric [" + r.id() + "] has two obligation effects for " + e.type()
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
}

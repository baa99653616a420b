package org.kaoping.runtime;

import org.kaoping.core.api.API;
import org.kaoping.spi.Notification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.cycle.Obligation;
import org.kaoping.core.cycle.ObligationStatus;
import org.kaoping.core.evidence.Deduction;

/**
 * What one {@code Kaoping.checkObligations} call found and did: every assessed unit's obligations as of
 * the check, the notifications it delivered now (to at least one notifier), the deductions it stored now,
 * and the deductions it left as stored because the stored record differs. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ObligationCheck {
    private final Instant asOf;
    private final List<Obligation> obligations;
    private final List<Notification> notifications;
    private final List<Deduction> deductionsAdded;
    private final List<String> deductionsKept;
    private final int notifierFailures;

    ObligationCheck(Instant asOf, List<Obligation> obligations, List<Notification> notifications, List<Deduction> deductionsAdded,
            List<String> deductionsKept, int notifierFailures) {
        this.asOf = asOf;
        this.obligations = Collections.unmodifiableList(new ArrayList<>(obligations));
        this.notifications = Collections.unmodifiableList(new ArrayList<>(notifications));
        this.deductionsAdded = Collections.unmodifiableList(new ArrayList<>(deductionsAdded));
        this.deductionsKept = Collections.unmodifiableList(new ArrayList<>(deductionsKept));
        this.notifierFailures = notifierFailures;
    }

    /** The instant the obligations were judged at. */
    public Instant asOf() {
        return asOf;
    }

    /**
     * The obligations of every assessed unit (by unit id, then period) that were due by {@link #asOf()} or
     * met already; those not yet due and not yet met are absent.
     */
    public List<Obligation> obligations() {
        return obligations;
    }

    /** The obligations of one unit, in period order. */
    public List<Obligation> obligations(String unitId) {
        List<Obligation> out = new ArrayList<>();
        for (Obligation o : obligations) {
            if (o.unitId().equals(unitId)) {
                out.add(o);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** How many obligations have {@code status}. */
    public int count(ObligationStatus status) {
        int n = 0;
        for (Obligation o : obligations) {
            n += o.status() == status ? 1 : 0;
        }
        return n;
    }

    /** Notifications delivered by this call to at least one notifier that had not received them before. */
    public List<Notification> notifications() {
        return notifications;
    }

    /** The notifications of one kind delivered by this call. */
    public List<Notification> notifications(Notification.Kind kind) {
        List<Notification> out = new ArrayList<>();
        for (Notification n : notifications) {
            if (n.kind() == kind) {
                out.add(n);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Obligation deductions this call stored (each audited as {@code EVIDENCE_SUBMITTED} by actor {@code system}). */
    public List<Deduction> deductionsAdded() {
        return deductionsAdded;
    }

    /**
     * Ids of obligation deductions whose stored record differs from what the check would file now, e.g. a
     * report found missing that was submitted late afterwards. Evidence is append-only, so the stored
     * record stands; see {@code Kaoping.checkObligations}.
     */
    public List<String> deductionsKept() {
        return deductionsKept;
    }

    /** Deliveries that a notifier refused by throwing in this call; they are tried again by the next check. */
    public int notifierFailures() {
        return notifierFailures;
    }

    @Override
    public String toString() {
        return "ObligationCheck[as of " + asOf + ": " + obligations.size() + " obligation(s) due or met ("
                + count(ObligationStatus.ON_TIME) + " on time, " + count(ObligationStatus.LATE) + " late, "
                + count(ObligationStatus.MISSING) + " missing); " + notifications.size() + " notification(s) sent, "
                + notifierFailures + " delivery failure(s); " + deductionsAdded.size() + " deduction(s) added, "
                + deductionsKept.size() + " kept as stored]";
    }
}

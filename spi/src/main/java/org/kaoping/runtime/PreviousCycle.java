package org.kaoping.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.support.ForwardingAssessmentStore;

/**
 * The previous cycle of a plan kept in the same store (issue 16, across years): the cycle of another plan, one year
 * earlier, whose metric values this cycle's trend rules (逐年提高/下降) read. It is identified by that plan's last
 * published (公示) or final result in the store's audit trail, whose snapshot lists, per unit, the evidence it counted
 * with content hashes. The previous year's metric values this cycle reads are exactly those: a value of that year
 * filed later, or changed since, was not the previous cycle's and is left out ({@link #leftOut}). Evidence of other
 * kinds and other years is not affected. A previous cycle re-opened after it was final is read from its last published or
 * final result until it is published again; the result is read when the runtime is built. Immutable.
 *
 * <p>A runtime reads it through {@link Kaoping.Builder#previousCycle(String)}; a host or the CLI can read the same
 * thing from any store with {@link #read(AssessmentStore, String, int)}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class PreviousCycle {
    private final String planId;
    private final int year;
    private final CycleState state;
    private final Instant takenAt;
    private final long sequence;
    /** unit id → (evidence id → content hash) counted by the previous cycle's result. */
    private final Map<String, Map<String, String>> counted;

    private PreviousCycle(String planId, int year, ResultSnapshot snapshot) {
        this.planId = planId;
        this.year = year;
        this.state = snapshot.state();
        this.takenAt = snapshot.takenAt();
        this.sequence = snapshot.sequence();
        Map<String, Map<String, String>> m = new HashMap<>();
        for (ResultSnapshot.UnitResult u : snapshot.units()) {
            m.put(u.unitId(), u.evidenceHashes());
        }
        this.counted = Collections.unmodifiableMap(m);
    }

    /**
     * Reads the previous cycle of plan {@code planId} from {@code store}'s audit trail: its last published or final
     * result.
     *
     * @param store the store holding both cycles (only read)
     * @param planId the previous cycle's plan id, e.g. {@code beihai-2015-demo}
     * @param year the previous cycle's year (this plan's year minus one)
     * @return the previous cycle
     * @throws ConfigurationException if the store holds no published or final result of plan {@code planId}
     * @throws NullPointerException if {@code store} or {@code planId} is null
     */
    public static PreviousCycle read(AssessmentStore store, String planId, int year) {
        Objects.requireNonNull(store, "store must not be null");
        Objects.requireNonNull(planId, "planId must not be null");
        AuditEvent last = null;
        for (AuditEvent e : store.auditEvents(0)) {
            if ((e.action() == AuditEvent.Action.CYCLE_NOTICE_PUBLISHED || e.action() == AuditEvent.Action.CYCLE_FINALIZED)
                    && planId.equals(e.subject().orElse(null))) {
                last = e;
            }
        }
        if (last == null) {
            throw new ConfigurationException("previous cycle: the store holds no published (公示) or final result of plan [" + planId
                    + "], which is what names the " + year + " values that cycle counted; publish or finalize that cycle first,"
                    + " or check the plan id");
        }
        CycleState state = last.action() == AuditEvent.Action.CYCLE_FINALIZED ? CycleState.FINAL : CycleState.NOTICE;
        return new PreviousCycle(planId, year, ResultSnapshot.of(planId, state, last.at(), last.sequence(),
                LifecycleRecords.snapshotUnits(LifecycleRecords.data(last.detail()))));
    }

    public String planId() {
        return planId;
    }

    public int year() {
        return year;
    }

    /** {@link CycleState#FINAL} if the result read is the final one, {@link CycleState#NOTICE} if it was only published. */
    public CycleState state() {
        return state;
    }

    /** When the result read was published or finalized. */
    public Instant takenAt() {
        return takenAt;
    }

    /** The sequence number of the audit event holding the result read. */
    public long sequence() {
        return sequence;
    }

    /**
     * Whether {@code e} is read by the next cycle: true unless it is a metric value of the previous year that the
     * previous cycle's result did not count (with the same content).
     */
    public boolean reads(Evidence e) {
        if (e.kind() != EvidenceKind.METRIC_VALUE || e.period().year() != year) {
            return true;
        }
        Map<String, String> hashes = counted.get(e.unitId());
        String h = hashes == null ? null : hashes.get(e.id());
        return h != null && h.equals(LifecycleRecords.hash(e));
    }

    /** The previous year's metric values among {@code evidence} that the previous cycle counted, in order. */
    public List<Evidence> values(List<? extends Evidence> evidence) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.kind() == EvidenceKind.METRIC_VALUE && e.period().year() == year && reads(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The previous year's metric values among {@code evidence} that the previous cycle did not count: not read, in order. */
    public List<Evidence> leftOut(List<? extends Evidence> evidence) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : evidence) {
            if (!reads(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** {@code store} as the next cycle reads it: writes and everything else unchanged, evidence reads without {@link #leftOut}. */
    AssessmentStore view(final AssessmentStore store) {
        return new ForwardingAssessmentStore() {
            @Override
            protected AssessmentStore delegate() {
                return store;
            }

            @Override
            public List<Evidence> evidence(String unitId) {
                return filtered(store.evidence(unitId));
            }

            @Override
            public List<Evidence> allEvidence() {
                return filtered(store.allEvidence());
            }
        };
    }

    private List<Evidence> filtered(List<Evidence> evidence) {
        for (Evidence e : evidence) {
            if (!reads(e)) {
                List<Evidence> out = new ArrayList<>(evidence.size());
                for (Evidence k : evidence) {
                    if (reads(k)) {
                        out.add(k);
                    }
                }
                return Collections.unmodifiableList(out);
            }
        }
        return evidence;
    }

    @Override
    public String toString() {
        return "previous cycle of plan " + planId + " (" + year + "), " + state + " result of " + takenAt + " (audit #" + sequence + ")";
    }
}

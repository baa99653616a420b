package org.kaoping.core.cycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.UnitEvidence;

/** Works out a unit's reporting obligations in a cycle from its self-reports; stateless. */
@API(status = API.Status.EXPERIMENTAL)
public final class Obligations {
    private Obligations() {}

    /**
     * The unit's monthly and annual obligations whose deadline has passed by {@code asOf}, or that were met
     * already, in period order. The earliest report of a period counts.
     */
    public static List<Obligation> of(AssessmentCycle cycle, UnitEvidence evidence, Instant asOf) {
        List<Evidence> reports = evidence.byKey(SelfReport.KEY);
        List<Obligation> out = new ArrayList<>();
        for (ReportingPeriod month : cycle.months()) {
            add(out, evidence.unitId(), month, SelfReport.Type.MONTHLY, cycle.monthlyDeadline(month.month()), reports, asOf);
        }
        add(out, evidence.unitId(), ReportingPeriod.year(cycle.year()), SelfReport.Type.ANNUAL, cycle.annualDeadline(), reports, asOf);
        return out;
    }

    private static void add(List<Obligation> out, String unitId, ReportingPeriod period, SelfReport.Type type, Instant deadline,
            List<Evidence> reports, Instant asOf) {
        SelfReport first = null;
        for (Evidence e : reports) {
            if (e.kind() != EvidenceKind.SELF_REPORT || !e.period().equals(period) || e.recordedAt().isAfter(asOf)) {
                continue;
            }
            SelfReport r = (SelfReport) e;
            if (r.type() == type && (first == null || r.recordedAt().isBefore(first.recordedAt()))) {
                first = r;
            }
        }
        if (first == null && asOf.isBefore(deadline)) {
            return; // not yet due
        }
        Obligation.Builder b = Obligation.builder().unitId(unitId).period(period).type(type).deadline(deadline);
        if (first == null) {
            b.status(ObligationStatus.MISSING);
        } else {
            b.status(first.recordedAt().isBefore(deadline) ? ObligationStatus.ON_TIME : ObligationStatus.LATE)
                    .reportId(first.id()).submittedAt(first.recordedAt());
        }
        out.add(b.build());
    }
}

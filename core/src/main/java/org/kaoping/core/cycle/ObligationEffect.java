package org.kaoping.core.cycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.points.Points;

/**
 * The declared effect of missed obligations of one type: a deduction on a named criterion per late and per
 * missing report, turned into {@link Deduction} evidence that the scorer applies (扣完为止 on that criterion).
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class ObligationEffect {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    ObligationEffect() {}

    public abstract SelfReport.Type type();

    /** The criterion the deductions are filed on. */
    public abstract String criterionId();

    public abstract Points perLate();

    public abstract Points perMissing();

    public static ObligationEffect of(SelfReport.Type type, String criterionId, Points perLate, Points perMissing) {
        return ImmutableObligationEffect.builder().type(type).criterionId(criterionId).perLate(perLate).perMissing(perMissing).build();
    }

    /**
     * One deduction per late or missing obligation of this effect's type, with a stable id
     * ({@code obligation:<unit>:<period>:<type>}), recorded by {@code author} at {@code at}.
     */
    public List<Deduction> deductions(List<Obligation> obligations, String author, Instant at) {
        List<Deduction> out = new ArrayList<>();
        for (Obligation o : obligations) {
            if (o.type() != type() || o.status() == ObligationStatus.ON_TIME) {
                continue;
            }
            Points p = o.status() == ObligationStatus.LATE ? perLate() : perMissing();
            if (!p.isPositive()) {
                continue;
            }
            out.add(Deduction.builder().id("obligation:" + o.unitId() + ":" + o.period() + ":" + o.type())
                    .unitId(o.unitId()).key(criterionId()).period(o.period()).source(SourceKind.HOST_SYSTEM)
                    .author(author).recordedAt(at).points(p)
                    .reason(o.type() + " self-report for " + o.period() + " " + o.status()
                            + (o.submittedAt().isPresent() ? " (submitted " + o.submittedAt().get() + ", due before " + o.deadline() + ")"
                                    : " (due before " + o.deadline() + ")"))
                    .build());
        }
        return out;
    }

    @Value.Check
    void check() {
        if (perLate().isNegative() || perMissing().isNegative()) {
            throw new IllegalArgumentException("obligation deductions must not be negative; got " + perLate() + " and " + perMissing());
        }
    }
}

package org.kaoping.core.cycle;

import java.time.Instant;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.points.Points;

/**
 * Spot checks (抽查): the office's unannounced checks, whose findings count toward the annual result as
 * {@link Deduction} evidence from {@link SourceKind#SPOT_CHECK}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class SpotCheck {
    private SpotCheck() {}

    /** A finding that deducts {@code points} from {@code criterionId} of the unit, in the year of {@code at} (Asia/Shanghai). */
    public static Deduction finding(String id, String unitId, String criterionId, Points points, String finding,
            String inspector, Instant at) {
        int year = at.atZone(AssessmentCycle.SHANGHAI).getYear();
        return Deduction.builder().id(id).unitId(unitId).key(criterionId).period(ReportingPeriod.year(year))
                .source(SourceKind.SPOT_CHECK).author(inspector).recordedAt(at).points(points).reason(finding).build();
    }
}

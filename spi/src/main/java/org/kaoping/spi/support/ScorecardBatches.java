package org.kaoping.spi.support;

import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.ScorecardRecord;

/**
 * The argument check every {@link AssessmentStore#putScorecards} implementation makes before writing a batch, shared
 * so that each store refuses the same batches with the same message. Stateless; thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ScorecardBatches {
    private ScorecardBatches() {}

    /**
     * Checks the arguments of {@link AssessmentStore#putScorecards}: no nulls, equal sizes, each plan and unit at most once.
     *
     * @throws IllegalArgumentException naming the index at fault
     */
    public static void check(List<ScorecardRecord> records, List<Long> expectedVersions) {
        java.util.Objects.requireNonNull(records, "records must not be null");
        java.util.Objects.requireNonNull(expectedVersions, "expectedVersions must not be null");
        if (records.size() != expectedVersions.size()) {
            throw new IllegalArgumentException(records.size() + " scorecard record(s) but " + expectedVersions.size()
                    + " expected version(s); give one version per record");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            ScorecardRecord r = records.get(i);
            Long v = expectedVersions.get(i);
            if (r == null || v == null) {
                throw new IllegalArgumentException("scorecard batch has null at index " + i);
            }
            if (v < 0) {
                throw new IllegalArgumentException("expected version at index " + i + " must be 0 (none stored) or a stored version; got " + v);
            }
            if (!seen.add(r.planId() + '\n' + r.unitId())) {
                throw new IllegalArgumentException("scorecard batch names unit [" + r.unitId() + "] under plan ["
                        + r.planId() + "] twice (index " + i + ")");
            }
        }
    }
}

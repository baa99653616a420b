package org.kaoping.runtime;

import java.time.Clock;
import java.time.ZoneOffset;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/** GateTest's runtime over another plan (issue 17's tests). */
final class GateTestSupport {
    private GateTestSupport() {}

    static Kaoping.Builder builder(InMemoryAssessmentStore store, AssessmentPlan plan) {
        return Kaoping.builder().orgDirectory(GateTest.directory()).store(store).plan(plan).cityOffice("fzb")
                .clock(Clock.fixed(GateTest.NOW, ZoneOffset.UTC)).parallelism(1);
    }
}

package org.kaoping.spring.boot;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.kaoping.core.api.API;
import org.kaoping.runtime.Kaoping;

/**
 * Micrometer meters of the Kaoping runtime, tagged with the plan id: gauges {@code kaoping.units.assessed},
 * {@code kaoping.units.not.assessed} and {@code kaoping.provider.failures}; with the obligation schedule, counters
 * {@code kaoping.obligation.checks} (tag {@code outcome} = {@code success} or {@code failure}) and gauges
 * {@code kaoping.obligation.last.deductions} (deductions the last check filed) and
 * {@code kaoping.obligation.last.notifications}.
 */
@API(status = API.Status.EXPERIMENTAL)
public class KaopingMetrics implements MeterBinder {
    private final Kaoping kaoping;
    private final ObligationSchedule schedule;

    /** Meters of {@code kaoping}; {@code schedule} may be null (no schedule configured). */
    public KaopingMetrics(Kaoping kaoping, ObligationSchedule schedule) {
        this.kaoping = kaoping;
        this.schedule = schedule;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        String plan = kaoping.plan().id();
        Gauge.builder("kaoping.units.assessed", kaoping, k -> k.assessedUnits().size()).tag("plan", plan)
                .description("Units the plan assesses").register(registry);
        Gauge.builder("kaoping.units.not.assessed", kaoping, k -> k.notAssessed().size()).tag("plan", plan)
                .description("Units of the org directory that are not assessed").register(registry);
        Gauge.builder("kaoping.provider.failures", kaoping, k -> k.failures().size()).tag("plan", plan)
                .description("Providers that discovery found but could not use").register(registry);
        if (schedule != null) {
            FunctionCounter.builder("kaoping.obligation.checks", schedule, ObligationSchedule::checks).tag("plan", plan)
                    .tag("outcome", "success").description("Scheduled obligation checks").register(registry);
            FunctionCounter.builder("kaoping.obligation.checks", schedule, ObligationSchedule::failures).tag("plan", plan)
                    .tag("outcome", "failure").description("Scheduled obligation checks").register(registry);
            Gauge.builder("kaoping.obligation.last.deductions", schedule,
                    s -> s.lastCheck().map(c -> c.deductionsAdded().size()).orElse(0)).tag("plan", plan)
                    .description("Deductions the last obligation check filed").register(registry);
            Gauge.builder("kaoping.obligation.last.notifications", schedule,
                    s -> s.lastCheck().map(c -> c.notifications().size()).orElse(0)).tag("plan", plan)
                    .description("Notifications the last obligation check delivered").register(registry);
        }
    }
}

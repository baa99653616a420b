package org.kaoping.spring.boot;

import org.kaoping.core.api.API;
import org.kaoping.runtime.Kaoping;
import org.kaoping.spi.IntegrityReport;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The Actuator health of the Kaoping runtime ({@code /actuator/health/kaoping}): UP with the plan, the counts of
 * assessed and not-assessed units, the store and the last scheduled obligation check; DOWN if the last scheduled
 * check failed, if the store cannot be read, or (with {@code kaoping.health.verify-integrity=true}) if the store's
 * hash chain is broken. Providers that discovery could not use are listed as a detail; they do not make it DOWN.
 */
@API(status = API.Status.EXPERIMENTAL)
public class KaopingHealthIndicator extends AbstractHealthIndicator {
    private final Kaoping kaoping;
    private final ObligationSchedule schedule;
    private final boolean verifyIntegrity;

    /** A health indicator for {@code kaoping}; {@code schedule} may be null (no schedule configured). */
    public KaopingHealthIndicator(Kaoping kaoping, ObligationSchedule schedule, boolean verifyIntegrity) {
        super("Kaoping health check failed");
        this.kaoping = kaoping;
        this.schedule = schedule;
        this.verifyIntegrity = verifyIntegrity;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up()
                .withDetail("plan", kaoping.plan().id())
                .withDetail("year", kaoping.plan().year())
                .withDetail("assessedUnits", kaoping.assessedUnits().size())
                .withDetail("notAssessedUnits", kaoping.notAssessed().size())
                .withDetail("store", kaoping.store().id());
        // A cheap read: the store answers (an empty tail of the audit trail is fine).
        kaoping.store().auditEvents(Long.MAX_VALUE - 1);
        if (!kaoping.failures().isEmpty()) {
            builder.withDetail("providerFailures", kaoping.failures().toString());
        }
        if (schedule != null) {
            builder.withDetail("obligationSchedule", schedule.cron());
            schedule.lastCheck().ifPresent(c -> builder.withDetail("lastObligationCheck", c.asOf().toString()));
            if (schedule.lastFailure().isPresent()) {
                builder.down().withDetail("lastObligationCheckFailure", String.valueOf(schedule.lastFailure().get()));
            }
        }
        if (verifyIntegrity) {
            IntegrityReport report = kaoping.store().verifyIntegrity();
            builder.withDetail("integrity", report.toString());
            if (report.chained() && !report.isIntact()) {
                builder.down();
            }
        }
    }
}

package org.kaoping.spring.boot;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kaoping.core.api.API;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.ObligationCheck;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The schedule on which the starter runs {@link Kaoping#checkObligations(Instant)} as of the current instant: a
 * cron expression in a time zone ({@code kaoping.obligations.schedule.*}), on one thread of its own, started and
 * stopped with the application context. It remembers the last check (or its failure) for the health indicator
 * and the metrics. Run the schedule in one application instance only: two runtimes checking one store at the same
 * moment may both deliver a notification (see {@link Kaoping#checkObligations(Instant)}).
 */
@API(status = API.Status.EXPERIMENTAL)
public class ObligationSchedule implements SmartLifecycle {
    private static final Logger LOG = Logger.getLogger(ObligationSchedule.class.getName());

    private final Kaoping kaoping;
    private final Clock clock;
    private final String cron;
    private final TimeZone zone;
    private final AtomicReference<ObligationCheck> lastCheck = new AtomicReference<>();
    private final AtomicReference<RuntimeException> lastFailure = new AtomicReference<>();
    private final AtomicLong checks = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile ThreadPoolTaskScheduler scheduler;
    private volatile ScheduledFuture<?> scheduled;

    /**
     * A schedule for {@code kaoping}, judging as of {@code clock.instant()}, on cron expression {@code cron} in
     * time zone {@code zone} (e.g. {@code Asia/Shanghai}).
     */
    public ObligationSchedule(Kaoping kaoping, Clock clock, String cron, String zone) {
        this.kaoping = kaoping;
        this.clock = clock;
        this.cron = cron;
        this.zone = TimeZone.getTimeZone(java.time.ZoneId.of(zone));
        new CronTrigger(cron, this.zone); // refuse a bad expression at start-up, naming it
    }

    /** Runs one check now, as the schedule does; returns it, or throws what the runtime threw. */
    public ObligationCheck checkNow() {
        try {
            ObligationCheck check = kaoping.checkObligations(clock.instant());
            lastCheck.set(check);
            lastFailure.set(null);
            checks.incrementAndGet();
            return check;
        } catch (RuntimeException e) {
            lastFailure.set(e);
            failures.incrementAndGet();
            throw e;
        }
    }

    private void scheduledCheck() {
        try {
            ObligationCheck check = checkNow();
            LOG.fine(() -> "Kaoping obligation check: " + check);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Kaoping obligation check failed; the next scheduled check tries again", e);
        }
    }

    /** The last successful check; empty before the first. */
    public Optional<ObligationCheck> lastCheck() {
        return Optional.ofNullable(lastCheck.get());
    }

    /** What the last check threw, if the last check failed; empty once a check succeeds again. */
    public Optional<RuntimeException> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    /** Checks that succeeded since start-up. */
    public long checks() {
        return checks.get();
    }

    /** Checks that failed since start-up. */
    public long failures() {
        return failures.get();
    }

    /** The cron expression. */
    public String cron() {
        return cron;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        ThreadPoolTaskScheduler s = new ThreadPoolTaskScheduler();
        s.setPoolSize(1);
        s.setThreadNamePrefix("kaoping-obligations-");
        s.setDaemon(true);
        s.setWaitForTasksToCompleteOnShutdown(true);
        s.setAwaitTerminationSeconds(30);
        s.initialize();
        scheduled = s.schedule(this::scheduledCheck, new CronTrigger(cron, zone));
        scheduler = s;
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            // The next run is cancelled; a check already running completes (up to 30 s) before the store closes.
            scheduled.cancel(false);
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** Stops before the Kaoping bean (and its store) are destroyed. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}

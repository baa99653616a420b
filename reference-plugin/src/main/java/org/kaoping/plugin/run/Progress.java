package org.kaoping.plugin.run;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.kaoping.core.api.API;

/**
 * Progress of long phases (imports, scoring) on standard error, for the office waiting at a terminal: once a phase
 * has run longer than a threshold (a few seconds), a line a second with the count so far, the total when known, the
 * rate and the time taken, then a closing line with the count, time and rate. Short phases print nothing; a silent
 * instance prints nothing at all. Thread-safe: counts may be advanced from any thread.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Progress {
    private static final Progress SILENT = new Progress(null, Long.MAX_VALUE, Long.MAX_VALUE);

    private final PrintWriter err;
    private final long thresholdNanos;
    private final long periodNanos;

    private Progress(PrintWriter err, long thresholdNanos, long periodNanos) {
        this.err = err;
        this.thresholdNanos = thresholdNanos;
        this.periodNanos = periodNanos;
    }

    /** Prints nothing. */
    public static Progress silent() {
        return SILENT;
    }

    /** Progress on {@code err} for phases longer than three seconds, a line a second. */
    public static Progress to(PrintWriter err) {
        return to(err, 3000, 1000);
    }

    /** Progress on {@code err} for phases longer than {@code thresholdMillis}, a line every {@code periodMillis}. */
    public static Progress to(PrintWriter err, long thresholdMillis, long periodMillis) {
        if (thresholdMillis < 0 || periodMillis <= 0) {
            throw new IllegalArgumentException("threshold must be at least 0 and period positive; got " + thresholdMillis + " and " + periodMillis);
        }
        return new Progress(Objects.requireNonNull(err, "err must not be null"), TimeUnit.MILLISECONDS.toNanos(thresholdMillis),
                TimeUnit.MILLISECONDS.toNanos(periodMillis));
    }

    /**
     * Progress on {@code err} when standard output is a terminal or {@code requested} (the {@code --progress} option),
     * silent otherwise, so that scripts and redirected runs stay quiet.
     */
    public static Progress forConsole(PrintWriter err, boolean requested) {
        return requested || System.console() != null ? to(err) : silent();
    }

    /** Whether this instance ever prints. */
    public boolean isSilent() {
        return err == null;
    }

    /**
     * Starts a phase: {@code what} (e.g. 导入证据), counted in {@code unit} (e.g. 条), out of {@code total} (or -1 if
     * unknown). Close it when the phase ends.
     */
    public Phase start(String what, long total, String unit) {
        return new Phase(what, total, unit);
    }

    /** One running phase; {@link #close()} prints the closing line if any progress line was printed. */
    public final class Phase implements AutoCloseable {
        private final String what;
        private final long total;
        private final String unit;
        private final long started = System.nanoTime();
        private final AtomicLong done = new AtomicLong();
        private final Thread ticker;
        private volatile boolean closed;
        private volatile boolean printed;

        Phase(String what, long total, String unit) {
            this.what = what;
            this.total = total;
            this.unit = unit;
            if (err == null) {
                ticker = null;
                return;
            }
            ticker = new Thread(this::tick, "kaoping-progress");
            ticker.setDaemon(true);
            ticker.start();
        }

        /** Counts {@code n} more done. */
        public void advance(long n) {
            done.addAndGet(n);
        }

        /** The count so far. */
        public long done() {
            return done.get();
        }

        private void tick() {
            try {
                long next = started + Math.max(thresholdNanos, periodNanos);
                while (!closed) {
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(100)));
                        continue;
                    }
                    synchronized (err) {
                        if (!closed) {
                            err.println(line(false));
                            err.flush();
                            printed = true;
                        }
                    }
                    next += periodNanos;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** {@code kaoping: 导入证据 12000/50000 条（24%），每秒 8000 条，已用 1.5 秒}. */
        String line(boolean finished) {
            long n = done.get();
            double seconds = (System.nanoTime() - started) / 1e9;
            String rate = seconds > 0 ? String.format(Locale.ROOT, "每秒 %d %s", Math.round(n / seconds), unit) : "";
            StringBuilder s = new StringBuilder("kaoping: ").append(what).append(finished ? "完成 " : " ").append(n);
            if (total >= 0 && !finished) {
                s.append('/').append(total);
            }
            s.append(' ').append(unit);
            if (total > 0 && !finished) {
                s.append("（").append(n * 100 / total).append("%）");
            }
            s.append("，").append(rate).append(String.format(Locale.ROOT, "，%s %.1f 秒", finished ? "用时" : "已用", seconds));
            return s.toString();
        }

        @Override
        public void close() {
            if (err == null || closed) {
                closed = true;
                return;
            }
            boolean longEnough = System.nanoTime() - started >= thresholdNanos;
            synchronized (err) {
                closed = true;
                if (printed || longEnough) {
                    err.println(line(true));
                    err.flush();
                }
            }
            ticker.interrupt();
        }
    }
}

package org.kaoping.plugin.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.kaoping.core.api.API;

/**
 * Wall-clock time spent per phase of a run (generate, import, check obligations, score, publish, reports …), for
 * {@code --verbose} output and for finding where the time goes. Not thread-safe: one run records into one instance.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Timings {
    private final List<String> phases = new ArrayList<>();
    private final List<Long> nanos = new ArrayList<>();

    /** Runs {@code work} and records its wall time under {@code phase}. */
    public <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            phases.add(phase);
            nanos.add(System.nanoTime() - start);
        }
    }

    /** Runs {@code work} and records its wall time under {@code phase}. */
    public void run(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    /** The phases in the order recorded. */
    public List<String> phases() {
        return Collections.unmodifiableList(phases);
    }

    /** The milliseconds of phase number {@code i}. */
    public double millis(int i) {
        return nanos.get(i) / 1e6;
    }

    /** One line per phase, {@code "  import           123.4 ms"}. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            out.add(String.format(Locale.ROOT, "  %-28s %8.1f ms", phases.get(i), millis(i)));
        }
        return out;
    }
}

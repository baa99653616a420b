package org.kaoping.benchmarks.jmh;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.Collections;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting the benchmark process's CPU time per operation ({@code ·cpu.ms/op}, all threads, the
 * collector's included), beside the wall time: on the shared machine, where load moves wall times by tens of seconds,
 * CPU time is the steadier figure to take a ratio of. Use with {@code -prof org.kaoping.benchmarks.jmh.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private long before;

    @Override
    public String getDescription() {
        return "process CPU time per operation (all threads)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        before = cpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
            IterationResult result) {
        long ops = Math.max(1, result.getMetadata().getMeasuredOps());
        double msPerOp = (cpuNanos() - before) / 1e6 / ops;
        return Collections.singletonList(new ScalarResult("·cpu.ms/op", msPerOp, "ms/op", AggregationPolicy.AVG));
    }

    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        }
        return -1;
    }
}

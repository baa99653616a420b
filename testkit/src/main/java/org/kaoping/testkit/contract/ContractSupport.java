package org.kaoping.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** What the contract kits share: the rule prefix of failure messages and a start-together thread runner. */
final class ContractSupport {
    private ContractSupport() {}

    static String rule(String text) {
        return "rule: " + text;
    }

    /** Runs {@code jobs} on their own threads, released together; rethrows the first failure. */
    static <T> List<T> runAtOnce(List<? extends Callable<T>> jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs.size());
        try {
            final CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (final Callable<T> job : jobs) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return job.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    out.add(f.get(5, TimeUnit.MINUTES));
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof Error) {
                        throw (Error) c;
                    }
                    throw c instanceof Exception ? (Exception) c : new RuntimeException(c);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}

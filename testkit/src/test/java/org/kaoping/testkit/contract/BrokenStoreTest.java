package org.kaoping.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.ScorecardRecord;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.support.ForwardingAssessmentStore;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * Deliberately broken stores run through {@link AssessmentStoreContract} with the JUnit Platform
 * launcher: each fails exactly the rules it breaks, and the failure says which rule.
 */
class BrokenStoreTest {

    @Test
    @DisplayName("A correct store passes all of the contract when run through the launcher (the harness counts)")
    void correctStorePasses() {
        TestExecutionSummary s = run(Correct.class);
        assertEquals(0, s.getTotalFailureCount(), failures(s).toString());
        assertEquals(29, s.getTestsSucceededCount()); // 29 rules, with forEachUnit (issue 14) and the rubric version a scorecard keeps (issue 16)
    }

    @Test
    @DisplayName("A store that ignores expectedVersion fails the optimistic-concurrency rules, naming them, and no evidence or audit rule")
    void ignoringExpectedVersionFails() {
        Map<String, String> f = failures(run(IgnoresExpectedVersion.class));
        String stale = f.get("Optimistic concurrency: a write naming a stale or unknown version throws ConcurrentUpdateException and writes nothing");
        assertTrue(stale != null && stale.startsWith("rule: a write naming a stale version is refused with ConcurrentUpdateException"),
                f.toString());
        String negative = f.get("Bad input is refused with an exception and nothing half-written");
        assertTrue(negative != null && negative.startsWith("rule: a negative expected version is refused"), f.toString());
        // The multi-threaded lost-update rule may or may not catch it, depending on how the threads interleave.
        f.remove("N threads updating one scorecard with reload-and-retry lose no update");
        assertEquals(2, f.size(), f.toString());
    }

    @Test
    @DisplayName("A store that drops a write made while another is in flight fails the 'N threads lose nothing' rule, naming it")
    void droppingConcurrentWritesFails() {
        Map<String, String> f = failures(run(DropsConcurrentWrite.class));
        String lost = f.get("N threads submitting distinct evidence at once lose nothing, and each writer's records keep its order");
        assertTrue(lost != null && lost.startsWith("rule: N threads writing at once lose nothing")
                && lost.contains("acknowledged records missing"), f.toString());
        for (String name : f.keySet()) {
            assertTrue(name.startsWith("N threads"), "only concurrency rules fail, but also: " + name);
        }
    }

    @Test
    @DisplayName("A store that writes a batch record by record fails the all-or-nothing rule, naming it")
    void halfWrittenBatchFails() {
        Map<String, String> f = failures(run(WritesBatchPiecemeal.class));
        String batch = f.get("A batch is all or nothing: one conflicting record refuses the whole batch");
        assertTrue(batch != null && batch.startsWith("rule: a refused batch stores none of its records"), f.toString());
    }

    @Test
    @DisplayName("A store that writes a scorecard batch record by record fails exactly the scorecard all-or-nothing rule, naming it")
    void halfWrittenScorecardBatchFails() {
        TestExecutionSummary s = run(WritesScorecardBatchPiecemeal.class);
        Map<String, String> f = failures(s);
        String batch = f.get("Scorecard batch is all or nothing: one stale version throws ConcurrentUpdateException and none of the batch is written");
        assertTrue(batch != null && batch.startsWith("rule: a scorecard batch with a stale version writes none of its records"),
                f.toString());
        assertEquals(1, f.size(), "only the all-or-nothing rule fails: " + f);
        assertEquals(28, s.getTestsSucceededCount(), "every other rule passes");
    }

    // ------------------------------------------------------------------------------------ harness

    private static TestExecutionSummary run(Class<?> contract) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(contract)).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        return listener.getSummary();
    }

    /** Display name of each failed test → its failure message. */
    private static Map<String, String> failures(TestExecutionSummary s) {
        Map<String, String> out = new TreeMap<>();
        for (TestExecutionSummary.Failure f : s.getFailures()) {
            out.put(f.getTestIdentifier().getDisplayName(), String.valueOf(f.getException().getMessage()));
        }
        return out;
    }

    // ------------------------------------------------------------------------------- the stores

    /** The stores are static nested classes, so that surefire does not run their contracts on their own. */
    static class Correct extends AssessmentStoreContract {
        @Override
        protected AssessmentStore newStore(Path dir) {
            return new Delegating(new InMemoryAssessmentStore());
        }

        @Override
        protected AssessmentStore reopen(AssessmentStore closed, Path dir) {
            return ((Delegating) closed).reopen();
        }
    }

    static class IgnoresExpectedVersion extends AssessmentStoreContract {
        @Override
        protected AssessmentStore newStore(Path dir) {
            return new Delegating(new InMemoryAssessmentStore()) {
                @Override
                public ScorecardRecord putScorecard(ScorecardRecord record, long expectedVersion) {
                    Optional<ScorecardRecord> current = d.scorecard(record.planId(), record.unitId());
                    return d.putScorecard(record, current.isPresent() ? current.get().version() : 0);
                }
            };
        }

        @Override
        protected AssessmentStore reopen(AssessmentStore closed, Path dir) {
            return ((Delegating) closed).reopen();
        }
    }

    static class DropsConcurrentWrite extends AssessmentStoreContract {
        @Override
        protected AssessmentStore newStore(Path dir) {
            final AtomicInteger inFlight = new AtomicInteger();
            return new Delegating(new InMemoryAssessmentStore()) {
                @Override
                public SubmitOutcome submit(Evidence evidence) {
                    if (inFlight.incrementAndGet() > 1) {
                        inFlight.decrementAndGet();
                        return SubmitOutcome.ADDED; // acknowledged, never written
                    }
                    try {
                        java.util.concurrent.locks.LockSupport.parkNanos(50_000L); // widen the window so writers overlap
                        return d.submit(evidence);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }
            };
        }

        @Override
        protected AssessmentStore reopen(AssessmentStore closed, Path dir) {
            return ((Delegating) closed).reopen();
        }
    }

    static class WritesBatchPiecemeal extends AssessmentStoreContract {
        @Override
        protected AssessmentStore newStore(Path dir) {
            return new Delegating(new InMemoryAssessmentStore()) {
                @Override
                public List<SubmitOutcome> submitAll(List<? extends Evidence> evidence) {
                    List<SubmitOutcome> out = new ArrayList<>();
                    for (Evidence e : evidence) {
                        out.add(d.submit(e));
                    }
                    return out;
                }
            };
        }

        @Override
        protected AssessmentStore reopen(AssessmentStore closed, Path dir) {
            return ((Delegating) closed).reopen();
        }
    }

    /** Checks the batch's arguments, then writes its records one by one, so a conflict leaves the earlier ones written. */
    static class WritesScorecardBatchPiecemeal extends AssessmentStoreContract {
        @Override
        protected AssessmentStore newStore(Path dir) {
            return new Delegating(new InMemoryAssessmentStore()) {
                @Override
                public List<ScorecardRecord> putScorecards(List<ScorecardRecord> records, List<Long> expectedVersions) {
                    org.kaoping.spi.support.ScorecardBatches.check(records, expectedVersions);
                    List<ScorecardRecord> out = new ArrayList<>();
                    for (int i = 0; i < records.size(); i++) {
                        out.add(d.putScorecard(records.get(i), expectedVersions.get(i)));
                    }
                    return out;
                }
            };
        }

        @Override
        protected AssessmentStore reopen(AssessmentStore closed, Path dir) {
            return ((Delegating) closed).reopen();
        }
    }

    /** Forwards to an {@link InMemoryAssessmentStore}; the broken stores override one method. */
    static class Delegating extends ForwardingAssessmentStore {
        final InMemoryAssessmentStore d;

        Delegating(InMemoryAssessmentStore d) {
            this.d = d;
        }

        Delegating reopen() {
            return new Delegating(d.reopen());
        }

        @Override
        protected AssessmentStore delegate() {
            return d;
        }

        @Override
        public String id() {
            return "delegating";
        }
    }
}

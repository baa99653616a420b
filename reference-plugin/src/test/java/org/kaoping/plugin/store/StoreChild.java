package org.kaoping.plugin.store;

import java.nio.file.Paths;
import java.util.Random;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.plugin.fixtures.SampleEvidence;
import org.kaoping.spi.SubmitOutcome;

/**
 * Main class run in a child JVM by {@link JournalStoreKillTest}: {@code DIR N} submits evidence 1..N
 * through a {@link JournalAssessmentStore} and prints each index after its submit returned.
 */
public final class StoreChild {
    private StoreChild() {
    }

    /** Evidence number {@code i}, which the parent recomputes to check content. */
    static Evidence evidence(int i) {
        return SampleEvidence.random(new Random(i), "ev-" + i, "unit-" + (i % 13));
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        JournalAssessmentStore store = JournalAssessmentStore.open(Paths.get(args[0]));
        for (int i = 1; i <= n; i++) {
            if (store.submit(evidence(i)) != SubmitOutcome.ADDED) {
                throw new IllegalStateException("evidence " + i + " was not added");
            }
            System.out.println(i);
            System.out.flush();
        }
        store.close();
        System.out.println("done");
        System.out.flush();
    }
}

package org.kaoping.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * Issue 14, goal 4: {@code scoreStreaming} (the store read unit by unit) gives exactly {@code scoreCycle}'s cards and
 * unscorable units on seeded random histories (judgements, metrics, incidents, overrides, bonuses, claims approved and
 * rejected), and reads the store through {@code forEachUnit} once, never through {@code allEvidence}.
 */
class StreamingScoreTest {
    /** A store that streams: forEachUnit by units, without allEvidence, counting both. */
    static final class StreamingStore extends IncrementalRankTest.CountingStore {
        final AtomicInteger unitWalks = new AtomicInteger();

        StreamingStore() {
            super(new InMemoryAssessmentStore());
        }

        @Override
        public void forEachUnit(BiConsumer<String, List<Evidence>> action) {
            unitWalks.incrementAndGet();
            Map<String, List<Evidence>> byUnit = new TreeMap<>();
            for (Evidence e : delegate.allEvidence()) {
                byUnit.computeIfAbsent(e.unitId(), k -> new ArrayList<>()).add(e);
            }
            byUnit.forEach(action);
        }
    }

    @Test
    void streamingCardsEqualTheCycleOnSeededHistories() {
        for (long s = 1; s <= 8; s++) {
            final long seed = s;
            StreamingStore store = new StreamingStore();
            SplittableRandom r = new SplittableRandom(seed);
            List<String> claims = new ArrayList<>();
            try (Kaoping k = IncrementalRankTest.runtime(store)) {
                for (int step = 0; step < 120; step++) {
                    IncrementalRankTest.submitOne(k, r, step, claims);
                }
                Map<String, Scorecard> cycle = new LinkedHashMap<>();
                for (Scorecard c : k.scoreCycle()) {
                    cycle.put(c.unitId(), c);
                }
                int allReads = store.allReads.get();
                Map<String, Scorecard> streamed = new LinkedHashMap<>();
                Map<String, String> notScorable = k.scoreStreaming(c -> {
                    assertFalse(streamed.containsKey(c.unitId()), "seed " + seed + ": unit " + c.unitId() + " twice");
                    streamed.put(c.unitId(), c);
                });
                assertFalse(cycle.isEmpty());
                assertEquals(cycle, streamed, "seed " + seed + ": the same cards");
                assertEquals(k.notScorable(), notScorable, "seed " + seed + ": the same units left out");
                assertEquals(allReads, store.allReads.get(), "seed " + seed + ": no full read");
                assertEquals(1, store.unitWalks.get(), "seed " + seed + ": one walk over the units");
            }
        }
    }

    @Test
    void theDefaultWalkGivesTheSameCards() {
        InMemoryAssessmentStore store = new InMemoryAssessmentStore();
        SplittableRandom r = new SplittableRandom(14);
        try (Kaoping k = IncrementalRankTest.runtime(store)) {
            for (int step = 0; step < 200; step++) {
                IncrementalRankTest.submitOne(k, r, step, new ArrayList<>());
            }
            Map<String, Scorecard> cycle = new TreeMap<>();
            k.scoreCycle().forEach(c -> cycle.put(c.unitId(), c));
            Map<String, Scorecard> streamed = new TreeMap<>();
            assertTrue(k.scoreStreaming(c -> streamed.put(c.unitId(), c)).isEmpty());
            assertEquals(cycle, streamed);
        }
    }
}

package org.kaoping.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.testkit.contract.ContractSupport.rule;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;
import org.kaoping.spi.Publication;
import org.kaoping.spi.PublishedResult;
import org.kaoping.spi.ResultSink;

/**
 * The contract of {@link ResultSink}, as JUnit 5 tests that a sink's own test class inherits: what is
 * published arrives whole and exact, results are keyed by plan and unit (publishing again is harmless, a
 * revised publication replaces), plans do not mix, and concurrent publications lose nothing. Failure
 * messages start with {@code rule: …}.
 */
@API(status = API.Status.STABLE)
public abstract class ResultSinkContract {
    /** A fresh, empty directory for each test. */
    @TempDir
    protected Path dir;

    /** The sink under test. */
    protected ResultSink sink;

    /** A sink writing to an empty target (a file under {@code dir}, a test schema, an in-memory host). */
    protected abstract ResultSink newSink(Path dir) throws Exception;

    /** What the host now holds for {@code planId}: one entry per unit, in any order. */
    protected abstract List<PublishedResult> received(ResultSink sink, String planId) throws Exception;

    @BeforeEach
    final void openSink() throws Exception {
        sink = newSink(dir);
        assertNotNull(sink, "newSink(dir) returned null");
    }

    @Test
    @DisplayName("Published results arrive whole and exact: every unit, rank, total (fractional points), grade and commendation")
    void resultsArriveExactly() throws Exception {
        Publication p = publication("plan-a", "85.25", "u-1", "u-2", "u-3");
        sink.publish(p);
        assertEquals(byUnit(p.results()), byUnit(received(sink, "plan-a")), rule("published results arrive whole and exact"));
    }

    @Test
    @DisplayName("Publishing the same publication again is harmless: still one result per unit")
    void republishingIsHarmless() throws Exception {
        Publication p = publication("plan-a", "85.25", "u-1", "u-2");
        sink.publish(p);
        sink.publish(p);
        List<PublishedResult> got = received(sink, "plan-a");
        assertEquals(2, got.size(), rule("publishing again keeps one result per plan and unit"));
        assertEquals(byUnit(p.results()), byUnit(got), rule("publishing again changes nothing"));
    }

    @Test
    @DisplayName("A revised publication replaces the results of its units")
    void revisionReplaces() throws Exception {
        sink.publish(publication("plan-a", "85.25", "u-1", "u-2"));
        Publication revised = publication("plan-a", "90.5", "u-1", "u-2");
        sink.publish(revised);
        assertEquals(byUnit(revised.results()), byUnit(received(sink, "plan-a")), rule("results are keyed by plan and unit; the latest wins"));
    }

    @Test
    @DisplayName("Plans do not mix")
    void plansDoNotMix() throws Exception {
        Publication a = publication("plan-a", "80", "u-1");
        Publication b = publication("plan-b", "70", "u-1", "u-2");
        sink.publish(a);
        sink.publish(b);
        assertEquals(byUnit(a.results()), byUnit(received(sink, "plan-a")), rule("a plan's results hold only that plan"));
        assertEquals(byUnit(b.results()), byUnit(received(sink, "plan-b")), rule("a plan's results hold only that plan"));
    }

    @Test
    @DisplayName("Thread-safe: publications of different plans at once lose nothing")
    void concurrentPublications() throws Exception {
        List<Callable<Void>> jobs = new ArrayList<>();
        final List<Publication> ps = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            ps.add(publication("plan-" + t, "6" + t, "u-1", "u-2", "u-3"));
        }
        for (final Publication p : ps) {
            jobs.add(() -> {
                sink.publish(p);
                return null;
            });
        }
        ContractSupport.runAtOnce(jobs);
        for (Publication p : ps) {
            assertEquals(byUnit(p.results()), byUnit(received(sink, p.planId())), rule("concurrent publications lose nothing"));
        }
    }

    @Test
    @DisplayName("A null publication is refused with an exception")
    void nullIsRefused() {
        assertThrows(RuntimeException.class, () -> sink.publish(null), rule("a null publication is refused"));
    }

    /** A publication of {@code planId} with one result per unit, totals starting at {@code total}. */
    protected static Publication publication(String planId, String total, String... units) {
        org.kaoping.spi.Publication.Builder b = Publication.builder().planId(planId)
                .publishedAt(Instant.parse("2015-12-20T08:00:00.123Z")).publishedBy("市依法治市办");
        for (int i = 0; i < units.length; i++) {
            b.addResult(PublishedResult.builder().rubricId("beihai-2015/county").unitId(units[i]).unitName("单位" + (i + 1))
                    .rank(i + 1).total(Points.parse(total).minus(Points.of(i))).grade(i == 0 ? "优秀" : "良好")
                    .commendable(i != 2).build());
        }
        return b.build();
    }

    private static Map<String, PublishedResult> byUnit(List<PublishedResult> results) {
        Map<String, PublishedResult> out = new TreeMap<>();
        for (PublishedResult r : results) {
            assertTrue(out.put(r.unitId(), r) == null, rule("one result per plan and unit") + ": [" + r.unitId() + "] twice");
        }
        return out;
    }
}

package org.kaoping.rubrics.beihai2015;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.spi.RubricProvider;

/** The module's provider, as a host discovers it through {@link ServiceLoader}. */
class ProviderTest {

    private static RubricProvider discover() {
        List<RubricProvider> found = new ArrayList<>();
        for (RubricProvider p : ServiceLoader.load(RubricProvider.class)) {
            if (p.id().equals("beihai-2015")) {
                found.add(p);
            }
        }
        assertEquals(1, found.size(), "exactly one provider with id beihai-2015");
        return found.get(0);
    }

    @Test
    void serviceLoaderFindsTheProviderWithItsIdAndTheFiveRubrics() {
        RubricProvider p = discover();
        assertTrue(p instanceof Beihai2015RubricProvider);
        assertEquals(0, p.priority());
        assertEquals(List.of("beihai-2015/county", "beihai-2015/judicial", "beihai-2015/administrative",
                "beihai-2015/party-mass", "beihai-2015/enterprise"), p.rubricIds());
        for (String id : p.rubricIds()) {
            Rubric r = p.rubric(id).orElseThrow();
            assertEquals(id, r.id());
            assertEquals("2015.1.0", r.version());
            assertTrue(r.source().contains("北海争创全国法治城市活动工作标准（征求意见稿）"), r.source());
        }
        assertTrue(p.rubric("beihai-2016/county").isEmpty());
        assertTrue(p.rubric("").isEmpty());
    }

    @Test
    void everyProviderInstanceReturnsTheSameRubricInstances() {
        RubricProvider a = discover();
        RubricProvider b = new Beihai2015RubricProvider();
        for (String id : a.rubricIds()) {
            assertSame(a.rubric(id).orElseThrow(), b.rubric(id).orElseThrow(), id);
        }
        assertSame(Beihai2015.enterprise(), b.rubric("beihai-2015/enterprise").orElseThrow());
    }

    @Test
    void concurrentCallersShareOneBuild() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Rubric>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(() -> new Beihai2015RubricProvider().rubric("beihai-2015/county").orElseThrow());
            }
            for (Future<Rubric> f : pool.invokeAll(calls)) {
                assertSame(Beihai2015.county(), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

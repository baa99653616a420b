package org.kaoping.testkit.contract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kaoping.spi.Publication;
import org.kaoping.spi.PublishedResult;
import org.kaoping.spi.ResultSink;

/** A sink keyed by plan and unit, as an appraisal system's table would be, meets the sink contract. */
class MapResultSinkTest extends ResultSinkContract {
    static final class MapSink implements ResultSink {
        final Map<String, Map<String, PublishedResult>> byPlan = new ConcurrentHashMap<>();

        @Override
        public String id() {
            return "map-sink";
        }

        @Override
        public void publish(Publication publication) {
            Map<String, PublishedResult> plan = byPlan.computeIfAbsent(publication.planId(), k -> new ConcurrentHashMap<>());
            for (PublishedResult r : publication.results()) {
                plan.put(r.unitId(), r);
            }
        }
    }

    @Override
    protected ResultSink newSink(Path dir) {
        return new MapSink();
    }

    @Override
    protected List<PublishedResult> received(ResultSink sink, String planId) {
        Map<String, PublishedResult> plan = ((MapSink) sink).byPlan.get(planId);
        return plan == null ? new ArrayList<>() : new ArrayList<>(plan.values());
    }
}

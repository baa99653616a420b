package org.kaoping.spi;

import org.kaoping.core.api.API;

/**
 * Receives published results for the host's performance-appraisal system (绩效考评), where the
 * rule-of-law assessment is a separate score (考核体系单列、单独评分).
 *
 * <p>Registered in {@code META-INF/services/org.kaoping.spi.ResultSink}, or wired explicitly; the runtime
 * publishes to every sink. Must be thread-safe. Publishing the same publication again must be harmless
 * (a sink keys results by plan and unit). A sink that throws fails the publication, which is audited.
 */
@API(status = API.Status.STABLE)
public interface ResultSink extends KaopingProvider {
    void publish(Publication publication);
}

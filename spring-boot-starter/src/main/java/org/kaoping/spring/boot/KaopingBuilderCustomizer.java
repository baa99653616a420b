package org.kaoping.spring.boot;

import org.kaoping.core.api.API;
import org.kaoping.runtime.Kaoping;

/**
 * A callback a host defines as a bean to adjust the {@link Kaoping.Builder} after the starter has wired the beans
 * and properties, and before it builds: anything the properties do not cover (a custom plan, a cycle with other
 * deadlines, per-county settings). Customizers run in {@code @Order} order.
 */
@FunctionalInterface
@API(status = API.Status.STABLE)
public interface KaopingBuilderCustomizer {
    /** Adjusts {@code builder}; called once, at start-up. */
    void customize(Kaoping.Builder builder);
}

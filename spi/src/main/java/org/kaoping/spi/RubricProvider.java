package org.kaoping.spi;

import java.util.List;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.rubric.Rubric;

/**
 * A source of rubrics (工作标准), such as the Beihai 2015 standards module or a directory of JSON rubric
 * files.
 *
 * <p>Registered in {@code META-INF/services/org.kaoping.spi.RubricProvider} for discovery, or wired
 * explicitly. Implementations must have a public no-argument constructor when discovered, must be
 * thread-safe, and should build their rubrics once and return the same instances.
 */
@API(status = API.Status.STABLE)
public interface RubricProvider extends KaopingProvider {
    /** The ids of the rubrics offered, in the provider's preferred order, e.g. {@code beihai-2015/county}. */
    List<String> rubricIds();

    /** The rubric with {@code rubricId}, or empty if this provider does not offer it. */
    Optional<Rubric> rubric(String rubricId);
}

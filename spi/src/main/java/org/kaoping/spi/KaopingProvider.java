package org.kaoping.spi;

import org.kaoping.core.api.API;

/**
 * What every Kaoping service provider declares: a unique id and a priority. Discovery orders providers
 * of one interface by descending priority, then by class name, and refuses two providers with the same id.
 */
@API(status = API.Status.STABLE)
public interface KaopingProvider {
    /** Unique among providers of the same interface, e.g. {@code beihai-2015}; never blank. */
    String id();

    /** Higher comes first; ties are broken by class name. The default is 0. */
    default int priority() {
        return 0;
    }
}

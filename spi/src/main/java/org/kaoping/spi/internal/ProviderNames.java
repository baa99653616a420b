package org.kaoping.spi.internal;

import org.kaoping.core.api.API;
import org.kaoping.spi.KaopingProvider;
import java.util.Collection;

/**
 * Names providers in log lines, exception messages and the wiring summary as {@code id (class name)}, so that
 * every message of the runtime names a provider the same way. Stateless; thread-safe.
 */
@API(status = API.Status.INTERNAL)
public final class ProviderNames {
    private ProviderNames() {}

    public static String describe(KaopingProvider p) {
        return p.id() + " (" + p.getClass().getName() + ")";
    }

    public static String names(Collection<? extends KaopingProvider> ps) {
        if (ps.isEmpty()) {
            return "(none)";
        }
        StringBuilder s = new StringBuilder();
        for (KaopingProvider p : ps) {
            s.append(s.length() == 0 ? "" : ", ").append(describe(p));
        }
        return s.toString();
    }
}

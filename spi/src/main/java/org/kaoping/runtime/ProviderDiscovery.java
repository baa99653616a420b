package org.kaoping.runtime;

import org.kaoping.spi.internal.ProviderNames;
import org.kaoping.spi.internal.ProviderFailures;
import org.kaoping.spi.Providers;
import org.kaoping.spi.ProviderFailure;
import org.kaoping.spi.KaopingProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How {@link Kaoping.Builder#build()} completes explicit wiring by discovery: merges the wired providers of an
 * SPI interface with the discovered ones ({@link Providers#discover(Class)}, through the SPI's own class loader
 * or the host's), picks the single org directory or store when none was wired, and collects what discovery
 * could not use into the caller's failure list. It keeps the {@code ServiceLoader} side of wiring out of the
 * public builder. Immutable and used by one {@code build()} call at a time, as the builder is.
 */
final class ProviderDiscovery {
    /**
     * The runtime's logger. Records name {@link Kaoping} (or its builder) and the method the code was moved
     * from as their source, as they did before it left the facade, so that hosts' log lines stay the same.
     */
    private static final Logger LOG = Logger.getLogger("org.kaoping.spi");
    private static final String SOURCE = Kaoping.Builder.class.getName();

    private final boolean enabled;
    /** The loader to discover through; null for the SPI's own. */
    private final ClassLoader loader;

    ProviderDiscovery(boolean enabled, ClassLoader loader) {
        this.enabled = enabled;
        this.loader = loader;
    }

    /** The wired providers of {@code type} followed by the discovered ones, ordered and checked by {@link Providers#of}. */
    <T extends KaopingProvider> List<T> merge(Class<T> type, List<T> wired, List<ProviderFailure> failures) {
        List<T> all = new ArrayList<>(wired);
        if (enabled) {
            Providers<T> found = discovered(type);
            failures.addAll(found.failures());
            all.addAll(found.all());
        }
        return Providers.of(type, all).all();
    }

    /** The first discovered provider of {@code type}, logging when there were several; null without discovery or if none. */
    <T extends KaopingProvider> T single(Class<T> type, List<ProviderFailure> failures) {
        if (!enabled) {
            return null;
        }
        Providers<T> found = discovered(type);
        failures.addAll(found.failures());
        if (found.all().size() > 1) {
            LOG.logp(Level.INFO, SOURCE, "single", "Kaoping uses " + type.getSimpleName() + " " + ProviderNames.describe(found.all().get(0)) + " of "
                    + found.all().size() + " found; wire one explicitly to choose another");
        }
        return found.all().isEmpty() ? null : found.all().get(0);
    }

    private <T extends KaopingProvider> Providers<T> discovered(Class<T> type) {
        return loader == null ? Providers.discover(type) : Providers.discover(type, loader);
    }

    /** The note on discovery failures that ends a missing-provider message; empty without failures. */
    static String failuresNote(List<ProviderFailure> failures) {
        if (failures.isEmpty()) {
            return "";
        }
        return "; discovery failures: " + ProviderFailures.join(failures);
    }
}

package org.kaoping.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.KaopingException;
import org.kaoping.core.api.API;
import org.kaoping.core.rubric.Rubric;

/**
 * Every rubric offered by a set of {@link RubricProvider}s, looked up by rubric id.
 *
 * <p>On construction the registry asks each provider, in the order of {@link Providers} (descending
 * priority, then class name), for its {@link RubricProvider#rubricIds() rubric ids}, once. A provider
 * whose {@code rubricIds()} throws, or lists a null or blank id, is left out and recorded in
 * {@link #failures()} (logged at {@code WARNING} on {@code org.kaoping.spi}), so that it does not hide
 * the others. Two providers listing the same rubric id make construction fail with
 * {@link DuplicateRubricException} naming both. Rubrics themselves are fetched from their provider when
 * asked for.
 *
 * <p>Immutable and thread-safe if its providers are.
 */
@API(status = API.Status.STABLE)
public final class RubricRegistry {
    private static final Logger LOG = Logger.getLogger("org.kaoping.spi");

    private final List<RubricProvider> providers;
    private final Map<String, RubricProvider> byRubricId;
    private final List<ProviderFailure> failures;

    private RubricRegistry(Providers<RubricProvider> discovered) {
        List<RubricProvider> usable = new ArrayList<>();
        Map<String, RubricProvider> index = new LinkedHashMap<>();
        List<ProviderFailure> failed = new ArrayList<>(discovered.failures());
        for (RubricProvider p : discovered.all()) {
            List<String> ids;
            try {
                ids = new ArrayList<>(p.rubricIds());
                for (String id : ids) {
                    if (id == null || id.trim().isEmpty()) {
                        throw new IllegalStateException("rubricIds() lists a " + (id == null ? "null" : "blank")
                                + " rubric id");
                    }
                }
            } catch (RuntimeException | LinkageError e) {
                ProviderFailure f = new ProviderFailure(p.getClass().getName(), e);
                LOG.warning("Kaoping left out RubricProvider " + p.id() + ": " + f);
                failed.add(f);
                continue;
            }
            for (String id : ids) {
                RubricProvider earlier = index.putIfAbsent(id, p);
                if (earlier != null && earlier != p) {
                    throw new DuplicateRubricException(id, earlier, p);
                }
            }
            usable.add(p);
        }
        this.providers = Collections.unmodifiableList(usable);
        this.byRubricId = Collections.unmodifiableMap(index);
        this.failures = Collections.unmodifiableList(failed);
    }

    /**
     * The rubrics of the {@link RubricProvider}s discovered through the SPI's own class loader (see
     * {@link Providers#discover(Class)}).
     *
     * @throws DuplicateProviderException if two providers declare the same provider id
     * @throws DuplicateRubricException if two providers offer the same rubric id
     */
    public static RubricRegistry discover() {
        return of(Providers.discover(RubricProvider.class));
    }

    /**
     * The rubrics of already discovered or wired providers; their failures are carried over into
     * {@link #failures()}.
     *
     * @throws DuplicateRubricException if two providers offer the same rubric id
     */
    public static RubricRegistry of(Providers<RubricProvider> providers) {
        return new RubricRegistry(Objects.requireNonNull(providers, "providers must not be null"));
    }

    /**
     * Explicit wiring, ordered as discovery would order them.
     *
     * @throws DuplicateProviderException if two providers declare the same provider id
     * @throws DuplicateRubricException if two providers offer the same rubric id
     */
    public static RubricRegistry of(Collection<? extends RubricProvider> providers) {
        return of(Providers.of(RubricProvider.class, providers));
    }

    /** Same as {@link #of(Collection)}. */
    public static RubricRegistry of(RubricProvider... providers) {
        return of(Arrays.asList(providers));
    }

    /** Every rubric id: providers in order, each provider's ids in its own order. */
    public List<String> rubricIds() {
        return Collections.unmodifiableList(new ArrayList<>(byRubricId.keySet()));
    }

    /**
     * The rubric with {@code rubricId}, or empty if no provider lists it.
     *
     * @throws org.kaoping.core.ConfigurationException if the provider that lists it returns none
     */
    public Optional<Rubric> find(String rubricId) {
        RubricProvider p = byRubricId.get(Objects.requireNonNull(rubricId, "rubricId must not be null"));
        if (p == null) {
            return Optional.empty();
        }
        Optional<Rubric> rubric = p.rubric(rubricId);
        if (!rubric.isPresent()) {
            throw new ConfigurationException("RubricProvider " + p.id() + " (" + p.getClass().getName()
                    + ") lists rubric [" + rubricId + "] but returns none for it");
        }
        return rubric;
    }

    /**
     * The rubric with {@code rubricId}.
     *
     * @throws UnknownRubricException listing the known ids, if no provider lists it
     */
    public Rubric rubric(String rubricId) {
        Optional<Rubric> r = find(rubricId);
        if (!r.isPresent()) {
            throw new UnknownRubricException(rubricId, byRubricId.keySet());
        }
        return r.get();
    }

    /** The provider that lists {@code rubricId}, if any. */
    public Optional<RubricProvider> providerOf(String rubricId) {
        return Optional.ofNullable(byRubricId.get(rubricId));
    }

    /** The usable providers, in order. */
    public List<RubricProvider> providers() {
        return providers;
    }

    /** Providers that could not be instantiated or could not list their rubrics, in the order met. */
    public List<ProviderFailure> failures() {
        return failures;
    }
}

package org.kaoping.spi;

import org.kaoping.core.api.API;
import org.kaoping.spi.internal.ProviderFailures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The providers of one service interface, in a deterministic order: discovered with
 * {@link ServiceLoader} or wired explicitly.
 *
 * <p>{@link #discover(Class)} does exactly this:
 * <ol>
 *   <li>calls {@code ServiceLoader.load(type, loader)} where {@code loader} is the class loader that
 *       loaded the SPI itself (the system class loader if that is the boot loader), not the thread's
 *       context class loader, which application servers set in surprising ways;</li>
 *   <li>walks the lazy iterator one provider at a time. A {@link ServiceConfigurationError},
 *       {@link RuntimeException} or {@link LinkageError} while locating or instantiating one provider
 *       (class not found, constructor throws, not a subtype, missing dependency) is recorded as a
 *       {@link ProviderFailure} with the class name and cause, and the walk goes on to the next one;</li>
 *   <li>asks each instantiated provider once for its {@link KaopingProvider#id() id} and
 *       {@link KaopingProvider#priority() priority}; if either throws, or the id is null or blank, that
 *       provider too becomes a failure;</li>
 *   <li>orders the rest by descending priority, then by fully qualified class name;</li>
 *   <li>throws {@link DuplicateProviderException} naming both classes if two providers declare the
 *       same id (the two named in that order);</li>
 *   <li>logs one line on the {@code java.util.logging} logger {@code org.kaoping.spi}: at
 *       {@code INFO} listing every provider found, or at {@code WARNING} if there were failures,
 *       listing them too. See {@link #summary()}.</li>
 * </ol>
 * Failures never make discovery throw; inspect {@link #failures()}. Finding no provider is not an
 * error either.
 *
 * <p>Instances are immutable and thread-safe; the providers themselves are as thread-safe as their
 * implementations promise.
 *
 * @param <T> the service interface
 */
@API(status = API.Status.STABLE)
public final class Providers<T extends KaopingProvider> {
    private static final Logger LOG = Logger.getLogger("org.kaoping.spi");
    private static final Pattern PROVIDER_NAME = Pattern.compile("(?:^|\\s)Provider ([\\w.$]+)");
    /** A bound on iterator errors, so that a loader that never advances cannot loop forever. */
    private static final int MAX_ERRORS = 1000;
    private static final String UNKNOWN = "<unknown>";

    private final Class<T> type;
    private final List<Found<T>> entries;
    private final List<T> providers;
    private final List<ProviderFailure> failures;

    private Providers(Class<T> type, List<Found<T>> found, List<ProviderFailure> failures) {
        this.type = type;
        this.entries = ordered(type, found);
        List<T> list = new ArrayList<>(entries.size());
        for (Found<T> f : entries) {
            list.add(f.provider);
        }
        this.providers = Collections.unmodifiableList(list);
        this.failures = Collections.unmodifiableList(failures);
    }

    /**
     * Discovers the providers of {@code type} through the SPI's own class loader, as described in the
     * class documentation.
     *
     * @throws DuplicateProviderException if two providers declare the same id
     */
    public static <T extends KaopingProvider> Providers<T> discover(Class<T> type) {
        ClassLoader own = Providers.class.getClassLoader();
        return discover(type, own != null ? own : ClassLoader.getSystemClassLoader());
    }

    /**
     * Same as {@link #discover(Class)}, but through {@code loader}, for hosts that keep plugins in a
     * class loader of their own.
     *
     * @throws DuplicateProviderException if two providers declare the same id
     */
    public static <T extends KaopingProvider> Providers<T> discover(Class<T> type, ClassLoader loader) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(loader, "loader must not be null");
        List<Found<T>> found = new ArrayList<>();
        List<ProviderFailure> failures = new ArrayList<>();
        Iterator<T> it = ServiceLoader.load(type, loader).iterator();
        int errors = 0;
        while (errors < MAX_ERRORS) {
            T provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                failures.add(new ProviderFailure(classNameIn(e), rootCause(e)));
                errors++;
                continue;
            }
            String className = provider.getClass().getName();
            try {
                String id = provider.id();
                int priority = provider.priority();
                if (id == null || id.trim().isEmpty()) {
                    failures.add(new ProviderFailure(className,
                            new IllegalStateException("id() returned " + (id == null ? "null" : "a blank id"))));
                } else {
                    found.add(new Found<>(provider, id, priority));
                }
            } catch (RuntimeException | LinkageError e) {
                failures.add(new ProviderFailure(className, e));
            }
        }
        Providers<T> result = new Providers<>(type, found, failures);
        LOG.log(failures.isEmpty() ? Level.INFO : Level.WARNING, result.summary());
        return result;
    }

    /**
     * Explicit wiring: {@code providers} in the same order discovery would give (descending priority,
     * then class name), with no discovery and no log line.
     *
     * @throws IllegalArgumentException if a provider's id is null or blank
     * @throws DuplicateProviderException if two providers declare the same id
     */
    public static <T extends KaopingProvider> Providers<T> of(Class<T> type, Collection<? extends T> providers) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(providers, "providers must not be null");
        List<Found<T>> found = new ArrayList<>();
        for (T p : providers) {
            Objects.requireNonNull(p, "providers must not contain null");
            String id = p.id();
            if (id == null || id.trim().isEmpty()) {
                throw new IllegalArgumentException(type.getSimpleName() + " " + p.getClass().getName()
                        + " has a " + (id == null ? "null" : "blank") + " id");
            }
            found.add(new Found<>(p, id, p.priority()));
        }
        return new Providers<>(type, found, new ArrayList<ProviderFailure>());
    }

    /** The service interface. */
    public Class<T> type() {
        return type;
    }

    /** The usable providers, by descending priority, then class name. */
    public List<T> all() {
        return providers;
    }

    /** The providers that were registered but could not be used, in the order they were met. */
    public List<ProviderFailure> failures() {
        return failures;
    }

    /** The provider with {@code id}, if any. */
    public Optional<T> find(String id) {
        for (Found<T> f : entries) {
            if (f.id.equals(id)) {
                return Optional.of(f.provider);
            }
        }
        return Optional.empty();
    }

    /**
     * The line discovery logs, e.g. {@code Kaoping found 2 RubricProvider(s): beta (com.b.Beta,
     * priority 10), alpha (com.a.Alpha, priority 0); 1 failed: com.c.Broken: IllegalStateException: boom}.
     */
    public String summary() {
        StringBuilder s = new StringBuilder("Kaoping found ").append(providers.size()).append(' ')
                .append(type.getSimpleName()).append("(s)");
        String sep = ": ";
        for (Found<T> f : entries) {
            s.append(sep).append(f.id).append(" (").append(f.className).append(", priority ")
                    .append(f.priority).append(')');
            sep = ", ";
        }
        ProviderFailures.appendTo(s, "failed", failures);
        return s.toString();
    }

    @Override
    public String toString() {
        return summary();
    }

    /** Sorted by descending priority, then class name; the first duplicate id in that order throws. */
    private static <T> List<Found<T>> ordered(Class<?> type, List<Found<T>> found) {
        List<Found<T>> sorted = new ArrayList<>(found);
        Collections.sort(sorted, (a, b) -> {
            int c = Integer.compare(b.priority, a.priority);
            return c != 0 ? c : a.className.compareTo(b.className);
        });
        Map<String, Found<T>> byId = new HashMap<>();
        for (Found<T> f : sorted) {
            Found<T> earlier = byId.putIfAbsent(f.id, f);
            if (earlier != null) {
                throw new DuplicateProviderException(type, f.id, earlier.className, f.className);
            }
        }
        return Collections.unmodifiableList(sorted);
    }

    private static String classNameIn(Throwable e) {
        String message = e.getMessage();
        if (message != null) {
            Matcher m = PROVIDER_NAME.matcher(message);
            if (m.find()) {
                return m.group(1);
            }
        }
        return UNKNOWN;
    }

    /** The error behind a service loader's wrapper: what the constructor threw, or the missing class. */
    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while ((t instanceof ServiceConfigurationError || t instanceof java.lang.reflect.InvocationTargetException
                || t instanceof ExceptionInInitializerError) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static final class Found<T> {
        final T provider;
        final String className;
        final String id;
        final int priority;

        Found(T provider, String id, int priority) {
            this.provider = provider;
            this.className = provider.getClass().getName();
            this.id = id;
            this.priority = priority;
        }
    }
}

package org.kaoping.spi;

import org.kaoping.runtime.Kaoping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kaoping.spi.fixtures.AlphaRubrics;
import org.kaoping.spi.fixtures.BetaRubrics;
import org.kaoping.spi.fixtures.Greeter;
import org.kaoping.spi.fixtures.GreeterOne;
import org.kaoping.spi.fixtures.GreeterTwo;
import org.kaoping.spi.fixtures.ZetaRubrics;

class ProvidersTest {

    @Test
    void brokenProvidersDoNotHideTheOthers() {
        Providers<RubricProvider> found = Providers.discover(RubricProvider.class);

        assertEquals(Arrays.asList("beta", "a-zeta", "alpha"), ids(found.all()));
        List<String> failed = found.failures().stream().map(ProviderFailure::className).collect(Collectors.toList());
        assertEquals(Arrays.asList("org.kaoping.spi.fixtures.BrokenRubrics", "org.kaoping.spi.fixtures.MissingRubrics",
                "org.kaoping.spi.fixtures.BlankIdRubrics"), failed);
    }

    @Test
    void failureCarriesTheConstructorsOwnException() {
        ProviderFailure broken = Providers.discover(RubricProvider.class).failures().get(0);

        assertEquals(IllegalStateException.class, broken.cause().getClass());
        assertEquals("org.kaoping.spi.fixtures.BrokenRubrics: IllegalStateException: broken on purpose: no configuration",
                broken.toString());
        ProviderFailure missing = Providers.discover(RubricProvider.class).failures().get(1);
        // Java 8 wraps a ClassNotFoundException; Java 9+ says "not found" without a cause.
        assertTrue(missing.toString().contains("MissingRubrics not found")
                || missing.cause() instanceof ClassNotFoundException, missing.toString());
    }

    @Test
    void ordersByDescendingPriorityThenClassNameNotId() {
        Providers<RubricProvider> wired = Providers.of(RubricProvider.class,
                Arrays.asList(new AlphaRubrics(), new ZetaRubrics(), new BetaRubrics()));

        // beta and a-zeta share priority 10: BetaRubrics < ZetaRubrics by class name, though "a-zeta" < "beta".
        assertEquals(Arrays.asList("beta", "a-zeta", "alpha"), ids(wired.all()));
        assertTrue(wired.failures().isEmpty());
    }

    @Test
    void orderDoesNotDependOnTheOrderGiven() {
        List<RubricProvider> given = Arrays.asList(new AlphaRubrics(), new ZetaRubrics(), new BetaRubrics());
        for (int[] perm : new int[][] {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}}) {
            List<RubricProvider> shuffled = Arrays.asList(given.get(perm[0]), given.get(perm[1]), given.get(perm[2]));
            assertEquals(Arrays.asList("beta", "a-zeta", "alpha"), ids(Providers.of(RubricProvider.class, shuffled).all()),
                    Arrays.toString(perm));
        }
    }

    @Test
    void duplicateIdsFailNamingBothClasses() {
        DuplicateProviderException e = assertThrows(DuplicateProviderException.class,
                () -> Providers.discover(Greeter.class));

        assertEquals("Duplicate Greeter id [same]: org.kaoping.spi.fixtures.GreeterOne and "
                + "org.kaoping.spi.fixtures.GreeterTwo", e.getMessage());
        assertEquals("same", e.providerId());
    }

    @Test
    void explicitWiringRefusesDuplicatesAndBlankIds() {
        assertThrows(DuplicateProviderException.class,
                () -> Providers.of(Greeter.class, Arrays.asList(new GreeterTwo(), new GreeterOne())));
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> Providers.of(Greeter.class, Arrays.<Greeter>asList(() -> " ")));
        assertTrue(blank.getMessage().contains("blank id"), blank.getMessage());
    }

    @Test
    void usesTheSpisOwnClassLoaderNotTheContextClassLoader() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            thread.setContextClassLoader(empty);
            assertEquals(3, Providers.discover(RubricProvider.class).all().size());
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    @Test
    void logsOneLineListingProvidersAndFailures() {
        Logger logger = Logger.getLogger("org.kaoping.spi");
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            Providers<RubricProvider> found = Providers.discover(RubricProvider.class);
            assertEquals(1, records.size());
            LogRecord line = records.get(0);
            assertEquals(Level.WARNING, line.getLevel());
            assertEquals(found.summary(), line.getMessage());
            assertTrue(line.getMessage().startsWith("Kaoping found 3 RubricProvider(s): beta "
                    + "(org.kaoping.spi.fixtures.BetaRubrics, priority 10), a-zeta"), line.getMessage());
            assertTrue(line.getMessage().contains("; 3 failed: org.kaoping.spi.fixtures.BrokenRubrics"),
                    line.getMessage());
            assertTrue(!line.getMessage().contains("\n"), "one line");
        } finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void findsById() {
        Providers<RubricProvider> found = Providers.discover(RubricProvider.class);
        assertEquals(AlphaRubrics.class, found.find("alpha").get().getClass());
        assertTrue(!found.find("gamma").isPresent());
    }

    private static List<String> ids(List<? extends KaopingProvider> providers) {
        return providers.stream().map(KaopingProvider::id).collect(Collectors.toList());
    }
}

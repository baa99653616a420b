package org.kaoping.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.kaoping.testkit.contract.ContractSupport.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.api.API;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.validation.RubricValidator;
import org.kaoping.core.validation.ValidationReport;
import org.kaoping.spi.Providers;
import org.kaoping.spi.RubricProvider;

/**
 * The contract of {@link RubricProvider}, as JUnit 5 tests that a provider's own test class inherits:
 * listed ids are unique and each gives its rubric, every rubric validates, answers are repeatable and
 * thread-safe, and the provider is registered for discovery. Failure messages start with {@code rule: …}.
 */
@API(status = API.Status.STABLE)
public abstract class RubricProviderContract {
    /** The provider under test. */
    protected RubricProvider provider;

    /** The provider under test, as a host would create it. */
    protected abstract RubricProvider newProvider() throws Exception;

    /**
     * Whether the provider is registered in {@code META-INF/services/org.kaoping.spi.RubricProvider} on
     * the test class path; true by default. Return false for a provider meant only for explicit wiring.
     */
    protected boolean registeredForDiscovery() {
        return true;
    }

    @BeforeEach
    final void openProvider() throws Exception {
        provider = newProvider();
        assertNotNull(provider, "newProvider() returned null");
    }

    @Test
    @DisplayName("The provider has a non-blank id and lists at least one rubric id, each non-blank and unique")
    void listsUniqueIds() {
        assertTrue(provider.id() != null && !provider.id().trim().isEmpty(), rule("a provider's id is never blank"));
        List<String> ids = provider.rubricIds();
        assertNotNull(ids, rule("rubricIds() never returns null"));
        assertFalse(ids.isEmpty(), rule("a provider lists at least one rubric"));
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            assertTrue(id != null && !id.trim().isEmpty(), rule("rubric ids are never blank"));
            assertTrue(seen.add(id), rule("rubric ids are unique") + ": [" + id + "] is listed twice");
        }
    }

    @Test
    @DisplayName("Every listed id gives a rubric with that id; an unlisted id gives none")
    void everyListedIdGivesItsRubric() {
        for (String id : provider.rubricIds()) {
            Optional<Rubric> r = provider.rubric(id);
            assertTrue(r.isPresent(), rule("every listed id gives a rubric") + ": [" + id + "] gives none");
            assertEquals(id, r.get().id(), rule("rubric(id) gives the rubric with that id"));
        }
        assertFalse(provider.rubric("no-such/rubric-id").isPresent(), rule("an unlisted id gives no rubric"));
    }

    @Test
    @DisplayName("Every rubric validates without errors: totals add up, ids are unique, every leaf has a rule")
    void everyRubricValidates() {
        for (String id : provider.rubricIds()) {
            ValidationReport report = RubricValidator.validate(provider.rubric(id).get());
            assertFalse(report.hasErrors(), rule("every rubric a provider offers validates without errors") + ": " + report.summary());
        }
    }

    @Test
    @DisplayName("Answers are repeatable: the same ids, and equal rubrics, on every call")
    void repeatable() {
        List<String> ids = new ArrayList<>(provider.rubricIds());
        assertEquals(ids, provider.rubricIds(), rule("rubricIds() is repeatable, in the same order"));
        for (String id : ids) {
            assertEquals(provider.rubric(id), provider.rubric(id), rule("rubric(id) is repeatable") + ": [" + id + "]");
        }
    }

    @Test
    @DisplayName("Thread-safe: concurrent callers get equal rubrics")
    void concurrentCallersAgree() throws Exception {
        final List<String> ids = provider.rubricIds();
        final List<Optional<Rubric>> expected = new ArrayList<>();
        for (String id : ids) {
            expected.add(provider.rubric(id));
        }
        List<Callable<List<Optional<Rubric>>>> jobs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            jobs.add(() -> {
                List<Optional<Rubric>> got = new ArrayList<>();
                for (String id : ids) {
                    got.add(provider.rubric(id));
                }
                return got;
            });
        }
        for (List<Optional<Rubric>> got : ContractSupport.runAtOnce(jobs)) {
            assertEquals(expected, got, rule("concurrent callers get equal rubrics"));
        }
    }

    @Test
    @DisplayName("The provider is registered for discovery: ServiceLoader through the SPI's class loader finds it")
    void discoverable() {
        assumeTrue(registeredForDiscovery(), "registeredForDiscovery() is false");
        boolean found = false;
        for (RubricProvider p : Providers.discover(RubricProvider.class).all()) {
            found |= p.getClass().equals(provider.getClass()) && p.id().equals(provider.id());
        }
        assertTrue(found, rule("a discoverable provider is listed in META-INF/services/org.kaoping.spi.RubricProvider")
                + ": " + provider.getClass().getName() + " was not found");
    }
}

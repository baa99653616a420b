package org.kaoping.spi;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.KaopingException;
import org.kaoping.spi.fixtures.AlphaRubrics;
import org.kaoping.spi.fixtures.BetaRubrics;
import org.kaoping.spi.fixtures.FixedRubrics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RubricRegistryTest {

    @Test
    void listsRubricsOfDiscoveredProvidersInProviderOrder() {
        RubricRegistry registry = RubricRegistry.discover();

        assertEquals(Arrays.asList("beta/one", "zeta/one", "alpha/one", "alpha/two"), registry.rubricIds());
        assertEquals("alpha/two", registry.rubric("alpha/two").id());
        assertEquals("alpha", registry.providerOf("alpha/two").get().id());
        assertEquals(3, registry.failures().size());
    }

    @Test
    void unknownRubricNamesTheKnownIds() {
        RubricRegistry registry = RubricRegistry.of(new AlphaRubrics(), new BetaRubrics());

        UnknownRubricException e = assertThrows(UnknownRubricException.class, () -> registry.rubric("alpha/three"));
        assertEquals("Unknown rubric [alpha/three]; known: beta/one, alpha/one, alpha/two", e.getMessage());
        assertTrue(!registry.find("alpha/three").isPresent());
    }

    @Test
    void refusesTwoProvidersOfferingTheSameRubric() {
        FixedRubrics copy = new FixedRubrics("copy", 1, "alpha/two");

        DuplicateRubricException e = assertThrows(DuplicateRubricException.class,
                () -> RubricRegistry.of(new AlphaRubrics(), copy));
        assertEquals("Rubric [alpha/two] is offered by two providers: copy (org.kaoping.spi.fixtures.FixedRubrics)"
                + " and alpha (org.kaoping.spi.fixtures.AlphaRubrics)", e.getMessage());
    }

    @Test
    void aProviderThatCannotListItsRubricsIsLeftOutAndRecorded() {
        FixedRubrics failing = new FixedRubrics("failing", 0) {
            @Override
            public List<String> rubricIds() {
                throw new IllegalStateException("directory unreadable");
            }
        };

        RubricRegistry registry = RubricRegistry.of(failing, new BetaRubrics());
        assertEquals(Arrays.asList("beta/one"), registry.rubricIds());
        assertEquals(1, registry.failures().size());
        assertTrue(registry.failures().get(0).toString().endsWith("IllegalStateException: directory unreadable"));
        assertEquals(1, registry.providers().size());
    }

    @Test
    void aProviderThatListsButDoesNotReturnARubricIsReported() {
        FixedRubrics liar = new FixedRubrics("liar", 0, "x/one") {
            @Override
            public java.util.Optional<org.kaoping.core.rubric.Rubric> rubric(String rubricId) {
                return java.util.Optional.empty();
            }
        };
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> RubricRegistry.of(liar).rubric("x/one"));
        assertTrue(e.getMessage().contains("lists rubric [x/one] but returns none"), e.getMessage());
    }

    @Test
    void returnsTheProvidersOwnInstance() {
        AlphaRubrics alpha = new AlphaRubrics();
        assertSame(alpha.rubric("alpha/one").get(), RubricRegistry.of(alpha).rubric("alpha/one"));
    }
}

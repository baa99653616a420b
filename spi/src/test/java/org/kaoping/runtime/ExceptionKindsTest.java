package org.kaoping.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.KaopingException;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.StoreException;
import org.kaoping.core.UnitNotAssessedException;
import org.kaoping.core.evidence.DuplicateEvidenceException;
import org.kaoping.core.org.OrgTreeException;
import org.kaoping.core.org.UnknownOrgUnitException;
import org.kaoping.core.points.PointsFormatException;
import org.kaoping.core.rubric.UnknownCriterionException;
import org.kaoping.core.scoring.ScoringException;
import org.kaoping.core.validation.InvalidRubricException;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.ConcurrentUpdateException;
import org.kaoping.spi.DuplicateProviderException;
import org.kaoping.spi.DuplicateRubricException;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.UnknownRubricException;
import org.kaoping.spi.fixtures.TestOrg;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * The exception hierarchy of core and the runtime (issue 18): each exception belongs to one of the four kinds under
 * {@link KaopingException}, and what the runtime throws tells the caller what happened by its type and accessors,
 * not by its message.
 */
class ExceptionKindsTest {
    final InMemoryAssessmentStore store = new InMemoryAssessmentStore();

    Kaoping.Builder builder() {
        return bare().orgDirectory(new TestOrg()).store(store).cityOffice(TestOrg.CITY_OFFICE)
                .planFromRubrics("beihai-test", 2015).ruleEvaluator(new org.kaoping.spi.fixtures.AttendanceEvaluator());
    }

    /** Rubrics, clock and threads, nothing else: each test adds the settings it needs. */
    static Kaoping.Builder bare() {
        return Kaoping.builder()
                .rubricProvider(KaopingTest.provider("test-rubrics", TestOrg.countyRubric()))
                .clock(Clock.fixed(KaopingTest.NOW, ZoneOffset.UTC))
                .parallelism(1);
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Hierarchy {
        Stream<Arguments> kinds() {
            return Stream.of(
                    Arguments.of(UnknownRubricException.class, ConfigurationException.class),
                    Arguments.of(DuplicateRubricException.class, ConfigurationException.class),
                    Arguments.of(DuplicateProviderException.class, ConfigurationException.class),
                    Arguments.of(OrgReloadException.class, ConfigurationException.class),
                    Arguments.of(InvalidRubricException.class, ConfigurationException.class),
                    Arguments.of(UnknownCriterionException.class, ConfigurationException.class),
                    Arguments.of(EvidenceRefusedException.class, RefusedInputException.class),
                    Arguments.of(EvidenceConflictException.class, RefusedInputException.class),
                    Arguments.of(DuplicateEvidenceException.class, RefusedInputException.class),
                    Arguments.of(OrgTreeException.class, RefusedInputException.class),
                    Arguments.of(PointsFormatException.class, RefusedInputException.class),
                    Arguments.of(ScoringException.class, RefusedInputException.class),
                    Arguments.of(UnknownOrgUnitException.class, UnitNotAssessedException.class),
                    Arguments.of(ConcurrentUpdateException.class, StoreException.class));
        }

        @ParameterizedTest(name = "{0} is a {1}")
        @MethodSource("kinds")
        void eachExceptionBelongsToItsKind(Class<?> exception, Class<?> kind) {
            assertTrue(kind.isAssignableFrom(exception), exception + " extends " + exception.getSuperclass());
        }

        @Test
        void theTwoConditionsOfTheirOwnAreDirectlyUnderTheRoot() {
            assertSame(KaopingException.class, UnitsFailedException.class.getSuperclass());
            assertSame(KaopingException.class, PublicationFailedException.class.getSuperclass());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WiringErrors {
        Stream<Arguments> missing() {
            InMemoryAssessmentStore store = new InMemoryAssessmentStore();
            return Stream.of(
                    Arguments.of("cityOffice(", (Supplier<Kaoping.Builder>) () -> bare().orgDirectory(new TestOrg())
                            .store(store).planFromRubrics("p", 2015)),
                    Arguments.of("plan(", (Supplier<Kaoping.Builder>) () -> bare().orgDirectory(new TestOrg())
                            .store(store).cityOffice(TestOrg.CITY_OFFICE)),
                    Arguments.of("orgDirectory(", (Supplier<Kaoping.Builder>) () -> bare().store(store)
                            .cityOffice(TestOrg.CITY_OFFICE).planFromRubrics("p", 2015)),
                    Arguments.of("store(", (Supplier<Kaoping.Builder>) () -> bare().orgDirectory(new TestOrg())
                            .cityOffice(TestOrg.CITY_OFFICE).planFromRubrics("p", 2015)));
        }

        @ParameterizedTest(name = "without {0}")
        @MethodSource("missing")
        void aMissingSettingIsAConfigurationExceptionNamingIt(String setting, Supplier<Kaoping.Builder> without) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> without.get().build());
            assertTrue(e.getMessage().contains(setting), e.getMessage());
        }

        @Test
        void aUnitDeclaredNotAssessedThatIsNotInTheTreeIsAConfigurationException() {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> builder().notAssessed("nowhere", "因为").build());
            assertTrue(e.getMessage().contains("[nowhere]"), e.getMessage());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class UnitsNotAssessed {
        @Test
        void aUnitDeclaredNotAssessedCarriesItsIdAndTheReason() {
            Kaoping k = builder().notAssessed("hepu", "本年度不参加考评").build();
            UnitNotAssessedException e = assertThrows(UnitNotAssessedException.class, () -> k.scoreUnit("hepu"));
            assertEquals("hepu", e.unitId());
            assertTrue(e.reason().startsWith("本年度不参加考评"), e.reason());
        }

        @Test
        void aUnitOfAKindWithoutARubricIsNotAssessed() {
            Kaoping k = builder().build();
            UnitNotAssessedException e = assertThrows(UnitNotAssessedException.class, () -> k.scoreUnit("qiaogang"));
            assertEquals("qiaogang", e.unitId());
        }

        @Test
        void aUnitNotInTheOrgTreeIsAnUnknownOrgUnitAndSoNotAssessed() {
            Kaoping k = builder().build();
            UnitNotAssessedException e = assertThrows(UnitNotAssessedException.class, () -> k.scoreUnit("nowhere"));
            assertTrue(e instanceof UnknownOrgUnitException, e.getClass().getName());
            assertEquals("nowhere", e.unitId());
            assertEquals(UnknownOrgUnitException.NOT_IN_TREE, e.reason());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Failures {
        @Test
        void aClosedStoreIsAStoreException() {
            Kaoping k = builder().build();
            store.close();
            assertThrows(StoreException.class, () -> k.scoreUnit("hepu"));
        }

        @Test
        void unitsWhoseScorecardsTheStoreFailsToWriteAreNamedWithTheStoreExceptionKept() {
            StoreException diskFull = new StoreException("disk full");
            InMemoryAssessmentStore inner = new InMemoryAssessmentStore();
            // the batch write meets another writer, then each single write fails
            AssessmentStore failing = (AssessmentStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {AssessmentStore.class}, (proxy, method, args) -> {
                        if (method.getName().equals("putScorecards")) {
                            throw new ConcurrentUpdateException("a scorecard", 0, 1);
                        }
                        if (method.getName().equals("putScorecard")) {
                            throw diskFull;
                        }
                        try {
                            return method.invoke(inner, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            Kaoping k = builder().store(failing).build();
            UnitsFailedException e = assertThrows(UnitsFailedException.class, k::scoreCycle);
            assertEquals(3, e.attempted(), e.getMessage());
            assertEquals(3, e.failures().size(), e.failures().toString());
            assertTrue(e.failures().stream().allMatch(f -> f.endsWith(": disk full")), e.failures().toString());
            assertSame(diskFull, e.getCause());
        }
    }
}

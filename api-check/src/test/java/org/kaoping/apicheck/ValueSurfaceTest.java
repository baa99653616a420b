package org.kaoping.apicheck;

import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ScorecardRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.plan.AssessmentPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18.2: the values core and the SPI own keep their generated Immutables classes to themselves. No public or
 * protected signature of a public type names a generated {@code Immutable*} class, the values cannot be extended from
 * outside their package (core's evidence kinds only deliberately, through a protected constructor), and their
 * {@code @Value.Check} validation is not public. One scan ({@link ValueSurface}) over each module's classes.
 */
class ValueSurfaceTest {
    /** One module's values: the public types scanned, a value it certainly holds, and one attribute of its builder. */
    static final class Module {
        final String name;
        final List<Class<?>> types;
        final Class<?> sample;
        final String attribute;

        Module(String name, Class<?> beside, Class<?> sample, String attribute) {
            this.name = name;
            this.types = ValueSurface.typesBeside(beside);
            this.sample = sample;
            this.attribute = attribute;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final Module CORE = new Module("core", Evidence.class, AssessmentPlan.class, "id");
    static final Module SPI = new Module("spi", AuditEvent.class, ScorecardRecord.class, "planId");

    static Stream<Module> modules() {
        return Stream.of(CORE, SPI);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void theScanFindsTheModulesValues(Module m) {
        assertTrue(ValueSurface.values(m.types).contains(m.sample), "scanned " + m.types.size() + " types");
    }

    @Nested
    class Signatures {
        @ParameterizedTest
        @MethodSource("org.kaoping.apicheck.ValueSurfaceTest#modules")
        void noPublicSignatureNamesAGeneratedClass(Module m) {
            assertEquals(new TreeSet<String>(), ValueSurface.signaturesNamingGeneratedTypes(m.types));
        }

        @ParameterizedTest
        @MethodSource("org.kaoping.apicheck.ValueSurfaceTest#modules")
        void aValuesBuilderIsNamedByTheValue(Module m) throws ReflectiveOperationException {
            Class<?> builderType = Class.forName(m.sample.getName() + "$Builder");
            Method builder = m.sample.getMethod("builder");
            assertEquals(builderType, builder.getReturnType());
            assertEquals(builderType, builderType.getMethod(m.attribute, String.class).getReturnType());
            assertEquals(m.sample, builderType.getMethod("build").getReturnType());
        }

        @ParameterizedTest
        @MethodSource("org.kaoping.apicheck.ValueSurfaceTest#modules")
        void everyValueBuilderIsBuiltOnlyThroughTheValue(Module m) {
            assertEquals(new TreeSet<String>(), ValueSurface.buildersWithPublicConstructors(m.types));
        }
    }

    @Nested
    class Closure {
        @ParameterizedTest
        @MethodSource("org.kaoping.apicheck.ValueSurfaceTest#modules")
        void noValueHasAPublicConstructor(Module m) {
            assertEquals(new TreeSet<String>(), ValueSurface.valuesWithConstructors(m.types, true));
        }

        @ParameterizedTest
        @MethodSource("org.kaoping.apicheck.ValueSurfaceTest#modules")
        void validationIsNotPublic(Module m) {
            assertEquals(new TreeSet<String>(), ValueSurface.publicChecks(m.types));
        }

        @Test
        void inCoreOnlyTheEvidenceKindsHaveAProtectedConstructor() {
            TreeSet<String> open = ValueSurface.valuesWithConstructors(CORE.types, false);
            open.removeIf(name -> name.startsWith(Evidence.class.getPackage().getName() + "."));
            assertEquals(new TreeSet<String>(), open);
        }

        @Test
        void evidenceIsExtendedOnlyByItsKinds() {
            for (Constructor<?> c : Evidence.class.getDeclaredConstructors()) {
                assertFalse(Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()), c.toString());
            }
        }

        @Test
        void noSpiValueHasAProtectedConstructor() {
            assertEquals(new TreeSet<String>(), ValueSurface.valuesWithConstructors(SPI.types, false));
        }
    }
}

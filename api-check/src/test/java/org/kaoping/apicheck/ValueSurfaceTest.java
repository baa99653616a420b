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
    @Nested
    class Core {
        static final List<Class<?>> TYPES = ValueSurface.typesBeside(Evidence.class);

        @Test
        void theScanFindsTheValuesOfCore() {
            assertTrue(ValueSurface.values(TYPES).contains(AssessmentPlan.class), "scanned " + TYPES.size() + " types");
        }

        @Nested
        class Signatures {
            @Test
            void noPublicSignatureNamesAGeneratedClass() {
                assertEquals(new TreeSet<String>(), ValueSurface.signaturesNamingGeneratedTypes(TYPES));
            }

            @Test
            void aValuesBuilderIsNamedByTheValue() throws ReflectiveOperationException {
                Method builder = AssessmentPlan.class.getMethod("builder");
                assertEquals(AssessmentPlan.Builder.class, builder.getReturnType());
                assertEquals(AssessmentPlan.Builder.class, AssessmentPlan.Builder.class.getMethod("id", String.class).getReturnType());
                assertEquals(AssessmentPlan.class, AssessmentPlan.Builder.class.getMethod("build").getReturnType());
            }

            @Test
            void everyValueBuilderIsBuiltOnlyThroughTheValue() {
                assertEquals(new TreeSet<String>(), ValueSurface.buildersWithPublicConstructors(TYPES));
            }
        }

        @Nested
        class Closure {
            @Test
            void noValueHasAPublicConstructor() {
                assertEquals(new TreeSet<String>(), ValueSurface.valuesWithConstructors(TYPES, true));
            }

            @Test
            void onlyTheEvidenceKindsHaveAProtectedConstructor() {
                TreeSet<String> open = ValueSurface.valuesWithConstructors(TYPES, false);
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
            void validationIsNotPublic() {
                assertEquals(new TreeSet<String>(), ValueSurface.publicChecks(TYPES));
            }
        }
    }

    @Nested
    class Spi {
        static final List<Class<?>> TYPES = ValueSurface.typesBeside(AuditEvent.class);

        @Test
        void theScanFindsTheValuesOfTheSpi() {
            assertTrue(ValueSurface.values(TYPES).contains(ScorecardRecord.class), "scanned " + TYPES.size() + " types");
        }

        @Nested
        class Signatures {
            @Test
            void noPublicSignatureNamesAGeneratedClass() {
                assertEquals(new TreeSet<String>(), ValueSurface.signaturesNamingGeneratedTypes(TYPES));
            }

            @Test
            void aValuesBuilderIsNamedByTheValue() throws ReflectiveOperationException {
                Method builder = ScorecardRecord.class.getMethod("builder");
                assertEquals(ScorecardRecord.Builder.class, builder.getReturnType());
                assertEquals(ScorecardRecord.Builder.class, ScorecardRecord.Builder.class.getMethod("planId", String.class).getReturnType());
                assertEquals(ScorecardRecord.class, ScorecardRecord.Builder.class.getMethod("build").getReturnType());
            }

            @Test
            void everyValueBuilderIsBuiltOnlyThroughTheValue() {
                assertEquals(new TreeSet<String>(), ValueSurface.buildersWithPublicConstructors(TYPES));
            }
        }

        @Nested
        class Closure {
            @Test
            void noValueHasAPublicConstructor() {
                assertEquals(new TreeSet<String>(), ValueSurface.valuesWithConstructors(TYPES, true));
            }

            @Test
            void noValueHasAProtectedConstructor() {
                assertEquals(new TreeSet<String>(), ValueSurface.valuesWithConstructors(TYPES, false));
            }

            @Test
            void validationIsNotPublic() {
                assertEquals(new TreeSet<String>(), ValueSurface.publicChecks(TYPES));
            }
        }
    }
}

package org.kaoping.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.StoreException;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.plugin.directory.CsvOrgDirectory;
import org.kaoping.plugin.directory.UnitsCsvFormatException;
import org.kaoping.plugin.imports.CsvFormatException;
import org.kaoping.plugin.imports.EvidenceCsvFormatException;
import org.kaoping.plugin.journal.JournalCorruptedException;
import org.kaoping.plugin.journal.JournalException;
import org.kaoping.plugin.journal.JournalLockedException;
import org.kaoping.plugin.json.EvidenceFormatException;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.plugin.json.JsonFormatException;
import org.kaoping.plugin.json.PlanFormatException;
import org.kaoping.plugin.json.PlanJson;
import org.kaoping.plugin.json.RefusedOutputFileException;
import org.kaoping.plugin.json.RubricFormatException;
import org.kaoping.plugin.json.RubricJson;
import org.kaoping.plugin.store.JdbcAssessmentStore;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.spi.AssessmentStore;

/**
 * The plugin's exceptions by kind (issue 18): a refused file is a {@code …FormatException} and a
 * {@link RefusedInputException} with its place as accessors; a store that fails is a {@link StoreException} with
 * the {@code SQLException} or {@code IOException} kept as the cause.
 */
class ExceptionKindsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Hierarchy {
        Stream<Arguments> kinds() {
            return Stream.of(
                    Arguments.of(EvidenceFormatException.class, JsonFormatException.class),
                    Arguments.of(RubricFormatException.class, JsonFormatException.class),
                    Arguments.of(PlanFormatException.class, JsonFormatException.class),
                    Arguments.of(JsonFormatException.class, RefusedInputException.class),
                    Arguments.of(EvidenceCsvFormatException.class, CsvFormatException.class),
                    Arguments.of(UnitsCsvFormatException.class, CsvFormatException.class),
                    Arguments.of(CsvFormatException.class, RefusedInputException.class),
                    Arguments.of(RefusedOutputFileException.class, RefusedInputException.class),
                    Arguments.of(JournalException.class, StoreException.class),
                    Arguments.of(JournalCorruptedException.class, JournalException.class),
                    Arguments.of(JournalLockedException.class, JournalException.class));
        }

        @ParameterizedTest(name = "{0} is a {1}")
        @MethodSource("kinds")
        void eachExceptionBelongsToItsKind(Class<?> exception, Class<?> kind) {
            assertTrue(kind.isAssignableFrom(exception), exception + " extends " + exception.getSuperclass());
        }

        @Test
        void everyRefusedFileExceptionEndsInFormatException() {
            Stream.of(EvidenceFormatException.class, RubricFormatException.class, PlanFormatException.class,
                    EvidenceCsvFormatException.class, UnitsCsvFormatException.class)
                    .forEach(c -> assertTrue(c.getSimpleName().endsWith("FormatException"), c.getName()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RefusedFiles {
        Stream<Arguments> badJson() {
            return Stream.of(
                    Arguments.of(EvidenceFormatException.class, "e.json",
                            (Consumer<String>) text -> EvidenceJson.parseArray(text, "e.json")),
                    Arguments.of(RubricFormatException.class, "r.json",
                            (Consumer<String>) text -> RubricJson.parse(text, "r.json")),
                    Arguments.of(PlanFormatException.class, "p.json",
                            (Consumer<String>) text -> PlanJson.parse(text, "p.json")));
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("badJson")
        void jsonThatDoesNotParseIsRefusedWithItsPlace(Class<? extends JsonFormatException> type, String source,
                Consumer<String> reader) {
            JsonFormatException e = assertThrows(type, () -> reader.accept("{\n  \"id\": "));
            assertEquals(source, e.source());
            assertEquals(2, e.line(), e.getMessage());
            assertTrue(e.column() > 0, e.getMessage());
            assertTrue(!e.problem().isEmpty() && e.getMessage().endsWith(e.problem()), e.getMessage());
        }

        @Test
        void aUnitsCsvWithABadRowIsRefusedListingEveryProblem() {
            byte[] csv = ("unit_id,name,kind,parent_id\n"
                    + "beihai,北海市,CITY,\n"
                    + "x,某区,NO_SUCH_KIND,beihai\n"
                    + "y,,COUNTY_DISTRICT,beihai\n").getBytes(StandardCharsets.UTF_8);
            UnitsCsvFormatException e = assertThrows(UnitsCsvFormatException.class,
                    () -> CsvOrgDirectory.parse("units.csv", csv, StandardCharsets.UTF_8));
            assertEquals(2, e.problems().size(), e.getMessage());
            assertEquals("units.csv", e.problems().get(0).file());
            assertEquals(3, e.problems().get(0).line());
            assertEquals(4, e.problems().get(1).line());
        }

        @Test
        void aFileThatCannotBeReadIsRefusedWithTheIoExceptionKept(@TempDir Path dir) {
            RefusedInputException e = assertThrows(RefusedInputException.class,
                    () -> PlanJson.read(dir.resolve("missing-plan.json")));
            assertTrue(e.getCause() instanceof IOException, String.valueOf(e.getCause()));
            assertTrue(e.getMessage().contains("missing-plan.json"), e.getMessage());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class StoreFailures {
        final SQLException down = new SQLException("connection refused", "08001");

        /** A pool whose every connection attempt fails, as when the database is down. */
        DataSource unreachable() {
            return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("getConnection")) {
                            throw down;
                        }
                        if (method.getName().equals("toString")) {
                            return "unreachable";
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }

        Stream<Arguments> operations() {
            Judgement j = org.kaoping.testkit.contract.ContractEvidence.judgement("j1", "hepu", "好");
            return Stream.of(
                    Arguments.of("allEvidence", (Consumer<AssessmentStore>) AssessmentStore::allEvidence),
                    Arguments.of("evidence", (Consumer<AssessmentStore>) s -> s.evidence("hepu")),
                    Arguments.of("submit", (Consumer<AssessmentStore>) s -> s.submit(j)),
                    Arguments.of("scorecards", (Consumer<AssessmentStore>) s -> s.scorecards("plan")),
                    Arguments.of("auditEvents", (Consumer<AssessmentStore>) s -> s.auditEvents(0)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("operations")
        void aDatabaseThatCannotBeReachedIsAStoreExceptionWithTheSqlExceptionKept(String name,
                Consumer<AssessmentStore> operation) {
            try (JdbcAssessmentStore store = JdbcAssessmentStore.open(unreachable())) {
                StoreException e = assertThrows(StoreException.class, () -> operation.accept(store));
                assertSame(down, e.getCause(), String.valueOf(e.getCause()));
                assertTrue(e.getMessage().contains(JdbcAssessmentStore.DEFAULT_TABLE_PREFIX), e.getMessage());
            }
        }

        @Test
        void aClosedJournalStoreIsAStoreException(@TempDir Path dir) {
            JournalAssessmentStore store = JournalAssessmentStore.open(dir);
            store.close();
            StoreException e = assertThrows(StoreException.class, store::allEvidence);
            assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        }

        @Test
        void verifyingADirectoryThatIsNotThereIsAJournalException(@TempDir Path dir) {
            JournalException e = assertThrows(JournalException.class,
                    () -> JournalAssessmentStore.verify(dir.resolve("nowhere")));
            assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
        }
    }
}

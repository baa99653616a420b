package org.kaoping.plugin.json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaoping.core.KaopingException;
import org.kaoping.core.validation.RubricValidator;
import org.kaoping.plugin.json.RefusedOutputFileException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile JSON input (issue 11): every case a domain error naming where it is, never a crash or a hang. */
class HostileJsonTest {
    private static final Duration QUICK = Duration.ofSeconds(20);

    static String metric(String value) {
        return "{\"kind\":\"metric-value\",\"id\":\"m\",\"unitId\":\"u\",\"key\":\"k\",\"period\":\"2015\","
                + "\"source\":\"self\",\"author\":\"a\",\"recordedAt\":\"2015-01-01T00:00:00Z\","
                + "\"value\":" + value + ",\"unit\":\"次\"}";
    }

    static String rubric(String minimum, String points1, String points2) {
        return "{\"id\":\"r\",\"version\":\"1\",\"title\":\"t\",\"points\":100,\"source\":\"s\",\"appliesTo\":[\"city\"],"
                + "\"criteria\":[{\"label\":\"1\",\"title\":\"t\",\"points\":" + points1 + ",\"rule\":{\"kind\":\"at-least\","
                + "\"metric\":\"m\",\"minimum\":" + minimum + ",\"unit\":\"次\",\"period\":\"year\","
                + "\"policy\":{\"kind\":\"all-or-nothing\"}}},"
                + "{\"label\":\"2\",\"title\":\"u\",\"points\":" + points2 + "}]}";
    }

    private static EvidenceFormatException evidenceRefused(String json) {
        return assertTimeoutPreemptively(QUICK, () -> assertThrows(EvidenceFormatException.class,
                () -> EvidenceJson.parse(json, "e.json")));
    }

    private static RubricFormatException rubricRefused(String json) {
        return assertTimeoutPreemptively(QUICK, () -> assertThrows(RubricFormatException.class,
                () -> RubricJson.parse(json, "r.json")));
    }

    @Nested
    class Numbers {
        @ParameterizedTest
        @ValueSource(strings = {"1e99999999999", "1e2000000000", "-1e2000000000", "1e-2000000000", "0e-2000000000",
                "1e19", "0.0000000000000000000001"})
        void aMetricOutOfBoundsIsRefusedWhereItIs(String value) {
            EvidenceFormatException e = evidenceRefused(metric(value));
            assertEquals(1, e.line(), e.getMessage());
            assertTrue(e.column() > 1, e.getMessage());
            assertEquals("$.value", e.path(), e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"-1e2000000000", "1e2000000000", "1e99999999999"})
        void aRubricMinimumOutOfBoundsIsRefusedByTheReader(String minimum) {
            RubricFormatException e = rubricRefused(rubric(minimum, "50", "50"));
            assertEquals("$.criteria[0].rule.minimum", e.path(), e.getMessage());
        }

        @Test
        void pointsBeyondTheDeclaredBoundAreRefused() {
            RubricFormatException e = rubricRefused(rubric("1", "900000000000000", "900000000000000"));
            assertEquals("$.criteria[0].points", e.path(), e.getMessage());
            assertTrue(e.problem().contains(String.valueOf(InputLimits.MAX_POINTS)), e.getMessage());
        }
    }

    @Nested
    class Text {
        @Test
        void anUnpairedSurrogateIsRefusedAtReadTime() {
            EvidenceFormatException e = evidenceRefused(metric("1").replace("\"author\":\"a\"", "\"author\":\"a\\ud800\""));
            assertEquals("$.author", e.path(), e.getMessage());
            assertTrue(e.problem().contains("surrogate"), e.getMessage());
        }

        @Test
        void aLoneLowSurrogateInAKeyIsRefused() {
            rubricRefused(rubric("1", "50", "50").replace("\"label\":\"2\"", "\"label\":\"2\\udc00x\""));
        }

        @Test
        void aPairedSurrogateIsText() {
            EvidenceJson.parse(metric("1").replace("\"author\":\"a\"", "\"author\":\"\\ud83d\\ude00\""), "e.json");
        }

        @Test
        void aStringPastTheLengthBoundSaysWhereItIs() {
            StringBuilder big = new StringBuilder();
            for (int i = 0; i <= InputLimits.MAX_STRING_CHARS; i++) {
                big.append('x');
            }
            EvidenceFormatException e = evidenceRefused("\n\n" + metric("1").replace("\"author\":\"a\"",
                    "\"author\":\"" + big + "\""));
            assertEquals(3, e.line(), e.getMessage());
            assertTrue(e.column() > 0, e.getMessage());
        }

        @Test
        void nestingPastTheDepthBoundSaysWhereItIs() {
            StringBuilder deep = new StringBuilder("\n");
            for (int i = 0; i < 5000; i++) {
                deep.append('[');
            }
            EvidenceFormatException e = assertTimeoutPreemptively(QUICK, () -> assertThrows(EvidenceFormatException.class,
                    () -> EvidenceJson.parseArray(deep.toString(), "deep.json")));
            assertEquals(2, e.line(), e.getMessage());
            assertTrue(Math.abs(e.column() - InputLimits.MAX_JSON_DEPTH) <= 1, "near the bracket past the bound: "
                    + e.getMessage());
        }

        @Test
        void aRubricNested5000DeepIsRefusedWithALocation() {
            StringBuilder s = new StringBuilder("{\"id\":\"r\",\"version\":\"1\",\"title\":\"t\",\"points\":1,\"source\":\"s\","
                    + "\"criteria\":[");
            for (int i = 0; i < 5000; i++) {
                s.append("{\"label\":\"x\",\"title\":\"t\",\"points\":1,\"criteria\":[");
            }
            RubricFormatException e = rubricRefused(s.toString());
            assertTrue(e.line() > 0 && e.column() > 0, e.getMessage());
        }
    }

    @Nested
    class Files_ {
        @Test
        void aDeviceIsNotReadAsARubric() {
            Path zero = Paths.get("/dev/zero");
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
            KaopingException e = assertTimeoutPreemptively(QUICK, () -> assertThrows(RubricFormatException.class,
                    () -> RubricJson.read(zero)));
            assertTrue(e.getMessage().contains("/dev/zero") && e.getMessage().contains("regular file"), e.getMessage());
        }

        @Test
        void aFifoIsNotWaitedOn(@TempDir Path dir) throws Exception {
            Path fifo = dir.resolve("r.json");
            org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo(fifo));
            assertTimeoutPreemptively(QUICK, () -> assertThrows(RubricFormatException.class, () -> RubricJson.read(fifo)));
            assertTimeoutPreemptively(QUICK, () -> assertThrows(EvidenceFormatException.class,
                    () -> EvidenceJson.readArray(fifo)));
        }

        @Test
        void aFileLargerThanTheBoundIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
            Path big = dir.resolve("big.json");
            try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
                f.setLength(InputLimits.MAX_RUBRIC_FILE_BYTES + 1); // sparse: costs no disk
            }
            RubricFormatException e = assertTimeoutPreemptively(QUICK, () -> assertThrows(RubricFormatException.class,
                    () -> RubricJson.read(big)));
            assertTrue(e.getMessage().contains(String.valueOf(InputLimits.MAX_RUBRIC_FILE_BYTES)), e.getMessage());
        }

        @Test
        void anExportNeverReplacesASymlink(@TempDir Path dir) throws Exception {
            Path target = dir.resolve("real.json");
            Files.write(target, "keep".getBytes(StandardCharsets.UTF_8));
            Path link = Files.createSymbolicLink(dir.resolve("link.json"), target);
            assertThrows(RefusedOutputFileException.class, () -> RubricJson.export(
                    org.kaoping.plugin.fixtures.SampleRubrics.full(), link));
            assertTrue(Files.isSymbolicLink(link), "the symlink is still a symlink");
            assertEquals("keep", new String(Files.readAllBytes(target), StandardCharsets.UTF_8));
        }

        @Test
        void anExportNeverReplacesAFifo(@TempDir Path dir) throws Exception {
            Path fifo = dir.resolve("out.json");
            org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo(fifo));
            assertThrows(RefusedOutputFileException.class, () -> RubricJson.export(org.kaoping.plugin.fixtures.SampleRubrics.full(),
                    fifo));
            assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the FIFO is still a FIFO");
            try (java.util.stream.Stream<Path> s = Files.list(dir)) {
                assertEquals(1, s.count(), "no temporary file left behind");
            }
        }
    }

    @Test
    void pointsThatSumPastLongAreAValidationErrorNotACrash() {
        org.kaoping.core.rubric.Rubric r = org.kaoping.core.rubric.Rubric.builder().id("r").version("1").title("t")
                .source("s").points(org.kaoping.core.points.Points.of(100))
                .addCriteria(leaf("1", Long.MAX_VALUE / 10_000), leaf("2", Long.MAX_VALUE / 10_000)).build();
        assertTrue(RubricValidator.validate(r).hasErrors());
    }

    private static org.kaoping.core.rubric.Criterion leaf(String id, long points) {
        return org.kaoping.core.rubric.Criterion.builder().id(id).label(id).text("t")
                .points(org.kaoping.core.points.Points.of(points))
                .pointsOrigin(org.kaoping.core.rubric.PointsOrigin.SOURCE).build();
    }

    static boolean mkfifo(Path p) {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}

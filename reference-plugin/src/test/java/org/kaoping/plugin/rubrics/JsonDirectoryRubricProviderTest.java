package org.kaoping.plugin.rubrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.plugin.fixtures.SampleRubrics;
import org.kaoping.plugin.json.RubricJson;
import org.kaoping.spi.RubricRegistry;

class JsonDirectoryRubricProviderTest {

    static String withId(Rubric r, String id) {
        return RubricJson.toJson(r).replaceFirst("\"id\": \"[^\"]*\"", "\"id\": \"" + id + "\"");
    }

    @Test
    void readsEveryRubricFileInNameOrderAndSkipsHiddenAndOtherFiles(@TempDir Path dir) throws Exception {
        write(dir.resolve("b.json"), withId(SampleRubrics.full(), "office-2016/b"));
        write(dir.resolve("a.json"), withId(SampleRubrics.broken(), "office-2016/a"));
        write(dir.resolve(".a.json.123.tmp"), "half");
        write(dir.resolve(".hidden.json"), "half");
        write(dir.resolve("notes.txt"), "not a rubric");

        JsonDirectoryRubricProvider p = new JsonDirectoryRubricProvider(dir);

        assertEquals(Arrays.asList("office-2016/a", "office-2016/b"), p.rubricIds());
        assertEquals(Collections.emptyList(), p.problems());
        assertEquals(dir.resolve("b.json"), p.fileOf("office-2016/b").get());
        assertEquals(SampleRubrics.full().criteria(), p.rubric("office-2016/b").get().criteria());
    }

    @Test
    void aBadFileIsLeftOutWithFileLineAndFieldWithoutHidingTheOthers(@TempDir Path dir) throws Exception {
        write(dir.resolve("good.json"), withId(SampleRubrics.full(), "office-2016/good"));
        write(dir.resolve("bad.json"), "{\n  \"id\": \"office-2016/bad\",\n  \"version\": 2016\n}");
        write(dir.resolve("copy.json"), withId(SampleRubrics.broken(), "office-2016/good"));

        JsonDirectoryRubricProvider p = new JsonDirectoryRubricProvider(dir);

        assertEquals(Arrays.asList("office-2016/good"), p.rubricIds());
        assertEquals(2, p.problems().size());
        assertEquals(dir.resolve("bad.json") + " line 3 column 14 ($.version): expected a string, got 2016",
                p.problems().get(0));
        // Files are read in name order: copy.json claims the id before good.json.
        assertEquals(dir.resolve("good.json") + ": rubric id [office-2016/good] is already defined in "
                + dir.resolve("copy.json") + "; file left out", p.problems().get(1));
        assertEquals(dir.resolve("copy.json"), p.fileOf("office-2016/good").get());
    }

    @Test
    void aFifoUnderARubricNameIsRecordedAsAProblemNotWaitedOn(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo is available");
        JsonDirectoryRubricProvider p = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> new JsonDirectoryRubricProvider(dir));
        org.junit.jupiter.api.Assertions.assertTrue(p.rubricIds().isEmpty());
        org.junit.jupiter.api.Assertions.assertEquals(1, p.problems().size(), p.problems().toString());
        org.junit.jupiter.api.Assertions.assertTrue(p.problems().get(0).contains("pipe.json")
                && p.problems().get(0).contains("not a regular file"), p.problems().toString());
    }

    @Test
    void withoutADirectoryItOffersNothingAndAMissingOneIsAProblem(@TempDir Path dir) {
        assertTrue(new JsonDirectoryRubricProvider(null).rubricIds().isEmpty());
        JsonDirectoryRubricProvider missing = new JsonDirectoryRubricProvider(dir.resolve("nope"));
        assertTrue(missing.rubricIds().isEmpty());
        assertTrue(missing.problems().get(0).endsWith("nope: not a directory (kaoping.rubrics.dir)"), missing.problems().toString());
    }

    @Test
    void isDiscoveredAndReadsTheSystemProperty(@TempDir Path dir) throws Exception {
        write(dir.resolve("x.json"), withId(SampleRubrics.full(), "office-2016/x"));
        String saved = System.getProperty(JsonDirectoryRubricProvider.DIRECTORY_PROPERTY);
        System.setProperty(JsonDirectoryRubricProvider.DIRECTORY_PROPERTY, dir.toString());
        try {
            RubricRegistry registry = RubricRegistry.discover();
            assertEquals(JsonDirectoryRubricProvider.ID, registry.providerOf("office-2016/x").get().id());
            assertTrue(registry.rubricIds().contains(SampleRubrics.FULL_ID), "test provider discovered too");
        } finally {
            if (saved == null) {
                System.clearProperty(JsonDirectoryRubricProvider.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(JsonDirectoryRubricProvider.DIRECTORY_PROPERTY, saved);
            }
        }
    }

    private static void write(Path file, String text) throws Exception {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}

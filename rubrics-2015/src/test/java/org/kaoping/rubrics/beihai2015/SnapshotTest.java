package org.kaoping.rubrics.beihai2015;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;

/**
 * Compares each rubric's {@link RubricSnapshot} with its checked-in fixture, so that any change to a
 * standard (text, points, rule, tag, erratum) shows in review. To accept an intended change, run
 * {@code ./mvnw -B -ntp -o -q -pl rubrics-2015 -am verify -Dkaoping.updateSnapshots=true}: the test then
 * rewrites {@code src/test/resources/org/kaoping/rubrics/beihai2015/snapshots/*.txt} instead of comparing.
 */
class SnapshotTest {
    private static final String FIXTURES = "org/kaoping/rubrics/beihai2015/snapshots/";
    private static final boolean UPDATE = Boolean.getBoolean("kaoping.updateSnapshots");

    static List<Rubric> rubrics() {
        return Beihai2015.all();
    }

    @ParameterizedTest
    @MethodSource("rubrics")
    void snapshotMatchesTheCheckedInFixture(Rubric rubric) throws IOException {
        String actual = RubricSnapshot.of(rubric);
        String name = RubricSnapshot.fileName(rubric);
        if (UPDATE) {
            Path file = Paths.get(System.getProperty("basedir", System.getProperty("user.dir")),
                    "src", "test", "resources").resolve(FIXTURES + name);
            Files.createDirectories(file.getParent());
            Files.write(file, actual.getBytes(StandardCharsets.UTF_8));
            System.out.println("Wrote snapshot " + file);
            return;
        }
        String expected;
        try (InputStream in = SnapshotTest.class.getClassLoader().getResourceAsStream(FIXTURES + name)) {
            if (in == null) {
                fail("No snapshot fixture " + FIXTURES + name + " for " + rubric.id() + "; create it with "
                        + RubricSnapshot.REGENERATE);
                return;
            }
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        String difference = difference(expected, actual);
        if (difference != null) {
            fail("Snapshot of " + rubric.id() + " differs from " + FIXTURES + name + ":\n" + difference
                    + "\nIf the change is intended, regenerate with " + RubricSnapshot.REGENERATE
                    + " and review the diff.");
        }
    }

    /** The snapshot shows every criterion by id and label, and every leaf's rule. */
    @Test
    void theSnapshotShowsEveryCriterionAndRule() {
        for (Rubric r : rubrics()) {
            String snapshot = RubricSnapshot.of(r);
            for (Criterion c : r.allCriteria()) {
                assertTrue(snapshot.contains("\n" + "  ".repeat(depth(c)) + c.id() + " " + c.label() + " "
                        + c.points() + "分 " + c.pointsOrigin()), r.id() + " " + c.id());
                assertTrue(snapshot.contains("text: " + c.text() + "\n"), r.id() + " " + c.id());
            }
            assertEquals(r.leaves().size(), count(snapshot, "  rule: "), r.id());
        }
    }

    @Test
    void aDifferenceNamesTheFirstDifferingLineWithBothVersions() {
        assertEquals(null, difference("a\nb\nc\n", "a\nb\nc\n"));
        String d = difference("a\nb\nc\n", "a\nB\nc\n");
        assertNotNull(d);
        assertTrue(d.contains("line 2"), d);
        assertTrue(d.contains("- b") && d.contains("+ B"), d);
        assertTrue(difference("a\n", "a\nextra\n").contains("+ extra"));
    }

    /** Null when equal; otherwise the first differing line, a few lines of both versions and a count. */
    static String difference(String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int first = 0;
        while (first < e.length && first < a.length && e[first].equals(a[first])) {
            first++;
        }
        int differing = 0;
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            if (i >= e.length || i >= a.length || !e[i].equals(a[i])) {
                differing++;
            }
        }
        StringBuilder s = new StringBuilder("first difference at line " + (first + 1) + " (" + differing
                + " line(s) differ by position; fixture has " + e.length + " lines, actual " + a.length + ")\n");
        for (int i = Math.max(0, first - 2); i < first; i++) {
            s.append("  ").append(e[i]).append('\n');
        }
        for (int i = first; i < Math.min(e.length, first + 5); i++) {
            s.append("- ").append(e[i]).append('\n');
        }
        for (int i = first; i < Math.min(a.length, first + 5); i++) {
            s.append("+ ").append(a[i]).append('\n');
        }
        return s.toString();
    }

    private static int depth(Criterion c) {
        return c.id().split("\\.").length - 1;
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}

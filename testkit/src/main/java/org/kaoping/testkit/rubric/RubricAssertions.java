package org.kaoping.testkit.rubric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kaoping.core.api.API;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rubric.diff.Change;
import org.kaoping.core.rubric.diff.RubricDiff;

/**
 * The entry point of the rubric assertions: {@code assertThat(rubric).isValid().totals("100")} and
 * {@code assertUnchangedExcept(older, newer, "7.3", "rubric.version")}.
 *
 * <p>Failures are JUnit {@link org.opentest4j.AssertionFailedError}s with expected and actual values,
 * whose messages name the rubric, the criterion id, its path of source labels and the values involved.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RubricAssertions {
    /** The prefix that names a rubric-level field in {@link #assertUnchangedExcept}: {@code rubric.version}. */
    public static final String RUBRIC_FIELD_PREFIX = "rubric.";

    private RubricAssertions() {}

    /** Fluent assertions on {@code rubric}. */
    public static RubricAssert assertThat(Rubric rubric) {
        return new RubricAssert(Objects.requireNonNull(rubric, "rubric must not be null"));
    }

    /**
     * Asserts that {@code newer} differs from {@code older} only where {@code allowed} says, as
     * {@link RubricDiff} sees it.
     *
     * <p>An allowed entry is a criterion id, which allows every change to that criterion and to anything
     * below it, in either rubric (errata on them included); or {@code rubric.} and a rubric-level field:
     * {@code rubric.id}, {@code rubric.version}, {@code rubric.title}, {@code rubric.source},
     * {@code rubric.points}, {@code rubric.appliesTo}, or {@code rubric.errata} for errata on the rubric
     * as a whole. A criterion id that neither rubric holds fails the assertion, so that a typo cannot
     * allow nothing silently.
     */
    public static void assertUnchangedExcept(Rubric older, Rubric newer, String... allowed) {
        Objects.requireNonNull(older, "older must not be null");
        Objects.requireNonNull(newer, "newer must not be null");
        Set<String> ids = new HashSet<>();
        Set<String> fields = new HashSet<>();
        for (String a : allowed) {
            if (a.startsWith(RUBRIC_FIELD_PREFIX)) {
                fields.add(a.substring(RUBRIC_FIELD_PREFIX.length()));
                continue;
            }
            boolean known = false;
            for (Rubric r : Arrays.asList(older, newer)) {
                for (Criterion c : r.allCriteria()) {
                    if (c.id().equals(a)) {
                        known = true;
                        for (Criterion below : c.flatten()) {
                            ids.add(below.id());
                        }
                    }
                }
            }
            if (!known) {
                throw Failures.fail("Allowed criterion [" + a + "] is in neither rubric [" + older.id() + "] "
                        + older.version() + " nor [" + newer.id() + "] " + newer.version());
            }
        }
        RubricDiff diff = RubricDiff.between(older, newer);
        List<Change> unexpected = new ArrayList<>();
        for (Change c : diff.changes()) {
            boolean ok;
            if (c.kind() == Change.Kind.METADATA_CHANGED) {
                ok = fields.contains(c.subject());
            } else if (c.criterionId().isEmpty()) {
                ok = fields.contains("errata");
            } else {
                ok = ids.contains(c.criterionId());
            }
            if (!ok) {
                unexpected.add(c);
            }
        }
        if (!unexpected.isEmpty()) {
            StringBuilder m = new StringBuilder("Rubric [").append(newer.id()).append("] ").append(newer.version())
                    .append(" changes ").append(unexpected.size()).append(" thing(s) outside ")
                    .append(Arrays.toString(allowed)).append(" compared with [").append(older.id()).append("] ")
                    .append(older.version()).append(':');
            StringBuilder actual = new StringBuilder();
            for (Change c : unexpected) {
                m.append("\n  ").append(c.format());
                actual.append(actual.length() == 0 ? "" : "\n").append(c.format());
            }
            throw Failures.fail(m.toString(), "", actual.toString());
        }
    }
}

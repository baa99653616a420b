package org.kaoping.testkit.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Erratum;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.RuleKind;
import org.kaoping.core.validation.Diagnostic;
import org.kaoping.core.validation.RubricValidator;
import org.kaoping.core.validation.ValidationReport;
import org.kaoping.testkit.rubric.Places.Place;

/**
 * Fluent assertions on one rubric, obtained from {@link RubricAssertions#assertThat(Rubric)}; each method
 * returns this object so that checks chain, and throws an {@link org.opentest4j.AssertionFailedError} on
 * the first check that fails.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RubricAssert {
    private final Rubric rubric;
    private final Places places;

    RubricAssert(Rubric rubric) {
        this.rubric = rubric;
        this.places = new Places(rubric);
    }

    /** The rubric under test. */
    public Rubric actual() {
        return rubric;
    }

    /**
     * Asserts that the rubric declares {@code points} (e.g. {@code "100"}) and that its top-level criteria
     * sum to them.
     */
    public RubricAssert totals(String points) {
        Points expected = Points.parse(points);
        if (!rubric.points().equals(expected)) {
            throw Failures.fail(name() + " declares a total of " + rubric.points() + " points; expected " + expected,
                    expected.toString(), rubric.points().toString());
        }
        Points sum = Points.ZERO;
        for (Criterion c : rubric.criteria()) {
            sum = sum.plus(c.points());
        }
        if (!sum.equals(expected)) {
            throw Failures.fail(name() + " declares " + expected + " points but its top-level criteria sum to " + sum,
                    expected.toString(), sum.toString());
        }
        return this;
    }

    /** Asserts that each top-level section with children declares the sum of its children's points. */
    public RubricAssert sectionsSumToTheirItems() {
        List<Place> bad = new ArrayList<>();
        for (Place p : places.all()) {
            if (p.parent == null && !sums(p.criterion)) {
                bad.add(p);
            }
        }
        return failOnSums(bad, "section(s) do not sum their items");
    }

    /**
     * Asserts that every criterion with children declares the sum of its children's points, and that
     * the rubric's total is the sum of its top-level criteria.
     */
    public RubricAssert everyNodeSumsItsChildren() {
        List<Place> bad = new ArrayList<>();
        for (Place p : places.all()) {
            if (!sums(p.criterion)) {
                bad.add(p);
            }
        }
        failOnSums(bad, "criteria do not sum their children");
        return totals(rubric.points().toString());
    }

    private static boolean sums(Criterion c) {
        return c.isLeaf() || Points.sum(childPoints(c)).equals(c.points());
    }

    private static List<Points> childPoints(Criterion c) {
        List<Points> out = new ArrayList<>();
        for (Criterion k : c.children()) {
            out.add(k.points());
        }
        return out;
    }

    private RubricAssert failOnSums(List<Place> bad, String what) {
        if (bad.isEmpty()) {
            return this;
        }
        StringBuilder m = new StringBuilder(name()).append(": ").append(bad.size()).append(' ').append(what).append(':');
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (Place p : bad) {
            Points sum = Points.sum(childPoints(p.criterion));
            m.append("\n  ").append(p.where()).append(" declares ").append(p.criterion.points())
                    .append(" but its children sum to ").append(sum);
            expected.append(p.where()).append(": ").append(p.criterion.points()).append('\n');
            actual.append(p.where()).append(": ").append(sum).append('\n');
        }
        throw Failures.fail(m.toString(), expected.toString(), actual.toString());
    }

    /** Asserts that no two criteria share an id, naming each duplicate and where it occurs. */
    public RubricAssert hasUniqueIds() {
        Map<String, List<String>> paths = new LinkedHashMap<>();
        for (Place p : places.all()) {
            paths.computeIfAbsent(p.criterion.id(), k -> new ArrayList<>()).add(p.path);
        }
        StringBuilder m = new StringBuilder();
        List<String> duplicates = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : paths.entrySet()) {
            if (e.getValue().size() > 1) {
                duplicates.add(e.getKey());
                m.append("\n  ").append(e.getKey()).append(" at ").append(String.join(", ", e.getValue()));
            }
        }
        if (!duplicates.isEmpty()) {
            throw Failures.fail(name() + ": " + duplicates.size() + " id(s) used more than once:" + m,
                    "unique ids", duplicates.toString());
        }
        return this;
    }

    /** Asserts that the rubric declares at least one erratum on criterion {@code criterionId}. */
    public RubricAssert declaresErratum(String criterionId) {
        List<String> declared = new ArrayList<>();
        for (Erratum e : rubric.errata()) {
            if (e.criterionId().equals(criterionId)) {
                return this;
            }
            declared.add(e.criterionId().isEmpty() ? "(rubric)" : e.criterionId());
        }
        throw Failures.fail(name() + " declares no erratum on " + places.where(criterionId) + "; errata declared on: "
                + declared, criterionId, declared.toString());
    }

    /** Asserts that every leaf has a scoring rule, naming each leaf without one. */
    public RubricAssert everyLeafHasARule() {
        List<String> missing = new ArrayList<>();
        for (Place p : places.all()) {
            if (p.criterion.isLeaf() && !p.criterion.rule().isPresent()) {
                missing.add(p.where());
            }
        }
        if (!missing.isEmpty()) {
            throw Failures.fail(name() + ": " + missing.size() + " leaf criteria have no rule:\n  "
                    + String.join("\n  ", missing), "a rule on every leaf", missing.toString());
        }
        return this;
    }

    /** Asserts that {@link RubricValidator} reports no error; the message lists every error found. */
    public RubricAssert isValid() {
        ValidationReport report = RubricValidator.validate(rubric);
        if (report.hasErrors()) {
            throw Failures.fail(name() + " is not valid: " + report.errors().size() + " error(s):" + lines(report.errors()),
                    "no errors", lines(report.errors()).trim());
        }
        return this;
    }

    /** Asserts that {@link RubricValidator} reports neither an error nor a warning. */
    public RubricAssert hasNoWarnings() {
        ValidationReport report = RubricValidator.validate(rubric);
        List<Diagnostic> found = new ArrayList<>(report.errors());
        found.addAll(report.warnings());
        if (!found.isEmpty()) {
            throw Failures.fail(name() + " has " + found.size() + " error(s) or warning(s):" + lines(found),
                    "no errors or warnings", lines(found).trim());
        }
        return this;
    }

    private static String lines(List<Diagnostic> diagnostics) {
        StringBuilder s = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            s.append("\n  ").append(d.format());
        }
        return s.toString();
    }

    /** Asserts that the rubric holds criterion {@code criterionId}; returns assertions on it. */
    public CriterionAssert hasCriterion(String criterionId) {
        Place p = places.find(Objects.requireNonNull(criterionId, "criterionId must not be null"));
        if (p == null) {
            throw Failures.fail(name() + " has no criterion [" + criterionId + "]", criterionId, "(absent)");
        }
        return new CriterionAssert(this, p);
    }

    /** Asserts that criterion {@code criterionId} is scored by a rule of {@code kind}. */
    public RubricAssert hasRule(String criterionId, RuleKind kind) {
        return hasCriterion(criterionId).withRule(kind).and();
    }

    /** Asserts how many criteria (nodes and leaves) the rubric holds. */
    public RubricAssert hasCriteriaCount(int expected) {
        int actual = rubric.allCriteria().size();
        if (actual != expected) {
            throw Failures.fail(name() + " holds " + actual + " criteria; expected " + expected, expected, actual);
        }
        return this;
    }

    /** Asserts that no criterion's points are derived or corrected: every one is as the source states it. */
    public RubricAssert hasPointsOnlyFromSource() {
        List<String> other = new ArrayList<>();
        for (Place p : places.all()) {
            if (p.criterion.pointsOrigin() != PointsOrigin.SOURCE) {
                other.add(p.where() + " (" + p.criterion.pointsOrigin() + ")");
            }
        }
        if (!other.isEmpty()) {
            throw Failures.fail(name() + ": " + other.size() + " criteria have points not stated by the source:\n  "
                    + String.join("\n  ", other), "SOURCE everywhere", other.toString());
        }
        return this;
    }

    String name() {
        return "Rubric [" + rubric.id() + "] " + rubric.version();
    }
}

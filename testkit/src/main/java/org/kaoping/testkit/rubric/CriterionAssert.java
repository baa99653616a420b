package org.kaoping.testkit.rubric;

import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rule.RuleKind;
import org.kaoping.testkit.rubric.Places.Place;

/**
 * Fluent assertions on one criterion of a rubric, obtained from {@link RubricAssert#hasCriterion(String)};
 * {@link #and()} returns to the rubric.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CriterionAssert {
    private final RubricAssert owner;
    private final Place place;

    CriterionAssert(RubricAssert owner, Place place) {
        this.owner = owner;
        this.place = place;
    }

    /** The criterion under test. */
    public Criterion actual() {
        return place.criterion;
    }

    /** Asserts the criterion's points, written as the source prints them: {@code "2"}, {@code "1.5"}. */
    public CriterionAssert withPoints(String points) {
        Points expected = Points.parse(points);
        Points actual = place.criterion.points();
        if (!actual.equals(expected)) {
            throw Failures.fail(where() + " has " + actual + " points; expected " + expected, expected.toString(),
                    actual.toString());
        }
        return this;
    }

    /** Asserts the criterion's verbatim text. */
    public CriterionAssert withText(String text) {
        String actual = place.criterion.text();
        if (!actual.equals(text)) {
            throw Failures.fail(where() + " has other text than expected", text, actual);
        }
        return this;
    }

    /** Asserts that the criterion's text contains {@code fragment}. */
    public CriterionAssert withTextContaining(String fragment) {
        String actual = place.criterion.text();
        if (!actual.contains(fragment)) {
            throw Failures.fail(where() + " text does not contain 「" + fragment + "」: 「" + actual + "」", fragment,
                    actual);
        }
        return this;
    }

    /** Asserts the criterion's source label, e.g. {@code 3、}. */
    public CriterionAssert withLabel(String label) {
        String actual = place.criterion.label();
        if (!actual.equals(label)) {
            throw Failures.fail(where() + " has label " + actual + "; expected " + label, label, actual);
        }
        return this;
    }

    /** Asserts that the criterion carries {@code tag}. */
    public CriterionAssert withTag(String tag) {
        if (!place.criterion.tags().contains(tag)) {
            throw Failures.fail(where() + " has no tag [" + tag + "]; its tags: " + place.criterion.tags(), tag,
                    place.criterion.tags().toString());
        }
        return this;
    }

    /** Asserts that the criterion is scored by a rule of {@code kind}. */
    public CriterionAssert withRule(RuleKind kind) {
        if (!place.criterion.rule().isPresent()) {
            throw Failures.fail(where() + " has no rule; expected a " + kind + " rule", kind.name(), "(none)");
        }
        RuleKind actual = place.criterion.rule().get().kind();
        if (actual != kind) {
            throw Failures.fail(where() + " is scored by a " + actual + " rule (" + place.criterion.rule().get().describe()
                    + "); expected " + kind, kind.name(), actual.name());
        }
        return this;
    }

    /** Asserts that the criterion has no children. */
    public CriterionAssert isLeaf() {
        if (!place.criterion.isLeaf()) {
            throw Failures.fail(where() + " has " + place.criterion.children().size() + " children; expected a leaf",
                    0, place.criterion.children().size());
        }
        return this;
    }

    /** Back to the rubric's assertions. */
    public RubricAssert and() {
        return owner;
    }

    private String where() {
        return owner.name() + " criterion " + place.where();
    }
}

package org.kaoping.testkit.rubric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Erratum;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Rule;

/**
 * A copy of a rubric with a few edits, for tests: a deliberately broken copy for an assertion to catch,
 * or a changed version for a diff to find.
 *
 * <pre>{@code
 * Rubric broken = RubricEdit.of(Beihai2015.county()).points("7.3", "2").remove("2.6").build();
 * }</pre>
 *
 * <p>Edits apply in the order given and change exactly what they say: re-pointing a criterion does not
 * re-balance its parent, so sums may no longer add up, which is often the point. A criterion is named by
 * its id; when several share an id, the first in tree order is edited. Not thread-safe; the rubric
 * given is never modified.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RubricEdit {
    private Rubric current;

    private RubricEdit(Rubric rubric) {
        this.current = Objects.requireNonNull(rubric, "rubric must not be null");
    }

    /** Starts editing a copy of {@code rubric}. */
    public static RubricEdit of(Rubric rubric) {
        return new RubricEdit(rubric);
    }

    /** Replaces the rubric's id. */
    public RubricEdit id(String id) {
        current = rubricBuilder().id(id).build();
        return this;
    }

    public RubricEdit version(String version) {
        current = rubricBuilder().version(version).build();
        return this;
    }

    public RubricEdit title(String title) {
        current = rubricBuilder().title(title).build();
        return this;
    }

    public RubricEdit source(String source) {
        current = rubricBuilder().source(source).build();
        return this;
    }

    /** Replaces the declared total, e.g. {@code "100"}. */
    public RubricEdit total(String points) {
        current = rubricBuilder().points(Points.parse(points)).build();
        return this;
    }

    /** Replaces the points of criterion {@code criterionId}; their origin is kept. */
    public RubricEdit points(String criterionId, String points) {
        Points p = Points.parse(points);
        return map(criterionId, c -> Criterion.builder().from(c).points(p).build());
    }

    public RubricEdit text(String criterionId, String text) {
        return map(criterionId, c -> Criterion.builder().from(c).text(text).build());
    }

    public RubricEdit label(String criterionId, String label) {
        return map(criterionId, c -> Criterion.builder().from(c).label(label).build());
    }

    /** Gives criterion {@code criterionId} the id {@code newId}; its children keep theirs. */
    public RubricEdit renameCriterion(String criterionId, String newId) {
        return map(criterionId, c -> Criterion.builder().from(c).id(newId).build());
    }

    /** Replaces (or sets) the rule of criterion {@code criterionId}. */
    public RubricEdit rule(String criterionId, Rule rule) {
        Objects.requireNonNull(rule, "rule must not be null");
        return map(criterionId, c -> Criterion.builder().from(c).rule(rule).build());
    }

    /** Removes the rule of criterion {@code criterionId}. */
    public RubricEdit withoutRule(String criterionId) {
        return map(criterionId, c -> Criterion.builder().from(c).rule(Optional.<Rule>empty()).build());
    }

    /** Replaces the tags of criterion {@code criterionId}. */
    public RubricEdit tags(String criterionId, String... tags) {
        return map(criterionId, c -> Criterion.builder().from(c).tags(Arrays.asList(tags)).build());
    }

    /** Removes criterion {@code criterionId} and everything below it. */
    public RubricEdit remove(String criterionId) {
        requireKnown(criterionId);
        List<Criterion> top = new ArrayList<>();
        boolean[] done = {false};
        for (Criterion c : current.criteria()) {
            if (!done[0] && c.id().equals(criterionId)) {
                done[0] = true;
            } else {
                top.add(removeBelow(c, criterionId, done));
            }
        }
        current = rubricBuilder().criteria(top).build();
        return this;
    }

    /** Appends {@code child} to the children of {@code parentId}, or to the top level when it is empty. */
    public RubricEdit addChild(String parentId, Criterion child) {
        Objects.requireNonNull(child, "child must not be null");
        if (parentId.isEmpty()) {
            List<Criterion> top = new ArrayList<>(current.criteria());
            top.add(child);
            current = rubricBuilder().criteria(top).build();
            return this;
        }
        return map(parentId, c -> {
            List<Criterion> kids = new ArrayList<>(c.children());
            kids.add(child);
            return Criterion.builder().from(c).children(kids).build();
        });
    }

    public RubricEdit addErratum(Erratum erratum) {
        current = rubricBuilder().addErrata(Objects.requireNonNull(erratum, "erratum must not be null")).build();
        return this;
    }

    /** Withdraws every erratum on {@code criterionId} (empty: on the rubric as a whole). */
    public RubricEdit removeErrata(String criterionId) {
        List<Erratum> kept = new ArrayList<>();
        for (Erratum e : current.errata()) {
            if (!e.criterionId().equals(criterionId)) {
                kept.add(e);
            }
        }
        current = rubricBuilder().errata(kept).build();
        return this;
    }

    /**
     * Replaces criterion {@code criterionId} (the first in tree order with that id) by {@code edit}'s result.
     *
     * @throws IllegalArgumentException if the rubric holds no such criterion
     */
    public RubricEdit map(String criterionId, UnaryOperator<Criterion> edit) {
        requireKnown(criterionId);
        boolean[] done = {false};
        List<Criterion> top = new ArrayList<>();
        for (Criterion c : current.criteria()) {
            top.add(mapBelow(c, criterionId, edit, done));
        }
        current = rubricBuilder().criteria(top).build();
        return this;
    }

    /** The edited rubric. */
    public Rubric build() {
        return current;
    }

    private Rubric.Builder rubricBuilder() {
        return Rubric.builder().from(current);
    }

    private void requireKnown(String criterionId) {
        Objects.requireNonNull(criterionId, "criterionId must not be null");
        if (!current.findCriterion(criterionId).isPresent()) {
            throw new IllegalArgumentException("Rubric [" + current.id() + "] has no criterion [" + criterionId
                    + "] to edit");
        }
    }

    private static Criterion mapBelow(Criterion c, String id, UnaryOperator<Criterion> edit, boolean[] done) {
        if (!done[0] && c.id().equals(id)) {
            done[0] = true;
            return Objects.requireNonNull(edit.apply(c), "edit must not return null");
        }
        if (done[0] || c.children().isEmpty()) {
            return c;
        }
        List<Criterion> kids = new ArrayList<>();
        for (Criterion k : c.children()) {
            kids.add(mapBelow(k, id, edit, done));
        }
        return Criterion.builder().from(c).children(kids).build();
    }

    private static Criterion removeBelow(Criterion c, String id, boolean[] done) {
        if (done[0] || c.children().isEmpty()) {
            return c;
        }
        List<Criterion> kids = new ArrayList<>();
        for (Criterion k : c.children()) {
            if (!done[0] && k.id().equals(id)) {
                done[0] = true;
            } else {
                kids.add(removeBelow(k, id, done));
            }
        }
        return Criterion.builder().from(c).children(kids).build();
    }
}

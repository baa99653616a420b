package org.kaoping.core.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kaoping.core.api.API;
import org.kaoping.core.rule.Rule;

/**
 * Variants of a rubric under a new version: the same tree with one leaf scored by another rule, e.g. a county
 * standard whose 六.2 coverage condition is derived from the villages' results instead of supplied by the host.
 * The text, points and errata stay; only the named leaf's rule and the version change. Stateless.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RubricVariants {
    private RubricVariants() {}

    /**
     * {@code rubric} as version {@code version}, with leaf {@code criterionId} scored by {@code rule}.
     *
     * @throws UnknownCriterionException if the rubric has no such criterion
     * @throws IllegalArgumentException if the criterion is not a leaf, or the version is blank or unchanged
     */
    public static Rubric withRule(Rubric rubric, String criterionId, Rule rule, String version) {
        Objects.requireNonNull(rule, "rule must not be null");
        if (Objects.requireNonNull(version, "version must not be null").trim().isEmpty() || version.equals(rubric.version())) {
            throw new IllegalArgumentException("a variant of rubric [" + rubric.id() + "] needs a new version; got [" + version + "]");
        }
        if (!rubric.criterion(criterionId).isLeaf()) {
            throw new IllegalArgumentException("criterion [" + criterionId + "] of rubric [" + rubric.id() + "] is not a leaf");
        }
        List<Criterion> top = new ArrayList<>();
        for (Criterion c : rubric.criteria()) {
            top.add(replace(c, criterionId, rule));
        }
        return Rubric.builder().from(rubric).version(version).criteria(top).build();
    }

    private static Criterion replace(Criterion c, String id, Rule rule) {
        if (c.id().equals(id) && c.isLeaf()) {
            return Criterion.builder().from(c).rule(rule).build();
        }
        boolean below = false;
        for (Criterion d : c.flatten()) {
            below |= d != c && d.id().equals(id);
        }
        if (!below) {
            return c;
        }
        List<Criterion> children = new ArrayList<>();
        for (Criterion child : c.children()) {
            children.add(replace(child, id, rule));
        }
        return Criterion.builder().from(c).children(children).build();
    }
}

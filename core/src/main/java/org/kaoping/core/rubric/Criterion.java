package org.kaoping.core.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;
import org.kaoping.core.rule.Rule;

/**
 * One node of a rubric: a section (（一）), item (1、) or requirement ((1)), with the source's own label,
 * its verbatim text, its points and, on a leaf, the rule that scores it.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class Criterion {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    Criterion() {}

    /** Unique within the rubric; by default the dotted position, e.g. {@code 2.3} for section 二 item 3. */
    public abstract String id();

    /** The source's label as printed: {@code （一）}, {@code 2、}, {@code (3)}. */
    public abstract String label();

    /** The full original text, verbatim (typos included). */
    public abstract String text();

    /** The points this node is worth; zero when {@link #pointsOrigin()} is {@link PointsOrigin#NONE}. */
    public abstract Points points();

    public abstract PointsOrigin pointsOrigin();

    /** How derived or corrected points were obtained. */
    public abstract Optional<String> pointsNote();

    /** Free tags, e.g. the implementation-plan task an item serves ({@code task:11}). */
    public abstract List<String> tags();

    /** The scoring rule of a leaf; empty on a node with children. */
    public abstract Optional<Rule> rule();

    public abstract List<Criterion> children();

    public boolean isLeaf() {
        return children().isEmpty();
    }

    /** This node and every node below it, in pre-order. */
    public List<Criterion> flatten() {
        List<Criterion> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    public static void collect(Criterion c, List<Criterion> out) {
        out.add(c);
        for (Criterion child : c.children()) {
            collect(child, out);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Criterion}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableCriterion.Builder {
        Builder() {}
    }
}

package org.kaoping.core.rubric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;
import org.kaoping.core.rule.Rule;

/**
 * Builds one criterion and its children inside a {@link RubricBuilder}. {@code section}, {@code item}
 * and {@code requirement} all add a child; the three names only let a transcription read like the
 * source. Points are written as the source prints them ({@code "1.5"}, {@code "2.5分"}).
 *
 * <p>Methods that add a child return this builder, the parent, so that siblings chain; a child is
 * configured inside its own body: {@code .item("3、", text, "1", i -> i.id("records").rule(judgement()))}.
 */
@API(status = API.Status.STABLE)
public final class CriterionBuilder {
    /** Decimal places of derived shares: the hundredth of a point, as scorecards display. */
    static final int DERIVED_SCALE = 2;

    final String label;
    final String text;
    Points points;
    PointsOrigin origin;
    String pointsNote;
    String id;
    Rule rule;
    boolean shareEqually;
    final List<String> tags = new ArrayList<>();
    final List<CriterionBuilder> children = new ArrayList<>();
    final List<String[]> errata = new ArrayList<>();

    CriterionBuilder(String label, String text, String points) {
        this.label = Objects.requireNonNull(label, "label must not be null");
        this.text = Objects.requireNonNull(text, "text must not be null");
        if (points == null) {
            this.points = Points.ZERO;
            this.origin = PointsOrigin.NONE;
        } else {
            this.points = Points.parse(points);
            this.origin = PointsOrigin.SOURCE;
        }
    }

    /** Overrides the default id (the dotted position, e.g. {@code 2.3}). */
    public CriterionBuilder id(String id) {
        this.id = Objects.requireNonNull(id, "id must not be null");
        return this;
    }

    public CriterionBuilder tag(String... tags) {
        this.tags.addAll(Arrays.asList(tags));
        return this;
    }

    /** The rule that scores this criterion (a leaf). */
    public CriterionBuilder rule(Rule rule) {
        this.rule = Objects.requireNonNull(rule, "rule must not be null");
        return this;
    }

    /** A child with points stated in the source, built by {@code body}. */
    public CriterionBuilder item(String label, String text, String points, Consumer<CriterionBuilder> body) {
        return child(label, text, Objects.requireNonNull(points, "points must not be null"), body);
    }

    /** A leaf child with points stated in the source, scored by {@code rule}. */
    public CriterionBuilder item(String label, String text, String points, Rule rule) {
        return child(label, text, Objects.requireNonNull(points, "points must not be null"), c -> c.rule(rule));
    }

    /** A child for which the source states no points; give them with {@link #pointsByErratum} or {@link #sharePointsEqually()}. */
    public CriterionBuilder itemWithoutPoints(String label, String text, Consumer<CriterionBuilder> body) {
        return child(label, text, null, body);
    }

    /** Same as {@link #item(String, String, String, Consumer)}; reads like a section heading. */
    public CriterionBuilder section(String label, String text, String points, Consumer<CriterionBuilder> body) {
        return item(label, text, points, body);
    }

    /** A numbered requirement ((1), (2) …) with points of its own. */
    public CriterionBuilder requirement(String label, String text, String points, Rule rule) {
        return item(label, text, points, rule);
    }

    /**
     * A numbered requirement without points of its own: it gets its share when the parent declares
     * {@link #sharePointsEqually()}.
     */
    public CriterionBuilder requirement(String label, String text, Rule rule) {
        return child(label, text, null, c -> c.rule(rule));
    }

    /**
     * Declares the derivation rule for children the source gives no points: they share what is left of
     * this criterion's points after the pointed children, equally, to the hundredth of a point (larger
     * shares first: 4 among 3 is 1.34, 1.33, 1.33), so that derived points display exactly at the two
     * decimal places of a scorecard. Their points are marked {@link PointsOrigin#DERIVED}.
     */
    public CriterionBuilder sharePointsEqually() {
        this.shareEqually = true;
        return this;
    }

    /**
     * Supplies points the source does not state (or states wrongly), recording an {@link Erratum} that
     * quotes the source and gives the reason.
     */
    public CriterionBuilder pointsByErratum(String points, String sourceSays, String reason) {
        this.points = Points.parse(points);
        this.origin = PointsOrigin.ERRATUM;
        this.pointsNote = reason;
        this.errata.add(new String[] {sourceSays, points + "分", reason});
        return this;
    }

    /** Records an erratum on this criterion: the source's words are kept, the reading used is stated. */
    public CriterionBuilder erratum(String sourceSays, String used, String reason) {
        this.errata.add(new String[] {sourceSays, used, reason});
        return this;
    }

    private CriterionBuilder child(String label, String text, String points, Consumer<CriterionBuilder> body) {
        CriterionBuilder c = new CriterionBuilder(label, text, points);
        body.accept(c);
        children.add(c);
        return this;
    }

    Criterion build(String defaultId, List<Erratum> errataSink) {
        String myId = id != null ? id : defaultId;
        if (shareEqually) {
            deriveShares();
        }
        for (String[] e : errata) {
            errataSink.add(Erratum.of(myId, e[0], e[1], e[2]));
        }
        Criterion.Builder b = Criterion.builder()
                .id(myId).label(label).text(text).points(points).pointsOrigin(origin)
                .addAllTags(tags);
        if (pointsNote != null) {
            b.pointsNote(pointsNote);
        }
        if (rule != null) {
            b.rule(rule);
        }
        for (int i = 0; i < children.size(); i++) {
            b.addChildren(children.get(i).build(myId + "." + (i + 1), errataSink));
        }
        return b.build();
    }

    private void deriveShares() {
        List<CriterionBuilder> unpointed = new ArrayList<>();
        Points stated = Points.ZERO;
        for (CriterionBuilder c : children) {
            if (c.origin == PointsOrigin.NONE) {
                unpointed.add(c);
            } else {
                stated = stated.plus(c.points);
            }
        }
        if (unpointed.isEmpty()) {
            return;
        }
        Points remaining = points.minus(stated);
        List<Points> shares = remaining.allocateEqually(unpointed.size(), DERIVED_SCALE);
        for (int i = 0; i < unpointed.size(); i++) {
            CriterionBuilder c = unpointed.get(i);
            c.points = shares.get(i);
            c.origin = PointsOrigin.DERIVED;
            c.pointsNote = "equal share of " + remaining + "分 among " + unpointed.size()
                    + " requirements the source gives no points of their own";
        }
    }
}

package org.kaoping.core.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;

/**
 * One node of a {@link Scorecard}, mirroring a rubric criterion: awarded points, the maximum still in the
 * denominator, its state and, on demand, its {@link Explanation}. A light view over the scorecard.
 */
@API(status = API.Status.STABLE)
public final class ScoreNode {
    private final Scorecard card;
    private final int index;

    ScoreNode(Scorecard card, int index) {
        this.card = card;
        this.index = index;
    }

    public Criterion criterion() {
        return card.compiled.nodes[index];
    }

    public String id() {
        return card.compiled.ids[index];
    }

    /** The criterion's declared points. */
    public Points points() {
        return Points.ofUnits(card.compiled.points[index]);
    }

    /** The points still in the denominator: the declared points of the applicable leaves below (zero when not applicable). */
    public Points maximum() {
        return Points.ofUnits(card.max[index]);
    }

    /**
     * The points earned; on a node with children, exactly the sum of theirs less {@link #sectionDeductions()}.
     */
    public Points awarded() {
        return Points.ofUnits(card.award[index]);
    }

    /** What deductions filed against this node itself took from its children's sum; zero on a leaf (its deductions are inside its points). */
    public Points sectionDeductions() {
        return Points.ofUnits(card.sectionTaken[index]);
    }

    public NodeState state() {
        return Scorecard.STATES[card.state[index]];
    }

    /** Whether a weighted channel is missing here or below under {@code MARK_INCOMPLETE}. */
    public boolean isIncomplete() {
        return card.incomplete[index];
    }

    /**
     * Whether this leaf was scored with some inputs missing (an unticked requirement, a composite condition no
     * evidence decides), or, on a parent, some leaf below was; see {@link Scorecard#itemsWithMissingInputs()}.
     */
    public boolean hasMissingInputs() {
        return card.partial[index];
    }

    public boolean isLeaf() {
        return card.compiled.leaf[index];
    }

    public List<ScoreNode> children() {
        int[] kids = card.compiled.children[index];
        if (kids.length == 0) {
            return Collections.emptyList();
        }
        List<ScoreNode> out = new ArrayList<>(kids.length);
        for (int k : kids) {
            out.add(new ScoreNode(card, k));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The points as displayed at {@code scale} decimal places: a leaf rounded half-up, a parent the sum of
     * its children's displayed points, so a displayed total always equals the sum of its displayed parts.
     */
    public Points displayed(int scale) {
        return Points.ofUnits(card.displayedUnits(index, scale));
    }

    /** How this node got its points; computed on first request by re-running the unit with a tracer. */
    public Explanation explanation() {
        return card.explain(index);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoreNode && ((ScoreNode) o).index == index && ((ScoreNode) o).card.equals(card);
    }

    @Override
    public int hashCode() {
        return card.hashCode() * 31 + index;
    }

    /** {@code 2.3 1.5/2 SCORED}. */
    @Override
    public String toString() {
        return id() + " " + awarded() + "/" + maximum() + " " + state();
    }
}

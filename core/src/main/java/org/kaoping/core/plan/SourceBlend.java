package org.kaoping.core.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Ratio;

/**
 * How an item's results from several channels (sources, or review steps) make one result: a
 * {@linkplain #weighted weighted blend} such as panel 80 % + public 20 %, or a
 * {@linkplain #precedence precedence} where the first channel with evidence decides. Evidence of a
 * channel the blend does not name is ignored, and the explanation lists it as ignored.
 */
@API(status = API.Status.STABLE)
public final class SourceBlend implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The two ways of blending. */
    public enum Kind {
        WEIGHTED, PRECEDENCE
    }

    private static final SourceBlend DEFAULT = precedence(
            Channel.of(org.kaoping.core.evidence.SourceKind.PANEL),
            Channel.of(org.kaoping.core.evidence.SourceKind.SPOT_CHECK),
            Channel.of(org.kaoping.core.evidence.SourceKind.HOST_SYSTEM),
            Channel.of(org.kaoping.core.evidence.SourceKind.PUBLIC),
            Channel.of(org.kaoping.core.evidence.SourceKind.SELF));

    private final Kind kind;
    private final TreeMap<Channel, Ratio> weights;
    private final List<Channel> order;
    private final MissingSourcePolicy missing;

    private SourceBlend(Kind kind, TreeMap<Channel, Ratio> weights, List<Channel> order, MissingSourcePolicy missing) {
        this.kind = kind;
        this.weights = weights;
        this.order = order;
        this.missing = missing;
    }

    /**
     * Each channel's result times its weight, over the sum of the weights.
     *
     * @param weights positive weights; they need not add up to one (4 and 1 mean 80 % and 20 %)
     * @param missing what happens when a weighted channel has no evidence for an item
     */
    public static SourceBlend weighted(Map<Channel, Ratio> weights, MissingSourcePolicy missing) {
        Objects.requireNonNull(missing, "missing must not be null");
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("a weighted blend needs at least one channel");
        }
        TreeMap<Channel, Ratio> w = new TreeMap<>();
        for (Map.Entry<Channel, Ratio> e : weights.entrySet()) {
            if (e.getValue().signum() <= 0) {
                throw new IllegalArgumentException("weight of " + e.getKey() + " must be positive; got " + e.getValue());
            }
            w.put(Objects.requireNonNull(e.getKey(), "channel must not be null"), e.getValue());
        }
        return new SourceBlend(Kind.WEIGHTED, w, Collections.<Channel>emptyList(), missing);
    }

    /** The first channel in {@code order} that has evidence for the item decides it alone. */
    public static SourceBlend precedence(Channel... order) {
        if (order.length == 0) {
            throw new IllegalArgumentException("a precedence blend needs at least one channel");
        }
        List<Channel> list = new ArrayList<>(Arrays.asList(order));
        if (list.size() != new java.util.HashSet<>(list).size()) {
            throw new IllegalArgumentException("precedence names a channel twice: " + list);
        }
        return new SourceBlend(Kind.PRECEDENCE, new TreeMap<Channel, Ratio>(), Collections.unmodifiableList(list),
                MissingSourcePolicy.RENORMALIZE);
    }

    /** Panel, spot check, host system, public, then self-assessment: the first present decides. */
    public static SourceBlend defaultBlend() {
        return DEFAULT;
    }

    public Kind kind() {
        return kind;
    }

    /** The weights of a weighted blend, in channel order; empty for a precedence. */
    public Map<Channel, Ratio> weights() {
        return Collections.unmodifiableMap(weights);
    }

    /** The order of a precedence; empty for a weighted blend. */
    public List<Channel> order() {
        return order;
    }

    /** What a weighted blend does about a missing channel. */
    public MissingSourcePolicy missing() {
        return missing;
    }

    /** The channels it names, in weight order (weighted) or precedence order. */
    public List<Channel> channels() {
        return kind == Kind.WEIGHTED ? new ArrayList<>(weights.keySet()) : order;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SourceBlend)) {
            return false;
        }
        SourceBlend b = (SourceBlend) o;
        return b.kind == kind && b.weights.equals(weights) && b.order.equals(order) && b.missing == missing;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, weights, order, missing);
    }

    /** {@code weighted {PANEL=4, PUBLIC=1}, RENORMALIZE} or {@code precedence [PANEL, SELF]}. */
    @Override
    public String toString() {
        return kind == Kind.WEIGHTED ? "weighted " + weights + ", " + missing : "precedence " + order;
    }
}

package org.kaoping.core.ranking;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.kaoping.core.api.API;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.scoring.Scorecard;

/**
 * A ranking kept up to date card by card: per rubric, an order-statistic tree of scorecards in the plan's
 * {@linkplain Rankings#order(AssessmentPlan) order} (vetoed units last unless the plan ranks them by total, then
 * final total, then the tie-breaks, then unit id). Replacing one unit's card costs O(log n) and a unit's rank
 * (1, 2, 2, 4 for ties) is found in O(log n); {@link #tables()} gives exactly what {@link Rankings#rank} gives for
 * the same cards, grades after quotas included, rebuilding in O(n) only the rubrics whose cards changed since the
 * last call.
 *
 * <p>Not thread-safe: callers that share one instance must guard it.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class IncrementalRanking {
    private final AssessmentPlan plan;
    private final Comparator<Scorecard> order;
    private final Comparator<Scorecard> sequence;
    private final Map<String, Node> roots = new TreeMap<>();
    private final Map<String, Scorecard> cards = new HashMap<>();
    private final Map<String, RankingTable> tables = new TreeMap<>();

    /** An empty ranking under {@code plan}'s order, tie-breaks and quotas. */
    public IncrementalRanking(AssessmentPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan must not be null");
        this.order = Rankings.order(plan);
        this.sequence = order.thenComparing(Scorecard::unitId);
    }

    /** A ranking of {@code cards} (at most one per unit) under {@code plan}. */
    public static IncrementalRanking of(Collection<Scorecard> cards, AssessmentPlan plan) {
        IncrementalRanking r = new IncrementalRanking(plan);
        for (Scorecard c : cards) {
            r.put(c);
        }
        return r;
    }

    /** Adds {@code card}, replacing the card of the same unit if there is one; O(log n). */
    public void put(Scorecard card) {
        Objects.requireNonNull(card, "card must not be null");
        remove(card.unitId());
        String rubricId = card.rubric().id();
        Node[] parts = split(roots.get(rubricId), card, false);
        roots.put(rubricId, merge(merge(parts[0], new Node(card)), parts[1]));
        cards.put(card.unitId(), card);
        tables.remove(rubricId);
    }

    /** Removes the card of {@code unitId}; O(log n). Returns whether there was one. */
    public boolean remove(String unitId) {
        Scorecard old = cards.remove(unitId);
        if (old == null) {
            return false;
        }
        String rubricId = old.rubric().id();
        Node[] below = split(roots.get(rubricId), old, false);
        Node[] rest = split(below[1], old, true);
        Node root = merge(below[0], rest[1]);
        if (root == null) {
            roots.remove(rubricId);
        } else {
            roots.put(rubricId, root);
        }
        tables.remove(rubricId);
        return true;
    }

    /** The card held for {@code unitId}. */
    public Optional<Scorecard> card(String unitId) {
        return Optional.ofNullable(cards.get(unitId));
    }

    /** The cards held, in no particular order. */
    public Collection<Scorecard> cards() {
        return Collections.unmodifiableCollection(cards.values());
    }

    /** How many cards are held. */
    public int size() {
        return cards.size();
    }

    /**
     * The rank of {@code unitId} within its rubric before quotas move grades: 1 plus the number of cards ahead of it
     * under the plan's order (cards equal under that order share a rank); O(log n).
     *
     * @throws IllegalArgumentException if no card of the unit is held
     */
    public int rank(String unitId) {
        Scorecard card = cards.get(unitId);
        if (card == null) {
            throw new IllegalArgumentException("Unit [" + unitId + "] has no scorecard in this ranking");
        }
        int ahead = 0;
        Node n = roots.get(card.rubric().id());
        while (n != null) {
            if (order.compare(n.card, card) < 0) {
                ahead += size(n.left) + 1;
                n = n.right;
            } else {
                n = n.left;
            }
        }
        return ahead + 1;
    }

    /** One table per rubric id, in rubric id order: equal to {@link Rankings#rank} of {@link #cards()}. */
    public Map<String, RankingTable> tables() {
        Map<String, RankingTable> out = new TreeMap<>();
        for (Map.Entry<String, Node> e : roots.entrySet()) {
            RankingTable t = tables.get(e.getKey());
            if (t == null) {
                t = Rankings.table(e.getKey(), inOrder(e.getValue()), plan, order);
                tables.put(e.getKey(), t);
            }
            out.put(e.getKey(), t);
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<Scorecard> inOrder(Node root) {
        List<Scorecard> out = new ArrayList<>(size(root));
        Deque<Node> path = new ArrayDeque<>();
        Node n = root;
        while (n != null || !path.isEmpty()) {
            while (n != null) {
                path.push(n);
                n = n.left;
            }
            n = path.pop();
            out.add(n.card);
            n = n.right;
        }
        return out;
    }

    /** Splits {@code t} into the cards before {@code key} (or not after it, if {@code inclusive}) and the rest. */
    private Node[] split(Node t, Scorecard key, boolean inclusive) {
        if (t == null) {
            return new Node[2];
        }
        int c = sequence.compare(t.card, key);
        if (c < 0 || (inclusive && c == 0)) {
            Node[] r = split(t.right, key, inclusive);
            t.right = r[0];
            t.update();
            r[0] = t;
            return r;
        }
        Node[] l = split(t.left, key, inclusive);
        t.left = l[1];
        t.update();
        l[1] = t;
        return l;
    }

    /** Joins two treaps where every card of {@code a} comes before every card of {@code b}. */
    private static Node merge(Node a, Node b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.priority > b.priority) {
            a.right = merge(a.right, b);
            a.update();
            return a;
        }
        b.left = merge(a, b.left);
        b.update();
        return b;
    }

    private static int size(Node n) {
        return n == null ? 0 : n.size;
    }

    /** A treap node; the priority is a hash of the unit id, so the shape is the same for the same cards. */
    private static final class Node {
        final Scorecard card;
        final int priority;
        Node left;
        Node right;
        int size = 1;

        Node(Scorecard card) {
            this.card = card;
            int h = card.unitId().hashCode(); // murmur3's finaliser: sequential ids get well-spread priorities
            h ^= h >>> 16;
            h *= 0x85EBCA6B;
            h ^= h >>> 13;
            h *= 0xC2B2AE35;
            this.priority = h ^ (h >>> 16);
        }

        void update() {
            size = 1 + IncrementalRanking.size(left) + IncrementalRanking.size(right);
        }
    }
}

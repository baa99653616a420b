package org.kaoping.core.rubric.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Erratum;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Rule;

/**
 * The differences between two versions of a rubric, as an immutable list of {@link Change}s: rubric-level
 * metadata first, then criteria in tree order, then errata.
 *
 * <p>Criteria are matched in three passes: first to the criterion with the same id and the same text;
 * then, among those left, to one with identical text elsewhere (reported as moved, since its id or parent
 * changed); then, among those left, to the one with the same id (changed in place). What is still
 * unmatched was removed or added. So a re-worded item is matched by its id, an item renumbered by an
 * insertion before it is matched by its text, and an insertion does not show as a cascade of re-wordings.
 * A removed criterion is listed right after the changes of the criterion that preceded it in the older
 * rubric.
 *
 * <p>For each matched pair the diff reports a move, a new label, points (value or origin), text, the rule
 * (a different kind, or each parameter that changed: thresholds, metrics, requirements, credit policy) and
 * tags. Points notes are not compared: they explain points, which are. The diff is a pure function of
 * its two arguments: the same rubrics always give the same changes in the same order.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RubricDiff {
    private final String olderId;
    private final String olderVersion;
    private final String newerId;
    private final String newerVersion;
    private final List<Change> changes;

    private RubricDiff(Rubric older, Rubric newer, List<Change> changes) {
        this.olderId = older.id();
        this.olderVersion = older.version();
        this.newerId = newer.id();
        this.newerVersion = newer.version();
        this.changes = Collections.unmodifiableList(new ArrayList<>(changes));
    }

    /** What changed from {@code older} to {@code newer}; empty when they are equal. */
    public static RubricDiff between(Rubric older, Rubric newer) {
        Objects.requireNonNull(older, "older must not be null");
        Objects.requireNonNull(newer, "newer must not be null");
        List<Change> out = new ArrayList<>();
        metadata(older, newer, out);
        new Matcher(older, newer).changes(out);
        errata(older, newer, out);
        return new RubricDiff(older, newer, out);
    }

    /** Every change, in order: metadata, criteria in tree order, errata. */
    public List<Change> changes() {
        return changes;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes of one kind, in order. */
    public List<Change> changesOf(Change.Kind kind) {
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (c.kind() == kind) {
                out.add(c);
            }
        }
        return out;
    }

    /** The changes that concern criterion {@code criterionId} (by its newer id, or older id if removed). */
    public List<Change> changesAt(String criterionId) {
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (c.criterionId().equals(criterionId)) {
                out.add(c);
            }
        }
        return out;
    }

    /** One {@linkplain Change#format() line} per change, separated by {@code \n}; empty when nothing changed. */
    public String format() {
        StringBuilder s = new StringBuilder();
        for (Change c : changes) {
            if (s.length() > 0) {
                s.append('\n');
            }
            s.append(c.format());
        }
        return s.toString();
    }

    /** A heading line naming both rubrics and the number of changes, then {@link #format()}. */
    @Override
    public String toString() {
        String heading = olderId + " " + olderVersion + " → " + newerId + " " + newerVersion + ": "
                + changes.size() + " change(s)";
        return changes.isEmpty() ? heading : heading + "\n" + format();
    }

    private static void metadata(Rubric older, Rubric newer, List<Change> out) {
        field("id", older.id(), newer.id(), out);
        field("version", older.version(), newer.version(), out);
        field("title", older.title(), newer.title(), out);
        field("source", older.source(), newer.source(), out);
        field("points", older.points().toString(), newer.points().toString(), out);
        field("appliesTo", kinds(older), kinds(newer), out);
    }

    private static void field(String name, String older, String newer, List<Change> out) {
        if (!older.equals(newer)) {
            out.add(Change.of(Change.Kind.METADATA_CHANGED, "", "", name, older, newer));
        }
    }

    private static String kinds(Rubric rubric) {
        EnumSet<OrgKind> sorted = EnumSet.noneOf(OrgKind.class);
        sorted.addAll(rubric.appliesTo());
        return sorted.toString();
    }

    private static void errata(Rubric older, Rubric newer, List<Change> out) {
        List<Erratum> added = new ArrayList<>(newer.errata());
        for (Erratum e : older.errata()) {
            if (!added.remove(e)) {
                out.add(Change.of(Change.Kind.ERRATUM_REMOVED, e.criterionId(), "", "erratum", describe(e), null));
            }
        }
        for (Erratum e : added) {
            out.add(Change.of(Change.Kind.ERRATUM_ADDED, e.criterionId(), "", "erratum", null, describe(e)));
        }
    }

    private static String describe(Erratum e) {
        return Change.quote(Change.abbreviate(e.sourceSays(), 30)) + " → " + Change.quote(Change.abbreviate(e.used(), 30));
    }

    /** A criterion with its place in the tree. */
    private static final class Node {
        final Criterion criterion;
        final Node parent;
        final String path;

        Node(Criterion criterion, Node parent) {
            this.criterion = criterion;
            this.parent = parent;
            this.path = (parent == null ? "" : parent.path) + criterion.label().trim();
        }

        String id() {
            return criterion.id();
        }

        String where() {
            return id() + (path.isEmpty() ? "" : " " + path);
        }
    }

    /** Matches the criteria of two rubrics and lists their changes. */
    private static final class Matcher {
        private final List<Node> olderNodes = new ArrayList<>();
        private final List<Node> newerNodes = new ArrayList<>();
        private final Map<Node, Node> olderToNewer = new IdentityHashMap<>();
        private final Map<Node, Node> newerToOlder = new IdentityHashMap<>();

        Matcher(Rubric older, Rubric newer) {
            for (Criterion c : older.criteria()) {
                collect(c, null, olderNodes);
            }
            for (Criterion c : newer.criteria()) {
                collect(c, null, newerNodes);
            }
            matchByIdAndText();
            matchByText();
            matchById();
        }

        private static void collect(Criterion c, Node parent, List<Node> out) {
            Node n = new Node(c, parent);
            out.add(n);
            for (Criterion child : c.children()) {
                collect(child, n, out);
            }
        }

        private void matchByIdAndText() {
            Map<String, List<Node>> byId = index(true);
            for (Node o : olderNodes) {
                List<Node> candidates = byId.get(o.id());
                if (candidates == null) {
                    continue;
                }
                for (Node n : candidates) {
                    if (!newerToOlder.containsKey(n) && n.criterion.text().equals(o.criterion.text())) {
                        pair(o, n);
                        break;
                    }
                }
            }
        }

        private void matchByText() {
            Map<String, Deque<Node>> byText = new HashMap<>();
            for (Node n : newerNodes) {
                if (!newerToOlder.containsKey(n)) {
                    byText.computeIfAbsent(n.criterion.text(), k -> new ArrayDeque<>()).add(n);
                }
            }
            for (Node o : olderNodes) {
                if (olderToNewer.containsKey(o)) {
                    continue;
                }
                Deque<Node> candidates = byText.get(o.criterion.text());
                if (candidates != null && !candidates.isEmpty()) {
                    pair(o, candidates.poll());
                }
            }
        }

        private void matchById() {
            Map<String, List<Node>> byId = index(false);
            for (Node o : olderNodes) {
                if (olderToNewer.containsKey(o)) {
                    continue;
                }
                List<Node> candidates = byId.get(o.id());
                if (candidates == null) {
                    continue;
                }
                for (Node n : candidates) {
                    if (!newerToOlder.containsKey(n)) {
                        pair(o, n);
                        break;
                    }
                }
            }
        }

        private Map<String, List<Node>> index(boolean all) {
            Map<String, List<Node>> byId = new HashMap<>();
            for (Node n : newerNodes) {
                if (all || !newerToOlder.containsKey(n)) {
                    byId.computeIfAbsent(n.id(), k -> new ArrayList<>()).add(n);
                }
            }
            return byId;
        }

        private void pair(Node older, Node newer) {
            olderToNewer.put(older, newer);
            newerToOlder.put(newer, older);
        }

        void changes(List<Change> out) {
            // Each removed criterion is listed after the criterion that preceded it in the older rubric.
            Map<Node, List<Node>> removedAfter = new IdentityHashMap<>();
            List<Node> removedFirst = new ArrayList<>();
            Node previousMatched = null;
            for (Node o : olderNodes) {
                Node match = olderToNewer.get(o);
                if (match != null) {
                    previousMatched = match;
                } else if (previousMatched == null) {
                    removedFirst.add(o);
                } else {
                    removedAfter.computeIfAbsent(previousMatched, k -> new ArrayList<>()).add(o);
                }
            }
            for (Node o : removedFirst) {
                removed(o, out);
            }
            for (Node n : newerNodes) {
                Node o = newerToOlder.get(n);
                if (o == null) {
                    Criterion c = n.criterion;
                    out.add(Change.of(Change.Kind.CRITERION_ADDED, n.id(), n.path, c.points() + "分", null, c.text()));
                } else {
                    compare(o, n, out);
                }
                for (Node r : removedAfter.getOrDefault(n, Collections.<Node>emptyList())) {
                    removed(r, out);
                }
            }
        }

        private static void removed(Node o, List<Change> out) {
            Criterion c = o.criterion;
            out.add(Change.of(Change.Kind.CRITERION_REMOVED, o.id(), o.path, c.points() + "分", c.text(), null));
        }

        private void compare(Node o, Node n, List<Change> out) {
            Criterion a = o.criterion;
            Criterion b = n.criterion;
            String id = n.id();
            Node olderParentNow = o.parent == null ? null : olderToNewer.get(o.parent);
            boolean moved = !o.id().equals(n.id()) || olderParentNow != n.parent
                    || (o.parent == null) != (n.parent == null);
            if (moved) {
                out.add(Change.of(Change.Kind.CRITERION_MOVED, id, n.path, "position", o.where(), n.where()));
            } else if (!a.label().equals(b.label())) {
                out.add(Change.of(Change.Kind.CRITERION_RELABELLED, id, n.path, "label", a.label(), b.label()));
            }
            if (!a.points().equals(b.points()) || a.pointsOrigin() != b.pointsOrigin()) {
                boolean origin = a.pointsOrigin() != b.pointsOrigin();
                out.add(Change.of(Change.Kind.POINTS_CHANGED, id, n.path, "points",
                        points(a, origin), points(b, origin)));
            }
            if (!a.text().equals(b.text())) {
                out.add(Change.of(Change.Kind.TEXT_CHANGED, id, n.path, "text", a.text(), b.text()));
            }
            rule(id, n.path, a.rule(), b.rule(), out);
            if (!a.tags().equals(b.tags())) {
                out.add(Change.of(Change.Kind.TAGS_CHANGED, id, n.path, "tags", a.tags().toString(),
                        b.tags().toString()));
            }
        }

        private static String points(Criterion c, boolean withOrigin) {
            return withOrigin ? c.points() + " (" + c.pointsOrigin().name().toLowerCase(java.util.Locale.ROOT) + ")"
                    : c.points().toString();
        }

        private static void rule(String id, String path, Optional<Rule> older, Optional<Rule> newer, List<Change> out) {
            if (older.equals(newer)) {
                return;
            }
            if (!older.isPresent() || !newer.isPresent()) {
                out.add(Change.of(Change.Kind.RULE_KIND_CHANGED, id, path, "rule",
                        older.map(Rule::describe).orElse(null), newer.map(Rule::describe).orElse(null)));
                return;
            }
            Rule a = older.get();
            Rule b = newer.get();
            if (a.kind() != b.kind()) {
                out.add(Change.of(Change.Kind.RULE_KIND_CHANGED, id, path, "rule kind", a.kind().name(),
                        b.kind().name()));
                return;
            }
            Map<String, String> before = RuleFacts.of(a);
            Map<String, String> after = RuleFacts.of(b);
            int found = 0;
            Map<String, String> onlyAfter = new LinkedHashMap<>(after);
            for (Map.Entry<String, String> e : before.entrySet()) {
                String now = onlyAfter.remove(e.getKey());
                if (!e.getValue().equals(now)) {
                    out.add(Change.of(Change.Kind.RULE_CHANGED, id, path, e.getKey(), e.getValue(), now));
                    found++;
                }
            }
            for (Map.Entry<String, String> e : onlyAfter.entrySet()) {
                out.add(Change.of(Change.Kind.RULE_CHANGED, id, path, e.getKey(), null, e.getValue()));
                found++;
            }
            if (found == 0) {
                out.add(Change.of(Change.Kind.RULE_CHANGED, id, path, "rule", a.describe(), b.describe()));
            }
        }
    }
}

package org.kaoping.core.org;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kaoping.core.api.API;

/**
 * An immutable forest of {@link OrgUnit}s that answers hierarchy questions in constant or output-linear
 * time: parent, children, ancestors, descendants, the county a unit lies in, and a lead department's
 * affiliated units.
 *
 * <p>Construction refuses duplicate ids, parents or lead departments that are not in the tree, and
 * cycles, each with a message naming the units involved. Children keep the order in which units were
 * given; {@link #units()} lists every unit in pre-order.
 */
@API(status = API.Status.STABLE)
public final class OrgTree {
    private final OrgUnit[] units;            // pre-order
    private final Map<String, Integer> index; // id -> pre-order position
    private final int[] parent;               // -1 for roots
    private final int[] subtreeEnd;           // exclusive end of the pre-order interval of the subtree
    private final int[] county;               // nearest COUNTY_DISTRICT ancestor-or-self, -1 if none
    private final int[][] children;
    private final Map<String, List<OrgUnit>> affiliates;

    private OrgTree(List<OrgUnit> given) {
        Map<String, OrgUnit> byId = new HashMap<>(given.size() * 2);
        for (OrgUnit u : given) {
            Objects.requireNonNull(u, "org units must not contain null");
            OrgUnit previous = byId.putIfAbsent(u.id(), u);
            if (previous != null) {
                throw new OrgTreeException("Duplicate org unit id [" + u.id() + "]: [" + previous.name()
                        + "] and [" + u.name() + "]");
            }
        }
        Map<String, List<OrgUnit>> childrenById = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit u : given) {
            if (u.parentId().isPresent()) {
                String p = u.parentId().get();
                if (!byId.containsKey(p)) {
                    throw new OrgTreeException("Org unit [" + u.id() + "] (" + u.name() + ") names parent [" + p
                            + "], which is not in the tree");
                }
                childrenById.computeIfAbsent(p, k -> new ArrayList<>()).add(u);
            } else {
                roots.add(u);
            }
            if (u.leadDepartmentId().isPresent()) {
                String lead = u.leadDepartmentId().get();
                if (!byId.containsKey(lead)) {
                    throw new OrgTreeException("Org unit [" + u.id() + "] (" + u.name() + ") names lead department ["
                            + lead + "], which is not in the tree");
                }
                if (lead.equals(u.id())) {
                    throw new OrgTreeException("Org unit [" + u.id() + "] names itself as its lead department");
                }
            }
        }

        int n = given.size();
        this.units = new OrgUnit[n];
        this.index = new HashMap<>(n * 2);
        this.parent = new int[n];
        this.subtreeEnd = new int[n];
        this.county = new int[n];
        this.children = new int[n][];
        int next = 0;
        // Iterative pre-order walk: deep trees (villages under townships under counties) must not overflow the stack.
        Deque<Object[]> stack = new ArrayDeque<>();
        for (int r = roots.size() - 1; r >= 0; r--) {
            stack.push(new Object[] {roots.get(r), -1});
        }
        Deque<Integer> open = new ArrayDeque<>();
        while (!stack.isEmpty()) {
            Object[] frame = stack.pop();
            OrgUnit u = (OrgUnit) frame[0];
            int p = (Integer) frame[1];
            while (!open.isEmpty() && open.peek() != p) {
                int closed = open.pop();
                subtreeEnd[closed] = next;
            }
            int i = next++;
            units[i] = u;
            index.put(u.id(), i);
            parent[i] = p;
            county[i] = u.kind() == OrgKind.COUNTY_DISTRICT ? i : (p >= 0 ? county[p] : -1);
            open.push(i);
            List<OrgUnit> kids = childrenById.getOrDefault(u.id(), Collections.emptyList());
            for (int k = kids.size() - 1; k >= 0; k--) {
                stack.push(new Object[] {kids.get(k), i});
            }
        }
        while (!open.isEmpty()) {
            subtreeEnd[open.pop()] = next;
        }
        if (next < n) {
            throw new OrgTreeException("Cycle in org tree: " + describeCycle(given, byId));
        }
        for (int i = 0; i < n; i++) {
            List<OrgUnit> kids = childrenById.getOrDefault(units[i].id(), Collections.emptyList());
            int[] c = new int[kids.size()];
            for (int k = 0; k < c.length; k++) {
                c[k] = index.get(kids.get(k).id());
            }
            children[i] = c;
        }
        Map<String, List<OrgUnit>> aff = new HashMap<>();
        for (OrgUnit u : units) {
            u.leadDepartmentId().ifPresent(lead -> aff.computeIfAbsent(lead, k -> new ArrayList<>()).add(u));
        }
        aff.replaceAll((k, v) -> Collections.unmodifiableList(v));
        this.affiliates = aff;
    }

    /**
     * The tree of {@code units}.
     *
     * @throws OrgTreeException for a duplicate id, a parent or lead department not among the units, or a cycle
     */
    public static OrgTree of(Collection<OrgUnit> units) {
        return new OrgTree(new ArrayList<>(units));
    }

    private static String describeCycle(List<OrgUnit> given, Map<String, OrgUnit> byId) {
        // Some unit was never reached from a root; following parents from it must enter a cycle.
        Set<String> reachable = new java.util.HashSet<>();
        Deque<String> work = new ArrayDeque<>();
        Map<String, List<String>> kids = new HashMap<>();
        for (OrgUnit u : given) {
            if (u.parentId().isPresent()) {
                kids.computeIfAbsent(u.parentId().get(), k -> new ArrayList<>()).add(u.id());
            } else {
                work.add(u.id());
            }
        }
        while (!work.isEmpty()) {
            String id = work.pop();
            if (reachable.add(id)) {
                work.addAll(kids.getOrDefault(id, Collections.emptyList()));
            }
        }
        for (OrgUnit u : given) {
            if (reachable.contains(u.id())) {
                continue;
            }
            LinkedHashSet<String> path = new LinkedHashSet<>();
            String id = u.id();
            while (path.add(id)) {
                id = byId.get(id).parentId().get();
            }
            List<String> cycle = new ArrayList<>(path);
            cycle = cycle.subList(cycle.indexOf(id), cycle.size());
            return String.join(" → ", cycle) + " → " + id;
        }
        throw new AssertionError("no cycle found");
    }

    /** How many units the tree holds. */
    public int size() {
        return units.length;
    }

    /** Every unit, in pre-order (each unit before its descendants, siblings in the given order). */
    public List<OrgUnit> units() {
        return Collections.unmodifiableList(Arrays.asList(units));
    }

    public List<OrgUnit> roots() {
        List<OrgUnit> out = new ArrayList<>();
        for (int i = 0; i < units.length; i = subtreeEnd[i]) {
            out.add(units[i]);
        }
        return out;
    }

    public boolean contains(String id) {
        return index.containsKey(id);
    }

    public Optional<OrgUnit> find(String id) {
        Integer i = index.get(id);
        return i == null ? Optional.empty() : Optional.of(units[i]);
    }

    /** @throws UnknownOrgUnitException if the tree has no unit {@code id} */
    public OrgUnit unit(String id) {
        return units[position(id)];
    }

    public Optional<OrgUnit> parent(String id) {
        int p = parent[position(id)];
        return p < 0 ? Optional.empty() : Optional.of(units[p]);
    }

    public List<OrgUnit> children(String id) {
        int[] c = children[position(id)];
        List<OrgUnit> out = new ArrayList<>(c.length);
        for (int k : c) {
            out.add(units[k]);
        }
        return out;
    }

    /** The ancestors of {@code id}, nearest first, not including the unit itself. */
    public List<OrgUnit> ancestors(String id) {
        List<OrgUnit> out = new ArrayList<>();
        for (int p = parent[position(id)]; p >= 0; p = parent[p]) {
            out.add(units[p]);
        }
        return out;
    }

    /** Every unit below {@code id}, in pre-order, not including the unit itself. */
    public List<OrgUnit> descendants(String id) {
        int i = position(id);
        return Collections.unmodifiableList(Arrays.asList(units).subList(i + 1, subtreeEnd[i]));
    }

    /** Whether {@code ancestorId} lies strictly above {@code descendantId}; constant time. */
    public boolean isAncestor(String ancestorId, String descendantId) {
        int a = position(ancestorId);
        int d = position(descendantId);
        return a < d && d < subtreeEnd[a];
    }

    /** The county or district (县、区) that {@code id} lies in: the unit itself if it is one. */
    public Optional<OrgUnit> countyOf(String id) {
        int c = county[position(id)];
        return c < 0 ? Optional.empty() : Optional.of(units[c]);
    }

    /** Depth below its root: 0 for a root. */
    public int depth(String id) {
        int d = 0;
        for (int p = parent[position(id)]; p >= 0; p = parent[p]) {
            d++;
        }
        return d;
    }

    /** The units that name {@code leadDepartmentId} as their lead department (归口单位), in pre-order. */
    public List<OrgUnit> affiliatesOf(String leadDepartmentId) {
        position(leadDepartmentId);
        return affiliates.getOrDefault(leadDepartmentId, Collections.emptyList());
    }

    /** The units of {@code kind}, in pre-order. */
    public List<OrgUnit> unitsOfKind(OrgKind kind) {
        List<OrgUnit> out = new ArrayList<>();
        for (OrgUnit u : units) {
            if (u.kind() == kind) {
                out.add(u);
            }
        }
        return out;
    }

    private int position(String id) {
        Integer i = index.get(Objects.requireNonNull(id, "id must not be null"));
        if (i == null) {
            throw new UnknownOrgUnitException(id);
        }
        return i;
    }

    @Override
    public String toString() {
        return "OrgTree[" + units.length + " units, " + roots().size() + " roots]";
    }
}

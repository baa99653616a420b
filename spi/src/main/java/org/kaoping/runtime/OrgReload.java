package org.kaoping.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;

/**
 * What one reload of the org directory changed ({@link Kaoping#reloadOrgDirectory()}): the units added, the units
 * removed and the units whose kind, parent, lead department or name changed, each in the directory's order. Its
 * {@link #detail()} is the {@link org.kaoping.spi.AuditEvent.Action#ORG_RELOADED} event's detail. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class OrgReload {
    private final String directory;
    private final int unitsBefore;
    private final int unitsAfter;
    private final List<OrgUnit> added;
    private final List<OrgUnit> removed;
    private final Map<String, String> changed;

    private OrgReload(String directory, int unitsBefore, int unitsAfter, List<OrgUnit> added, List<OrgUnit> removed,
            Map<String, String> changed) {
        this.directory = directory;
        this.unitsBefore = unitsBefore;
        this.unitsAfter = unitsAfter;
        this.added = Collections.unmodifiableList(added);
        this.removed = Collections.unmodifiableList(removed);
        this.changed = Collections.unmodifiableMap(changed);
    }

    /** The difference from {@code before} to {@code after}, as read from {@code directory} (its id and class). */
    static OrgReload between(String directory, OrgTree before, OrgTree after) {
        List<OrgUnit> added = new ArrayList<>();
        Map<String, String> changed = new LinkedHashMap<>();
        for (OrgUnit u : after.units()) {
            Optional<OrgUnit> old = before.find(u.id());
            if (!old.isPresent()) {
                added.add(u);
            } else if (!old.get().equals(u)) {
                changed.put(u.id(), change(old.get(), u));
            }
        }
        List<OrgUnit> removed = new ArrayList<>();
        for (OrgUnit u : before.units()) {
            if (!after.contains(u.id())) {
                removed.add(u);
            }
        }
        return new OrgReload(directory, before.size(), after.size(), added, removed, changed);
    }

    private static String change(OrgUnit a, OrgUnit b) {
        List<String> parts = new ArrayList<>();
        if (a.kind() != b.kind()) {
            parts.add("kind " + a.kind() + " → " + b.kind());
        }
        if (!a.parentId().equals(b.parentId())) {
            parts.add("parent " + a.parentId().orElse("none") + " → " + b.parentId().orElse("none"));
        }
        if (!a.leadDepartmentId().equals(b.leadDepartmentId())) {
            parts.add("lead department " + a.leadDepartmentId().orElse("none") + " → " + b.leadDepartmentId().orElse("none"));
        }
        if (!a.name().equals(b.name())) {
            parts.add("name " + a.name() + " → " + b.name());
        }
        return String.join(", ", parts);
    }

    /** The directory read, as its id and class. */
    public String directory() {
        return directory;
    }

    /** The units added, in the directory's order; assessed from now on if the plan has a rubric for their kind. */
    public List<OrgUnit> added() {
        return added;
    }

    /** The units removed, in the former directory's order; no longer scored or ranked, their history kept in the store. */
    public List<OrgUnit> removed() {
        return removed;
    }

    /** The units whose kind, parent, lead department or name changed: unit id → what changed ("kind A → B, parent p → q"). */
    public Map<String, String> changed() {
        return changed;
    }

    /** Whether the directory differs from the one read before. */
    public boolean hasChanges() {
        return !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty();
    }

    /** One line: the directory, the unit counts, and every unit added, removed or changed. */
    public String detail() {
        StringBuilder s = new StringBuilder("org directory ").append(directory).append(" reloaded: ").append(unitsBefore)
                .append(" → ").append(unitsAfter).append(" unit(s)");
        if (!hasChanges()) {
            return s.append(", no change").toString();
        }
        if (!added.isEmpty()) {
            s.append("; added");
            String sep = " ";
            for (OrgUnit u : added) {
                s.append(sep).append('[').append(u.id()).append("] ").append(u.name()).append(" (").append(u.kind())
                        .append(u.parentId().isPresent() ? ", parent " + u.parentId().get() : "").append(')');
                sep = ", ";
            }
        }
        if (!removed.isEmpty()) {
            s.append("; removed");
            String sep = " ";
            for (OrgUnit u : removed) {
                s.append(sep).append('[').append(u.id()).append("] ").append(u.name());
                sep = ", ";
            }
            s.append(" (their evidence and scorecards stay in the store)");
        }
        if (!changed.isEmpty()) {
            s.append("; changed");
            String sep = " ";
            for (Map.Entry<String, String> e : changed.entrySet()) {
                s.append(sep).append('[').append(e.getKey()).append("] ").append(e.getValue());
                sep = "; ";
            }
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof OrgReload)) {
            return false;
        }
        OrgReload r = (OrgReload) o;
        return directory.equals(r.directory) && unitsBefore == r.unitsBefore && unitsAfter == r.unitsAfter && added.equals(r.added)
                && removed.equals(r.removed) && changed.equals(r.changed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(directory, unitsBefore, unitsAfter, added, removed, changed);
    }

    @Override
    public String toString() {
        return detail();
    }
}

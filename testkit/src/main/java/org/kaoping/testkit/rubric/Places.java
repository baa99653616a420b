package org.kaoping.testkit.rubric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;

/** Where each criterion of a rubric stands: its source-label path and its parent, in tree order. */
final class Places {
    /** A criterion with its path of source labels and its parent (null at the top). */
    static final class Place {
        final Criterion criterion;
        final Place parent;
        final String path;

        Place(Criterion criterion, Place parent) {
            this.criterion = criterion;
            this.parent = parent;
            this.path = (parent == null ? "" : parent.path) + criterion.label().trim();
        }

        /** {@code 7.3 （七）3、}. */
        String where() {
            return criterion.id() + (path.isEmpty() ? "" : " " + path);
        }
    }

    private final List<Place> all = new ArrayList<>();
    private final Map<String, Place> firstById = new LinkedHashMap<>();

    Places(Rubric rubric) {
        for (Criterion c : rubric.criteria()) {
            collect(c, null);
        }
    }

    private void collect(Criterion c, Place parent) {
        Place p = new Place(c, parent);
        all.add(p);
        firstById.putIfAbsent(c.id(), p);
        for (Criterion k : c.children()) {
            collect(k, p);
        }
    }

    /** Every criterion in pre-order. */
    List<Place> all() {
        return Collections.unmodifiableList(all);
    }

    /** The first criterion with {@code id} in tree order, or null. */
    Place find(String id) {
        return firstById.get(id);
    }

    /** {@code 7.3 （七）3、} for a known id, the id alone otherwise. */
    String where(String id) {
        Place p = find(id);
        return p == null ? id : p.where();
    }
}

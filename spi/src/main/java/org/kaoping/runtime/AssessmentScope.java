package org.kaoping.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.KaopingException;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;

/**
 * Which units of the org tree the plan assesses and, for the others, why not: units declared not assessed,
 * units of kinds declared not assessed, and units whose kind has no rubric in the plan. Scoring, ranking,
 * overrides and obligation checks all ask this one place, so that they agree on who is in the cycle.
 * Immutable once built (an unmodifiable map over an immutable tree); thread-safe.
 */
final class AssessmentScope {
    private final OrgTree tree;
    /** Units not assessed, with the reason, in the tree's order. */
    private final Map<String, String> notAssessed;

    private AssessmentScope(OrgTree tree, Map<String, String> notAssessed) {
        this.tree = tree;
        this.notAssessed = Collections.unmodifiableMap(notAssessed);
    }

    /**
     * The scope of {@code plan} over {@code tree}: units declared not assessed, units of kinds declared not
     * assessed, then units whose kind has no rubric in the plan.
     *
     * @throws org.kaoping.core.ConfigurationException if a unit declared not assessed is not in the tree
     */
    static AssessmentScope of(OrgTree tree, AssessmentPlan plan, Map<String, String> units, Map<OrgKind, String> kinds) {
        for (String id : units.keySet()) {
            if (!tree.contains(id)) {
                throw new ConfigurationException("notAssessed names unit [" + id + "], which is not in the org directory");
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (OrgUnit u : tree.units()) {
            String reason = units.get(u.id());
            if (reason == null) {
                reason = kinds.get(u.kind());
            }
            if (reason == null && !plan.rubrics().containsKey(u.kind())) {
                reason = "plan [" + plan.id() + "] has no rubric for units of kind " + u.kind() + " (" + u.kind().chineseName() + ")";
            }
            if (reason != null) {
                out.put(u.id(), reason);
            }
        }
        return new AssessmentScope(tree, out);
    }

    /** The units not assessed, with the reason, in the tree's order; unmodifiable. */
    Map<String, String> notAssessed() {
        return notAssessed;
    }

    /** Why unit {@code unitId} is not assessed, or null if it is. */
    String reasonNotAssessed(String unitId) {
        return notAssessed.get(unitId);
    }

    /** The assessed units, ordered by unit id; a new list each time. */
    List<OrgUnit> assessedUnits() {
        List<OrgUnit> out = new ArrayList<>();
        for (OrgUnit u : tree.units()) {
            if (!notAssessed.containsKey(u.id())) {
                out.add(u);
            }
        }
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }
}

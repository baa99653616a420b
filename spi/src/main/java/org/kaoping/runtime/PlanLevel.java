package org.kaoping.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.delegation.AssessorRole;
import org.kaoping.core.delegation.Assignment;
import org.kaoping.core.delegation.Delegation;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.spi.AssessmentStore;

/**
 * Where a plan sits in 属地逐级分类考核制: the assessing office that owns it (the city office, a county's 依法治理办, a
 * township, a lead department), whose plan covers exactly the units the delegation gives that office, and the plans
 * below whose results feed the plan's roll-up criteria. Without an office the plan covers every unit its rubrics fit
 * (the behaviour before plans had owners). Immutable; thread-safe.
 */
final class PlanLevel {
    private final String office;
    private final List<String> subordinatePlans;

    PlanLevel(String office, List<String> subordinatePlans) {
        this.office = office;
        this.subordinatePlans = Collections.unmodifiableList(new ArrayList<>(subordinatePlans));
    }

    /** The owning office's unit id, if declared. */
    Optional<String> office() {
        return Optional.ofNullable(office);
    }

    /** The plans whose stored results feed roll-up criteria, in the order they are looked up. */
    List<String> subordinatePlans() {
        return subordinatePlans;
    }

    /**
     * {@code declared} plus, for an owned plan, every unit of {@code tree} its office does not assess under
     * {@code delegation}, with the reason naming the unit's assessors.
     *
     * @throws ConfigurationException if the office is not in the tree
     */
    Map<String, String> notAssessed(OrgTree tree, Delegation delegation, AssessmentPlan plan, Map<String, String> declared) {
        if (office == null) {
            return declared;
        }
        if (!tree.contains(office)) {
            throw new ConfigurationException("Plan [" + plan.id() + "] is owned by office [" + office + "], which is not in the org tree");
        }
        String officeName = tree.unit(office).name();
        String why = "plan [" + plan.id() + "] belongs to " + officeName + " [" + office + "], which does not assess this unit under "
                + "属地逐级分类考核制; its assessors: "; // the same for every unit of the tree the office does not assess
        Map<String, String> out = new LinkedHashMap<>(declared);
        Map<List<String>, String> reasons = new HashMap<>(); // units with the same assessors share one reason's text
        for (OrgUnit u : tree.units()) {
            if (out.containsKey(u.id()) || assesses(delegation, u.id())) {
                continue;
            }
            List<String> by = new ArrayList<>();
            for (Assignment a : delegation.assessorsOf(u.id())) {
                if (a.role() != AssessorRole.SELF) {
                    by.add(a.assessorId());
                }
            }
            String reason = reasons.get(by);
            if (reason == null) {
                reason = why + (by.isEmpty() ? "none" : by);
                reasons.put(by, reason);
            }
            out.put(u.id(), reason);
        }
        return out;
    }

    private boolean assesses(Delegation delegation, String unitId) {
        Optional<AssessorRole> role = delegation.roleOf(office, unitId);
        return role.isPresent() && role.get() != AssessorRole.SELF;
    }

    /** The derived inputs of the plan's roll-up criteria, read from {@code store}. */
    RollUpInputs rollUps(AssessmentPlan plan, OrgTree tree, AssessmentStore store) {
        return new RollUpInputs(plan, tree, store, subordinatePlans);
    }
}

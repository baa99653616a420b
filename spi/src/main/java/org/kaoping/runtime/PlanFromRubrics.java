package org.kaoping.runtime;

import org.kaoping.core.ConfigurationException;
import org.kaoping.spi.RubricRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.kaoping.core.KaopingException;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;

/**
 * Builds the plan of {@link Kaoping.Builder#planFromRubrics(String, int)} from the wired and discovered rubrics:
 * it owns the rule that each kind of unit gets exactly one rubric (the one named by
 * {@link Kaoping.Builder#rubricFor} or else the only one that applies), so that the facade's constructor only
 * wires. Stateless; thread-safe.
 */
final class PlanFromRubrics {
    private PlanFromRubrics() {}

    /**
     * The plan {@code planId} of {@code planYear}: each kind of unit gets the rubric named in {@code rubricForKind}, or
     * else the one rubric of {@code registry} that applies to it.
     *
     * @throws org.kaoping.core.ConfigurationException if {@code planId} is null, two rubrics apply to one kind, or none applies to any
     */
    static AssessmentPlan plan(String planId, int planYear, Map<OrgKind, String> rubricForKind, RubricRegistry registry) {
        if (planId == null) {
            throw new ConfigurationException("Kaoping needs a plan: call plan(AssessmentPlan) or planFromRubrics(planId, year)");
        }
        Map<OrgKind, Rubric> chosen = new EnumMap<>(OrgKind.class);
        Map<OrgKind, String> firstId = new EnumMap<>(OrgKind.class);
        for (Map.Entry<OrgKind, String> e : rubricForKind.entrySet()) {
            chosen.put(e.getKey(), registry.rubric(e.getValue()));
        }
        for (String id : registry.rubricIds()) {
            Rubric r = registry.rubric(id);
            for (OrgKind kind : r.appliesTo()) {
                if (rubricForKind.containsKey(kind)) {
                    continue;
                }
                String earlier = firstId.putIfAbsent(kind, id);
                if (earlier != null) {
                    throw new ConfigurationException("Rubrics [" + earlier + "] and [" + id + "] both apply to " + kind
                            + "; choose one with rubricFor(OrgKind." + kind + ", id)");
                }
                chosen.put(kind, r);
            }
        }
        if (chosen.isEmpty()) {
            throw new ConfigurationException("No rubric applies to any kind of unit; known rubrics: " + registry.rubricIds());
        }
        return AssessmentPlan.builder().id(planId).year(planYear).rubrics(chosen).build();
    }
}

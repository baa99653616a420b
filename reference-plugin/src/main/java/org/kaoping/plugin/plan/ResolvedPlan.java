package org.kaoping.plugin.plan;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.KaopingException;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.plugin.run.CycleSetup;

/**
 * A {@link PlanDocument} with its rubrics found and checked: the core {@link AssessmentPlan}, the obligation effects
 * per rubric, and the date obligations are judged at; {@link #setup} makes the runtime's {@link CycleSetup} for a
 * given org tree. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ResolvedPlan {
    private final PlanDocument document;
    private final AssessmentPlan plan;
    private final Map<String, List<ObligationEffect>> effects;
    private final Instant asOf;
    private final List<String> warnings;

    ResolvedPlan(PlanDocument document, AssessmentPlan plan, Map<String, List<ObligationEffect>> effects, Instant asOf, List<String> warnings) {
        this.warnings = Collections.unmodifiableList(new java.util.ArrayList<>(warnings));
        this.document = document;
        this.plan = plan;
        this.effects = Collections.unmodifiableMap(new LinkedHashMap<>(effects));
        this.asOf = asOf;
    }

    public PlanDocument document() {
        return document;
    }

    public AssessmentPlan plan() {
        return plan;
    }

    /** The effects of late and missing self-reports, by rubric id. */
    public Map<String, List<ObligationEffect>> effects() {
        return effects;
    }

    /** What the office should know about how the plan was applied (e.g. a kind scored without self-report deductions); usually empty. */
    public List<String> warnings() {
        return warnings;
    }

    /** When obligations are judged. */
    public Instant asOf() {
        return asOf;
    }

    /**
     * The setup for the units of {@code tree}: the plan, its cycle and effects, the kinds not assessed, the units not
     * assessed that {@code tree} lists (a unit the tree does not list cannot be scored anyway), and the city office:
     * {@code cityOffice} if given, else the plan's if the tree lists it, else the tree's only root.
     *
     * @param cityOffice null for the plan's or the root
     * @throws org.kaoping.core.ConfigurationException if the city office is not in the tree, or cannot be told (several roots and none named)
     */
    public CycleSetup setup(OrgTree tree, String cityOffice) {
        CycleSetup.Builder b = CycleSetup.builder(plan).cycle(document.cycle()).asOf(asOf);
        for (Map.Entry<String, List<ObligationEffect>> e : effects.entrySet()) {
            for (ObligationEffect o : e.getValue()) {
                b.effect(e.getKey(), o);
            }
        }
        for (Map.Entry<OrgKind, String> e : document.notAssessedKinds().entrySet()) {
            b.exclude(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : document.notAssessedUnits().entrySet()) {
            if (tree.contains(e.getKey())) {
                b.exclude(e.getKey(), e.getValue());
            }
        }
        String office = cityOffice;
        if (office == null) {
            if (document.cityOffice().isPresent() && tree.contains(document.cityOffice().get())) {
                office = document.cityOffice().get();
            } else if (tree.roots().size() == 1) {
                office = tree.roots().get(0).id();
            } else {
                throw new ConfigurationException("The units have " + tree.roots().size() + " root units and plan [" + document.id() + "] names no city office"
                        + " among them; name the unit that runs the assessment with --city-office ID (or \"cityOffice\" in the plan)");
            }
        } else if (!tree.contains(office)) {
            throw new ConfigurationException("--city-office [" + office + "] is not one of the units; expected the 单位编码/unit_id of a listed unit");
        }
        return b.cityOffice(office).build();
    }
}

package org.kaoping.core.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.VetoEffect;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.points.Points;

/**
 * The plan's effects after the items, apart from leaf scoring: bonus and penalty categories, each capped (加分、扣分),
 * the vetoes the unit's incidents trigger (一票否决), and the grade caps those vetoes set.
 */
final class PlanEffects {
    private final Engine run;
    private final AssessmentPlan plan;
    private final OrgUnit unit;
    private final int year;

    /** {@code run} is the unit's scoring run: the categories' evidence was found with the rubric's keys. */
    PlanEffects(AssessmentPlan plan, OrgUnit unit, Engine run) {
        this.run = run;
        this.plan = plan;
        this.unit = unit;
        this.year = plan.year();
    }

    /** Bonus and penalty categories, each capped, then the overall caps. */
    List<AppliedAdjustment> adjustments() {
        List<AppliedAdjustment> out = new ArrayList<>(plan.adjustments().size());
        for (AdjustmentRule a : plan.adjustments()) {
            List<Evidence> l = run.byKey(a.category());
            long claimed = 0;
            List<String> ids = null;
            for (int k = 0; k < l.size(); k++) {
                Evidence e = l.get(k);
                if (e.kind() == EvidenceKind.ADJUSTMENT && e.period().year() == year) {
                    long add = ((Adjustment) e).points().units();
                    long sum = claimed + add;
                    if (((claimed ^ sum) & (add ^ sum)) < 0) { // the message is made only when the sum overflows
                        Engine.addChecked(claimed, add, "unit [" + unit.id() + "] " + a.direction() + " category ["
                                + a.category() + "] (evidence " + e.id() + ")");
                    }
                    claimed = sum;
                    if (ids == null) {
                        ids = new ArrayList<>(2);
                    }
                    ids.add(e.id());
                }
            }
            if (ids != null) {
                out.add(ImmutableAppliedAdjustment.builder().category(a.category()).direction(a.direction())
                        .claimed(Points.ofUnits(claimed)).granted(Points.ofUnits(Math.min(claimed, a.cap().units())))
                        .cap(a.cap()).evidenceIds(ids).build());
            }
        }
        return out;
    }

    List<TriggeredVeto> vetoes() {
        List<TriggeredVeto> out = null;
        for (VetoRule v : plan.vetoRules()) {
            List<Evidence> l = run.byKey(v.incidentCategory());
            List<String> ids = null;
            for (int k = 0; k < l.size(); k++) {
                Evidence e = l.get(k);
                if (e.kind() == EvidenceKind.INCIDENT && e.period().year() == year && v.appliesTo(((Incident) e).severity())) {
                    if (ids == null) {
                        ids = new ArrayList<>(1);
                    }
                    ids.add(e.id());
                }
            }
            if (ids != null) {
                if (out == null) {
                    out = new ArrayList<>(1);
                }
                out.add(ImmutableTriggeredVeto.builder().rule(v).incidentIds(ids).build());
            }
        }
        return out == null ? Collections.<TriggeredVeto>emptyList() : out;
    }

    static Grade capGrade(Grade grade, List<TriggeredVeto> vetoes) {
        Grade g = grade;
        for (TriggeredVeto v : vetoes) {
            if (v.rule().effect() == VetoEffect.CAP_GRADE) {
                Grade cap = v.rule().cappedGrade().get();
                if (g.rank() < cap.rank()) {
                    g = cap;
                }
            }
        }
        return g;
    }
}

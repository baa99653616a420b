package org.kaoping.runtime;

import java.util.ArrayList;
import java.util.List;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.review.SectionUse;

/**
 * Self-report content as evidence (issue 17): for every section use the plan declares, the unit's latest self-report
 * (monthly or annual) of the plan's year whose section has content yields a checklist tick, met, of the declared
 * requirement, from the unit's own channel (SELF), recorded when the report was. Its id {@code section:<report>:<criterion>:<n>}
 * names the report it comes from, so the explanation cites it. Under the default precedence a panel's ticks still
 * decide the item; the unit's own word counts where no one else's evidence exists yet (a standing during the year).
 */
final class SectionEvidence {
    /** The prefix of every derived tick's id. */
    static final String PREFIX = "section:";

    private SectionEvidence() {}

    /** {@code evidence} followed by the ticks derived from its self-reports' sections; {@code evidence} itself if none. */
    static List<Evidence> with(AssessmentPlan plan, OrgTree tree, List<Evidence> evidence) {
        List<SectionUse> uses = plan.review().sectionUses();
        if (uses.isEmpty()) {
            return evidence;
        }
        // per unit, criterion and requirement, the latest report whose section has content: an earlier one would only
        // be superseded by it (and listed as unused evidence, once a month)
        java.util.Map<String, Object[]> latest = new java.util.LinkedHashMap<>();
        for (Evidence e : evidence) {
            if (!(e instanceof SelfReport) || e.period().year() != plan.year()) {
                continue;
            }
            SelfReport r = (SelfReport) e;
            Rubric rubric = tree.contains(r.unitId()) ? plan.rubrics().get(tree.unit(r.unitId()).kind()) : null;
            for (SectionUse u : uses) {
                if (rubric == null || !rubric.id().equals(u.rubricId())) {
                    continue;
                }
                check(plan, rubric, u);
                String text = r.sections().get(u.section());
                if (text == null || text.trim().isEmpty()) {
                    continue;
                }
                String slot = r.unitId() + "\u0000" + u.criterionId() + "\u0000" + u.requirement();
                Object[] seen = latest.get(slot);
                if (seen == null || r.recordedAt().isAfter(((SelfReport) seen[0]).recordedAt())) {
                    latest.put(slot, new Object[] {r, u});
                }
            }
        }
        if (latest.isEmpty()) {
            return evidence;
        }
        List<Evidence> out = new ArrayList<>(evidence);
        for (Object[] pair : latest.values()) {
            SelfReport r = (SelfReport) pair[0];
            SectionUse u = (SectionUse) pair[1];
            out.add(ChecklistTick.builder().id(PREFIX + r.id() + ":" + u.criterionId() + ":" + u.requirement()).unitId(r.unitId())
                    .key(u.criterionId()).period(ReportingPeriod.year(plan.year())).source(SourceKind.SELF).author(r.author())
                    .authorUnitId(r.authorUnitId()).recordedAt(r.recordedAt()).requirement(u.requirement()).met(true).build());
        }
        return out == null ? evidence : out;
    }

    /** A use must name a checklist criterion of its rubric and one of its requirements. */
    private static void check(AssessmentPlan plan, Rubric rubric, SectionUse u) {
        java.util.Optional<org.kaoping.core.rubric.Criterion> c = rubric.findCriterion(u.criterionId());
        org.kaoping.core.rule.Rule rule = c.isPresent() && c.get().rule().isPresent() ? c.get().rule().get() : null;
        if (!(rule instanceof org.kaoping.core.rule.ChecklistRule)
                || ((org.kaoping.core.rule.ChecklistRule) rule).requirements().size() < u.requirement()) {
            throw new org.kaoping.core.ConfigurationException("Plan [" + plan.id() + "] declares " + u + ", but rubric [" + rubric.id()
                    + "] has " + (rule == null ? "no leaf criterion [" + u.criterionId() + "]" : "at [" + u.criterionId() + "] "
                    + rule.describe()) + "; expected a checklist criterion with a requirement " + u.requirement());
        }
    }
}

package org.kaoping.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.ranking.Rankings;
import org.kaoping.core.review.StageTarget;
import org.kaoping.core.scoring.ScoreNode;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;
import org.kaoping.spi.AssessmentStore;

/**
 * Works out a {@link Standing} (issue 17): the counted evidence of each assessed unit ({@link SubmissionGate#counted},
 * so self-report sections count where the plan declares it) restricted to what was filed ({@code recordedAt}) before the
 * end of the day in Beijing, scored by the runtime's scorer and ranked; nothing written. Evidence is judged by when it
 * was filed, not by the period it reports on or the day an incident happened: a standing shows what the office could
 * have known that day. Stateless.
 */
final class Standings {
    private Standings() {}

    /** The standing of {@code org}'s assessed units as of the end of {@code asOf} in Beijing. */
    static Standing asOf(LocalDate asOf, AssessmentPlan plan, Scorer scorer, AssessmentStore store, OrgSnapshot org) {
        Objects.requireNonNull(asOf, "asOf must not be null");
        Instant cutoff = asOf.plusDays(1).atStartOfDay(AssessmentCycle.SHANGHAI).toInstant();
        List<Scorecard> cards = new ArrayList<>();
        Map<String, List<Standing.OpenItem>> open = new LinkedHashMap<>();
        for (OrgUnit u : org.scope.assessedUnits()) {
            List<Evidence> filed = new ArrayList<>();
            for (Evidence e : store.evidence(u.id())) {
                if (e.recordedAt().isBefore(cutoff)) {
                    filed.add(e);
                }
            }
            Scorecard card = scorer.score(u, EvidenceIndex.of(org.gate.counted(filed)));
            cards.add(card);
            List<Standing.OpenItem> items = openItems(plan, card, asOf);
            if (!items.isEmpty()) {
                open.put(u.id(), items);
            }
        }
        return new Standing(asOf, cutoff, cards, Rankings.rank(cards, plan), open);
    }

    private static List<Standing.OpenItem> openItems(AssessmentPlan plan, Scorecard card, LocalDate asOf) {
        List<Standing.OpenItem> out = new ArrayList<>();
        for (StageTarget t : plan.review().stageTargets()) {
            if (t.due().isAfter(asOf) || !t.rubricId().equals(card.rubric().id())) {
                continue;
            }
            for (String c : t.criterionIds()) {
                if (!card.rubric().findCriterion(c).isPresent()) {
                    throw new org.kaoping.core.ConfigurationException("Plan [" + plan.id() + "] declares " + t + ", but rubric ["
                            + t.rubricId() + "] has no criterion [" + c + "]");
                }
                ScoreNode n = card.node(c);
                if (n.awarded().compareTo(n.maximum()) < 0) {
                    out.add(new Standing.OpenItem(t.id(), t.due(), c, n.awarded(), n.maximum(), t.description()));
                }
            }
        }
        return out;
    }
}

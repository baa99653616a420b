package org.kaoping.core.rule;

import org.kaoping.core.api.API;

/** A function over the closed set of rule kinds; adding a kind breaks every visitor at compile time, on purpose. */
@API(status = API.Status.STABLE)
public interface RuleVisitor<R> {
    R visitJudgement(JudgementRule rule);

    R visitChecklist(ChecklistRule rule);

    R visitAtLeast(AtLeastRule rule);

    R visitRateAtLeast(RateAtLeastRule rule);

    R visitTrend(TrendRule rule);

    R visitNoIncident(NoIncidentRule rule);

    R visitComposite(CompositeRule rule);

    R visitCustom(CustomRule rule);
}

package org.kaoping.core.rule;

/** A function over the closed set of rule kinds; adding a kind breaks every visitor at compile time, on purpose. */
public interface RuleVisitor<R> {
    R visitJudgement(JudgementRule rule);

    R visitChecklist(ChecklistRule rule);

    R visitAtLeast(AtLeastRule rule);

    R visitRateAtLeast(RateAtLeastRule rule);

    R visitTrend(TrendRule rule);

    R visitNoIncident(NoIncidentRule rule);

    R visitComposite(CompositeRule rule);

    R visitCustom(CustomRule rule);

    R visitRollUp(RollUpRule rule);
}

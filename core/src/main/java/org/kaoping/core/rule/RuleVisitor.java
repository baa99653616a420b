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

    /**
     * A roll-up over the results of the level below (属地逐级, issue 16). A default method, so that visitors written
     * before the kind existed (the interface is stable) still compile; they refuse the kind when they meet it. Every
     * visitor of Kaoping's own overrides it.
     *
     * @throws UnsupportedOperationException unless overridden
     */
    @org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
    default R visitRollUp(RollUpRule rule) {
        throw new UnsupportedOperationException(getClass().getName() + " does not handle roll-up rules (" + rule.describe() + ")");
    }
}

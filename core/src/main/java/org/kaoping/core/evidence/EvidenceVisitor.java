package org.kaoping.core.evidence;

import org.kaoping.core.api.API;

/**
 * A function over the closed set of evidence types, one method per {@link EvidenceKind}: code that needs to treat
 * each kind differently implements it and calls {@link Evidence#accept(EvidenceVisitor)}, so that a new evidence
 * kind does not compile until every such function has a method for it (a {@code switch} over {@link EvidenceKind}
 * would compile and fall through to its {@code default}).
 *
 * @param <R> what the function returns
 */
@API(status = API.Status.STABLE)
public interface EvidenceVisitor<R> {
    R visitDocument(DocumentRef document);

    R visitMetricValue(MetricValue metric);

    R visitIncident(Incident incident);

    R visitChecklistTick(ChecklistTick tick);

    R visitJudgement(Judgement judgement);

    R visitPublicRating(PublicRating rating);

    R visitSelfReport(SelfReport report);

    R visitDeduction(Deduction deduction);

    R visitAdjustment(Adjustment adjustment);

    R visitNotApplicable(NotApplicableMark mark);

    R visitScoreOverride(ScoreOverride override);
}

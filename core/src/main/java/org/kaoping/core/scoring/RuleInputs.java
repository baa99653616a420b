package org.kaoping.core.scoring;

import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.EvidenceVisitor;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.NotApplicableMark;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SelfReport;

/**
 * Whether a rule reads a piece of evidence as input in a channel: built-in rules read judgements, ticks, ratings and
 * metric values; custom rules read those and documents, self-reports and incidents too. Deductions, adjustments,
 * not-applicable marks and overrides act through the engine's passes and the plan's effects, never as rule input.
 */
final class RuleInputs implements EvidenceVisitor<Boolean> {
    /** What the built-in rule kinds read. */
    static final RuleInputs BUILT_IN = new RuleInputs(false);
    /** What a host's custom rule is given. */
    static final RuleInputs CUSTOM = new RuleInputs(true);

    /** The kinds {@link #BUILT_IN} accepts, one bit per {@link EvidenceKind#ordinal()}: the hot path tests a bit, not a visit. */
    static final int BUILT_IN_KINDS = bit(EvidenceKind.JUDGEMENT) | bit(EvidenceKind.CHECKLIST_TICK) | bit(EvidenceKind.PUBLIC_RATING)
            | bit(EvidenceKind.METRIC_VALUE);
    /** The kinds {@link #CUSTOM} accepts, as {@link #BUILT_IN_KINDS}. */
    static final int CUSTOM_KINDS = BUILT_IN_KINDS | bit(EvidenceKind.DOCUMENT) | bit(EvidenceKind.SELF_REPORT) | bit(EvidenceKind.INCIDENT);

    private final Boolean custom;

    static int bit(EvidenceKind kind) {
        return 1 << kind.ordinal();
    }

    /** Whether a rule (custom or built-in) reads evidence of {@code kind}: what a visit by {@link #CUSTOM} or {@link #BUILT_IN} answers. */
    static boolean reads(boolean custom, EvidenceKind kind) {
        return ((custom ? CUSTOM_KINDS : BUILT_IN_KINDS) & 1 << kind.ordinal()) != 0;
    }

    private RuleInputs(boolean custom) {
        this.custom = custom;
    }

    @Override
    public Boolean visitJudgement(Judgement judgement) {
        return Boolean.TRUE;
    }

    @Override
    public Boolean visitChecklistTick(ChecklistTick tick) {
        return Boolean.TRUE;
    }

    @Override
    public Boolean visitPublicRating(PublicRating rating) {
        return Boolean.TRUE;
    }

    @Override
    public Boolean visitMetricValue(MetricValue metric) {
        return Boolean.TRUE;
    }

    @Override
    public Boolean visitDocument(DocumentRef document) {
        return custom;
    }

    @Override
    public Boolean visitSelfReport(SelfReport report) {
        return custom;
    }

    @Override
    public Boolean visitIncident(Incident incident) {
        return custom;
    }

    @Override
    public Boolean visitDeduction(Deduction deduction) {
        return Boolean.FALSE;
    }

    @Override
    public Boolean visitAdjustment(Adjustment adjustment) {
        return Boolean.FALSE;
    }

    @Override
    public Boolean visitNotApplicable(NotApplicableMark mark) {
        return Boolean.FALSE;
    }

    @Override
    public Boolean visitScoreOverride(ScoreOverride override) {
        return Boolean.FALSE;
    }
}

package org.kaoping.core.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.UnitEvidence;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Rubric;

/**
 * One unit's scored result under one rubric and plan: a tree of {@link ScoreNode}s mirroring the rubric,
 * the raw item total, the rescaled total when items were not applicable, capped bonuses and penalties,
 * triggered vetoes, the final total, its grade and whether the unit may be commended.
 *
 * <p>How the final total is reached, in order: leaves scored and rounded half-up at the plan's leaf scale;
 * deductions filed against items; overrides; parents summed exactly, less the deductions filed against them
 * (down to zero within the section) ({@link #rawTotal()}); when not-applicable items left
 * the denominator, {@code rawTotal × rubric points ÷ applicableMaximum} rounded half-up at the plan's total
 * scale ({@link #itemTotal()}); plus bonus, minus penalty, not below zero; zero if a zero-total veto
 * triggered ({@link #finalTotal()}).
 *
 * <p>Immutable. Scorecards of equal inputs are equal; explanations are computed on request and excluded
 * from equality since they follow from the inputs.
 */
@API(status = API.Status.STABLE)
public final class Scorecard {
    static final NodeState[] STATES = {NodeState.SCORED, NodeState.NOT_APPLICABLE, NodeState.MISSING_EVIDENCE, NodeState.OVERRIDDEN};

    final CompiledRubric compiled;
    private final Scorer scorer;
    private final OrgUnit unit;
    private final UnitEvidence evidence;
    final long[] award;
    final long[] max;
    final byte[] state;
    final boolean[] incomplete;
    final long[] sectionTaken;
    final boolean[] partial;
    private final long deductionsTaken;
    private final Points rawTotal;
    private final Points applicableMaximum;
    private final Points itemTotal;
    private final boolean rescaled;
    private final List<AppliedAdjustment> adjustments;
    private final Points bonus;
    private final Points penalty;
    private final List<TriggeredVeto> vetoes;
    private final Points finalTotal;
    private final Grade grade;
    private final boolean complete;
    private volatile NodeTrace[] traces;
    private volatile Engine.Usage usage;

    Scorecard(CompiledRubric compiled, Scorer scorer, OrgUnit unit, UnitEvidence evidence, Engine run,
            List<AppliedAdjustment> adjustments, List<TriggeredVeto> vetoes) {
        this.compiled = compiled;
        this.scorer = scorer;
        this.unit = unit;
        this.evidence = evidence;
        this.award = run.award;
        this.max = run.max;
        this.state = run.state;
        this.incomplete = run.incomplete;
        this.sectionTaken = run.sectionTaken;
        this.partial = run.partial;
        this.deductionsTaken = run.deductionsTaken;
        long raw = 0;
        long applicable = 0;
        for (int s : compiled.sections) {
            raw = Engine.addChecked(raw, award[s], unit.id(), "raw total");
            applicable = Engine.addChecked(applicable, max[s], unit.id(), "applicable maximum");
        }
        this.rawTotal = Points.ofUnits(raw);
        this.applicableMaximum = Points.ofUnits(applicable);
        Points declared = compiled.rubric.points();
        if (applicable == declared.units()) {
            itemTotal = rawTotal;
            rescaled = false;
        } else if (applicable == 0) {
            itemTotal = Points.ZERO;
            rescaled = true;
        } else {
            itemTotal = rescale(raw, declared.units(), applicable, scorer.plan().totalScale());
            rescaled = true;
        }
        this.adjustments = adjustments.isEmpty() ? Collections.<AppliedAdjustment>emptyList() : Collections.unmodifiableList(adjustments);
        long b = 0;
        long p = 0;
        for (AppliedAdjustment a : adjustments) {
            if (a.direction() == org.kaoping.core.plan.AdjustmentRule.Direction.BONUS) {
                b = Engine.addChecked(b, a.granted().units(), unit.id(), "bonus");
            } else {
                p = Engine.addChecked(p, a.granted().units(), unit.id(), "penalty");
            }
        }
        if (scorer.plan().bonusCap().isPresent()) {
            b = Math.min(b, scorer.plan().bonusCap().get().units());
        }
        if (scorer.plan().penaltyCap().isPresent()) {
            p = Math.min(p, scorer.plan().penaltyCap().get().units());
        }
        this.bonus = Points.ofUnits(b);
        this.penalty = Points.ofUnits(p);
        this.vetoes = vetoes.isEmpty() ? Collections.<TriggeredVeto>emptyList() : Collections.unmodifiableList(vetoes);
        boolean zero = false;
        for (TriggeredVeto v : vetoes) {
            zero |= v.rule().effect() == org.kaoping.core.plan.VetoEffect.ZERO_TOTAL;
        }
        this.finalTotal = zero ? Points.ZERO : Points.ofUnits(Math.max(0, Engine.addChecked(itemTotal.units(), b - p, unit.id(), "final total")));
        this.grade = PlanEffects.capGrade(scorer.plan().gradeBands().gradeOf(finalTotal), vetoes);
        boolean c = true;
        for (int i = 0; i < state.length && c; i++) {
            c = !(compiled.leaf[i] && (state[i] == Engine.MISSING || incomplete[i]));
        }
        this.complete = c; // computed while the arrays are hot: ranking asks every card
    }

    private static Points rescale(long raw, long declared, long applicable, int scale) {
        return Points.ofUnits(Fractions.award(raw, org.kaoping.core.points.Ratio.of(declared, applicable), scale));
    }

    public OrgUnit unit() {
        return unit;
    }

    public String unitId() {
        return unit.id();
    }

    public Rubric rubric() {
        return compiled.rubric;
    }

    public String planId() {
        return scorer.plan().id();
    }

    public int year() {
        return scorer.plan().year();
    }

    /** The evidence the scorecard was computed from. */
    public UnitEvidence evidence() {
        return evidence;
    }

    /** The top-level nodes (sections), in the rubric's order. */
    public List<ScoreNode> sections() {
        List<ScoreNode> out = new ArrayList<>(compiled.sections.length);
        for (int s : compiled.sections) {
            out.add(new ScoreNode(this, s));
        }
        return Collections.unmodifiableList(out);
    }

    /** Every node, in the rubric's pre-order. */
    public List<ScoreNode> nodes() {
        List<ScoreNode> out = new ArrayList<>(award.length);
        for (int i = 0; i < award.length; i++) {
            out.add(new ScoreNode(this, i));
        }
        return Collections.unmodifiableList(out);
    }

    /** @throws org.kaoping.core.rubric.UnknownCriterionException if the rubric has no such criterion */
    public ScoreNode node(String criterionId) {
        return new ScoreNode(this, compiled.indexOf(criterionId));
    }

    /** Awarded points of {@code criterionId}, without creating a node view. */
    public Points awarded(String criterionId) {
        return Points.ofUnits(award[compiled.indexOf(criterionId)]);
    }

    /** The sum of the sections' awarded points, exact. */
    public Points rawTotal() {
        return rawTotal;
    }

    /** The declared points of the applicable items: the denominator. */
    public Points applicableMaximum() {
        return applicableMaximum;
    }

    /** Whether not-applicable items left the denominator and the item total was rescaled to the rubric's points. */
    public boolean isRescaled() {
        return rescaled;
    }

    /** The raw total, or, when rescaled, {@code rawTotal × rubric points ÷ applicableMaximum}, rounded half-up at the plan's total scale. */
    public Points itemTotal() {
        return itemTotal;
    }

    public List<AppliedAdjustment> adjustments() {
        return adjustments;
    }

    /** The bonus added: each category capped, then the plan's overall cap. */
    public Points bonus() {
        return bonus;
    }

    /** The penalty taken: each category capped, then the plan's overall cap. */
    public Points penalty() {
        return penalty;
    }

    /** What deductions filed against criteria (items and sections) actually took, down to zero where each applies. */
    public Points deductionsTaken() {
        return Points.ofUnits(deductionsTaken);
    }

    /**
     * Every deduction the unit suffered, for a 扣分 total: what deductions filed against items and sections took
     * ({@link #deductionsTaken()}, already inside {@link #rawTotal()}) plus the penalty taken from the total
     * ({@link #penalty()}). Deductions are counted in rubric points, before any not-applicable rescaling.
     */
    public Points allDeductions() {
        return Points.ofUnits(Engine.addChecked(deductionsTaken, penalty.units(), unit.id(), "deductions"));
    }

    public List<TriggeredVeto> vetoes() {
        return vetoes;
    }

    /** The item total plus bonus minus penalty, not below zero; zero when a zero-total veto triggered. */
    public Points finalTotal() {
        return finalTotal;
    }

    /** The grade of the final total, capped by any grade-capping veto. */
    public Grade grade() {
        return grade;
    }

    /** Whether the unit may be commended (评先): no veto triggered. */
    public boolean isCommendable() {
        return vetoes.isEmpty();
    }

    /** Whether every applicable leaf was decided by evidence and no weighted channel is missing under {@code MARK_INCOMPLETE}. */
    public boolean isComplete() {
        return complete;
    }

    /** Ids of the leaves that had no evidence to decide them, in rubric order. */
    public List<String> missingEvidence() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < state.length; i++) {
            if (compiled.leaf[i] && state[i] == Engine.MISSING) {
                out.add(compiled.ids[i]);
            }
        }
        return out;
    }

    /**
     * Ids of the leaves scored although some of their inputs are missing, in rubric order: a checklist with a
     * requirement nobody ticked, a composite with a condition no evidence decides. What is missing counts as not
     * met, so such an item may earn less than its evidence would support; it is flagged here, on its
     * {@link ScoreNode#hasMissingInputs() node} and in its explanation, never a silent zero.
     */
    public List<String> itemsWithMissingInputs() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < state.length; i++) {
            if (compiled.leaf[i] && partial[i]) {
                out.add(compiled.ids[i]);
            }
        }
        return out;
    }

    /** Ids of the leaves missing a weighted channel under {@code MARK_INCOMPLETE}. */
    public List<String> incompleteItems() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < state.length; i++) {
            if (compiled.leaf[i] && incomplete[i]) {
                out.add(compiled.ids[i]);
            }
        }
        return out;
    }

    /** The raw total as displayed at {@code scale} places: the sum of the displayed sections. */
    public Points displayedRawTotal(int scale) {
        long sum = 0;
        for (int s : compiled.sections) {
            sum = Math.addExact(sum, displayedUnits(s, scale));
        }
        return Points.ofUnits(sum);
    }

    /**
     * Node {@code i}'s points as displayed at {@code scale}: a leaf rounded, a parent the sum of its children's
     * displayed points less its own deductions. Computed bottom-up over the subtree's pre-order range, without
     * recursion, however deep the rubric.
     */
    long displayedUnits(int i, int scale) {
        int from = i;
        int to = compiled.end[i];
        long[] shown = new long[to - from];
        for (int j = to - 1; j >= from; j--) {
            if (compiled.leaf[j]) {
                shown[j - from] = Fractions.round(award[j], scale);
            } else {
                long sum = 0;
                for (int c : compiled.children[j]) {
                    sum = Math.addExact(sum, shown[c - from]);
                }
                // a deduction filed against the section is one of its displayed parts
                shown[j - from] = Math.max(0, sum - Fractions.round(sectionTaken[j], scale));
            }
        }
        return shown[0];
    }

    Explanation explain(int i) {
        NodeTrace[] t = traces;
        if (t == null) {
            traced();
            t = traces;
        }
        NodeTrace nt = t[i];
        Explanation.Builder b = Explanation.builder()
                .criterionId(compiled.ids[i])
                .criterion(compiled.nodes[i].label() + " " + compiled.nodes[i].text())
                .state(STATES[state[i]]).awarded(Points.ofUnits(award[i])).maximum(Points.ofUnits(max[i]))
                .channels(nt.channels).missingChannels(nt.missingChannels).ignoredEvidenceIds(nt.ignored)
                .deductions(nt.deductions).documents(nt.documents).notes(nt.notes).incomplete(incomplete[i])
                .missingInputs(partial[i]);
        if (compiled.leaf[i]) {
            if (compiled.rules[i] != null) {
                b.rule(compiled.rules[i].describe());
            }
            b.blend(compiled.blends[i].toString());
        } else {
            List<String> parts = new ArrayList<>();
            for (int c : compiled.children[i]) {
                parts.add(compiled.ids[c] + "=" + Points.ofUnits(award[c]));
            }
            if (sectionTaken[i] == 0) {
                b.addNotes("sum of children: " + String.join(" + ", parts) + " = " + Points.ofUnits(award[i]));
            } else {
                b.addNotes("sum of children: " + String.join(" + ", parts) + " − " + Points.ofUnits(sectionTaken[i])
                        + " deducted from the section = " + Points.ofUnits(award[i]));
            }
        }
        if (nt.blended != null) {
            b.blendedShare(nt.blended);
        }
        if (nt.override != null) {
            b.override(nt.override);
        }
        if (nt.notApplicable != null) {
            b.notApplicable(nt.notApplicable);
        }
        return b.build();
    }

    /** Re-runs the unit with a tracer (once): explanations and the evidence accounting come from that run. */
    private synchronized void traced() {
        if (traces == null || usage == null) {
            Engine run = scorer.trace(compiled, unit, evidence);
            usage = run.usage(adjustments, vetoes);
            traces = run.trace();
        }
    }

    /**
     * The unit's evidence that affects no criterion, adjustment or veto of the plan (未使用的证据), each with the
     * reason, in evidence id order: a period outside the plan year, a bonus or penalty category the plan does not
     * declare, a metric key or incident category nothing reads, evidence on a criterion that is not applicable,
     * overridden or absent, a superseded judgement or tick, a channel the blend does not name or that another
     * channel preceded. With {@link #usedEvidenceIds()} it is exactly the unit's evidence. Computed on first
     * request, like explanations.
     */
    public List<UnusedEvidence> unusedEvidence() {
        if (usage == null) {
            traced();
        }
        return usage.unused;
    }

    /** Ids of the evidence that counts toward this result, or is shown with it (documents, the year's self-reports). */
    public java.util.Set<String> usedEvidenceIds() {
        if (usage == null) {
            traced();
        }
        return usage.used;
    }

    /** One line per fact of the result: totals, rescaling, adjustments, vetoes, grade, completeness. */
    public String summary() {
        String nl = System.lineSeparator();
        StringBuilder s = new StringBuilder();
        s.append(unit.name()).append(" [").append(unit.id()).append("] ").append(compiled.rubric.id()).append(' ')
                .append(compiled.rubric.version()).append(", plan ").append(planId()).append(' ').append(year()).append(nl);
        for (ScoreNode n : sections()) {
            s.append("  ").append(n).append(nl);
        }
        s.append("  raw total ").append(rawTotal).append(" of ").append(applicableMaximum).append(nl);
        if (rescaled) {
            s.append("  not-applicable items left the denominator: ").append(rawTotal).append(" × ")
                    .append(compiled.rubric.points()).append(" ÷ ").append(applicableMaximum).append(" = ").append(itemTotal).append(nl);
        }
        for (AppliedAdjustment a : adjustments) {
            s.append("  ").append(a.direction()).append(' ').append(a.category()).append(": claimed ").append(a.claimed())
                    .append(", cap ").append(a.cap()).append(", granted ").append(a.granted()).append(' ').append(a.evidenceIds()).append(nl);
        }
        s.append("  bonus ").append(bonus).append(", penalty ").append(penalty).append(nl);
        for (TriggeredVeto v : vetoes) {
            s.append("  veto ").append(v.rule().describe()).append(' ').append(v.incidentIds()).append(nl);
        }
        for (UnusedEvidence u : unusedEvidence()) {
            s.append("  unused evidence ").append(u.evidenceId()).append(" (").append(u.kind()).append(' ').append(u.key())
                    .append("): ").append(u.reason()).append(nl);
        }
        s.append("  final total ").append(finalTotal).append(", grade ").append(grade)
                .append(isCommendable() ? "" : ", not commendable").append(isComplete() ? "" : ", incomplete").append(nl);
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Scorecard)) {
            return false;
        }
        Scorecard c = (Scorecard) o;
        return c.unit.equals(unit) && c.compiled.rubric.equals(compiled.rubric) && c.planId().equals(planId())
                && c.year() == year() && Arrays.equals(c.award, award) && Arrays.equals(c.max, max)
                && Arrays.equals(c.state, state) && Arrays.equals(c.incomplete, incomplete) && Arrays.equals(c.sectionTaken, sectionTaken) && Arrays.equals(c.partial, partial)
                && c.deductionsTaken == deductionsTaken && c.itemTotal.equals(itemTotal) && c.adjustments.equals(adjustments)
                && c.vetoes.equals(vetoes) && c.finalTotal.equals(finalTotal) && c.grade.equals(grade)
                && c.evidence.equals(evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit.id(), compiled.rubric.id(), finalTotal, Arrays.hashCode(award));
    }

    @Override
    public String toString() {
        return "Scorecard[" + unit.id() + " " + compiled.rubric.id() + " " + finalTotal + " " + grade + "]";
    }
}

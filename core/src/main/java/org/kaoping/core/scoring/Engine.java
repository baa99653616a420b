package org.kaoping.core.scoring;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.NotApplicableMark;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.evidence.UnitEvidence;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.MissingSourcePolicy;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.plan.VetoEffect;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.ConditionCredit;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.JudgementLevel;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.RuleVisitor;
import org.kaoping.core.rule.TrendRule;

/**
 * One scoring run of one unit against one compiled rubric. With a tracer it records, per node, what an
 * explanation needs; without one (the hot path) it builds no text and keeps results in flat arrays.
 */
final class Engine {
    static final byte SCORED = 0;
    static final byte NOT_APPLICABLE = 1;
    static final byte MISSING = 2;
    static final byte OVERRIDDEN = 3;

    private static final long ONE_METRIC = 1_000_000L;

    private final CompiledRubric cr;
    private final AssessmentPlan plan;
    private final Map<String, CustomRuleEvaluator> customs;
    private final OrgUnit unit;
    private final UnitEvidence ue;
    private final int year;
    private final NodeTrace[] trace;

    private final int n;
    private final List<Evidence>[] own;
    final long[] award;
    final long[] max;
    final byte[] state;
    final boolean[] incomplete;
    /** What deductions filed against each section (a criterion with children) took from its sum. */
    final long[] sectionTaken;
    /** Leaves scored although some of their inputs are missing (an unticked requirement, an undecided condition); parents OR their children. */
    final boolean[] partial;
    /** Whether the channel being evaluated met a missing input. */
    private boolean missingInput;
    /** Evaluates rules by kind for this run (see {@link RuleEvaluator}). */
    private final RuleEvaluator evaluator = new RuleEvaluator();
    private final boolean[] na;
    /** In a traced run: why evidence was read but set aside, by evidence id (the first reason wins). */
    private final Map<String, String> skipped;
    /** In a traced run: the not-applicable marks that made a criterion not applicable. */
    private final java.util.Set<String> naMarks;
    /** Deductions filed against sections, by node; null until there is one. */
    private List<Deduction>[] sectionDeductions;
    long deductionsTaken;
    private boolean anyDeduction;
    private boolean anyOverride;

    // the leaf and channel being evaluated
    private int node;
    private long pts;
    private int[] resolve;
    private int channel;
    private NodeTrace.Scratch scratch;

    @SuppressWarnings("unchecked")
    Engine(CompiledRubric cr, AssessmentPlan plan, Map<String, CustomRuleEvaluator> customs, OrgUnit unit,
            UnitEvidence ue, boolean traced) {
        this.cr = cr;
        this.plan = plan;
        this.customs = customs;
        this.unit = unit;
        this.ue = ue;
        this.year = plan.year();
        this.n = cr.nodes.length;
        this.own = new List[n];
        this.award = new long[n];
        this.max = new long[n];
        this.state = new byte[n];
        this.incomplete = new boolean[n];
        this.sectionTaken = new long[n];
        this.partial = new boolean[n];
        this.na = new boolean[n];
        this.skipped = traced ? new java.util.HashMap<String, String>() : null;
        this.naMarks = traced ? new java.util.HashSet<String>() : null;
        if (traced) {
            trace = new NodeTrace[n];
            for (int i = 0; i < n; i++) {
                trace[i] = new NodeTrace();
            }
        } else {
            trace = null;
        }
    }

    NodeTrace[] trace() {
        return trace;
    }

    void run() {
        checkBounds();
        try {
            passes();
        } catch (ArithmeticException overflow) {
            throw new ScoringException("Unit [" + unit.id() + "] cannot be scored: a sum on criterion [" + cr.ids[node]
                    + "] of rubric [" + cr.rubric.id() + "] leaves the exact range (" + overflow.getMessage() + ")");
        }
    }

    /**
     * Refuses evidence whose points lie beyond {@link Points#EVIDENCE_LIMIT}: the bound is what keeps every sum
     * below in range, so it is checked where evidence enters the engine, naming unit, evidence and field.
     */
    private void checkBounds() {
        List<Evidence> all = ue.all();
        for (int k = 0; k < all.size(); k++) {
            Evidence e = all.get(k);
            switch (e.kind()) {
                case DEDUCTION:
                    bound(e, "points", ((Deduction) e).points());
                    break;
                case ADJUSTMENT:
                    bound(e, "points", ((Adjustment) e).points());
                    break;
                case SCORE_OVERRIDE:
                    bound(e, "newPoints", ((ScoreOverride) e).newPoints());
                    break;
                case PUBLIC_RATING:
                    PublicRating r = (PublicRating) e;
                    if (r.score().isPresent()) {
                        bound(e, "score", r.score().get());
                    }
                    if (r.maxScore().isPresent()) {
                        bound(e, "maxScore", r.maxScore().get());
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private void bound(Evidence e, String field, Points value) {
        if (!value.isWithinEvidenceLimit()) {
            throw new ScoringException(e.kind() + " evidence [" + e.id() + "] of unit [" + unit.id() + "] on [" + e.key() + "]: "
                    + field + " " + value + " lies beyond the declared bound of ±" + Points.EVIDENCE_LIMIT + " points");
        }
    }

    /** In a traced run, records why {@code e} was set aside (the first reason wins). */
    private void skip(Evidence e, String reason) {
        if (skipped != null && !skipped.containsKey(e.id())) {
            skipped.put(e.id(), reason);
        }
    }

    /** {@code a + b}, or a {@link ScoringException} naming {@code what} if the sum leaves {@code long}'s range. */
    static long addChecked(long a, long b, String what) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw new ScoringException("The points of " + what + " leave the exact range: " + Points.ofUnits(a) + " + " + Points.ofUnits(b));
        }
        return r;
    }

    private void passes() {
        markNotApplicable();
        for (int i = 0; i < n; i++) {
            if (cr.leaf[i]) {
                if (na[i]) {
                    state[i] = NOT_APPLICABLE;
                } else {
                    scoreLeaf(i);
                }
            }
        }
        // The first pass saw every piece of evidence filed under a criterion id: without a deduction or an
        // override among them, these passes would change nothing, so they do not walk the evidence again.
        if (anyDeduction) {
            applyDeductions();
        }
        if (anyOverride) {
            applyOverrides();
        }
        aggregate();
    }

    // ---------------------------------------------------------------- passes

    /** Looks up each criterion's own evidence, marks not-applicable subtrees and notes whether any deduction or override is filed. */
    private void markNotApplicable() {
        for (int i = 0; i < n; i++) {
            List<Evidence> l = ue.byKey(cr.ids[i]);
            own[i] = l;
            for (int k = 0; k < l.size(); k++) {
                Evidence e = l.get(k);
                // kind first: one interface call per piece of evidence for the kinds scored later (the common case)
                EvidenceKind kind = e.kind();
                if (kind == EvidenceKind.DEDUCTION) {
                    anyDeduction = true;
                    continue;
                }
                if (kind != EvidenceKind.NOT_APPLICABLE && kind != EvidenceKind.SCORE_OVERRIDE) {
                    continue;
                }
                if (kind == EvidenceKind.SCORE_OVERRIDE) {
                    anyOverride = true;
                }
                if (e.period().year() != year) {
                    continue;
                }
                if (kind == EvidenceKind.NOT_APPLICABLE && na[i]) {
                    skip(e, "criterion [" + cr.ids[i] + "] is already not applicable by an earlier mark");
                } else if (kind == EvidenceKind.NOT_APPLICABLE) {
                    if (naMarks != null) {
                        naMarks.add(e.id());
                    }
                    for (int j = i; j < cr.end[i]; j++) {
                        na[j] = true;
                        if (trace != null) {
                            trace[j].notApplicable = ((NotApplicableMark) e).reason() + " [" + e.id() + " by " + e.author()
                                    + (j == i ? "" : " on " + cr.ids[i]) + "]";
                        }
                    }
                } else if (kind == EvidenceKind.SCORE_OVERRIDE && !cr.leaf[i]) {
                    throw new ScoringException("Override [" + e.id() + "] of unit [" + unit.id() + "] names criterion ["
                            + cr.ids[i] + "], which has children; overrides apply to leaves only");
                }
            }
        }
    }

    /**
     * Deductions filed against a leaf are taken from it, down to zero (扣完为止). Deductions filed against a
     * section (a criterion with children) are kept for {@link #aggregate()}, which takes them from the section's
     * own sum, down to zero within the section, and explains them there: the section's points are not the
     * first leaf's to lose.
     */
    @SuppressWarnings("unchecked")
    private void applyDeductions() {
        for (int i = 0; i < n; i++) {
            List<Evidence> l = own[i];
            for (int k = 0; k < l.size(); k++) {
                Evidence e = l.get(k);
                if (e.kind() != EvidenceKind.DEDUCTION || e.period().year() != year) {
                    continue;
                }
                Deduction d = (Deduction) e;
                if (na[i]) {
                    if (trace != null) {
                        trace[i].notes.add("deduction " + d.id() + " not taken: the criterion is not applicable");
                        skip(d, "criterion [" + cr.ids[i] + "] is not applicable");
                    }
                    continue;
                }
                if (!cr.leaf[i]) {
                    if (sectionDeductions == null) {
                        sectionDeductions = new List[n];
                    }
                    if (sectionDeductions[i] == null) {
                        sectionDeductions[i] = new ArrayList<>(1);
                    }
                    sectionDeductions[i].add(d);
                    continue;
                }
                long asked = d.points().units();
                long take = Math.min(asked, award[i]);
                if (trace != null) {
                    trace[i].deductions.add(ImmutableAppliedDeduction.builder().evidenceId(d.id()).criterionId(cr.ids[i])
                            .reason(d.reason()).asked(Points.ofUnits(asked)).taken(Points.ofUnits(take)).build());
                }
                award[i] -= take;
                deductionsTaken = Math.addExact(deductionsTaken, take);
            }
        }
    }

    /** Takes the deductions filed against section {@code i} from its sum {@code sum}, in evidence id order, down to zero. */
    private long sectionDeductions(int i, long sum) {
        long a = sum;
        for (Deduction d : sectionDeductions[i]) {
            long asked = d.points().units();
            long take = Math.min(asked, a);
            a -= take;
            sectionTaken[i] = Math.addExact(sectionTaken[i], take);
            deductionsTaken = Math.addExact(deductionsTaken, take);
            if (trace != null) {
                trace[i].deductions.add(ImmutableAppliedDeduction.builder().evidenceId(d.id()).criterionId(cr.ids[i])
                        .reason(d.reason()).asked(Points.ofUnits(asked)).taken(Points.ofUnits(take)).build());
                trace[i].notes.add("deduction " + d.id() + " (" + d.reason() + ") filed against this section: " + d.points()
                        + " asked, " + Points.ofUnits(take) + " taken from the section's sum, down to zero within the section (扣完为止)");
            }
        }
        return a;
    }

    private void applyOverrides() {
        for (int i = 0; i < n; i++) {
            if (!cr.leaf[i]) {
                continue;
            }
            ScoreOverride latest = null;
            List<Evidence> l = own[i];
            for (int k = 0; k < l.size(); k++) {
                Evidence e = l.get(k);
                if (e.kind() == EvidenceKind.SCORE_OVERRIDE && e.period().year() == year
                        && (latest == null || later(e, latest))) {
                    if (latest != null && trace != null) { // an earlier override, superseded
                        trace[i].notes.add("override " + latest.id() + " superseded by " + e.id());
                        skip(latest, "superseded by the later override " + e.id());
                    }
                    latest = (ScoreOverride) e;
                }
            }
            if (latest == null) {
                continue;
            }
            if (na[i]) {
                if (trace != null) {
                    trace[i].notes.add("override " + latest.id() + " not applied: the criterion is not applicable");
                    skip(latest, "criterion [" + cr.ids[i] + "] is not applicable");
                }
                continue;
            }
            long newUnits = latest.newPoints().units();
            if (newUnits > cr.points[i]) {
                throw new ScoringException("Override [" + latest.id() + "] of unit [" + unit.id() + "] sets criterion ["
                        + cr.ids[i] + "] to " + latest.newPoints() + ", above its " + Points.ofUnits(cr.points[i]) + " points");
            }
            if (trace != null) {
                trace[i].override = ImmutableAppliedOverride.builder().evidenceId(latest.id()).author(latest.author())
                        .at(latest.recordedAt()).reason(latest.reason()).oldPoints(Points.ofUnits(award[i]))
                        .newPoints(latest.newPoints()).build();
            }
            award[i] = newUnits;
            state[i] = OVERRIDDEN;
            incomplete[i] = false;
            partial[i] = false;
        }
    }

    private void aggregate() {
        for (int i = n - 1; i >= 0; i--) {
            if (cr.leaf[i]) {
                max[i] = na[i] ? 0 : cr.points[i];
                continue;
            }
            long a = 0;
            long m = 0;
            boolean allNa = true;
            boolean missing = false;
            boolean inc = false;
            boolean part = false;
            node = i;
            for (int c : cr.children[i]) {
                part |= partial[c];
                a = Math.addExact(a, award[c]);
                m = Math.addExact(m, max[c]);
                allNa &= state[c] == NOT_APPLICABLE;
                missing |= state[c] == MISSING;
                inc |= incomplete[c];
            }
            if (sectionDeductions != null && sectionDeductions[i] != null) {
                a = sectionDeductions(i, a);
            }
            award[i] = a;
            max[i] = m;
            state[i] = allNa ? NOT_APPLICABLE : missing ? MISSING : SCORED;
            incomplete[i] = inc;
            partial[i] = part;
        }
    }

    // ---------------------------------------------------------------- one leaf

    private void scoreLeaf(int i) {
        node = i;
        pts = cr.points[i];
        resolve = cr.resolve[i];
        Rule rule = cr.rules[i];
        NodeTrace t = trace == null ? null : trace[i];
        if (t != null) {
            for (Evidence e : own[i]) {
                if (e.kind() == EvidenceKind.DOCUMENT && e.period().year() == year) {
                    t.documents.add(e.id() + " " + ((DocumentRef) e).title() + " sha256:" + ((DocumentRef) e).sha256());
                }
            }
        }
        if (rule == null) {
            state[i] = MISSING;
            if (t != null) {
                t.notes.add("leaf has no scoring rule");
            }
            return;
        }
        Ratio share;
        if (cr.incidentsOnly[i]) {
            channel = -1;
            scratch = t == null ? null : new NodeTrace.Scratch();
            share = eval(rule);
            if (t != null) {
                t.channels.add(result(null, null, share, true));
                t.notes.add("incidents count whatever their source; the blend does not apply");
            }
        } else {
            long mask = presentChannels(i);
            SourceBlend blend = cr.blends[i];
            share = blend.kind() == SourceBlend.Kind.PRECEDENCE ? precedence(blend, mask, rule, t) : weighted(blend, mask, rule, t);
            if (share == null && mask == 0 && cr.decidesWithoutChannels[i]) {
                // only no-incident conditions can decide, and incidents count whatever their source
                channel = -1;
                scratch = t == null ? null : new NodeTrace.Scratch();
                missingInput = false;
                share = eval(rule);
                partial[i] |= missingInput;
                if (t != null) {
                    t.channels.add(result(null, null, share, true));
                }
            }
        }
        if (share != null && partial[i] && t != null) {
            t.notes.add("scored with missing inputs: what has no evidence counts as not met, and the item is flagged");
        }
        if (share == null) {
            partial[i] = false;
            state[i] = MISSING;
            award[i] = 0;
            if (t != null) {
                t.notes.add("no evidence decides this item: it earns 0 and is marked missing evidence");
            }
        } else {
            state[i] = SCORED;
            award[i] = Math.max(0, Math.min(pts, Fractions.award(pts, share, plan.leafScale())));
            if (t != null) {
                t.blended = share;
                t.notes.add(Points.ofUnits(pts) + " × " + share.toPercentString() + " = " + Points.ofUnits(award[i])
                        + " (rounded half-up to " + plan.leafScale() + " decimal places)");
            }
        }
    }

    private Ratio precedence(SourceBlend blend, long mask, Rule rule, NodeTrace t) {
        Ratio decided = null;
        for (Channel c : blend.order()) {
            if ((mask & (1L << c.index())) == 0) {
                continue;
            }
            if (decided != null && t == null) {
                break;
            }
            Ratio s = evalChannel(c.index(), rule, t != null);
            if (t != null) {
                t.channels.add(result(c, null, s, decided == null && s != null));
            }
            if (decided == null && s != null) {
                decided = s;
                partial[node] |= missingInput;
                if (t != null) {
                    t.notes.add("precedence " + blend.order() + ": " + c + " decides");
                }
            }
        }
        return decided;
    }

    private Ratio weighted(SourceBlend blend, long mask, Rule rule, NodeTrace t) {
        Ratio num = Ratio.ZERO;
        Ratio den = Ratio.ZERO;
        boolean any = false;
        for (Map.Entry<Channel, Ratio> w : blend.weights().entrySet()) {
            Channel c = w.getKey();
            Ratio s = (mask & (1L << c.index())) == 0 ? null : evalChannel(c.index(), rule, t != null);
            if (s != null) {
                any = true;
                partial[node] |= missingInput;
                num = Fractions.add(num, Fractions.multiply(w.getValue(), s));
                den = Fractions.add(den, w.getValue());
                if (t != null) {
                    t.channels.add(result(c, w.getValue(), s, true));
                }
            } else {
                if (blend.missing() == MissingSourcePolicy.MARK_INCOMPLETE) {
                    den = Fractions.add(den, w.getValue());
                    incomplete[node] = true;
                }
                if (t != null) {
                    t.missingChannels.add(c);
                    t.notes.add(c + " (weight " + w.getValue() + ") has no evidence deciding this item: "
                            + (blend.missing() == MissingSourcePolicy.RENORMALIZE
                                    ? "the other channels' weights are renormalized"
                                    : "it contributes nothing and the item is incomplete"));
                }
            }
        }
        if (!any) {
            incomplete[node] = false;
            return null;
        }
        return Fractions.divide(num, den);
    }

    private ChannelResult result(Channel c, Ratio weight, Ratio share, boolean used) {
        ImmutableChannelResult.Builder b = ImmutableChannelResult.builder().used(used);
        if (c != null) {
            b.channel(c);
        }
        if (weight != null) {
            b.weight(weight);
        }
        if (share != null) {
            b.share(share);
        }
        if (scratch != null) {
            b.addAllEvidenceIds(scratch.evidenceIds).addAllRaters(scratch.raters).addAllInputs(scratch.inputs);
        }
        return b.build();
    }

    /** The channels (resolved by the leaf's blend) that hold evidence this rule reads, as a bit mask. */
    private long presentChannels(int i) {
        long mask = scan(own[i], cr.hostDefined[i], 0);
        for (String key : cr.keys[i]) {
            mask = scan(ue.byKey(key), false, mask);
        }
        return mask;
    }

    private long scan(List<Evidence> l, boolean custom, long mask) {
        for (int k = 0; k < l.size(); k++) {
            Evidence e = l.get(k);
            if (e.period().year() != year || !relevant(e.kind(), custom)) {
                continue;
            }
            int r = resolve[Channel.indexOf(e)];
            if (r < 0) {
                if (trace != null) {
                    trace[node].ignored.add(e.id());
                    trace[node].notes.add("evidence " + e.id() + " from " + Channel.exact(e) + " ignored: the blend does not name that channel");
                    skip(e, "the blend of criterion [" + cr.ids[node] + "] (" + cr.blends[node] + ") does not name channel " + Channel.exact(e));
                }
            } else {
                mask |= 1L << r;
            }
        }
        return mask;
    }

    private static boolean relevant(EvidenceKind k, boolean custom) {
        switch (k) {
            case JUDGEMENT:
            case CHECKLIST_TICK:
            case PUBLIC_RATING:
            case METRIC_VALUE:
                return true;
            case DOCUMENT:
            case SELF_REPORT:
            case INCIDENT:
                return custom;
            default:
                return false;
        }
    }

    private boolean accepts(Evidence e, int y) {
        return e.period().year() == y && (channel < 0 || resolve[Channel.indexOf(e)] == channel);
    }

    private void used(Evidence e) {
        if (scratch != null) {
            scratch.evidenceIds.add(e.id());
        }
    }

    /** Records an input for the explanation; callers guard with {@code scratch != null} so the hot path builds no text. */
    private void input(String s) {
        scratch.inputs.add(s);
    }

    private Ratio evalChannel(int ch, Rule rule, boolean traced) {
        channel = ch;
        scratch = traced ? new NodeTrace.Scratch() : null;
        missingInput = false;
        Ratio s = eval(rule);
        if (s == null) {
            s = rating();
        }
        return s;
    }

    private Ratio eval(Rule rule) {
        return rule.accept(evaluator);
    }

    /**
     * The evaluator of each rule kind in the current channel. A {@link RuleVisitor}, so a new rule kind does not
     * compile until it has an evaluator here; one instance per run, so evaluating a rule allocates nothing.
     */
    private final class RuleEvaluator implements RuleVisitor<Ratio> {
        @Override
        public Ratio visitJudgement(JudgementRule rule) {
            return judgement(rule);
        }

        @Override
        public Ratio visitChecklist(ChecklistRule rule) {
            return checklist(rule);
        }

        @Override
        public Ratio visitAtLeast(AtLeastRule rule) {
            return atLeast(rule);
        }

        @Override
        public Ratio visitRateAtLeast(RateAtLeastRule rule) {
            return rate(rule);
        }

        @Override
        public Ratio visitTrend(TrendRule rule) {
            return trend(rule);
        }

        @Override
        public Ratio visitNoIncident(NoIncidentRule rule) {
            // incidents count whatever their source: evaluated outside the channel, which is then restored
            int saved = channel;
            channel = -1;
            Ratio s = noIncident(rule);
            channel = saved;
            return s;
        }

        @Override
        public Ratio visitComposite(CompositeRule rule) {
            return composite(rule);
        }

        @Override
        public Ratio visitCustom(CustomRule rule) {
            return custom(rule);
        }
    }

    // ---------------------------------------------------------------- rule kinds

    private Ratio judgement(JudgementRule rule) {
        List<Evidence> l = own[node];
        Map<String, Judgement> latest = latestByAuthor(l);
        int count = 0;
        Ratio sum = Ratio.ZERO;
        Ratio hi = null;
        Ratio lo = null;
        for (int k = 0; k < l.size(); k++) {
            Evidence e = l.get(k);
            if (e.kind() != EvidenceKind.JUDGEMENT || !accepts(e, year)) {
                continue;
            }
            Judgement j = (Judgement) e;
            if (j.source() == SourceKind.PANEL && j.authorUnitId().isPresent() && j.authorUnitId().get().equals(unit.id())) {
                if (trace != null) {
                    trace[node].notes.add("judgement " + j.id() + " by " + j.author()
                            + " ignored: a panel member does not rate their own unit");
                    skip(j, "a panel member does not rate their own unit");
                }
                continue;
            }
            Judgement last = latest.get(j.author());
            if (last != j) {
                if (trace != null) {
                    trace[node].notes.add("judgement " + j.id() + " by " + j.author() + " superseded by " + last.id());
                    skip(j, "superseded by the same rater's later judgement " + last.id());
                }
                continue;
            }
            Ratio s = levelShare(rule, j);
            count++;
            sum = Fractions.add(sum, s);
            hi = hi == null || s.compareTo(hi) > 0 ? s : hi;
            lo = lo == null || s.compareTo(lo) < 0 ? s : lo;
            used(j);
            if (scratch != null) {
                scratch.raters.add(j.author() + "=" + j.level() + " (" + s.toPercentString() + ")");
            }
        }
        if (count == 0) {
            return null;
        }
        if (plan.raters().trims(count)) {
            sum = Fractions.add(sum, Ratio.of(-hi.numerator(), hi.denominator()));
            sum = Fractions.add(sum, Ratio.of(-lo.numerator(), lo.denominator()));
            if (scratch != null) {
                input(count + " raters ≥ " + plan.raters().minRaters() + ": trimmed mean drops the highest ("
                        + hi.toPercentString() + ") and the lowest (" + lo.toPercentString() + ")");
            }
            count -= 2;
        } else {
            if (scratch != null) {
                input(count + " rater(s): " + (plan.raters().isTrimmed() ? "fewer than " + plan.raters().minRaters()
                        + ", so the plain mean" : "mean"));
            }
        }
        Ratio mean = Fractions.divide(sum, count);
        if (scratch != null) {
            input("combined share " + mean.toPercentString());
        }
        return mean;
    }

    /**
     * Each author's latest judgement in the current channel and year, in one pass: a rater's latest judgement of
     * a criterion counts and supersedes their earlier ones (linear in the judgements, however many).
     */
    private Map<String, Judgement> latestByAuthor(List<Evidence> l) {
        Map<String, Judgement> latest = new java.util.HashMap<>();
        for (int k = 0; k < l.size(); k++) {
            Evidence e = l.get(k);
            if (e.kind() != EvidenceKind.JUDGEMENT || !accepts(e, year)) {
                continue;
            }
            Judgement j = (Judgement) e;
            Judgement seen = latest.get(j.author());
            if (seen == null || later(j, seen)) {
                latest.put(j.author(), j);
            }
        }
        return latest;
    }

    private Ratio levelShare(JudgementRule rule, Judgement j) {
        for (JudgementLevel level : rule.levels()) {
            if (level.name().equals(j.level())) {
                return level.share();
            }
        }
        List<String> names = new ArrayList<>();
        for (JudgementLevel level : rule.levels()) {
            names.add(level.name());
        }
        throw new ScoringException("Judgement [" + j.id() + "] of unit [" + unit.id() + "] on criterion [" + cr.ids[node]
                + "] chooses level [" + j.level() + "]; the rule's levels are " + names);
    }

    private Ratio checklist(ChecklistRule rule) {
        List<Evidence> l = own[node];
        int size = rule.requirements().size();
        int met = 0;
        boolean any = false;
        boolean unticked = false;
        // each requirement's latest tick, in one pass over the evidence
        ChecklistTick[] latestTick = new ChecklistTick[size + 1];
        for (int k = 0; k < l.size(); k++) {
            Evidence e = l.get(k);
            if (e.kind() != EvidenceKind.CHECKLIST_TICK || !accepts(e, year)) {
                continue;
            }
            ChecklistTick tick = (ChecklistTick) e;
            if (tick.requirement() > size) {
                throw new ScoringException("Checklist tick [" + tick.id() + "] of unit [" + unit.id() + "] names requirement "
                        + tick.requirement() + " of criterion [" + cr.ids[node] + "], which has " + size);
            }
            int q = tick.requirement();
            if (q >= 1 && (latestTick[q] == null || later(tick, latestTick[q]))) {
                if (latestTick[q] != null && skipped != null) {
                    skip(latestTick[q], "superseded by the later tick " + tick.id() + " of requirement (" + q + ")");
                }
                latestTick[q] = tick;
            } else if (skipped != null) {
                skip(tick, "superseded by the later tick " + latestTick[q].id() + " of requirement (" + q + ")");
            }
        }
        for (int q = 1; q <= size; q++) {
            ChecklistTick latest = latestTick[q];
            if (latest != null) {
                any = true;
                used(latest);
                if (latest.met()) {
                    met++;
                }
            }
            if (latest == null) {
                unticked = true;
            }
            if (scratch != null) {
                input("(" + q + ") " + (latest == null ? "no tick: not met (missing input)" : latest.met() ? "met" : "not met")
                        + " — " + rule.requirements().get(q - 1));
            }
        }
        if (!any) {
            return null;
        }
        if (unticked) {
            missingInput = true;
        }
        if (scratch != null) {
            input(met + " of " + size + " requirements met, " + rule.policy());
        }
        return credit(rule.policy(), met == size, Ratio.of(met, size), size - met);
    }

    private Ratio atLeast(AtLeastRule rule) {
        List<Evidence> l = ue.byKey(rule.metric());
        long min = cr.scaledMinimum.get(rule);
        Period p = rule.period();
        String unitName = rule.unit();
        if (p == Period.MONTH || p == Period.QUARTER) {
            int buckets = p == Period.MONTH ? 12 : 4;
            long[] amount = new long[buckets];
            boolean any = false;
            for (int k = 0; k < l.size(); k++) {
                Evidence e = l.get(k);
                if (e.kind() != EvidenceKind.METRIC_VALUE || !accepts(e, year)) {
                    continue;
                }
                if (e.period().isWholeYear()) {
                    if (scratch != null) {
                        input("value " + e.id() + " covers the whole year and cannot count toward a single "
                                + p.chineseName() + "; ignored");
                    }
                    skip(e, "it covers the whole year and cannot count toward a single " + p.chineseName());
                    continue;
                }
                any = true;
                used(e);
                int b = p == Period.MONTH ? e.period().month() - 1 : (e.period().month() - 1) / 3;
                amount[b] = Math.addExact(amount[b], ((MetricValue) e).scaledValue());
            }
            if (!any) {
                return null;
            }
            int metCount = 0;
            long shortUnits = 0;
            Ratio prop = Ratio.ZERO;
            for (int b = 0; b < buckets; b++) {
                if (amount[b] >= min) {
                    metCount++;
                }
                shortUnits = Math.addExact(shortUnits, wholeUnitsShort(Math.subtractExact(min, amount[b])));
                if (rule.policy().kind() == CreditPolicy.Kind.PROPORTIONAL) {
                    prop = Fractions.add(prop, min == 0 ? Ratio.ONE : Fractions.atMostOne(amount[b], min));
                }
                if (scratch != null) {
                    input(p.chineseName() + " " + (b + 1) + ": " + metric(amount[b]) + unitName + (amount[b] >= min ? " ≥ " : " < ")
                            + metric(min) + unitName);
                }
            }
            return credit(rule.policy(), metCount == buckets, Fractions.divide(prop, buckets), shortUnits);
        }
        int fromYear = p == Period.PLAN_TERM ? year - 4 : year;
        long sum = 0;
        boolean any = false;
        for (int k = 0; k < l.size(); k++) {
            Evidence e = l.get(k);
            if (e.kind() != EvidenceKind.METRIC_VALUE || e.period().year() < fromYear || e.period().year() > year
                    || !accepts(e, e.period().year())) {
                continue;
            }
            any = true;
            used(e);
            sum = Math.addExact(sum, ((MetricValue) e).scaledValue());
        }
        if (!any) {
            return null;
        }
        if (scratch != null) {
            input(rule.metric() + " amounts to " + metric(sum) + unitName + (p == Period.PLAN_TERM ? " over " + fromYear + "–" + year : " in " + year)
                    + (sum >= min ? " ≥ " : " < ") + "minimum " + metric(min) + unitName);
        }
        return credit(rule.policy(), sum >= min, min == 0 ? Ratio.ONE : Fractions.atMostOne(sum, min), wholeUnitsShort(min - sum));
    }

    private static long wholeUnitsShort(long shortfall) {
        return shortfall <= 0 ? 0 : (shortfall + ONE_METRIC - 1) / ONE_METRIC;
    }

    private static String metric(long scaled) {
        return java.math.BigDecimal.valueOf(scaled, MetricValue.SCALE).stripTrailingZeros().toPlainString();
    }

    private Ratio rate(RateAtLeastRule rule) {
        long v = 0;
        long o = 0;
        List<Evidence> l = ue.byKey(rule.metric());
        for (int k = 0; k < l.size(); k++) {
            Evidence e = l.get(k);
            if (e.kind() != EvidenceKind.METRIC_VALUE || !accepts(e, year)) {
                continue;
            }
            used(e);
            v = Math.addExact(v, ((MetricValue) e).scaledValue());
            o = Math.addExact(o, ((MetricValue) e).scaledOutOf());
        }
        if (o == 0) {
            return null;
        }
        Ratio min = TargetThresholds.minimum(rule, plan, year, scratch == null ? null : scratch.inputs);
        if (min == null) {
            return null; // a target rule without the higher level's target of the year: no input (explained)
        }
        Ratio actual = Ratio.of(v, o);
        boolean reached = Fractions.compareProducts(v, min.denominator(), o, min.numerator()) >= 0;
        if (scratch != null) {
            input(rule.metric() + " rate " + actual.toPercentString() + " (" + metric(v) + " of " + metric(o) + ")"
                    + (reached ? " ≥ " : " < ") + min.toPercentString());
        }
        long shortfallPoints = 0;
        if (!reached) {
            // whole percentage points below the threshold, rounded up: ceil((min - rate) × 100)
            BigInteger num = BigInteger.valueOf(min.numerator()).multiply(BigInteger.valueOf(o))
                    .subtract(BigInteger.valueOf(v).multiply(BigInteger.valueOf(min.denominator()))).multiply(BigInteger.valueOf(100));
            BigInteger den = BigInteger.valueOf(min.denominator()).multiply(BigInteger.valueOf(o));
            shortfallPoints = num.add(den).subtract(BigInteger.ONE).divide(den).longValueExact();
            if (rule.policy().kind() == CreditPolicy.Kind.DEDUCT_PER_SHORTFALL) {
                if (scratch != null) {
                    input(shortfallPoints + " percentage point(s) short");
                }
            }
        }
        Ratio prop = min.signum() == 0 ? Ratio.ONE : Fractions.divide(actual, min);
        if (prop.compareTo(Ratio.ONE) > 0) {
            prop = Ratio.ONE;
        }
        return credit(rule.policy(), reached, prop, shortfallPoints);
    }

    private Ratio trend(TrendRule rule) {
        List<Evidence> l = ue.byKey(rule.metric());
        Ratio current = level(l, year);
        if (current == null) {
            return null;
        }
        Ratio previous = level(l, year - 1);
        if (previous == null) {
            if (scratch != null) {
                input("previous cycle (" + (year - 1) + ") has no value of " + rule.metric() + ": the trend cannot be judged");
            }
            if (trace != null) {
                trace[node].notes.add("trend needs the previous cycle's value of " + rule.metric() + " (" + (year - 1)
                        + "), which is absent");
            }
            return null;
        }
        int cmp = current.compareTo(previous);
        boolean met = rule.direction() == TrendRule.Direction.INCREASE ? cmp > 0 : cmp < 0;
        if (scratch != null) {
            input(rule.metric() + " " + (year - 1) + ": " + show(previous) + ", " + year + ": " + show(current) + " — "
                    + (met ? "moved " : "did not move ") + (rule.direction() == TrendRule.Direction.INCREASE ? "up" : "down"));
        }
        if (rule.policy().kind() == CreditPolicy.Kind.PROPORTIONAL) {
            if (scratch != null) {
                input("a trend has no proportion: scored all or nothing");
            }
        }
        return credit(rule.policy(), met, met ? Ratio.ONE : Ratio.ZERO, met ? 0 : 1);
    }

    private static String show(Ratio r) {
        return r.toBigDecimal(4).stripTrailingZeros().toPlainString();
    }

    /** The metric's level in year {@code y}: the sum of values, or their pooled rate when they carry a base. */
    private Ratio level(List<Evidence> l, int y) {
        long v = 0;
        long o = 0;
        boolean any = false;
        boolean based = false;
        for (int k = 0; k < l.size(); k++) {
            Evidence e = l.get(k);
            if (e.kind() != EvidenceKind.METRIC_VALUE || !accepts(e, y)) {
                continue;
            }
            MetricValue m = (MetricValue) e;
            any = true;
            based |= m.outOf().isPresent();
            v = Math.addExact(v, m.scaledValue());
            o = Math.addExact(o, m.scaledOutOf());
            used(e);
        }
        if (!any) {
            return null;
        }
        return based ? Ratio.of(v, o) : Ratio.of(v, ONE_METRIC);
    }

    private Ratio noIncident(NoIncidentRule rule) {
        List<Evidence> l = ue.byKey(rule.incidentCategory());
        int count = 0;
        for (int k = 0; k < l.size(); k++) {
            Evidence e = l.get(k);
            if (e.kind() == EvidenceKind.INCIDENT && e.period().year() == year) {
                count++;
                used(e);
            }
        }
        if (scratch != null) {
            input(count + " incident(s) of " + rule.incidentCategory() + " in " + year);
        }
        if (rule.policy().kind() == CreditPolicy.Kind.PROPORTIONAL) {
            if (scratch != null) {
                input("absence of incidents has no proportion: scored all or nothing");
            }
        }
        return credit(rule.policy(), count == 0, count == 0 ? Ratio.ONE : Ratio.ZERO, count);
    }

    private Ratio composite(CompositeRule rule) {
        int total = rule.conditions().size();
        int met = 0;
        int decided = 0;
        boolean shares = rule.conditionCredit() == ConditionCredit.SHARE;
        Ratio earned = Ratio.ZERO;
        SourceBlend blend = cr.blends[node];
        for (int c = 0; c < total; c++) {
            Rule condition = rule.conditions().get(c);
            Ratio s = eval(condition);
            if (s == null && channel >= 0 && blend.kind() == SourceBlend.Kind.PRECEDENCE) {
                // Under precedence each condition is decided by the first channel holding its evidence: a
                // panel's checklist ticks and a host system's metric values can decide one item together.
                s = conditionFromNextChannel(blend, condition, c);
            }
            if (s != null) {
                decided++;
                if (s.equals(Ratio.ONE)) {
                    met++;
                }
                if (shares) {
                    earned = Fractions.add(earned, s);
                }
            } else {
                missingInput = true;
            }
            if (scratch != null) {
                input("condition " + (c + 1) + " [" + condition.describe() + "]: "
                        + (s == null ? "no evidence, not met (missing input)" : s.equals(Ratio.ONE) ? "met"
                                : s.signum() == 0 ? "not met"
                                : shares ? "met in part, " + s.toPercentString() + ", counts its share"
                                : "met in part, " + s.toPercentString() + ", counts as not met (a condition counts only when met in full)"));
            }
        }
        if (decided == 0) {
            return null;
        }
        if (scratch != null) {
            input(met + " of " + total + " conditions met in full; " + rule.policy() + ", " + rule.conditionCredit().describe());
        }
        return credit(rule.policy(), met == total, shares ? Fractions.divide(earned, total) : Ratio.of(met, total), total - met);
    }

    private Ratio conditionFromNextChannel(SourceBlend blend, Rule condition, int index) {
        int saved = channel;
        try {
            for (Channel other : blend.order()) {
                if (other.index() == saved) {
                    continue;
                }
                channel = other.index();
                Ratio s = eval(condition);
                if (s != null) {
                    if (scratch != null) {
                        input("condition " + (index + 1) + " decided by " + other + " (precedence " + blend.order() + ")");
                    }
                    return s;
                }
            }
            return null;
        } finally {
            channel = saved;
        }
    }

    private Ratio custom(CustomRule rule) {
        List<Evidence> l = own[node];
        List<Evidence> mine = new ArrayList<>();
        for (Evidence e : l) {
            if (accepts(e, year) && relevant(e.kind(), true)) {
                mine.add(e);
                used(e);
            }
        }
        if (mine.isEmpty()) {
            return null;
        }
        CustomResult r = customs.get(rule.type()).evaluate(rule, cr.nodes[node], Collections.unmodifiableList(mine));
        if (scratch != null) {
            input(rule.type() + ": " + r.inputs());
        }
        return r.share().orElse(null);
    }

    /** Pooled public ratings of the criterion in the current channel: satisfied of respondents, and/or score of maximum. */
    private Ratio rating() {
        List<Evidence> l = own[node];
        long satisfied = 0;
        long respondents = 0;
        long score = 0;
        long maxScore = 0;
        for (int k = 0; k < l.size(); k++) {
            Evidence e = l.get(k);
            if (e.kind() != EvidenceKind.PUBLIC_RATING || !accepts(e, year)) {
                continue;
            }
            PublicRating r = (PublicRating) e;
            used(r);
            if (r.score().isPresent()) {
                score = Math.addExact(score, r.score().get().units());
                maxScore = Math.addExact(maxScore, r.maxScore().get().units());
            } else {
                satisfied = Math.addExact(satisfied, r.satisfied());
                respondents = Math.addExact(respondents, r.respondents());
            }
        }
        Ratio a = respondents == 0 ? null : Ratio.of(satisfied, respondents);
        Ratio b = maxScore == 0 ? null : Ratio.of(score, maxScore);
        if (a != null) {
            if (scratch != null) {
                input("public rating: " + satisfied + " of " + respondents + " satisfied (" + a.toPercentString() + ")");
            }
        }
        if (b != null) {
            if (scratch != null) {
                input("public rating: score " + Points.ofUnits(score) + " of " + Points.ofUnits(maxScore) + " (" + b.toPercentString() + ")");
            }
        }
        if (a != null && b != null) {
            if (scratch != null) {
                input("both forms given: their mean");
            }
            return Fractions.divide(Fractions.add(a, b), 2);
        }
        return a != null ? a : b;
    }

    /** Turns a rule's outcome into a share of the item's points by its credit policy. */
    private Ratio credit(CreditPolicy policy, boolean met, Ratio proportion, long shortfalls) {
        switch (policy.kind()) {
            case ALL_OR_NOTHING:
                return met ? Ratio.ONE : Ratio.ZERO;
            case PROPORTIONAL:
                return proportion;
            case DEDUCT_PER_SHORTFALL:
                long each = policy.deduction().get().units();
                if (shortfalls == 0) {
                    return Ratio.ONE;
                }
                if (pts == 0 || shortfalls >= (pts - 1) / each + 1) { // ceil(pts / each) shortfalls take everything
                    if (scratch != null) {
                        input(shortfalls + " shortfall(s) × " + policy.deduction().get() + " take all " + Points.ofUnits(pts) + " (扣完为止)");
                    }
                    return Ratio.ZERO;
                }
                long left = pts - shortfalls * each;
                if (scratch != null) {
                    input(shortfalls + " shortfall(s) × " + policy.deduction().get() + " = " + Points.ofUnits(shortfalls * each) + " deducted");
                }
                return Ratio.of(left, pts);
            default:
                throw new AssertionError(policy.kind());
        }
    }

    private static boolean later(Evidence a, Evidence b) {
        int c = a.recordedAt().compareTo(b.recordedAt());
        return c > 0 || c == 0 && a.id().compareTo(b.id()) > 0;
    }

    // ---------------------------------------------------------------- after the items

    /** Bonus and penalty categories, each capped, then the overall caps. */
    List<AppliedAdjustment> adjustments() {
        List<AppliedAdjustment> out = new ArrayList<>(plan.adjustments().size());
        for (AdjustmentRule a : plan.adjustments()) {
            List<Evidence> l = ue.byKey(a.category());
            long claimed = 0;
            List<String> ids = null;
            for (int k = 0; k < l.size(); k++) {
                Evidence e = l.get(k);
                if (e.kind() == EvidenceKind.ADJUSTMENT && e.period().year() == year) {
                    claimed = addChecked(claimed, ((Adjustment) e).points().units(), "unit [" + unit.id() + "] "
                            + a.direction() + " category [" + a.category() + "] (evidence " + e.id() + ")");
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
            List<Evidence> l = ue.byKey(v.incidentCategory());
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

    // ---------------------------------------------------------------- what counted (traced runs)

    /** The unit's evidence split into what affects the result and what does not, with reasons; see {@link Scorecard#unusedEvidence()}. */
    static final class Usage {
        final java.util.Set<String> used;
        final List<UnusedEvidence> unused;

        Usage(java.util.Set<String> used, List<UnusedEvidence> unused) {
            this.used = used;
            this.unused = unused;
        }
    }

    /**
     * After a traced run: every piece of the unit's evidence either counted (read by a channel an item used, a
     * deduction, override or not-applicable mark applied, a declared adjustment, a triggered veto, a document shown
     * on an applicable item, a self-report of the year, which the reporting obligations read) or is unused, with
     * the reason. The two sets are disjoint and together are all the unit's evidence.
     */
    Usage usage(List<AppliedAdjustment> adjustments, List<TriggeredVeto> vetoes) {
        java.util.Set<String> used = new java.util.TreeSet<>();
        Map<String, String> overridden = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            NodeTrace t = trace[i];
            boolean setByHand = cr.leaf[i] && state[i] == OVERRIDDEN;
            String by = setByHand ? "criterion [" + cr.ids[i] + "] was set by override " + t.override.evidenceId() : null;
            for (ChannelResult c : t.channels) {
                if (c.used()) {
                    for (String id : c.evidenceIds()) {
                        if (setByHand) {
                            overridden.put(id, by);
                        } else {
                            used.add(id);
                        }
                    }
                }
            }
            for (AppliedDeduction d : t.deductions) {
                if (setByHand) {
                    overridden.put(d.evidenceId(), by + " after the deduction");
                } else {
                    used.add(d.evidenceId());
                }
            }
            if (t.override != null) {
                used.add(t.override.evidenceId());
            }
        }
        used.addAll(naMarks);
        for (AppliedAdjustment a : adjustments) {
            used.addAll(a.evidenceIds());
        }
        for (TriggeredVeto v : vetoes) {
            used.addAll(v.incidentIds());
        }
        // evidence counted by one item and set aside by another (a metric two rules read) counts
        for (String id : used) {
            overridden.remove(id);
        }
        List<UnusedEvidence> unused = new ArrayList<>();
        for (Evidence e : ue.all()) {
            if (used.contains(e.id())) {
                continue;
            }
            if (e.period().year() == year && shownWithoutScoring(e)) {
                used.add(e.id());
                continue;
            }
            String reason = overridden.get(e.id());
            if (reason == null) {
                reason = skipped.get(e.id());
            }
            if (reason == null) {
                reason = why(e);
            }
            unused.add(UnusedEvidence.of(e.id(), e.kind(), e.key(), reason));
        }
        return new Usage(Collections.unmodifiableSet(used), Collections.unmodifiableList(unused));
    }

    /** Documents on an applicable criterion (shown in its explanation) and the year's self-reports (read by the obligations). */
    private boolean shownWithoutScoring(Evidence e) {
        if (e.kind() == EvidenceKind.SELF_REPORT) {
            return true;
        }
        if (e.kind() == EvidenceKind.DOCUMENT) {
            Integer i = cr.index.get(e.key());
            return i != null && !na[i];
        }
        return false;
    }

    /** Why {@code e}, which nothing counted and no pass set aside with a reason, affects nothing. */
    private String why(Evidence e) {
        if (e.period().year() != year) {
            return "its period " + e.period() + " lies outside the plan year " + year
                    + (e.kind() == EvidenceKind.METRIC_VALUE ? " (and no trend or plan-term rule counts it)" : "");
        }
        String k = e.key();
        switch (e.kind()) {
            case ADJUSTMENT:
                if (!plan.adjustment(k).isPresent()) {
                    List<String> declared = new ArrayList<>();
                    for (AdjustmentRule a : plan.adjustments()) {
                        declared.add(a.category());
                    }
                    return "plan [" + plan.id() + "] declares no bonus or penalty category [" + k + "]; it declares " + declared;
                }
                return "not counted by the plan's category [" + k + "]";
            case INCIDENT: {
                List<Integer> readers = readersOf(k);
                List<String> vetoesNamed = new ArrayList<>();
                for (VetoRule v : plan.vetoRules()) {
                    if (v.incidentCategory().equals(k)) {
                        vetoesNamed.add(v.describe());
                    }
                }
                if (readers.isEmpty() && vetoesNamed.isEmpty()) {
                    return "no no-incident rule of rubric [" + cr.rubric.id() + "] and no veto of plan [" + plan.id()
                            + "] names incident category [" + k + "] (misspelled?)";
                }
                String veto = vetoesNamed.isEmpty() ? "" : "the veto " + vetoesNamed + " does not apply to a "
                        + VetoRule.chinese(((Incident) e).severity()) + " incident";
                String items = readers.isEmpty() ? "" : "the items reading it (" + idsOf(readers) + ") are " + statesOf(readers);
                return veto.isEmpty() ? items : items.isEmpty() ? veto : veto + "; " + items;
            }
            case METRIC_VALUE: {
                List<Integer> readers = readersOf(k);
                if (readers.isEmpty()) {
                    return "no rule of rubric [" + cr.rubric.id() + "] reads metric key [" + k + "]";
                }
                return "the items reading metric [" + k + "] (" + idsOf(readers) + ") did not count it: " + statesOf(readers);
            }
            case SELF_REPORT:
                return "not read";
            default: {
                Integer i = cr.index.get(k);
                if (i == null) {
                    return "rubric [" + cr.rubric.id() + "] has no criterion [" + k + "]";
                }
                if (na[i]) {
                    return "criterion [" + k + "] is not applicable";
                }
                if (!cr.leaf[i]) {
                    return "criterion [" + k + "] has children; " + e.kind() + " evidence applies to items";
                }
                if (cr.rules[i] == null) {
                    return "criterion [" + k + "] has no scoring rule";
                }
                for (ChannelResult c : trace[i].channels) {
                    if (c.used() && c.channel().isPresent() && cr.blends[i].kind() == SourceBlend.Kind.PRECEDENCE
                            && resolve(i, e) != c.channel().get().index()) {
                        return "channel " + c.channel().get() + " decided criterion [" + k + "] first (" + cr.blends[i] + ")";
                    }
                }
                return "the rule of criterion [" + k + "] (" + cr.rules[i].describe() + ") does not count " + e.kind() + " evidence"
                        + (state[i] == MISSING ? " here: the item is undecided" : "");
            }
        }
    }

    private int resolve(int i, Evidence e) {
        return cr.resolve[i] == null ? -1 : cr.resolve[i][Channel.indexOf(e)];
    }

    /** The leaves whose rule reads evidence key {@code key} besides their own id (metric keys, incident categories). */
    private List<Integer> readersOf(String key) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (cr.leaf[i]) {
                for (String k : cr.keys[i]) {
                    if (k.equals(key)) {
                        out.add(i);
                        break;
                    }
                }
            }
        }
        return out;
    }

    private String idsOf(List<Integer> nodes) {
        List<String> out = new ArrayList<>();
        for (int i : nodes) {
            out.add(cr.ids[i]);
        }
        return String.join(", ", out);
    }

    private String statesOf(List<Integer> nodes) {
        List<String> out = new ArrayList<>();
        for (int i : nodes) {
            out.add(cr.ids[i] + " " + (na[i] ? "not applicable" : state[i] == OVERRIDDEN ? "overridden"
                    : state[i] == MISSING ? "undecided" : "decided without it"));
        }
        return String.join(", ", out);
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

    static Criterion criterion(CompiledRubric cr, int i) {
        return cr.nodes[i];
    }
}

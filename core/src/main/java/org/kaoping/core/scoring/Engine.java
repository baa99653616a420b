package org.kaoping.core.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceColumns;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.EvidenceVisitor;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.NotApplicableMark;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.UnitEvidence;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rule.Rule;


/**
 * One scoring run of one unit against one compiled rubric. With a tracer it records, per node, what an
 * explanation needs; without one (the hot path) it builds no text and keeps results in flat arrays.
 *
 * <p>It does the tree passes (not-applicable marks, leaves, deductions, overrides, sums) and accounts for the
 * evidence in a traced run; it leaves each leaf's channels to {@link ChannelBlender}, each rule kind to
 * {@link RuleEvaluator}, and the plan's bonus, penalty, vetoes and caps to {@link PlanEffects}.
 */
final class Engine {
    static final byte SCORED = 0;
    static final byte NOT_APPLICABLE = 1;
    static final byte MISSING = 2;
    static final byte OVERRIDDEN = 3;

    final CompiledRubric cr;
    final AssessmentPlan plan;
    final Map<String, CustomRuleEvaluator> customs;
    final OrgUnit unit;
    final UnitEvidence ue;
    final int year;
    final NodeTrace[] trace;

    private final int n;
    /**
     * Each criterion's own evidence at {@code [0, n)} (empty for a section without marks), and beyond, the evidence
     * of each other key the run reads, by its slot in {@link CompiledRubric#allKeys}: all found once, together.
     */
    final List<Evidence>[] own;
    final long[] award;
    final long[] max;
    final byte[] state;
    final boolean[] incomplete;
    /** What deductions filed against each section (a criterion with children) took from its sum. */
    long[] sectionTaken;
    /** Leaves scored although some of their inputs are missing (an unticked requirement, an undecided condition); parents OR their children. */
    final boolean[] partial;
    /** Evaluates rules by kind for this run, holding the cursor of the leaf and channel being evaluated. */
    private final RuleEvaluator evaluator;
    /** Blends the channels of a leaf. */
    private final ChannelBlender blender;
    private final boolean[] na;
    /** In a traced run: why evidence was read but set aside, by evidence id (the first reason wins). */
    final Map<String, String> skipped;
    /** In a traced run: the not-applicable marks that made a criterion not applicable. */
    private final java.util.Set<String> naMarks;
    /** Deductions filed against sections, by node; null until there is one. */
    private List<Deduction>[] sectionDeductions;
    long deductionsTaken;
    private boolean anyDeduction;
    private boolean anyOverride;

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
        this.own = new List[cr.allKeys.length];
        this.award = new long[n];
        this.max = new long[n];
        this.state = new byte[n];
        this.incomplete = new boolean[n];
        // most units have no deduction filed against a section: they share the rubric's zeros (never written; the
        // first such deduction gives the run its own array), a long per criterion less per scorecard
        this.sectionTaken = cr.noneTaken;
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
        this.evaluator = new RuleEvaluator(this);
        this.blender = new ChannelBlender(this, evaluator);
    }

    /** {@code ue.byKey(key)}: found already when the rubric or plan names the key, else looked up. */
    List<Evidence> byKey(String key) {
        // the leaf being scored reads its rule's keys: matched by identity among its few slots, no hashing
        int node = evaluator.node;
        if (node < n && cr.leaf[node]) {
            int[] slots = cr.keySlots[node];
            for (int s : slots) {
                if (cr.allKeys[s] == key) {
                    return own[s];
                }
            }
        }
        Integer slot = cr.keySlot.get(key);
        return slot == null ? ue.byKey(key) : own[slot];
    }

    NodeTrace[] trace() {
        return trace;
    }

    void run() {
        checkBounds();
        try {
            passes();
        } catch (ArithmeticException overflow) {
            throw new ScoringException("Unit [" + unit.id() + "] cannot be scored: a sum on criterion [" + cr.ids[evaluator.node]
                    + "] of rubric [" + cr.rubric.id() + "] leaves the exact range (" + overflow.getMessage() + ")");
        }
    }

    /**
     * Refuses evidence whose points lie beyond {@link Points#EVIDENCE_LIMIT}: the bound is what keeps every sum
     * below in range, so it is checked where evidence enters the engine, naming unit, evidence and field.
     */
    private void checkBounds() {
        List<Evidence> all = ue.all();
        EvidenceVisitor<Void> bounds = null;
        // rows of columns: the kinds checked here are read from the columns, a view made only for those (RowFacts)
        EvidenceColumns.RowList rows = RowFacts.of(all);
        for (int k = 0; k < all.size(); k++) {
            if (rows != null && ((CARRY_POINTS | MARKS) & 1 << rows.columns().kind(rows.row(k)).ordinal()) == 0) {
                continue;
            }
            Evidence e = all.get(k);
            EvidenceKind kind = e.kind();
            int bit = 1 << kind.ordinal();
            if ((CARRY_POINTS & bit) != 0) {
                if (bounds == null) {
                    bounds = new BoundsCheck();
                }
                e.accept(bounds);
            }
            if ((MARKS & bit) != 0) {
                Integer i = cr.index.get(e.key());
                if (i != null) {
                    if (marked == null) {
                        marked = new boolean[n];
                    }
                    marked[i] = true;
                }
            }
        }
    }

    /** The kinds whose evidence carries points, which {@link BoundsCheck} checks; it passes every other kind. */
    private static final int CARRY_POINTS = 1 << EvidenceKind.DEDUCTION.ordinal() | 1 << EvidenceKind.ADJUSTMENT.ordinal()
            | 1 << EvidenceKind.SCORE_OVERRIDE.ordinal() | 1 << EvidenceKind.PUBLIC_RATING.ordinal();
    /** The kinds {@link #markNotApplicable()} looks for among each criterion's evidence. */
    private static final int MARKS = 1 << EvidenceKind.DEDUCTION.ordinal() | 1 << EvidenceKind.NOT_APPLICABLE.ordinal()
            | 1 << EvidenceKind.SCORE_OVERRIDE.ordinal();
    /**
     * The criteria holding a deduction, not-applicable mark or override (the kinds {@link #markNotApplicable()} looks
     * for), found by {@link #checkBounds()}'s one pass over the unit's evidence; null when none does.
     */
    private boolean[] marked;

    /**
     * Checks the points each kind of evidence carries against {@link Points#EVIDENCE_LIMIT}. {@link #checkBounds()}
     * calls it only for the kinds in {@link #CARRY_POINTS}: a kind that comes to carry points goes there too.
     */
    private final class BoundsCheck implements EvidenceVisitor<Void> {
        @Override
        public Void visitDeduction(Deduction d) {
            bound(d, "points", d.points());
            return null;
        }

        @Override
        public Void visitAdjustment(Adjustment a) {
            bound(a, "points", a.points());
            return null;
        }

        @Override
        public Void visitScoreOverride(ScoreOverride o) {
            bound(o, "newPoints", o.newPoints());
            return null;
        }

        @Override
        public Void visitPublicRating(PublicRating r) {
            if (r.score().isPresent()) {
                bound(r, "score", r.score().get());
            }
            if (r.maxScore().isPresent()) {
                bound(r, "maxScore", r.maxScore().get());
            }
            return null;
        }

        @Override
        public Void visitDocument(DocumentRef d) {
            return null; // carries no points
        }

        @Override
        public Void visitMetricValue(MetricValue m) {
            return null; // a measure, not points
        }

        @Override
        public Void visitIncident(Incident i) {
            return null;
        }

        @Override
        public Void visitChecklistTick(ChecklistTick t) {
            return null;
        }

        @Override
        public Void visitJudgement(Judgement j) {
            return null;
        }

        @Override
        public Void visitSelfReport(SelfReport r) {
            return null;
        }

        @Override
        public Void visitNotApplicable(NotApplicableMark m) {
            return null;
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
        skip(skipped, e, reason);
    }

    /** Records in {@code skipped} (null in an untraced run) why {@code e} was set aside; the first reason wins. */
    static void skip(Map<String, String> skipped, Evidence e, String reason) {
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

    /**
     * {@link #addChecked(long, long, String)} naming {@code "unit [unitId] " + what}, the text made only when the sum
     * overflows: scorecards add their totals this way for every unit, and the message would be most of their garbage.
     */
    static long addChecked(long a, long b, String unitId, String what) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return addChecked(a, b, "unit [" + unitId + "] " + what);
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
        // every key's evidence found together: over columns one pass over the unit's keys, not a search per key
        ue.byKeys(cr.allKeys, own);
        for (int i = 0; i < n; i++) {
            boolean marks = marked != null && marked[i];
            if (!cr.leaf[i] && !marks) {
                // a section's own evidence is read only for its marks and deductions, and it holds none
                own[i] = Collections.<Evidence>emptyList();
                continue;
            }
            List<Evidence> l = own[i];
            if (!marks) {
                continue; // no deduction, not-applicable mark or override filed under this criterion: nothing to look for
            }
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
                    trace[i].deductions.add(AppliedDeduction.builder().evidenceId(d.id()).criterionId(cr.ids[i])
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
            if (sectionTaken == cr.noneTaken) {
                sectionTaken = new long[n];
            }
            sectionTaken[i] = Math.addExact(sectionTaken[i], take);
            deductionsTaken = Math.addExact(deductionsTaken, take);
            if (trace != null) {
                trace[i].deductions.add(AppliedDeduction.builder().evidenceId(d.id()).criterionId(cr.ids[i])
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
                        && (latest == null || RuleEvaluator.later(e, latest))) {
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
                trace[i].override = AppliedOverride.builder().evidenceId(latest.id()).author(latest.author())
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
            evaluator.node = i;
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
        evaluator.leaf(i);
        long pts = evaluator.pts;
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
            evaluator.channel = -1;
            evaluator.scratch = t == null ? null : new NodeTrace.Scratch();
            share = evaluator.eval(rule);
            if (t != null) {
                t.channels.add(blender.result(null, null, share, true));
                t.notes.add("incidents count whatever their source; the blend does not apply");
            }
        } else {
            long mask = blender.presentChannels(i);
            SourceBlend blend = cr.blends[i];
            share = blend.kind() == SourceBlend.Kind.PRECEDENCE ? blender.precedence(blend, mask, rule, t) : blender.weighted(blend, mask, rule, t);
            if (share == null && mask == 0 && cr.decidesWithoutChannels[i]) {
                // only no-incident conditions can decide, and incidents count whatever their source
                evaluator.channel = -1;
                evaluator.scratch = t == null ? null : new NodeTrace.Scratch();
                evaluator.missingInput = false;
                share = evaluator.eval(rule);
                partial[i] |= evaluator.missingInput;
                if (t != null) {
                    t.channels.add(blender.result(null, null, share, true));
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
        return e.accept(new WhyUnused());
    }

    /** Why a piece of evidence of the plan year, which nothing counted, affects nothing; by what its kind bears on. */
    private final class WhyUnused implements EvidenceVisitor<String> {
        @Override
        public String visitAdjustment(Adjustment e) {
            String k = e.key();
            if (!plan.adjustment(k).isPresent()) {
                List<String> declared = new ArrayList<>();
                for (AdjustmentRule a : plan.adjustments()) {
                    declared.add(a.category());
                }
                return "plan [" + plan.id() + "] declares no bonus or penalty category [" + k + "]; it declares " + declared;
            }
            return "not counted by the plan's category [" + k + "]";
        }

        @Override
        public String visitIncident(Incident e) {
            String k = e.key();
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
                    + VetoRule.chinese(e.severity()) + " incident";
            String items = readers.isEmpty() ? "" : "the items reading it (" + idsOf(readers) + ") are " + statesOf(readers);
            return veto.isEmpty() ? items : items.isEmpty() ? veto : veto + "; " + items;
        }

        @Override
        public String visitMetricValue(MetricValue e) {
            String k = e.key();
            List<Integer> readers = readersOf(k);
            if (readers.isEmpty()) {
                return "no rule of rubric [" + cr.rubric.id() + "] reads metric key [" + k + "]";
            }
            return "the items reading metric [" + k + "] (" + idsOf(readers) + ") did not count it: " + statesOf(readers);
        }

        @Override
        public String visitSelfReport(SelfReport e) {
            return "not read";
        }

        @Override
        public String visitDocument(DocumentRef e) {
            return onCriterion(e);
        }

        @Override
        public String visitChecklistTick(ChecklistTick e) {
            return onCriterion(e);
        }

        @Override
        public String visitJudgement(Judgement e) {
            return onCriterion(e);
        }

        @Override
        public String visitPublicRating(PublicRating e) {
            return onCriterion(e);
        }

        @Override
        public String visitDeduction(Deduction e) {
            return onCriterion(e);
        }

        @Override
        public String visitNotApplicable(NotApplicableMark e) {
            return onCriterion(e);
        }

        @Override
        public String visitScoreOverride(ScoreOverride e) {
            return onCriterion(e);
        }
    }

    /** Why evidence filed under a criterion id counted for nothing. */
    private String onCriterion(Evidence e) {
        String k = e.key();
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

    static Criterion criterion(CompiledRubric cr, int i) {
        return cr.nodes[i];
    }
}

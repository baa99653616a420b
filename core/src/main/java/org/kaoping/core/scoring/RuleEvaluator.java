package org.kaoping.core.scoring;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceColumns;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
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
 * The evaluator of each rule kind for one leaf in one channel of a scoring run: a {@link RuleVisitor}, so a new rule
 * kind does not compile until it has an evaluator here. One instance per run (see {@link Engine}), so evaluating a
 * rule allocates nothing; it holds the cursor of the leaf and channel being evaluated, which {@link ChannelBlender}
 * and {@link Engine} move.
 */
final class RuleEvaluator implements RuleVisitor<Ratio> {
    private static final long ONE_METRIC = 1_000_000L;
    /** Up to this many judgements on a leaf, each rater's latest is found pairwise (no allocation); more use a map. */
    static final int PAIRWISE_LIMIT = 24;

    /** The run, whose {@link Engine#byKey} answers the keys the rubric names from what it found together. */
    private final Engine run;
    private final CompiledRubric cr;
    private final AssessmentPlan plan;
    private final Map<String, CustomRuleEvaluator> customs;
    private final OrgUnit unit;
    private final int year;
    private final NodeTrace[] trace;
    private final List<Evidence>[] own;
    private final Map<String, String> skipped;

    // the leaf and channel being evaluated
    int node;
    long pts;
    int[] resolve;
    int channel;
    NodeTrace.Scratch scratch;
    /** Whether the channel being evaluated met a missing input. */
    boolean missingInput;
    /** Scratch, reused from leaf to leaf: the judgements of the leaf's channel and year, and their authors. */
    private Judgement[] judgements = new Judgement[16];
    /** Where each of {@link #judgements} stands in the leaf's list: judgements are told apart by it, not by identity. */
    private int[] judgementAt = new int[16];
    private String[] authors = new String[16];
    private int[] authorHashes = new int[16];
    /** Scratch, reused from leaf to leaf: the levels the counted raters chose. */
    private int[] chosen = new int[16];
    /** Scratch, reused from leaf to leaf and left all null: each checklist requirement's latest tick. */
    private ChecklistTick[] ticks = new ChecklistTick[16];

    /**
     * In an untraced run, after {@link #gatherOwn}: per piece of evidence of the current leaf's own list, its kind's
     * ordinal and the channel the leaf's blend resolves it to ({@link #NO_CHANNEL} when the blend names none,
     * {@link #OTHER_YEAR} when it is not of the plan year), read once for the channel mask and every pass of the
     * rule's evaluation, instead of once per pass through the evidence's accessors.
     */
    private byte[] ownKind = new byte[16];
    private int[] ownChannel = new int[16];
    /** Whether {@link #ownKind} and {@link #ownChannel} describe {@code own[node]}. */
    private boolean gathered;
    private static final int NO_CHANNEL = -1;
    private static final int OTHER_YEAR = -2;

    RuleEvaluator(Engine run) {
        this.run = run;
        this.cr = run.cr;
        this.plan = run.plan;
        this.customs = run.customs;
        this.unit = run.unit;
        this.year = run.year;
        this.trace = run.trace;
        this.own = run.own;
        this.skipped = run.skipped;
    }

    /** Sets the cursor on leaf {@code i} of the compiled rubric. */
    void leaf(int i) {
        node = i;
        pts = cr.points[i];
        resolve = cr.resolve[i];
        gathered = false;
    }

    /**
     * Reads the current leaf's own evidence {@code l} once (kind, year, resolved channel) for {@link #own}, and
     * returns the channels holding evidence a rule reads ({@code custom}: a custom rule), as
     * {@link ChannelBlender#presentChannels} scans them.
     */
    long gatherOwn(List<Evidence> l, boolean custom) {
        int size = l.size();
        if (ownKind.length < size) {
            ownKind = new byte[Math.max(size, ownKind.length * 2)];
            ownChannel = new int[ownKind.length];
        }
        int kinds = custom ? RuleInputs.CUSTOM_KINDS : RuleInputs.BUILT_IN_KINDS;
        // rows of columns: kind, year and channel read from the columns, no view made (RowFacts)
        EvidenceColumns.RowList rows = RowFacts.of(l);
        if (rows != null) {
            gathered = true;
            return gatherRows(rows, size, kinds);
        }
        long mask = 0;
        for (int k = 0; k < size; k++) {
            Evidence e = l.get(k);
            int kind = e.kind().ordinal();
            ownKind[k] = (byte) kind;
            if (e.period().year() != year) {
                ownChannel[k] = OTHER_YEAR;
                continue;
            }
            int r = resolve == null ? NO_CHANNEL : resolve[Channel.indexOf(e)];
            ownChannel[k] = r;
            if (r >= 0 && (kinds & 1 << kind) != 0) {
                mask |= 1L << r;
            }
        }
        gathered = true;
        return mask;
    }

    /** {@link #gatherOwn} over rows of columns: the same reads, from the columns by row. */
    private long gatherRows(EvidenceColumns.RowList rows, int size, int kinds) {
        EvidenceColumns c = rows.columns();
        long mask = 0;
        for (int k = 0; k < size; k++) {
            int row = rows.row(k);
            int kind = c.kind(row).ordinal();
            ownKind[k] = (byte) kind;
            if (c.period(row).year() != year) {
                ownChannel[k] = OTHER_YEAR;
                continue;
            }
            int r = resolve == null ? NO_CHANNEL : resolve[RowFacts.channel(c, row)];
            ownChannel[k] = r;
            if (r >= 0 && (kinds & 1 << kind) != 0) {
                mask |= 1L << r;
            }
        }
        return mask;
    }

    /**
     * The {@code k}-th of the current leaf's own evidence {@code l} if it is of {@code kind}, of the plan year and in
     * the current channel ({@code e.kind() == kind && accepts(e, year)}), else null; after {@link #gatherOwn}, decided
     * from what it read, so that evidence of other kinds and channels is not read again (nor its view made).
     */
    private Evidence own(List<Evidence> l, int k, EvidenceKind kind) {
        if (gathered) {
            int c = ownChannel[k];
            return ownKind[k] == kind.ordinal() && c != OTHER_YEAR && (channel < 0 || c == channel) ? l.get(k) : null;
        }
        Evidence e = l.get(k);
        return e.kind() == kind && accepts(e, year) ? e : null;
    }

    /** The share of the current leaf's points that {@code rule} earns in the current channel, or null when undecided. */
    Ratio eval(Rule rule) {
        return rule.accept(this);
    }

    private void skip(Evidence e, String reason) {
        Engine.skip(skipped, e, reason);
    }

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

    @Override
    public Ratio visitRollUp(org.kaoping.core.rule.RollUpRule rule) {
        // derived from the level below by the runtime, from no source's channel: read whatever the channel
        List<MetricValue> results = new ArrayList<>();
        for (Evidence e : run.byKey(rule.inputKey())) {
            if (e.kind() == EvidenceKind.METRIC_VALUE && e.period().year() == year) {
                results.add((MetricValue) e);
                used(e);
            }
        }
        RollUpEvaluator.Outcome o = RollUpEvaluator.evaluate(rule, results);
        if (o == null) {
            return null;
        }
        if (scratch != null) {
            for (String s : o.inputs) {
                input(s);
            }
        }
        return credit(rule.policy(), o.met, o.proportion, o.shortfalls);
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

    // ---------------------------------------------------------------- rule kinds

    private Ratio judgement(JudgementRule rule) {
        List<Evidence> l = own[node];
        // the judgements of the channel and year, with their authors, in list order (scratch reused from leaf to leaf)
        int m = 0;
        for (int k = 0; k < l.size(); k++) {
            Evidence e = own(l, k, EvidenceKind.JUDGEMENT);
            if (e == null) {
                continue;
            }
            if (m == judgements.length) {
                judgements = java.util.Arrays.copyOf(judgements, m * 2);
                judgementAt = java.util.Arrays.copyOf(judgementAt, m * 2);
                authors = java.util.Arrays.copyOf(authors, m * 2);
                authorHashes = java.util.Arrays.copyOf(authorHashes, m * 2);
            }
            judgements[m] = (Judgement) e;
            judgementAt[m] = k;
            authors[m] = judgements[m].author();
            authorHashes[m] = authors[m].hashCode();
            m++;
        }
        if (m == 0) {
            return null;
        }
        // a handful of raters (the common case) find each rater's latest pairwise, allocating nothing; many, and
        // traced runs (which name the superseding judgement), use a map, linear in the judgements
        Map<String, Latest> latest = trace != null || m > PAIRWISE_LIMIT ? latestByAuthor(l) : null;
        // raters of distinct hashes are distinct raters, each judging once: every judgement is its rater's latest,
        // told in one pass instead of comparing each judgement with every other
        boolean distinct = latest == null && distinctHashes(m);
        LevelShares shares = cr.rules[node] == rule ? cr.leafShares[node] : cr.levelShares.get(rule);
        if (shares == null) {
            shares = LevelShares.of(rule);
        }
        int count = 0;
        for (int a = 0; a < m; a++) {
            Judgement j = judgements[a];
            if (j.source() == SourceKind.PANEL && j.authorUnitId().isPresent() && j.authorUnitId().get().equals(unit.id())) {
                if (trace != null) {
                    trace[node].notes.add("judgement " + j.id() + " by " + j.author()
                            + " ignored: a panel member does not rate their own unit");
                    skip(j, "a panel member does not rate their own unit");
                }
                continue;
            }
            if (latest != null) {
                // by position in the list, not identity: a list of views answers a new object on every read
                Latest last = latest.get(j.author());
                if (last.at != judgementAt[a]) {
                    if (trace != null) {
                        trace[node].notes.add("judgement " + j.id() + " by " + j.author() + " superseded by " + last.judgement.id());
                        skip(j, "superseded by the same rater's later judgement " + last.judgement.id());
                    }
                    continue;
                }
            } else if (!distinct && !latestOfAuthor(a, m)) {
                continue;
            }
            int level = shares.index(j.level());
            if (level < 0) {
                throw unknownLevel(rule, j);
            }
            if (count == chosen.length) {
                chosen = java.util.Arrays.copyOf(chosen, count * 2);
            }
            chosen[count++] = level;
            used(j);
            if (scratch != null) {
                scratch.raters.add(j.author() + "=" + j.level() + " (" + shares.share(level).toPercentString() + ")");
            }
        }
        if (count == 0) {
            return null;
        }
        boolean trim = plan.raters().trims(count);
        if (scratch != null) {
            if (trim) {
                input(count + " raters ≥ " + plan.raters().minRaters() + ": trimmed mean drops the highest ("
                        + shares.extreme(chosen, count, true).toPercentString() + ") and the lowest ("
                        + shares.extreme(chosen, count, false).toPercentString() + ")");
            } else {
                input(count + " rater(s): " + (plan.raters().isTrimmed() ? "fewer than " + plan.raters().minRaters()
                        + ", so the plain mean" : "mean"));
            }
        }
        Ratio mean = shares.mean(chosen, count, trim);
        if (scratch != null) {
            input("combined share " + mean.toPercentString());
        }
        return mean;
    }

    /**
     * Whether {@code judgements[a]} is its author's latest among {@code judgements[0..m)}, as {@link #latestByAuthor}
     * decides it: later than each earlier one of the author's, and no later one of theirs later than it (of two
     * equal, the first counts).
     */
    private boolean latestOfAuthor(int a, int m) {
        Judgement j = judgements[a];
        String author = authors[a];
        int hash = authorHashes[a];
        for (int b = 0; b < m; b++) {
            if (b == a || authorHashes[b] != hash || !authors[b].equals(author)) {
                continue;
            }
            if (b < a ? !later(j, judgements[b]) : later(judgements[b], j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code authorHashes[0..m)} are all different ({@code m <= PAIRWISE_LIMIT}), by a small open-addressing
     * table reused from leaf to leaf and left empty. Equal authors have equal hashes, so different hashes mean
     * different authors; equal hashes (a rater judging twice, or a collision) leave it to {@link #latestOfAuthor}.
     */
    private boolean distinctHashes(int m) {
        int[] table = hashSeen;
        int mask = table.length - 1;
        boolean distinct = true;
        for (int a = 0; a < m && distinct; a++) {
            // 0 marks an empty slot, so a hash of 0 is kept as 1: two hashes taken as equal only send the leaf to
            // the pairwise comparison, which decides exactly
            int h = authorHashes[a] == 0 ? 1 : authorHashes[a];
            int i = spread(h) & mask;
            while (table[i] != 0 && table[i] != h) {
                i = (i + 1) & mask;
            }
            distinct = table[i] == 0;
            table[i] = h;
        }
        java.util.Arrays.fill(table, 0); // 32 slots: cheaper than tracking the ones filled (and always some left empty)
        return distinct;
    }

    /** Scratch of {@link #distinctHashes}: at most {@link #PAIRWISE_LIMIT} hashes in 32 slots, all 0 between leaves. */
    private final int[] hashSeen = new int[Integer.highestOneBit(PAIRWISE_LIMIT) * 2]; // a power of two above the limit

    /**
     * Each author's latest judgement in the current channel and year, in one pass: a rater's latest judgement of
     * a criterion counts and supersedes their earlier ones (linear in the judgements, however many).
     */
    private Map<String, Latest> latestByAuthor(List<Evidence> l) {
        Map<String, Latest> latest = new java.util.HashMap<>();
        for (int k = 0; k < l.size(); k++) {
            Evidence e = l.get(k);
            if (e.kind() != EvidenceKind.JUDGEMENT || !accepts(e, year)) {
                continue;
            }
            Judgement j = (Judgement) e;
            Latest seen = latest.get(j.author());
            if (seen == null) {
                latest.put(j.author(), new Latest(j, k));
            } else if (later(j, seen.judgement)) {
                seen.judgement = j;
                seen.at = k;
            }
        }
        return latest;
    }

    /** An author's latest judgement so far and its position in the leaf's list (which tells it apart). */
    private static final class Latest {
        Judgement judgement;
        int at;

        Latest(Judgement judgement, int at) {
            this.judgement = judgement;
            this.at = at;
        }
    }

    private ScoringException unknownLevel(JudgementRule rule, Judgement j) {
        List<String> names = new ArrayList<>();
        for (JudgementLevel level : rule.levels()) {
            names.add(level.name());
        }
        return new ScoringException("Judgement [" + j.id() + "] of unit [" + unit.id() + "] on criterion [" + cr.ids[node]
                + "] chooses level [" + j.level() + "]; the rule's levels are " + names);
    }

    private Ratio checklist(ChecklistRule rule) {
        List<Evidence> l = own[node];
        int size = rule.requirements().size();
        int met = 0;
        boolean any = false;
        boolean unticked = false;
        // each requirement's latest tick, in one pass over the evidence (scratch reused from leaf to leaf, cleared below)
        if (ticks.length < size + 1) {
            ticks = new ChecklistTick[Math.max(size + 1, ticks.length * 2)];
        }
        ChecklistTick[] latestTick = ticks;
        for (int k = 0; k < l.size(); k++) {
            Evidence e = own(l, k, EvidenceKind.CHECKLIST_TICK);
            if (e == null) {
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
            latestTick[q] = null;
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
        return credit(rule.policy(), met == size, Fractions.small(met, size), size - met);
    }

    private Ratio atLeast(AtLeastRule rule) {
        List<Evidence> l = run.byKey(rule.metric());
        long min = cr.rules[node] == rule ? cr.leafMinimum[node] : cr.scaledMinimum.get(rule);
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
                    prop = Fractions.add(prop, min == 0 ? Ratio.ONE : Fractions.atMostOne(amount[b], min, ONE_METRIC));
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
        return credit(rule.policy(), sum >= min, min == 0 ? Ratio.ONE : Fractions.atMostOne(sum, min, ONE_METRIC), wholeUnitsShort(min - sum));
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
        List<Evidence> l = run.byKey(rule.metric());
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
        boolean proportional = rule.policy().kind() == CreditPolicy.Kind.PROPORTIONAL;
        // the rate as a fraction only where it is shown or credited: the threshold test below needs no gcd
        Ratio actual = scratch != null || proportional ? Ratio.of(v, o) : null;
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
        Ratio prop = !proportional || min.signum() == 0 ? Ratio.ONE : Fractions.divide(actual, min);
        if (prop.compareTo(Ratio.ONE) > 0) {
            prop = Ratio.ONE;
        }
        return credit(rule.policy(), reached, prop, shortfallPoints);
    }

    private Ratio trend(TrendRule rule) {
        List<Evidence> l = run.byKey(rule.metric());
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
        List<Evidence> l = run.byKey(rule.incidentCategory());
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
        return credit(rule.policy(), met == total, shares ? Fractions.divide(earned, total) : Fractions.small(met, total), total - met);
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
            if (accepts(e, year) && e.accept(RuleInputs.CUSTOM)) {
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
    Ratio rating() {
        List<Evidence> l = own[node];
        long satisfied = 0;
        long respondents = 0;
        long score = 0;
        long maxScore = 0;
        for (int k = 0; k < l.size(); k++) {
            Evidence e = own(l, k, EvidenceKind.PUBLIC_RATING);
            if (e == null) {
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

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    static boolean later(Evidence a, Evidence b) {
        int c = a.recordedAt().compareTo(b.recordedAt());
        return c > 0 || c == 0 && a.id().compareTo(b.id()) > 0;
    }
}

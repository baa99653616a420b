package org.kaoping.core.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.RuleVisitor;
import org.kaoping.core.rule.TrendRule;
import org.kaoping.core.validation.RubricValidator;

/**
 * A validated rubric laid out in flat pre-order arrays for scoring, with each leaf's blend resolved and
 * each threshold pre-scaled, so that scoring a unit allocates little.
 */
final class CompiledRubric {
    final Rubric rubric;
    final Criterion[] nodes;
    final String[] ids;
    final int[] end;
    final int[][] children;
    final int[] sections;
    final long[] points;
    final boolean[] leaf;
    final Rule[] rules;
    final SourceBlend[] blends;
    final int[][] resolve;
    /** Extra evidence keys a leaf's rule reads besides its own id: metric keys and incident categories. */
    final String[][] keys;
    final Map<String, Integer> index;
    /**
     * What a run looks up in the unit's evidence, in one array for {@code UnitEvidence.byKeys}: {@link #ids} at
     * {@code [0, n)}, then each other key a rule or the plan reads (metric keys, incident categories, bonus and
     * penalty categories), once.
     */
    final String[] allKeys;
    /** The slot in {@link #allKeys} of each key at or after {@code n}, for lookups by key ({@code Engine.byKey}). */
    final Map<String, Integer> keySlot;
    /** The slots in {@link #allKeys} of each leaf's {@link #keys}. */
    final int[][] keySlots;
    final Map<Rule, Long> scaledMinimum = new IdentityHashMap<>();
    /** n zeros: what deductions took from each section in a run where none was filed against a section. Never written. */
    final long[] noneTaken;
    /** The scaled minimum of each leaf whose rule is an at-least rule (else 0): no map lookup for the leaf's own rule. */
    final long[] leafMinimum;
    /** Each judgement rule's level shares over a common denominator, for the allocation-free mean of its raters. */
    final Map<Rule, LevelShares> levelShares = new IdentityHashMap<>();
    /** The level shares of each leaf whose rule is a judgement rule (null for other leaves): no map lookup per leaf. */
    final LevelShares[] leafShares;
    /** Leaves whose rule is a no-incident rule: scored from incidents whatever their source, the blend aside. */
    final boolean[] incidentsOnly;
    /** Leaves whose rule is custom: its evaluator may read evidence of any kind, so any kind marks a channel present. */
    final boolean[] hostDefined;
    /** Leaves whose rule can decide with no channel's evidence, because it holds a no-incident condition. */
    final boolean[] decidesWithoutChannels;

    CompiledRubric(Rubric rubric, AssessmentPlan plan, Map<String, CustomRuleEvaluator> customs) {
        this(rubric, plan, customs, true);
    }

    /** {@code validate} false only where the caller has validated the rubric already (tests of compilation itself). */
    CompiledRubric(Rubric rubric, AssessmentPlan plan, Map<String, CustomRuleEvaluator> customs, boolean validate) {
        if (validate) {
            RubricValidator.validate(rubric).throwIfErrors();
        }
        this.rubric = rubric;
        int n = count(rubric);
        nodes = new Criterion[n];
        ids = new String[n];
        end = new int[n];
        children = new int[n][];
        points = new long[n];
        leaf = new boolean[n];
        rules = new Rule[n];
        blends = new SourceBlend[n];
        resolve = new int[n][];
        keys = new String[n][];
        incidentsOnly = new boolean[n];
        hostDefined = new boolean[n];
        decidesWithoutChannels = new boolean[n];
        leafShares = new LevelShares[n];
        leafMinimum = new long[n];
        noneTaken = new long[n];
        index = new HashMap<>(n * 2);
        Map<SourceBlend, int[]> resolved = new HashMap<>();
        sections = layout(rubric.criteria());
        for (int i = 0; i < n; i++) {
            if (!leaf[i]) {
                continue;
            }
            SourceBlend b = plan.blendFor(ids[i]);
            blends[i] = b;
            int[] r = resolved.get(b);
            if (r == null) {
                r = resolveTable(b);
                resolved.put(b, r);
            }
            resolve[i] = r;
            Set<String> extra = new LinkedHashSet<>();
            if (rules[i] != null) {
                rules[i].accept(new KeyCollector(extra, customs));
                int shape = rules[i].accept(RuleShape.INSTANCE);
                incidentsOnly[i] = (shape & INCIDENTS_ONLY) != 0;
                hostDefined[i] = (shape & HOST_DEFINED) != 0;
                decidesWithoutChannels[i] = (shape & DECIDES_WITHOUT_CHANNELS) != 0;
            }
            extra.remove(ids[i]);
            keys[i] = extra.toArray(new String[0]);
            leafShares[i] = rules[i] == null ? null : levelShares.get(rules[i]);
            Long minimum = rules[i] == null ? null : scaledMinimum.get(rules[i]);
            leafMinimum[i] = minimum == null ? 0 : minimum;
        }
        // every key a run looks up, found together once per unit (UnitEvidence.byKeys): the ids, then the rules'
        // extra keys and the plan's bonus, penalty and veto categories, each once, at slots from n on (so that a
        // key equal to some id keeps a slot of its own: a run empties the slots of sections it does not read)
        List<String> all = new ArrayList<>(java.util.Arrays.asList(ids));
        Map<String, Integer> slots = new HashMap<>();
        keySlots = new int[n][];
        for (int i = 0; i < n; i++) {
            String[] k = keys[i] == null ? new String[0] : keys[i];
            keySlots[i] = new int[k.length];
            for (int j = 0; j < k.length; j++) {
                keySlots[i][j] = slot(k[j], all, slots);
            }
        }
        for (org.kaoping.core.plan.AdjustmentRule a : plan.adjustments()) {
            slot(a.category(), all, slots);
        }
        for (org.kaoping.core.plan.VetoRule v : plan.vetoRules()) {
            slot(v.incidentCategory(), all, slots);
        }
        allKeys = all.toArray(new String[0]);
        keySlot = slots;
    }

    private static int slot(String key, List<String> all, Map<String, Integer> slots) {
        Integer s = slots.get(key);
        if (s == null) {
            s = all.size();
            all.add(key);
            slots.put(key, s);
        }
        return s;
    }

    /** How many criteria the rubric holds, counted without recursion (a rubric may nest thousands deep). */
    private static int count(Rubric rubric) {
        int n = 0;
        java.util.ArrayDeque<Criterion> todo = new java.util.ArrayDeque<>(rubric.criteria());
        while (!todo.isEmpty()) {
            Criterion c = todo.pop();
            n++;
            for (Criterion k : c.children()) {
                todo.push(k);
            }
        }
        return n;
    }

    /**
     * Lays the criteria out in pre-order with an explicit stack (no recursion, whatever the depth) and returns
     * the indices of the top-level criteria.
     */
    private int[] layout(List<Criterion> top) {
        int cursor = 0;
        int[] out = new int[top.size()];
        // each frame: the node's index and the position of its next child to visit
        java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
        for (int t = 0; t < top.size(); t++) {
            out[t] = cursor;
            cursor = place(top.get(t), cursor);
            stack.push(new int[] {out[t], 0});
            while (!stack.isEmpty()) {
                int[] frame = stack.peek();
                Criterion c = nodes[frame[0]];
                if (frame[1] < c.children().size()) {
                    int child = cursor;
                    children[frame[0]][frame[1]++] = child;
                    cursor = place(c.children().get(frame[1] - 1), cursor);
                    stack.push(new int[] {child, 0});
                } else {
                    end[frame[0]] = cursor;
                    stack.pop();
                }
            }
        }
        return out;
    }

    /** Fills node {@code i}'s flat fields from {@code c}; returns the next free index. */
    private int place(Criterion c, int i) {
        nodes[i] = c;
        ids[i] = c.id();
        index.put(c.id(), i);
        points[i] = c.points().units();
        leaf[i] = c.isLeaf();
        rules[i] = c.isLeaf() ? c.rule().orElse(null) : null;
        children[i] = new int[c.children().size()];
        return i + 1;
    }

    /**
     * Gathers the extra evidence keys a rule reads (metric keys, incident categories), pre-scales at-least
     * minimums and checks that each custom rule type has an evaluator. A {@link RuleVisitor}, so a new rule kind
     * does not compile until it says what it reads.
     */
    private final class KeyCollector implements RuleVisitor<Void> {
        private final Set<String> out;
        private final Map<String, CustomRuleEvaluator> customs;

        KeyCollector(Set<String> out, Map<String, CustomRuleEvaluator> customs) {
            this.out = out;
            this.customs = customs;
        }

        @Override
        public Void visitJudgement(JudgementRule rule) {
            levelShares.put(rule, LevelShares.of(rule));
            return null; // reads only the leaf's own judgements
        }

        @Override
        public Void visitChecklist(ChecklistRule rule) {
            return null; // reads only the leaf's own ticks
        }

        @Override
        public Void visitAtLeast(AtLeastRule rule) {
            out.add(rule.metric());
            scaledMinimum.put(rule, MetricValue.scale(rule.minimum(), "minimum"));
            return null;
        }

        @Override
        public Void visitRateAtLeast(RateAtLeastRule rule) {
            out.add(rule.metric());
            return null;
        }

        @Override
        public Void visitTrend(TrendRule rule) {
            out.add(rule.metric());
            return null;
        }

        @Override
        public Void visitNoIncident(NoIncidentRule rule) {
            out.add(rule.incidentCategory());
            return null;
        }

        @Override
        public Void visitComposite(CompositeRule rule) {
            for (Rule r : rule.conditions()) {
                r.accept(this);
            }
            return null;
        }

        @Override
        public Void visitCustom(CustomRule rule) {
            String type = rule.type();
            if (!customs.containsKey(type)) {
                throw new ScoringException("Rubric [" + rubric.id() + "] uses custom rule type [" + type
                        + "], but no CustomRuleEvaluator is registered for it; registered: " + new java.util.TreeSet<>(customs.keySet()));
            }
            return null;
        }

        @Override
        public Void visitRollUp(org.kaoping.core.rule.RollUpRule rule) {
            out.add(rule.inputKey()); // the runtime's derived inputs: subordinate results
            return null;
        }
    }

    /** {@link RuleShape} flag: a no-incident rule, scored from incidents whatever their source, outside the blend. */
    private static final int INCIDENTS_ONLY = 1;
    /** {@link RuleShape} flag: a custom rule, whose evaluator may read evidence of any kind. */
    private static final int HOST_DEFINED = 2;
    /** {@link RuleShape} flag: the rule can decide with no channel's evidence (it holds a no-incident condition). */
    private static final int DECIDES_WITHOUT_CHANNELS = 4;

    /** What the engine must know of a leaf's rule before scoring it, as flags; compile-time complete over rule kinds. */
    private static final class RuleShape implements RuleVisitor<Integer> {
        static final RuleShape INSTANCE = new RuleShape();

        @Override
        public Integer visitJudgement(JudgementRule rule) {
            return 0;
        }

        @Override
        public Integer visitChecklist(ChecklistRule rule) {
            return 0;
        }

        @Override
        public Integer visitAtLeast(AtLeastRule rule) {
            return 0;
        }

        @Override
        public Integer visitRateAtLeast(RateAtLeastRule rule) {
            return 0;
        }

        @Override
        public Integer visitTrend(TrendRule rule) {
            return 0;
        }

        @Override
        public Integer visitNoIncident(NoIncidentRule rule) {
            return INCIDENTS_ONLY | DECIDES_WITHOUT_CHANNELS;
        }

        @Override
        public Integer visitComposite(CompositeRule rule) {
            for (Rule r : rule.conditions()) {
                if ((r.accept(this) & DECIDES_WITHOUT_CHANNELS) != 0) {
                    return DECIDES_WITHOUT_CHANNELS;
                }
            }
            return 0;
        }

        @Override
        public Integer visitCustom(CustomRule rule) {
            return HOST_DEFINED;
        }

        @Override
        public Integer visitRollUp(org.kaoping.core.rule.RollUpRule rule) {
            return DECIDES_WITHOUT_CHANNELS; // derived from the level below, not filed under any source
        }
    }

    /** For each exact channel, the channel of the blend its evidence falls into, or -1 if the blend ignores it. */
    static int[] resolveTable(SourceBlend blend) {
        Set<Channel> named = new java.util.HashSet<>(blend.channels());
        int[] table = new int[Channel.COUNT];
        for (SourceKind s : SourceKind.values()) {
            Channel bare = Channel.of(s);
            table[bare.index()] = named.contains(bare) ? bare.index() : -1;
            for (ReviewStep r : ReviewStep.values()) {
                Channel exact = Channel.of(s, r);
                table[exact.index()] = named.contains(exact) ? exact.index() : named.contains(bare) ? bare.index() : -1;
            }
        }
        return table;
    }

    int indexOf(String criterionId) {
        Integer i = index.get(criterionId);
        if (i == null) {
            rubric.criterion(criterionId); // throws UnknownCriterionException naming the rubric
            throw new IllegalStateException(criterionId);
        }
        return i;
    }

    List<Integer> childList(int i) {
        List<Integer> out = new ArrayList<>(children[i].length);
        for (int k : children[i]) {
            out.add(k);
        }
        return Collections.unmodifiableList(out);
    }
}

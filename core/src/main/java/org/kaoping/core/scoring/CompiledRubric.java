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
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
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
    final Map<Rule, Long> scaledMinimum = new IdentityHashMap<>();

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
                collect(rules[i], extra, customs);
            }
            extra.remove(ids[i]);
            keys[i] = extra.toArray(new String[0]);
        }
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

    private void collect(Rule rule, Set<String> out, Map<String, CustomRuleEvaluator> customs) {
        switch (rule.kind()) {
            case AT_LEAST:
                out.add(((AtLeastRule) rule).metric());
                scaledMinimum.put(rule, MetricValue.scale(((AtLeastRule) rule).minimum(), "minimum"));
                break;
            case RATE_AT_LEAST:
                out.add(((RateAtLeastRule) rule).metric());
                break;
            case TREND:
                out.add(((TrendRule) rule).metric());
                break;
            case NO_INCIDENT:
                out.add(((NoIncidentRule) rule).incidentCategory());
                break;
            case COMPOSITE:
                for (Rule r : ((CompositeRule) rule).conditions()) {
                    collect(r, out, customs);
                }
                break;
            case CUSTOM:
                String type = ((CustomRule) rule).type();
                if (!customs.containsKey(type)) {
                    throw new ScoringException("Rubric [" + rubric.id() + "] uses custom rule type [" + type
                            + "], but no CustomRuleEvaluator is registered for it; registered: " + new java.util.TreeSet<>(customs.keySet()));
                }
                break;
            default:
                break;
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

    /** Whether a composite holds a no-incident condition, which decides even with no channel's evidence. */
    boolean decidesWithoutChannels(Rule rule) {
        if (rule.kind() == org.kaoping.core.rule.RuleKind.NO_INCIDENT) {
            return true;
        }
        if (rule.kind() == org.kaoping.core.rule.RuleKind.COMPOSITE) {
            for (Rule r : ((CompositeRule) rule).conditions()) {
                if (decidesWithoutChannels(r)) {
                    return true;
                }
            }
        }
        return false;
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

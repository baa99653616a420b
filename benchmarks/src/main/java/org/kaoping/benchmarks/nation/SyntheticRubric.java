package org.kaoping.benchmarks.nation;

import java.util.List;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rubric.RubricBuilder;
import org.kaoping.core.rule.Rules;

/**
 * A synthetic rubric built with the core builder: 100 points in {@code sections} sections of leaves, each
 * leaf worth a whole number of tenths of a point, the leaves' rules following {@link LeafRule#of}. Besides
 * the {@link Rubric}, it keeps flat per-leaf tables (rule, points in units, checklist size or metric
 * minimum, section, the evidence key) that the generator and the SQL peers share, so that a fact's key is
 * the very String the rubric's rule names.
 */
public final class SyntheticRubric {
    public final int code;
    public final String id;
    public final Rubric rubric;
    public final int leaves;
    public final int sections;
    /** Per leaf: its rule. */
    public final LeafRule[] rule;
    /** Per leaf: points in units (ten-thousandths). */
    public final long[] pointsUnits;
    /** Per leaf: checklist size, metric minimum, or 0. */
    public final int[] param;
    /** Per leaf: 1-based section. */
    public final int[] section;
    /** Per leaf: the key its evidence is filed under (criterion id, metric key or incident category). */
    public final String[] key;
    /** Per leaf: a globally unique leaf number (rubric code × 1000 + leaf), the SQL peers' leaf id. */
    public final int[] globalLeaf;
    /** The sum of the points of the no-incident leaves, in units: what a unit with no incident earns from them. */
    public final long noIncidentUnits;

    SyntheticRubric(int code, String id, String title, int leaves, int sections, OrgKind... kinds) {
        this.code = code;
        this.id = id;
        this.leaves = leaves;
        this.sections = sections;
        this.rule = new LeafRule[leaves];
        this.pointsUnits = new long[leaves];
        this.param = new int[leaves];
        this.section = new int[leaves];
        this.key = new String[leaves];
        this.globalLeaf = new int[leaves];
        int[] tenths = new int[leaves];
        for (int k = 0; k < leaves; k++) {
            tenths[k] = 1000 / leaves + (k < 1000 % leaves ? 1 : 0);
            rule[k] = LeafRule.of(k);
            param[k] = rule[k] == LeafRule.CHECKLIST ? 2 + k % 3 : rule[k] == LeafRule.AT_LEAST ? 2 + k % 5 : 0;
            section[k] = 1 + (int) ((long) k * sections / leaves);
            pointsUnits[k] = tenths[k] * 1000L;
            globalLeaf[k] = code * 1000 + k;
        }
        RubricBuilder b = Rubric.builder(id).version("synthetic-1").title(title).source("kaoping benchmarks, synthetic")
                .points("100").appliesTo(kinds);
        for (int s = 1; s <= sections; s++) {
            int sum = 0;
            for (int k = 0; k < leaves; k++) {
                if (section[k] == s) {
                    sum += tenths[k];
                }
            }
            final int sec = s;
            b.section("（" + s + "）", title + " section " + s, decimal(sum), c -> {
                for (int k = 0; k < leaves; k++) {
                    if (section[k] == sec) {
                        c.item(Integer.toString(k + 1) + "、", title + " item " + (k + 1), decimal(tenths[k]), ruleOf(k));
                    }
                }
            });
        }
        this.rubric = b.build();
        List<Criterion> all = rubric.leaves();
        if (all.size() != leaves) {
            throw new IllegalStateException("built " + all.size() + " leaves, meant " + leaves);
        }
        long noInc = 0;
        for (int k = 0; k < leaves; k++) {
            switch (rule[k]) {
                case AT_LEAST:
                case NO_INCIDENT:
                    // already set by ruleOf
                    break;
                default:
                    key[k] = all.get(k).id().intern();
                    break;
            }
            if (rule[k] == LeafRule.NO_INCIDENT) {
                noInc += pointsUnits[k];
            }
        }
        this.noIncidentUnits = noInc;
    }

    private org.kaoping.core.rule.Rule ruleOf(int k) {
        switch (rule[k]) {
            case JUDGEMENT:
            case PUBLIC_RATING:
                return Rules.judgement();
            case CHECKLIST: {
                String[] req = new String[param[k]];
                for (int q = 0; q < req.length; q++) {
                    req[q] = "requirement " + (q + 1);
                }
                return Rules.checklist(Rules.proportional(), req);
            }
            case AT_LEAST:
                key[k] = ("metric-" + code + "-" + k).intern();
                return Rules.atLeast(key[k], param[k], "次", org.kaoping.core.rule.Period.YEAR, Rules.proportional());
            case NO_INCIDENT:
                key[k] = ("incident-" + code + "-" + k).intern();
                return Rules.noIncident(key[k]);
            default:
                throw new AssertionError(rule[k]);
        }
    }

    private static String decimal(int tenths) {
        return tenths / 10 + "." + tenths % 10;
    }

    @Override
    public String toString() {
        return id + " (" + leaves + " leaves, " + sections + " sections)";
    }
}

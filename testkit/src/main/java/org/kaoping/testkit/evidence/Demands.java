package org.kaoping.testkit.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.RuleVisitor;
import org.kaoping.core.rule.TrendRule;

/** What a rubric's rules ask of the evidence: per metric key, per incident category and per leaf. */
final class Demands {
    /** Everything the rubric's rules ask of one metric key. */
    static final class Metric {
        final String key;
        /** Per period, the largest minimum an at-least rule asks. */
        final Map<Period, BigDecimal> atLeast = new EnumMap<>(Period.class);
        /** Per period, the unit the first at-least rule names. */
        final Map<Period, String> units = new EnumMap<>(Period.class);
        Ratio rateHigh;
        Ratio rateLow;
        final Set<TrendRule.Direction> trends = EnumSet.noneOf(TrendRule.Direction.class);
        /** Whether a leaf also judges or ticks what the metric counts, so that the panel reports it too. */
        boolean panel;

        Metric(String key) {
            this.key = key;
        }

        boolean rateForm() {
            return rateHigh != null || atLeast.isEmpty() && key.contains("rate");
        }

        String unitName() {
            return units.isEmpty() ? (rateForm() ? "人" : "件") : units.values().iterator().next();
        }
    }

    /** What one leaf's rule (and the conditions of a composite) asks of evidence filed under the leaf's id. */
    static final class Leaf {
        final Criterion criterion;
        final List<JudgementRule> judgements = new ArrayList<>();
        /** The size of the shortest checklist among the leaf's rules, 0 if none. */
        int checklistSize;
        boolean custom;
        final Set<String> metricKeys = new LinkedHashSet<>();

        Leaf(Criterion criterion) {
            this.criterion = criterion;
        }
    }

    final Map<String, Metric> metrics = new LinkedHashMap<>();
    final Set<String> incidentCategories = new LinkedHashSet<>();
    final List<Leaf> leaves = new ArrayList<>();

    Demands(Rubric rubric) {
        for (Criterion c : rubric.leaves()) {
            Leaf leaf = new Leaf(c);
            if (c.rule().isPresent()) {
                collect(c.rule().get(), leaf);
                if (!leaf.judgements.isEmpty() || leaf.checklistSize > 0) {
                    // a composite rule is evaluated one channel at a time: its amounts must come from the
                    // panel that ticks or judges it, or the panel's channel would decide without them
                    for (String key : leaf.metricKeys) {
                        metrics.get(key).panel = true;
                    }
                }
            }
            leaves.add(leaf);
        }
    }

    private void collect(Rule rule, Leaf leaf) {
        rule.accept(new Collector(leaf));
    }

    /** What each rule kind demands of a leaf's evidence; a {@link RuleVisitor}, so a new rule kind does not compile until it has one. */
    private final class Collector implements RuleVisitor<Void> {
        private final Leaf leaf;

        Collector(Leaf leaf) {
            this.leaf = leaf;
        }

        @Override
        public Void visitJudgement(JudgementRule rule) {
            leaf.judgements.add(rule);
            return null;
        }

        @Override
        public Void visitChecklist(ChecklistRule rule) {
            int size = rule.requirements().size();
            leaf.checklistSize = leaf.checklistSize == 0 ? size : Math.min(leaf.checklistSize, size);
            return null;
        }

        @Override
        public Void visitAtLeast(AtLeastRule r) {
            Metric m = metric(r.metric());
            leaf.metricKeys.add(r.metric());
            BigDecimal old = m.atLeast.get(r.period());
            if (old == null || r.minimum().compareTo(old) > 0) {
                m.atLeast.put(r.period(), r.minimum());
            }
            if (!m.units.containsKey(r.period())) {
                m.units.put(r.period(), r.unit());
            }
            return null;
        }

        @Override
        public Void visitRateAtLeast(RateAtLeastRule r) {
            Metric m = metric(r.metric());
            leaf.metricKeys.add(r.metric());
            m.rateHigh = m.rateHigh == null || r.minimum().compareTo(m.rateHigh) > 0 ? r.minimum() : m.rateHigh;
            m.rateLow = m.rateLow == null || r.minimum().compareTo(m.rateLow) < 0 ? r.minimum() : m.rateLow;
            return null;
        }

        @Override
        public Void visitTrend(TrendRule r) {
            metric(r.metric()).trends.add(r.direction());
            leaf.metricKeys.add(r.metric());
            return null;
        }

        @Override
        public Void visitNoIncident(NoIncidentRule rule) {
            incidentCategories.add(rule.incidentCategory());
            return null;
        }

        @Override
        public Void visitComposite(CompositeRule rule) {
            for (Rule condition : rule.conditions()) {
                collect(condition, leaf);
            }
            return null;
        }

        @Override
        public Void visitCustom(CustomRule rule) {
            leaf.custom = true;
            return null;
        }
    }

    private Metric metric(String key) {
        Metric m = metrics.get(key);
        if (m == null) {
            m = new Metric(key);
            metrics.put(key, m);
        }
        return m;
    }
}

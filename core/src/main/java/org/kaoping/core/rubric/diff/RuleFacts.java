package org.kaoping.core.rubric.diff;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.JudgementLevel;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.RuleVisitor;
import org.kaoping.core.rule.TrendRule;

/**
 * A rule flattened into named parameters, e.g. {@code rate exam-participation-rate → 98%} and
 * {@code rate exam-participation-rate policy → all-or-nothing}, so that two rules of the same kind can be
 * compared parameter by parameter. A composite's conditions contribute their own parameters.
 */
final class RuleFacts {
    private RuleFacts() {}

    static Map<String, String> of(Rule rule) {
        Map<String, String> out = new LinkedHashMap<>();
        rule.accept(new Collector(out));
        return out;
    }

    private static final class Collector implements RuleVisitor<Void> {
        private final Map<String, String> out;

        Collector(Map<String, String> out) {
            this.out = out;
        }

        @Override
        public Void visitJudgement(JudgementRule r) {
            put("levels", levels(r));
            return null;
        }

        @Override
        public Void visitChecklist(ChecklistRule r) {
            String key = "checklist";
            StringBuilder s = new StringBuilder();
            for (String requirement : r.requirements()) {
                s.append(Change.quote(requirement));
            }
            key = put(key, s.length() == 0 ? "(none)" : s.toString());
            policy(key, r.policy());
            return null;
        }

        @Override
        public Void visitAtLeast(AtLeastRule r) {
            String key = put("minimum " + r.metric(), r.minimum().stripTrailingZeros().toPlainString() + r.unit()
                    + " per " + r.period().name().toLowerCase(Locale.ROOT));
            policy(key, r.policy());
            return null;
        }

        @Override
        public Void visitRateAtLeast(RateAtLeastRule r) {
            String key = put("rate " + r.metric(), r.minimum().toPercentString());
            policy(key, r.policy());
            return null;
        }

        @Override
        public Void visitTrend(TrendRule r) {
            String key = put("trend " + r.metric(),
                    r.direction() == TrendRule.Direction.INCREASE ? "rises" : "falls");
            policy(key, r.policy());
            return null;
        }

        @Override
        public Void visitNoIncident(NoIncidentRule r) {
            put("no-incident " + r.incidentCategory(), r.policy().toString());
            return null;
        }

        @Override
        public Void visitComposite(CompositeRule r) {
            out.put(unique("policy"), r.policy().toString());
            for (Rule condition : r.conditions()) {
                condition.accept(this);
            }
            return null;
        }

        @Override
        public Void visitCustom(CustomRule r) {
            put("custom " + r.type(), r.parameters().toString());
            return null;
        }

        @Override
        public Void visitRollUp(org.kaoping.core.rule.RollUpRule r) {
            String key = put("roll-up " + r.subordinateKind().name().toLowerCase(Locale.ROOT), r.describe());
            policy(key, r.policy());
            return null;
        }

        /** Puts {@code value} under {@code key}, numbered {@code #2}, {@code #3} … on repeats; returns the key used. */
        private String put(String key, String value) {
            String k = unique(key);
            out.put(k, value);
            return k;
        }

        private String unique(String key) {
            String k = key;
            for (int n = 2; out.containsKey(k); n++) {
                k = key + " #" + n;
            }
            return k;
        }

        private void policy(String key, CreditPolicy policy) {
            out.put(key + " policy", policy.toString());
        }

        private static String levels(JudgementRule r) {
            StringBuilder s = new StringBuilder();
            String sep = "";
            for (JudgementLevel l : r.levels()) {
                s.append(sep).append(l.name()).append('=').append(l.share().toPercentString());
                sep = ", ";
            }
            return s.length() == 0 ? "(none)" : s.toString();
        }
    }
}

package org.kaoping.rubrics.beihai2015;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
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

/** Every metric key and incident category the standards' rules read has a Chinese name, and no name is left unused. */
class LabelsTest {

    /** The codes a rule reads: metric keys and incident categories, through composites. */
    private static final class Codes implements RuleVisitor<Void> {
        final Set<String> codes = new TreeSet<>();

        @Override
        public Void visitJudgement(JudgementRule rule) {
            return null;
        }

        @Override
        public Void visitChecklist(ChecklistRule rule) {
            return null;
        }

        @Override
        public Void visitAtLeast(AtLeastRule rule) {
            codes.add(rule.metric());
            return null;
        }

        @Override
        public Void visitRateAtLeast(RateAtLeastRule rule) {
            codes.add(rule.metric());
            return null;
        }

        @Override
        public Void visitTrend(TrendRule rule) {
            codes.add(rule.metric());
            return null;
        }

        @Override
        public Void visitNoIncident(NoIncidentRule rule) {
            codes.add(rule.incidentCategory());
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
            return null;
        }

        @Override
        public Void visitRollUp(org.kaoping.core.rule.RollUpRule rule) {
            return null; // reads the level below's results, no code of its own
        }
    }

    @Test
    void everyCodeTheStandardsReadHasAChineseNameAndEveryNameIsUsed() {
        Codes codes = new Codes();
        for (Rubric r : Beihai2015.all()) {
            for (Criterion c : r.allCriteria()) {
                if (c.rule().isPresent()) {
                    c.rule().get().accept(codes);
                }
            }
        }
        Set<String> missing = new TreeSet<>(codes.codes);
        missing.removeAll(Beihai2015Labels.all().keySet());
        assertEquals(new TreeSet<String>(), missing, "codes without a Chinese name");
        Set<String> unused = new TreeSet<>(Beihai2015Labels.all().keySet());
        unused.removeAll(codes.codes);
        assertEquals(new TreeSet<String>(), unused, "names of codes no rule reads");
        for (String name : Beihai2015Labels.all().values()) {
            assertTrue(!name.isEmpty() && name.codePoints().noneMatch(cp -> cp < 0x80 && Character.isLetter(cp)),
                    "a Chinese name, not a code: " + name);
        }
    }
}

package org.kaoping.rubrics.beihai2015;

import java.util.List;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Erratum;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.Rule;

/**
 * Prints a rubric as a readable, reviewable text: metadata, then every criterion in pre-order with its
 * id, label, points and their origin, tags, verbatim text and rule (with every condition and checklist
 * requirement), then the errata. {@link SnapshotTest} compares it with the fixtures under
 * {@code src/test/resources/org/kaoping/rubrics/beihai2015/snapshots/}; {@link #main} prints all five.
 */
final class RubricSnapshot {
    static final String REGENERATE =
            "./mvnw -B -ntp -o -q -pl rubrics-2015 -am verify -Dkaoping.updateSnapshots=true";

    private RubricSnapshot() {}

    /** Prints the five snapshots to standard output, one after the other. */
    public static void main(String[] args) {
        for (Rubric r : Beihai2015.all()) {
            System.out.print(of(r));
            System.out.println();
        }
    }

    /** The fixture's file name for {@code rubric}: {@code county.txt} for {@code beihai-2015/county}. */
    static String fileName(Rubric rubric) {
        return rubric.id().substring(rubric.id().indexOf('/') + 1) + ".txt";
    }

    static String of(Rubric r) {
        StringBuilder s = new StringBuilder();
        s.append("# Snapshot of ").append(r.id()).append(", printed by RubricSnapshot (test sources).\n");
        s.append("# After an intended change, regenerate with\n#   ").append(REGENERATE).append("\n");
        s.append("# and review the diff line by line.\n");
        s.append("id: ").append(r.id()).append('\n');
        s.append("version: ").append(r.version()).append('\n');
        s.append("title: ").append(r.title()).append('\n');
        s.append("applies-to: ").append(r.appliesTo()).append('\n');
        s.append("points: ").append(r.points()).append('\n');
        s.append("source: ").append(r.source()).append('\n');
        s.append("criteria: ").append(r.allCriteria().size()).append(", leaves: ").append(r.leaves().size())
                .append('\n');
        for (Criterion c : r.criteria()) {
            criterion(s, c, 0);
        }
        s.append("errata: ").append(r.errata().size()).append('\n');
        for (Erratum e : r.errata()) {
            s.append("  ").append(e.criterionId().isEmpty() ? "(rubric)" : e.criterionId()).append('\n');
            s.append("    source says: ").append(e.sourceSays()).append('\n');
            s.append("    used: ").append(e.used()).append('\n');
            s.append("    because: ").append(e.reason()).append('\n');
        }
        return s.toString();
    }

    private static void criterion(StringBuilder s, Criterion c, int depth) {
        String pad = "  ".repeat(depth);
        s.append(pad).append(c.id()).append(' ').append(c.label()).append(' ').append(c.points()).append("分 ")
                .append(c.pointsOrigin());
        if (c.pointsOrigin() != PointsOrigin.SOURCE && c.pointsNote().isPresent()) {
            s.append(" (").append(c.pointsNote().get()).append(')');
        }
        if (!c.tags().isEmpty()) {
            s.append(" tags=").append(c.tags());
        }
        s.append('\n');
        s.append(pad).append("  text: ").append(c.text()).append('\n');
        if (c.rule().isPresent()) {
            rule(s, c.rule().get(), pad + "  ", "rule: ");
        }
        for (Criterion child : c.children()) {
            criterion(s, child, depth + 1);
        }
    }

    private static void rule(StringBuilder s, Rule rule, String pad, String prefix) {
        if (rule instanceof CompositeRule composite) {
            List<Rule> conditions = composite.conditions();
            s.append(pad).append(prefix).append("all of ").append(conditions.size()).append(" conditions, ")
                    .append(composite.policy()).append('\n');
            for (Rule r : conditions) {
                rule(s, r, pad + "  ", "- ");
            }
            return;
        }
        s.append(pad).append(prefix).append(rule.describe()).append('\n');
        if (rule instanceof ChecklistRule checklist) {
            for (String requirement : checklist.requirements()) {
                s.append(pad).append("    · ").append(requirement).append('\n');
            }
        }
    }
}

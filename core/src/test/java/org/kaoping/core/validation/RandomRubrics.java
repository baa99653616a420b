package org.kaoping.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.Rules;

/**
 * Seeded random rubrics whose sums are consistent, as a mutable draft that a test can damage before
 * building: the validator must then find exactly what was injected.
 */
final class RandomRubrics {
    /** A mutable criterion. */
    static final class Node {
        String id;
        String label;
        String text;
        Points points;
        PointsOrigin origin = PointsOrigin.SOURCE;
        Rule rule;
        final List<Node> children = new ArrayList<>();

        Criterion build() {
            Criterion.Builder b = Criterion.builder().id(id).label(label).text(text).points(points)
                    .pointsOrigin(origin);
            if (rule != null) {
                b.rule(rule);
            }
            for (Node c : children) {
                b.addChildren(c.build());
            }
            return b.build();
        }

        void collect(List<Node> out) {
            out.add(this);
            for (Node c : children) {
                c.collect(out);
            }
        }
    }

    final List<Node> sections = new ArrayList<>();
    Points total;

    static RandomRubrics generate(long seed) {
        Random random = new Random(seed);
        RandomRubrics r = new RandomRubrics();
        int sectionCount = 1 + random.nextInt(6);
        for (int s = 0; s < sectionCount; s++) {
            r.sections.add(node(random, Integer.toString(s + 1), 0));
        }
        r.total = Points.sum(r.sections.stream().map(n -> n.points)::iterator);
        return r;
    }

    private static Node node(Random random, String id, int depth) {
        Node n = new Node();
        n.id = id;
        n.label = "(" + id + ")";
        n.text = "要求" + id;
        int childCount = depth >= 2 || random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(4);
        if (childCount == 0) {
            n.points = Points.ofUnits(5_000L * (1 + random.nextInt(8))); // 0.5 to 4 points
            n.rule = rule(random);
        } else {
            for (int i = 0; i < childCount; i++) {
                n.children.add(node(random, id + "." + (i + 1), depth + 1));
            }
            n.points = Points.sum(n.children.stream().map(c -> c.points)::iterator);
        }
        return n;
    }

    private static Rule rule(Random random) {
        switch (random.nextInt(6)) {
            case 0: return Rules.judgement();
            case 1: return Rules.checklist(CreditPolicy.proportional(), "甲", "乙");
            case 2: return Rules.atLeast("sessions", 1 + random.nextInt(5), "次", Period.YEAR);
            case 3: return RateAtLeastRule.of("rate", Ratio.percent(random.nextInt(101)), CreditPolicy.allOrNothing());
            case 4: return Rules.falling("petitions");
            default: return Rules.noIncident("accident", "0.5");
        }
    }

    List<Node> all() {
        List<Node> out = new ArrayList<>();
        for (Node s : sections) {
            s.collect(out);
        }
        return out;
    }

    List<Node> leaves() {
        List<Node> out = new ArrayList<>();
        for (Node n : all()) {
            if (n.children.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /** The parent of {@code child}, or null for a section. */
    Node parentOf(Node child) {
        for (Node n : all()) {
            if (n.children.contains(child)) {
                return n;
            }
        }
        return null;
    }

    Rubric build() {
        Rubric.Builder b = Rubric.builder().id("random").version("1").title("随机标准")
                .source("generated").points(total).addAppliesTo(OrgKind.COUNTY_DISTRICT);
        for (Node s : sections) {
            b.addCriteria(s.build());
        }
        return b.build();
    }
}

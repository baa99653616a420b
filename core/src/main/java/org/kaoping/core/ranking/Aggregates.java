package org.kaoping.core.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.scoring.NodeState;
import org.kaoping.core.scoring.ScoreNode;
import org.kaoping.core.scoring.Scorecard;

/**
 * Aggregates across scorecards: grade distribution, section averages (which sections are weak city-wide),
 * roll-ups by tag and by area, and metric values derived from subordinate results. Stateless; each
 * method is linear in the scorecards' nodes.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Aggregates {
    private Aggregates() {}

    /** How many scorecards hold each grade, best first. */
    public static Map<Grade, Integer> gradeDistribution(Collection<Scorecard> cards) {
        Map<Grade, Integer> out = new java.util.TreeMap<>();
        for (Scorecard c : cards) {
            out.merge(c.grade(), 1, Integer::sum);
        }
        return out;
    }

    /**
     * For every criterion of the cards' rubric (all cards must share it), in rubric order: the mean awarded
     * points and the share earned over the units where it applied.
     */
    public static List<SectionAverage> sectionAverages(Collection<Scorecard> cards) {
        Map<String, long[]> sums = new LinkedHashMap<>(); // awarded, maximum, units
        Map<String, String> labels = new LinkedHashMap<>();
        String rubricId = null;
        for (Scorecard c : cards) {
            if (rubricId == null) {
                rubricId = c.rubric().id();
            } else if (!rubricId.equals(c.rubric().id())) {
                throw new IllegalArgumentException("section averages need one rubric; got [" + rubricId + "] and [" + c.rubric().id() + "]");
            }
            for (ScoreNode n : c.nodes()) {
                long[] s = sums.computeIfAbsent(n.id(), k -> new long[3]);
                labels.putIfAbsent(n.id(), n.criterion().label());
                if (n.state() != NodeState.NOT_APPLICABLE) {
                    s[0] += n.awarded().units();
                    s[1] += n.maximum().units();
                    s[2]++;
                }
            }
        }
        List<SectionAverage> out = new ArrayList<>(sums.size());
        for (Map.Entry<String, long[]> e : sums.entrySet()) {
            long[] s = e.getValue();
            out.add(ImmutableSectionAverage.builder().criterionId(e.getKey()).label(labels.get(e.getKey())).units((int) s[2])
                    .meanAwarded(s[2] == 0 ? Points.ZERO : Points.ofUnits(s[0]).dividedBy(s[2], RoundingMode.HALF_UP))
                    .share(s[1] == 0 ? Ratio.ZERO : Ratio.of(s[0], s[1])).build());
        }
        return out;
    }

    /** Awarded and maximum summed over every criterion tagged {@code tag} (not counting a tagged node's tagged descendants twice). */
    public static RollUp byTag(Collection<Scorecard> cards, String tag) {
        long awarded = 0;
        long max = 0;
        List<String> units = new ArrayList<>();
        for (Scorecard c : cards) {
            units.add(c.unitId());
            for (ScoreNode s : c.sections()) {
                long[] acc = new long[2];
                tagged(s, tag, acc);
                awarded += acc[0];
                max += acc[1];
            }
        }
        return ImmutableRollUp.builder().key(tag).unitIds(units).awarded(Points.ofUnits(awarded)).maximum(Points.ofUnits(max)).build();
    }

    private static void tagged(ScoreNode n, String tag, long[] acc) {
        Criterion c = n.criterion();
        if (c.tags().contains(tag)) {
            acc[0] += n.awarded().units();
            acc[1] += n.maximum().units();
            return;
        }
        for (ScoreNode k : n.children()) {
            tagged(k, tag, acc);
        }
    }

    /** The final totals of an area (a county with its townships and villages, say): the area unit and every unit below it that has a card. */
    public static RollUp byArea(Collection<Scorecard> cards, OrgTree tree, String areaId) {
        long awarded = 0;
        long max = 0;
        List<String> units = new ArrayList<>();
        for (Scorecard c : cards) {
            if (c.unitId().equals(areaId) || tree.isAncestor(areaId, c.unitId())) {
                units.add(c.unitId());
                awarded += c.finalTotal().units();
                max += c.rubric().points().units();
            }
        }
        return ImmutableRollUp.builder().key(areaId).unitIds(units).awarded(Points.ofUnits(awarded)).maximum(Points.ofUnits(max)).build();
    }

    /**
     * A metric value derived from subordinate results: of the units of {@code kind} below {@code areaId},
     * how many have a card graded {@code atLeast} or better, out of all of them (a unit without a card
     * counts as not reaching it). E.g. the share of a county's villages rated 合格 or better, filed under
     * the metric key of the county's coverage item so that its rate rule reads it.
     */
    public static MetricValue shareAtLeast(Collection<Scorecard> cards, OrgTree tree, String areaId, OrgKind kind, Grade atLeast,
            String metricKey, int year, String id, Instant at) {
        Map<String, Scorecard> byUnit = new LinkedHashMap<>();
        for (Scorecard c : cards) {
            byUnit.put(c.unitId(), c);
        }
        long total = 0;
        long reached = 0;
        for (OrgUnit u : tree.descendants(areaId)) {
            if (u.kind() != kind) {
                continue;
            }
            total++;
            Scorecard c = byUnit.get(u.id());
            if (c != null && c.grade().isAtLeast(atLeast)) {
                reached++;
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("Area [" + areaId + "] has no units of kind " + kind + " to derive a share from");
        }
        return MetricValue.builder().id(id).unitId(areaId).key(metricKey).period(ReportingPeriod.year(year))
                .source(SourceKind.HOST_SYSTEM).author("kaoping/derived").recordedAt(at).value(BigDecimal.valueOf(reached))
                .outOf(BigDecimal.valueOf(total)).unit(kind.chineseName()).build();
    }
}

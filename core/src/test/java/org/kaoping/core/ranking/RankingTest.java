package org.kaoping.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.GradeQuota;
import org.kaoping.core.plan.TieBreak;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.Rules;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;

class RankingTest {
    /** Section 1 (60): proportional on metric a, min 60; section 2 (40): proportional on b, min 40. Points = the metric values. */
    static final Rubric RUBRIC = Rubric.builder("t/r").version("1").title("r").source("test").points("100")
            .appliesTo(OrgKind.COUNTY_DISTRICT)
            .section("一、", "one", "60", s -> s.item("1、", "a", "60", c -> c.tag("task:11")
                    .rule(Rules.atLeast("a", 60, "分", Period.YEAR, Rules.proportional()))))
            .section("二、", "two", "40", s -> s.item("1、", "b", "40", Rules.atLeast("b", 40, "分", Period.YEAR, Rules.proportional())))
            .build();

    static final OrgTree TREE = OrgTree.of(Arrays.asList(OrgUnit.root("bh", "北海市", OrgKind.CITY),
            OrgUnit.of("c1", "一区", OrgKind.COUNTY_DISTRICT, "bh"), OrgUnit.of("c2", "二区", OrgKind.COUNTY_DISTRICT, "bh"),
            OrgUnit.of("c3", "三区", OrgKind.COUNTY_DISTRICT, "bh"), OrgUnit.of("c4", "四区", OrgKind.COUNTY_DISTRICT, "bh")));

    static List<Scorecard> cards(AssessmentPlan plan, String... aAndB) {
        List<Evidence> ev = new ArrayList<>();
        for (int i = 0; i < aAndB.length; i++) {
            String[] ab = aAndB[i].split("/");
            ev.add(metric("c" + (i + 1), "a", ab[0]));
            ev.add(metric("c" + (i + 1), "b", ab[1]));
        }
        EvidenceIndex index = EvidenceIndex.of(ev);
        Scorer s = Scorer.of(plan);
        List<Scorecard> out = new ArrayList<>();
        for (int i = aAndB.length; i >= 1; i--) { // reverse order on purpose: ranking must not depend on it
            out.add(s.score(TREE.unit("c" + i), index));
        }
        return out;
    }

    static MetricValue metric(String unit, String key, String v) {
        return MetricValue.builder().id(unit + key).unitId(unit).key(key).period(ReportingPeriod.year(2015)).source(SourceKind.HOST_SYSTEM)
                .author("h").recordedAt(java.time.Instant.EPOCH).value(new BigDecimal(v)).unit("分").build();
    }

    static org.kaoping.core.plan.AssessmentPlan.Builder plan() {
        return AssessmentPlan.builder().id("p").year(2015).putRubric(OrgKind.COUNTY_DISTRICT, RUBRIC);
    }

    static String ranks(RankingTable t) {
        StringBuilder s = new StringBuilder();
        for (RankedUnit u : t.entries()) {
            s.append(s.length() == 0 ? "" : " ").append(u.rank()).append(':').append(u.unitId()).append('=').append(u.finalTotal());
        }
        return s.toString();
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        // c1 95, c2 90 (50 + 40), c3 90 (60 + 30), c4 80
        List<Scorecard> cards = cards(plan().build(), "55/40", "50/40", "60/30", "40/40");
        RankingTable t = Rankings.rank(cards, plan().build()).get("t/r");
        assertEquals("1:c1=95 2:c2=90 2:c3=90 4:c4=80", ranks(t));
    }

    @Test
    void declaredTieBreakSeparatesEqualTotals() {
        AssessmentPlan p = plan().addTieBreak(TieBreak.higherOn("1")).build();
        RankingTable t = Rankings.rank(cards(p, "55/40", "50/40", "60/30", "40/40"), p).get("t/r");
        assertEquals("1:c1=95 2:c3=90 3:c2=90 4:c4=80", ranks(t), "c3 earned 60 on section 1, c2 only 50");
    }

    @Test
    void quotaMovesUnitsBeyondItToTheNextGrade() {
        AssessmentPlan p = plan().addQuota(GradeQuota.of(Grade.EXCELLENT, Ratio.percent(50))).build();
        // 95, 92, 91, 80: three reach 优秀 by the bands, but only floor(4 × 50 %) = 2 may hold it
        RankingTable t = Rankings.rank(cards(p, "55/40", "52/40", "51/40", "40/40"), p).get("t/r");
        assertEquals(Grade.EXCELLENT, t.entry("c2").grade());
        assertEquals(Grade.GOOD, t.entry("c3").grade());
        assertEquals(Grade.EXCELLENT, t.entry("c3").gradeBeforeQuota());
        Map<Grade, Integer> dist = t.gradeDistribution();
        assertEquals(Integer.valueOf(2), dist.get(Grade.EXCELLENT));
        assertEquals(Integer.valueOf(2), dist.get(Grade.GOOD));
    }

    @Test
    void sectionAveragesRollUpsAndDistribution() {
        List<Scorecard> cards = cards(plan().build(), "55/40", "50/40", "60/30", "40/40");
        List<SectionAverage> avg = Aggregates.sectionAverages(cards);
        // section 1: 55 + 50 + 60 + 40 = 205 of 240; section 2: 40 + 40 + 30 + 40 = 150 of 160
        assertEquals("1", avg.get(0).criterionId());
        assertEquals(Points.parse("51.25"), avg.get(0).meanAwarded());
        assertEquals(Ratio.of(205, 240), avg.get(0).share());
        assertEquals(Ratio.of(150, 160), avg.get(2).share());
        RollUp task = Aggregates.byTag(cards, "task:11");
        assertEquals(Points.of(205), task.awarded());
        assertEquals(Points.of(240), task.maximum());
        RollUp area = Aggregates.byArea(cards, TREE, "bh");
        assertEquals(Points.of(355), area.awarded());
        assertEquals(Collections.singletonList("c2"), Aggregates.byArea(cards, TREE, "c2").unitIds());
        Map<Grade, Integer> dist = Aggregates.gradeDistribution(cards);
        assertEquals(Integer.valueOf(3), dist.get(Grade.EXCELLENT)); // 95, 90, 90
        assertEquals(Integer.valueOf(1), dist.get(Grade.GOOD));
    }
}

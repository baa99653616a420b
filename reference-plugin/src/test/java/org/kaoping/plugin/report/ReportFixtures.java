package org.kaoping.plugin.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.Rules;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;
import org.kaoping.plugin.demo.BeihaiDemo;

/** Small report data for the report tests: two counties with the names given, scored on a two-point checklist; and the demo. */
final class ReportFixtures {
    private static volatile ReportData demo;

    private ReportFixtures() {}

    /** The Beihai demo's report data (synthetic), computed once per test JVM. */
    static ReportData demo() {
        ReportData d = demo;
        if (d == null) {
            d = BeihaiDemo.report(BeihaiDemo.run());
            demo = d;
        }
        return d;
    }

    /**
     * Two counties {@code u1} and {@code u2} named {@code name1} and {@code name2}; u1 meets both requirements, u2 one.
     * Evidence ids start with {@code idPrefix} (use {@link ReportData#SYNTHETIC_ID_PREFIX} for synthetic data).
     */
    static ReportData twoCounties(String name1, String name2, String idPrefix) {
        Rubric rubric = Rubric.builder("test/two").version("1").title("测试标准").appliesTo(OrgKind.COUNTY_DISTRICT).points("2")
                .source("test").section("（一）", "推进依法行政(2分)。", "2", s -> s
                        .item("1、", "要求甲乙", "2", Rules.checklist(CreditPolicy.proportional(), "甲", "乙")))
                .build();
        OrgTree tree = OrgTree.of(Arrays.asList(OrgUnit.root("c", "市", OrgKind.CITY),
                OrgUnit.of("u1", name1, OrgKind.COUNTY_DISTRICT, "c"), OrgUnit.of("u2", name2, OrgKind.COUNTY_DISTRICT, "c")));
        AssessmentPlan plan = AssessmentPlan.builder().id("p").year(2015).putRubric(OrgKind.COUNTY_DISTRICT, rubric).build();
        List<Evidence> ev = new ArrayList<>();
        for (String u : new String[] {"u1", "u2"}) {
            for (int q = 1; q <= 2; q++) {
                ev.add(ChecklistTick.builder().id(idPrefix + u + "-" + q).unitId(u).key("1.1").period(ReportingPeriod.year(2015))
                        .source(SourceKind.PANEL).author("评委").recordedAt(Instant.parse("2015-12-01T00:00:00Z")).requirement(q)
                        .met(q == 1 || u.equals("u1")).build());
            }
        }
        Scorer scorer = Scorer.of(plan);
        EvidenceIndex index = EvidenceIndex.of(ev);
        List<Scorecard> cards = Arrays.asList(scorer.score(tree.unit("u1"), index), scorer.score(tree.unit("u2"), index));
        return ReportData.builder().title("测试结果").tree(tree).plan(plan).scorecards(cards).build();
    }
}

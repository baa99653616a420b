package org.kaoping.rubrics.beihai2015;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.review.ReviewSettings;
import org.kaoping.core.review.UpperTarget;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.scoring.ChannelResult;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;

/**
 * Issue 17, item 4: county 九.4 "达标率达到上级指标要求" reads the target the higher level set for the year from the plan;
 * a change of the target changes the item, and the explanation says which target, who set it and when.
 */
class TargetsFromAboveTest {
    static final Instant AT = Instant.parse("2015-12-10T02:00:00Z");
    static final OrgUnit HEPU = OrgUnit.of("hepu", "合浦县", OrgKind.COUNTY_DISTRICT, null);

    static AssessmentPlan plan(ReviewSettings review) {
        Map<OrgKind, Rubric> rubrics = new EnumMap<>(OrgKind.class);
        rubrics.put(OrgKind.COUNTY_DISTRICT, Beihai2015.county());
        return AssessmentPlan.builder().id("targets").year(2015).rubrics(rubrics).review(review).build();
    }

    static UpperTarget safeUnits(int percent, LocalDate setOn) {
        return UpperTarget.of(Beihai2015.SAFE_UNIT_RATE, 2015, Ratio.percent(percent), "自治区综治委", setOn, "桂综治〔2015〕1号");
    }

    /** All three requirements of 九.4 ticked by the panel, and 93 of 100 villages and units 达标. */
    static List<Evidence> evidence() {
        List<Evidence> out = new ArrayList<>();
        for (int q = 1; q <= 3; q++) {
            out.add(ChecklistTick.builder().id("t-" + q).unitId("hepu").key("9.4").period(ReportingPeriod.year(2015)).source(SourceKind.PANEL)
                    .author("rater").recordedAt(AT).requirement(q).met(true).build());
        }
        out.add(MetricValue.builder().id("m-1").unitId("hepu").key(Beihai2015.SAFE_UNIT_RATE).period(ReportingPeriod.year(2015))
                .source(SourceKind.PANEL).author("rater").recordedAt(AT).value(BigDecimal.valueOf(93)).outOf(BigDecimal.valueOf(100))
                .unit("个").build());
        return out;
    }

    static Scorecard score(ReviewSettings review) {
        return Scorer.score(Beihai2015.county(), plan(review), HEPU, EvidenceIndex.of(evidence()));
    }

    static String inputs(Scorecard c) {
        StringBuilder s = new StringBuilder();
        for (ChannelResult ch : c.node("9.4").explanation().channels()) {
            s.append(ch.inputs()).append('\n');
        }
        return s.toString();
    }

    @Test
    void aTargetChangeByTheHigherLevelChangesTheItemAndIsExplained() {
        ReviewSettings set = ReviewSettings.builder().target(safeUnits(95, LocalDate.of(2015, 3, 10))).build();
        ReviewSettings changed = set.toBuilder().target(safeUnits(90, LocalDate.of(2015, 9, 1))).build();
        Scorecard before = score(set);
        Scorecard after = score(changed);
        // 93% < 95%: the checklist holds, the rate does not (one of two conditions); 93% ≥ 90%: both
        assertEquals(Points.parse("0.5"), before.awarded("9.4"), before.node("9.4").explanation().text());
        assertEquals(Points.of(1), after.awarded("9.4"), after.node("9.4").explanation().text());
        assertTrue(inputs(before).contains("target [safe-unit-rate] of 2015 ≥ 95% set by 自治区综治委 on 2015-03-10"), inputs(before));
        assertTrue(inputs(after).contains("target [safe-unit-rate] of 2015 ≥ 90% set by 自治区综治委 on 2015-09-01 in 桂综治〔2015〕1号"),
                inputs(after));
        assertEquals(1, changed.targets().size(), "the change replaces the year's target");
    }

    @Test
    void withoutATargetForTheYearTheRateCannotBeJudgedAndTheExplanationSaysSo() {
        Scorecard none = score(ReviewSettings.none());
        assertEquals(Points.parse("0.5"), none.awarded("9.4"));
        assertTrue(inputs(none).contains("no target [safe-unit-rate] of 2015 set by the higher level"), inputs(none));
    }

    @Test
    void theCountyRubricStillTotalsOneHundredPoints() {
        assertEquals(Points.of(100), Beihai2015.county().points());
    }
}

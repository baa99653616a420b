package org.kaoping.plugin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.kaoping.core.points.Ratio;
import org.kaoping.core.review.ReviewSettings;
import org.kaoping.core.review.UpperTarget;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;
import org.kaoping.rubrics.beihai2015.Beihai2015;
import org.kaoping.rubrics.beihai2015.Beihai2015Labels;

/**
 * The rate against its threshold reads in Chinese from what the engine really writes (county 九.4, a target set by
 * the higher level): the office sees the target, who set it, when and in which document, and the unit's own rate;
 * never the engine's English lines.
 */
class TargetComparisonTest {
    private static final Instant AT = Instant.parse("2015-12-10T02:00:00Z");
    private static final OrgUnit HEPU = OrgUnit.of("hepu", "合浦县", OrgKind.COUNTY_DISTRICT, null);
    private static final Function<String, String> NAMES = k -> Beihai2015Labels.all().containsKey(k) ? Beihai2015Labels.all().get(k) : k;

    private static Scorecard score(ReviewSettings review, int met) {
        Map<OrgKind, Rubric> rubrics = new EnumMap<>(OrgKind.class);
        rubrics.put(OrgKind.COUNTY_DISTRICT, Beihai2015.county());
        AssessmentPlan plan = AssessmentPlan.builder().id("targets").year(2015).rubrics(rubrics).review(review).build();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(ChecklistTick.builder().id("t-1").unitId("hepu").key("9.4").period(ReportingPeriod.year(2015)).source(SourceKind.PANEL)
                .author("rater").recordedAt(AT).requirement(1).met(true).build());
        evidence.add(MetricValue.builder().id("m-1").unitId("hepu").key(Beihai2015.SAFE_UNIT_RATE).period(ReportingPeriod.year(2015))
                .source(SourceKind.PANEL).author("rater").recordedAt(AT).value(BigDecimal.valueOf(met)).outOf(BigDecimal.valueOf(136))
                .unit("个").build());
        return Scorer.score(Beihai2015.county(), plan, HEPU, EvidenceIndex.of(evidence));
    }

    private static ReviewSettings target(int percent) {
        return ReviewSettings.builder().target(UpperTarget.of(Beihai2015.SAFE_UNIT_RATE, 2015, Ratio.percent(percent), "自治区综治委",
                LocalDate.of(2015, 3, 10), "桂综治〔2015〕1号")).build();
    }

    @Test
    void theTargetAndTheUnitsRateReadInChinese() {
        List<String> lines = TargetComparison.lines(score(target(95), 130).node("9.4").explanation().channels(), NAMES, true);
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("2015 年上级指标 平安村、平安单位创建达标率 ≥ 95%（自治区综治委 2015年3月10日下达，桂综治〔2015〕1号）", lines.get(0));
        assertEquals("本单位平安村、平安单位创建达标率 95.5882%（136 个中 130 个），达到 95%", lines.get(1));
        List<String> below = TargetComparison.lines(score(target(96), 130).node("9.4").explanation().channels(), NAMES, true);
        assertTrue(below.get(1).endsWith("低于 96%"), below.toString());
    }

    @Test
    void aPlanWithoutTheTargetSaysTheItemCannotBeJudged() {
        List<String> lines = TargetComparison.lines(score(ReviewSettings.builder().build(), 130).node("9.4").explanation().channels(), NAMES, true);
        assertEquals("考评方案 targets 未载明上级下达的 2015 年平安村、平安单位创建达标率指标，无法判定", lines.get(0), lines.toString());
    }

    @Test
    void theReportsExplanationCarriesTheComparisonAndNoEnglish() {
        Scorecard c = score(target(95), 130);
        String h = ChineseExplanation.html(c.node("9.4").explanation(), c.rubric().findCriterion("9.4").get().rule().orElse(null),
                org.kaoping.core.plan.SourceBlend.defaultBlend(), c.node("9.4").criterion().points(), 2, NAMES);
        String visible = h.substring(0, h.contains("<details") ? h.indexOf("<details") : h.length());
        assertTrue(visible.contains("<dt>指标比较</dt>"), h);
        assertTrue(visible.contains("本单位平安村、平安单位创建达标率 95.5882%（136 个中 130 个），达到 95%"), h);
        assertFalse(visible.contains("set by"), "the engine's English stays in the collapsed technical trace: " + h);
    }
}

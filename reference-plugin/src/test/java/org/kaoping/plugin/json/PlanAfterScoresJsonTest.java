package org.kaoping.plugin.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaoping.core.plan.AppraisalRule;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.CommendationRule;
import org.kaoping.core.plan.RectificationPolicy;
import org.kaoping.core.points.Points;
import org.kaoping.core.rectification.RectificationOrigin;
import org.kaoping.plugin.plan.BeihaiPlans;
import org.kaoping.plugin.plan.PlanDocument;
import org.kaoping.plugin.plan.PlanResolver;
import org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider;
import org.kaoping.spi.RubricRegistry;

/** The plan file's after-the-scores settings (issue 15): rectification, commendation, appraisal — written, read back, resolved and refused. */
class PlanAfterScoresJsonTest {
    static PlanDocument declared(AppraisalRule appraisal) {
        return BeihaiPlans.default2015().toBuilder()
                .rectification(RectificationPolicy.of(EnumSet.of(RectificationOrigin.SPOT_CHECK, RectificationOrigin.LOST_POINTS), Points.parse("1.5"),
                        20, Points.parse("0.5")))
                .commendation(CommendationRule.of("良好", true, false, 2)).appraisal(appraisal).build();
    }

    static Map<String, Points> perGrade() {
        Map<String, Points> m = new LinkedHashMap<>();
        m.put("优秀", Points.of(10));
        m.put("良好", Points.of(8));
        return m;
    }

    @Test
    @DisplayName("Export then import gives the same settings, for a weighted total and for points per grade")
    void roundTrip() {
        for (AppraisalRule rule : new AppraisalRule[] {AppraisalRule.weightedTotal(Points.of(15), 2), AppraisalRule.pointsPerGrade(perGrade(), 1)}) {
            PlanDocument doc = declared(rule);
            String json = PlanJson.toJson(doc);
            PlanDocument back = PlanJson.parse(json, "p.json");
            assertEquals(doc, back, json);
            assertEquals(rule, back.appraisal().get());
        }
    }

    @Test
    @DisplayName("The default plan writes the default rectification and commendation settings and no appraisal rule")
    void defaults() {
        String json = PlanJson.toJson(BeihaiPlans.default2015());
        assertTrue(json.contains("\"rectification\"") && json.contains("\"deadlineDays\": 30") && json.contains("\"minimumGrade\": \"优秀\""), json);
        assertFalse(json.contains("\"appraisal\""));
    }

    @Test
    @DisplayName("The resolved AssessmentPlan carries the settings")
    void resolved() {
        AssessmentPlan plan = PlanResolver.resolve(declared(AppraisalRule.weightedTotal(Points.of(15), 2)),
                RubricRegistry.of(java.util.Collections.singletonList(new Beihai2015RubricProvider())), null).plan();
        assertEquals(20, plan.rectification().deadlineDays());
        assertEquals(Points.parse("0.5"), plan.rectification().unresolvedCost());
        assertEquals("良好", plan.commendation().minimumGrade());
        assertEquals(Points.parse("14.25"), plan.appraisal().get().contribution(Points.parse("95"), "优秀"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an unknown finding|\"rectification\": {\"from\": [\"rumour\"]}|$.rectification.from[0]|unknown rectification origin [rumour]",
        "lost points without a threshold|\"rectification\": {\"from\": [\"lost-points\"]}|$.rectification|needs a lostPointsThreshold",
        "no days|\"rectification\": {\"deadlineDays\": 0}|$.rectification.deadlineDays|from 1 to 366",
        "a grade the plan lacks|\"commendation\": {\"minimumGrade\": \"甲等\"}|$.commendation.minimumGrade|甲等",
        "a quoted boolean|\"commendation\": {\"excludeVetoed\": \"yes\"}|$.commendation.excludeVetoed|expected true or false",
        "a weight above 100|\"appraisal\": {\"method\": \"weighted-total\", \"weight\": 120}|$.appraisal.weight|to 100",
        "an unknown method|\"appraisal\": {\"method\": \"average\", \"weight\": 10}|$.appraisal.method|weighted-total",
        "a weight with points per grade|\"appraisal\": {\"method\": \"points-per-grade\", \"weight\": 10, \"pointsPerGrade\": {\"优秀\": 1}}|$.appraisal.weight|only with method",
        "points for a grade the plan lacks|\"appraisal\": {\"method\": \"points-per-grade\", \"pointsPerGrade\": {\"甲等\": 1}}|$.appraisal.pointsPerGrade.甲等|甲等"})
    @DisplayName("Refused with the JSON path and what was expected")
    void refused(String what, String setting, String path, String expected) {
        String json = "{\"id\": \"p\", \"year\": 2015, \"rubrics\": [{\"kind\": \"county-district\", \"rubric\": \"beihai-2015/county\"}], " + setting + "}";
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanJson.parse(json, "p.json"));
        assertTrue(e.getMessage().contains(path) && e.getMessage().contains(expected), e.getMessage());
    }
}

package org.kaoping.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaoping.core.points.Points;
import org.kaoping.core.rectification.RectificationOrigin;

/** The plan's after-the-scores rules (issue 15): the appraisal contribution is exact and half up; bad settings are refused. */
class AfterScoresRulesTest {
    @Nested
    class Appraisal {
        @Test
        @DisplayName("total × weight ÷ 100 rounds half up at the declared scale: 88.35 × 15 ÷ 100 = 13.2525 → 13.25, 88.37 → 13.2555 → 13.26")
        void halfUp() {
            AppraisalRule r = AppraisalRule.weightedTotal(Points.of(15), 2);
            assertEquals(Points.parse("13.25"), r.contribution(Points.parse("88.35"), "良好"));
            assertEquals(Points.parse("13.26"), r.contribution(Points.parse("88.37"), "良好"));
        }

        @Test
        @DisplayName("For seeded totals and weights the contribution equals the decimal computation rounded half up (no floating point)")
        void seeded() {
            Random random = new Random(20160108L);
            for (int i = 0; i < 2000; i++) {
                Points total = Points.ofUnits(random.nextInt(1_000_001));
                Points weight = Points.ofUnits(1 + random.nextInt(1_000_000));
                int scale = random.nextInt(5);
                BigDecimal expected = total.toBigDecimal().multiply(weight.toBigDecimal()).divide(BigDecimal.valueOf(100)).setScale(scale, RoundingMode.HALF_UP);
                assertEquals(Points.of(expected), AppraisalRule.weightedTotal(weight, scale).contribution(total, "优秀"), total + " × " + weight);
            }
        }

        @Test
        @DisplayName("Points per grade give the grade's points, zero for a grade not named")
        void perGrade() {
            Map<String, Points> m = new LinkedHashMap<>();
            m.put("优秀", Points.of(10));
            AppraisalRule r = AppraisalRule.pointsPerGrade(m, 2);
            assertEquals(Points.of(10), r.contribution(Points.of(95), "优秀"));
            assertEquals(Points.ZERO, r.contribution(Points.of(70), "合格"));
            assertTrue(r.describe().contains("优秀 10 分"));
        }

        @ParameterizedTest(name = "weight {0}")
        @ValueSource(strings = {"0", "-1", "100.0001"})
        @DisplayName("A weight outside (0, 100] is refused")
        void badWeight(String weight) {
            assertThrows(IllegalArgumentException.class, () -> AppraisalRule.weightedTotal(Points.parse(weight), 2));
        }

        @Test
        @DisplayName("A scale outside [0, 4] and an empty points-per-grade map are refused")
        void badScaleOrEmpty() {
            assertThrows(IllegalArgumentException.class, () -> AppraisalRule.weightedTotal(Points.of(10), 5));
            assertThrows(IllegalArgumentException.class, () -> AppraisalRule.pointsPerGrade(Collections.<String, Points>emptyMap(), 2));
        }
    }

    @Nested
    class Policies {
        @ParameterizedTest(name = "{0} days")
        @ValueSource(ints = {0, 367})
        @DisplayName("Rectification days outside [1, 366] are refused")
        void badDays(int days) {
            assertThrows(IllegalArgumentException.class,
                    () -> RectificationPolicy.of(EnumSet.of(RectificationOrigin.SPOT_CHECK), null, days, Points.ZERO));
        }

        @Test
        @DisplayName("Lost points without a threshold, and a negative cost, are refused")
        void lostPointsNeedAThreshold() {
            assertThrows(IllegalArgumentException.class,
                    () -> RectificationPolicy.of(EnumSet.of(RectificationOrigin.LOST_POINTS), null, 30, Points.ZERO));
            assertThrows(IllegalArgumentException.class,
                    () -> RectificationPolicy.of(EnumSet.of(RectificationOrigin.VETO), null, 30, Points.parse("-1")));
        }

        @Test
        @DisplayName("A commendation quota below 1 or a blank grade is refused; the rule describes itself in Chinese")
        void commendation() {
            assertThrows(IllegalArgumentException.class, () -> CommendationRule.of("优秀", true, true, 0));
            assertThrows(IllegalArgumentException.class, () -> CommendationRule.of(" ", true, true, null));
            assertEquals("等次为优秀及以上、未被一票否决、无逾期整改事项、每类至多 3 个（按名次）", CommendationRule.of("优秀", true, true, 3).describe());
        }
    }
}

package org.kaoping.plugin.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaoping.core.plan.NoticePeriod;
import org.kaoping.plugin.plan.BeihaiPlans;
import org.kaoping.plugin.plan.PlanDocument;

/** Issue 15: the plan file declares the notice period (公示期) of the results. */
class PlanNoticePeriodTest {
    static String plan(String notice) {
        return "{\"id\": \"m\", \"year\": 2015, \"rubrics\": [{\"kind\": \"县（区）\", \"rubric\": \"beihai-2015/county\"}]"
                + (notice == null ? "" : ", \"noticePeriod\": " + notice) + "}";
    }

    @Test
    void aPlanWithoutANoticePeriodHasFiveWorkingDays() {
        assertEquals(NoticePeriod.defaults(), PlanJson.parse(plan(null), "p.json").noticePeriod());
    }

    @Test
    void theNoticePeriodIsReadAndWrittenBack() {
        PlanDocument p = PlanJson.parse(plan("{\"days\": 7, \"counting\": \"calendar-days\", \"appealsBlockFinal\": false}"), "p.json");
        assertEquals(NoticePeriod.of(7, NoticePeriod.Counting.CALENDAR_DAYS, false), p.noticePeriod());
        assertEquals(p, PlanJson.parse(PlanJson.toJson(p), "again.json"));
    }

    @Test
    void theDefaultPlanExportsItsNoticePeriod() {
        assertTrue(PlanJson.toJson(BeihaiPlans.default2015()).contains("\"noticePeriod\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"days\": 0}", "{\"days\": 61}", "{\"days\": 5, \"counting\": \"weeks\"}", "{\"counting\": \"working-days\"}",
            "{\"days\": 5, \"appealsBlockFinal\": \"yes\"}", "{\"days\": 5, \"holidays\": []}"})
    void aBadNoticePeriodIsRefusedNamingWhere(String notice) {
        PlanFormatException x = assertThrows(PlanFormatException.class, () -> PlanJson.parse(plan(notice), "p.json"));
        assertTrue(x.getMessage().contains("noticePeriod"), x.getMessage());
    }
}

package org.kaoping.plugin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.cycle.Obligation;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.cycle.ObligationStatus;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.points.Points;

class WordingTest {
    /** The reason core writes for an obligation, exactly as the runtime files it. */
    private static String reasonFromCore(SelfReport.Type type, ReportingPeriod period, ObligationStatus status, Instant due, Instant submitted) {
        Obligation.Builder o = Obligation.builder().unitId("beihai/haicheng").period(period).type(type).deadline(due).status(status);
        if (submitted != null) {
            o.submittedAt(submitted).reportId("r-1");
        }
        Obligation ob = o.build();
        return ObligationEffect.of(type, "1.2", Points.parse("0.2"), Points.parse("0.5"))
                .deductions(Collections.singletonList(ob), "kaoping", due).get(0).reason();
    }

    @Test
    @DisplayName("the runtime's late annual self-report reason reads in the office's words, Beijing time")
    void lateAnnualReportInChineseWithBeijingTimes() {
        String reason = reasonFromCore(SelfReport.Type.ANNUAL, ReportingPeriod.year(2015), ObligationStatus.LATE,
                Instant.parse("2015-11-30T16:00:00Z"), Instant.parse("2015-12-03T01:00:00Z"));
        assertEquals("ANNUAL self-report for 2015 LATE (submitted 2015-12-03T01:00:00Z, due before 2015-11-30T16:00:00Z)", reason,
                "the format core writes (what the reports parse)");
        assertEquals("2015年度自查报告迟报（2015年12月3日 09:00报送，应于2015年12月1日 00:00前报送）", Wording.ZH_CN.deductionReason(reason));
        assertEquals("annual self-report for 2015 late (submitted 3 Dec 2015 09:00 (Beijing time), due before 1 Dec 2015 00:00 (Beijing time))",
                Wording.EN.deductionReason(reason));
    }

    @Test
    @DisplayName("a missing monthly self-report names its month")
    void missingMonthlyReport() {
        String reason = reasonFromCore(SelfReport.Type.MONTHLY, ReportingPeriod.month(2015, 3), ObligationStatus.MISSING,
                Instant.parse("2015-03-24T16:00:00Z"), null);
        assertEquals("2015年3月自查月报漏报（应于2015年3月25日 00:00前报送）", Wording.ZH_CN.deductionReason(reason));
    }

    @Test
    @DisplayName("an assessor's own reason is shown as given")
    void otherReasonsUnchanged() {
        assertEquals("抽查发现：台账缺失", Wording.ZH_CN.deductionReason("抽查发现：台账缺失"));
    }

    @Test
    @DisplayName("times are Beijing time in the form offices write")
    void timesInOfficeForm() {
        assertEquals("2015年12月3日 09:00", Wording.ZH_CN.time(Instant.parse("2015-12-03T01:00:00Z")));
        assertEquals("2016年1月10日 09:00", Wording.ZH_CN.time(Instant.parse("2016-01-10T01:00:00Z")));
    }

    @Test
    @DisplayName("zh-CN is chosen for Chinese locales, English otherwise")
    void localeChoice() {
        assertEquals(Wording.ZH_CN, Wording.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Wording.ZH_CN, Wording.forLocale(Locale.forLanguageTag("zh-CN")));
        assertEquals(Wording.EN, Wording.forLocale(Locale.ENGLISH));
        assertEquals("不适用", Wording.ZH_CN.state(org.kaoping.core.scoring.NodeState.NOT_APPLICABLE));
        assertEquals("not applicable", Wording.EN.state(org.kaoping.core.scoring.NodeState.NOT_APPLICABLE));
    }

    @Test
    @DisplayName("report data in English renders explanations in English")
    void englishReportData() {
        ReportData en = ReportFixtures.twoCounties("甲县", "乙县", "x-").toBuilder().locale(Locale.ENGLISH).build();
        String page = HtmlReport.toHtml(en);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("<dt>Rule</dt><dd>checklist of 2 requirement(s), proportional</dd>"), page);
        org.junit.jupiter.api.Assertions.assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), "the page says its language");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("<th>Rank</th><th>Unit</th><th>Points</th><th>Grade</th><th>Remarks</th>"), page);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("<h2>Roll-ups</h2>"), page);
        org.junit.jupiter.api.Assertions.assertTrue(HtmlReport.toHtml(ReportFixtures.twoCounties("甲县", "乙县", "x-")).contains("<th>名次</th>"),
                "Chinese by default");
    }
}

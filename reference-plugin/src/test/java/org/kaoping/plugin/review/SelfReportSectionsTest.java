package org.kaoping.plugin.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.review.ReviewSettings;

/** Issue 17, item 3: the annual self-report's sections, and a missing one flagged. */
class SelfReportSectionsTest {
    static SelfReport annual(String id, Instant at, Map<String, String> sections) {
        return SelfReport.builder().id(id).unitId("hepu").period(ReportingPeriod.year(2015)).source(SourceKind.SELF).author("hepu")
                .recordedAt(at).type(SelfReport.Type.ANNUAL).sections(sections).build();
    }

    static Map<String, String> sections(String... titleAndText) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < titleAndText.length; i += 2) {
            m.put(titleAndText[i], titleAndText[i + 1]);
        }
        return m;
    }

    @Test
    void aMissingSectionIsFlagged() {
        SelfReport r = annual("r-1", Instant.parse("2015-11-20T02:00:00Z"), sections("组织建设", "领导小组健全", "措施办法", "制定方案",
                "创建效果", "  "));
        assertEquals(Arrays.asList("经费保障", "创建效果"), SelfReportSections.missing(ReviewSettings.ANNUAL_SECTIONS, r));
    }

    @Test
    void aReportWithEverySectionHasNoneMissing() {
        SelfReport r = annual("r-1", Instant.parse("2015-11-20T02:00:00Z"), sections("组织建设", "a", "经费保障", "b", "措施办法", "c",
                "创建效果", "d"));
        assertTrue(SelfReportSections.missing(ReviewSettings.ANNUAL_SECTIONS, r).isEmpty());
    }

    @Test
    void theLatestAnnualReportOfTheYearIsTheOneRead() {
        SelfReport first = annual("r-1", Instant.parse("2015-11-20T02:00:00Z"), sections("组织建设", "a"));
        SelfReport second = annual("r-2", Instant.parse("2015-11-28T02:00:00Z"), sections("组织建设", "b"));
        assertEquals(Collections.singletonMap("hepu", second), SelfReportSections.latestAnnual(Arrays.asList(second, first), 2015));
    }
}

package org.kaoping.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.review.ReviewSettings;
import org.kaoping.core.review.SectionUse;
import org.kaoping.core.review.StageTarget;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * Issue 17, item 2: a standing as of a day counts only the evidence filed (recorded) by the end of that day in Beijing;
 * monthly self-report content counts where the plan says; stage targets due by then list the unit's open items.
 */
class StandingTest {
    static final LocalDate JUNE_30 = LocalDate.of(2015, 6, 30);
    /** 2015-06-30 23:30 in Beijing: filed by the end of 30 June. */
    static final Instant LATE_ON_JUNE_30 = Instant.parse("2015-06-30T15:30:00Z");
    /** 2015-07-01 00:30 in Beijing: filed after it. */
    static final Instant EARLY_ON_JULY_1 = Instant.parse("2015-06-30T16:30:00Z");

    final InMemoryAssessmentStore store = new InMemoryAssessmentStore();
    final Kaoping kaoping = GateTestSupport.builder(store, AssessmentPlan.builder().from(GateTest.plan())
            .review(ReviewSettings.builder()
                    .sectionUse(SectionUse.of("措施办法", "g/county", "1.2", 2))
                    .stageTarget(StageTarget.of("h1", "g/county", JUNE_30, Collections.singletonList("1.2"), "上半年建立制度和台账"))
                    .build())
            .build()).build();

    private void file(Evidence e) {
        kaoping.submit(e.author(), e.authorUnitId().get(), e);
    }

    private static MetricValue training(String id, long n, Instant at) {
        return MetricValue.builder().from(GateTest.metric(id, "haicheng", "haicheng", "training", n, "次")).recordedAt(at)
                .authorUnitId("haicheng").source(SourceKind.SELF).build();
    }

    private void fileTheYear() {
        file(training("m-1", 1, LATE_ON_JUNE_30));
        file(training("m-2", 1, EARLY_ON_JULY_1));
        file(Judgement.builder().from(GateTest.judgement("j-1", "haicheng", "zhang", "justice", "1.1", "好"))
                .recordedAt(Instant.parse("2015-12-01T02:00:00Z")).build());
        file(ChecklistTick.builder().id("t-1").unitId("haicheng").key("1.2").period(ReportingPeriod.year(2015)).source(SourceKind.PANEL)
                .author("zhang").authorUnitId("justice").recordedAt(Instant.parse("2015-12-01T02:00:00Z")).requirement(1).met(true).build());
        file(SelfReport.builder().id("r-5").unitId("haicheng").period(ReportingPeriod.month(2015, 5)).source(SourceKind.SELF)
                .author("haicheng").authorUnitId("haicheng").recordedAt(Instant.parse("2015-05-20T02:00:00Z")).type(SelfReport.Type.MONTHLY)
                .sections(Collections.singletonMap("措施办法", "建立了台账")).build());
    }

    @Test
    void aScoreAsOf30JuneUsesOnlyTheEvidenceFiledByThenAndDiffersFromTheYearEndOne() {
        fileTheYear();
        Standing june = kaoping.standing(JUNE_30);
        org.kaoping.core.scoring.Scorecard mid = june.scorecard("haicheng");
        org.kaoping.core.scoring.Scorecard end = kaoping.scoreUnit("haicheng");
        // training: 1 of 2 filed by the end of 30 June (Beijing), 2 of 2 by the year's end
        assertTrue(mid.awarded("1.3").compareTo(end.awarded("1.3")) < 0, mid.node("1.3").explanation().text());
        assertEquals(Points.of(20), end.awarded("1.3"));
        // the panel's judgement came in December
        assertEquals(Points.ZERO, mid.awarded("1.1"));
        assertEquals(Points.of(20), end.awarded("1.1"));
        assertNotEquals(end.finalTotal(), mid.finalTotal());
        assertEquals(Instant.parse("2015-06-30T16:00:00Z"), june.cutoff());
    }

    @Test
    void aMonthlyReportsDeclaredSectionCountsAsTheUnitsOwnEvidenceUntilThePanelRules() {
        fileTheYear();
        org.kaoping.core.scoring.Scorecard mid = kaoping.standing(JUNE_30).scorecard("haicheng");
        // 措施办法 in May's report ticks requirement 2 of 1.2 from the unit's own channel: half of 10 points
        assertEquals(Points.of(5), mid.awarded("1.2"), mid.node("1.2").explanation().text());
        assertTrue(mid.node("1.2").explanation().evidenceIds().contains("section:r-5:1.2:2"));
        // at the year's end the panel's tick decides 1.2 (precedence): requirement 1 only
        assertEquals(Points.of(5), kaoping.scoreUnit("haicheng").awarded("1.2"));
        assertTrue(kaoping.scoreUnit("haicheng").node("1.2").explanation().evidenceIds().contains("t-1"));
    }

    @Test
    void aStageTargetDueByThenListsTheItemsNotMetInFull() {
        fileTheYear();
        Standing june = kaoping.standing(JUNE_30);
        List<Standing.OpenItem> open = june.openItems().get("haicheng");
        assertEquals(1, open.size(), june.openItems().toString());
        assertEquals("1.2", open.get(0).criterionId());
        assertEquals(Points.of(5), open.get(0).awarded());
        assertTrue(kaoping.standing(LocalDate.of(2015, 6, 29)).openItems().isEmpty(), "not due before 30 June");
    }
}

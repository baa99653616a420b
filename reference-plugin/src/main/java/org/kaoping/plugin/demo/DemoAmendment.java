package org.kaoping.plugin.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.plugin.run.CycleRun;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.RubricAmendment;
import org.kaoping.spi.AssessmentStore;

/**
 * The demo's ad-hoc deployment (临时部署, issue 16 item 4), 示例数据: on 15 July 2015 the city office deploys the
 * “六五”普法总结验收自查 (the seed's 考评办法 ties the result to the “六五”普法检查验收) to the four counties, due by 30
 * September, 2 points, done by the deadline = full points. It is an audited amendment of the county standard
 * ({@code 2015.1+临时部署-1}) made before the city's run, so every county scorecard says it used the amended version
 * and the other kinds keep {@code 2015.1}.
 *
 * <p>Comparability: the task's points sit on top of the standard's 100, and every county but 银海区 did it in time, so
 * three county totals rise by exactly 2 and 银海区's does not; the ranks stay as they were (银海区 was last already).
 */
final class DemoAmendment {
    /** Who deploys it. */
    static final String ACTOR = "市依法治市办示例联络员";
    /** The day it is deployed, 10:00 Beijing time. */
    static final LocalDate DEPLOYED = LocalDate.of(2015, 7, 15);
    /** The deployment, 示例数据. */
    static final RubricAmendment DEPLOYMENT = RubricAmendment.of("开展“六五”普法总结验收自查并报送自查报告（示例数据）", Points.of(2),
            EnumSet.of(OrgKind.COUNTY_DISTRICT), LocalDate.of(2015, 9, 30)).scoredBy(RubricAmendment.Scoring.DONE_BY_DEADLINE);
    /** The counties that did not finish it in time (示例数据). */
    static final List<String> LATE = Collections.singletonList("beihai/yinhai");

    private DemoAmendment() {}

    /**
     * Amends the city plan's county standard in {@code store} as the city office on {@link #DEPLOYED}.
     *
     * <p>The office's ticks of the task go into the store with the city's import, not into {@code out/evidence}: those
     * files are the units' exports, and scoring them without the store ({@code rank --evidence}) runs the plan as
     * published, which has no such task.
     *
     * @return the ticks, one per county, for the city's run to import
     */
    static List<Evidence> run(AssessmentStore store) {
        Rubric amended;
        Clock july = Clock.fixed(BeihaiDemo.at(DEPLOYED.getYear(), DEPLOYED.getMonthValue(), DEPLOYED.getDayOfMonth(), 10), ZoneOffset.UTC);
        try (Kaoping k = CycleRun.runtime(BeihaiDemo.setup(), BeihaiSampleCity.directory(), store, july)) {
            amended = k.amendRubric(ACTOR, BeihaiSampleCity.OFFICE_ID, DEPLOYMENT).get(0);
            return ticks(amended, k.assessedUnits());
        }
    }

    private static List<Evidence> ticks(Rubric amended, List<OrgUnit> assessed) {
        Criterion task = amended.criteria().get(amended.criteria().size() - 1);
        List<Evidence> out = new ArrayList<>();
        for (OrgUnit u : assessed) {
            if (!DEPLOYMENT.kinds().contains(u.kind())) {
                continue;
            }
            String unit = u.id();
            boolean done = !LATE.contains(unit);
            // an evidence id is a code: ASCII, like the demo's other ids
            out.add(ChecklistTick.builder().id(BeihaiDemo.ID_PREFIX + unit + "/amendment/1").unitId(unit).key(task.id())
                    .period(ReportingPeriod.year(BeihaiDemo.YEAR)).source(SourceKind.PANEL).author(ACTOR)
                    .authorUnitId(BeihaiSampleCity.OFFICE_ID).recordedAt(BeihaiDemo.at(2015, 10, 8, 10)).requirement(1).met(done)
                    .build());
        }
        return out;
    }
}

package org.kaoping.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Rules;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.json.PlanJson;
import org.kaoping.plugin.json.RubricJson;
import org.kaoping.plugin.plan.PlanDocument;
import org.kaoping.plugin.plan.PlanLocation;
import org.kaoping.plugin.plan.RubricChoice;
import org.kaoping.plugin.run.CycleRun;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.runtime.Kaoping;

/**
 * Issue 16, item 6, by cycle in one store through the CLI: {@code cycle publish --plan 2016 --previous-plan p2015} on the
 * store holding both cycles scores the trend item on the 2015 value the 2015 result counted.
 */
class PreviousPlanLifecycleTest {
    static final String METRIC = "rule-of-law-leading-group-plenary-meetings";
    static final String HEPU = "beihai/hepu";
    static final String OFFICE = BeihaiSampleCity.OFFICE_ID;

    @TempDir
    static Path dir;

    static Path shared;
    static Path plan2016;

    static Rubric rubric() {
        return Rubric.builder("test-years/county").version("2016.1.0").title("县（区）工作标准（测试）").source("测试用")
                .appliesTo(OrgKind.COUNTY_DISTRICT).points("2")
                .section("（一）", "加强组织领导（2分）。", "2", s -> s
                        .item("1、", "依法治县领导小组全体会议次数逐年提高（2分）。", "2", Rules.rising(METRIC)))
                .build();
    }

    static MetricValue value(String id, int year, long v, String recorded) {
        return MetricValue.builder().id(id).unitId(HEPU).key(METRIC).period(ReportingPeriod.year(year)).source(SourceKind.HOST_SYSTEM)
                .author("测试系统").recordedAt(Instant.parse(recorded)).value(BigDecimal.valueOf(v)).unit("次").build();
    }

    static Kaoping runtime(JournalAssessmentStore s, String planId, int year, String now) {
        AssessmentPlan plan = AssessmentPlan.builder().id(planId).year(year)
                .rubrics(Collections.singletonMap(OrgKind.COUNTY_DISTRICT, rubric())).build();
        return Kaoping.builder().orgDirectory(CycleRun.directory(BeihaiSampleCity.tree())).store(s).plan(plan).cityOffice(OFFICE)
                .clock(Clock.fixed(Instant.parse(now), ZoneOffset.UTC)).parallelism(1).build();
    }

    /** 2015: hepu 4, published. 2016: hepu 6; and a 2015 value of 9 filed in 2016, after the 2015 result. */
    @BeforeAll
    static void bothCyclesInOneStore() throws Exception {
        shared = dir.resolve("store");
        try (JournalAssessmentStore s = JournalAssessmentStore.open(shared)) {
            try (Kaoping k = runtime(s, "p2015", 2015, "2015-12-10T02:00:00Z")) {
                k.submit("测试系统", OFFICE, value("v2015", 2015, 4, "2015-12-01T02:00:00Z"));
                k.publishForNotice("王五", OFFICE);
            }
            try (Kaoping k = runtime(s, "p2016", 2016, "2016-12-01T02:00:00Z")) {
                k.submit("测试系统", OFFICE, value("v2016", 2016, 6, "2016-12-01T02:00:00Z"));
                k.submit("测试系统", OFFICE, value("v2015-late", 2015, 9, "2016-03-01T02:00:00Z"));
            }
        }
        Path files = Files.createDirectories(dir.resolve("plan"));
        RubricJson.export(rubric(), files.resolve("county.json"));
        plan2016 = files.resolve("plan-2016.json");
        PlanJson.export(PlanDocument.builder("p2016", 2016).cityOffice(OFFICE)
                .rubric(RubricChoice.byFile(OrgKind.COUNTY_DISTRICT, "county.json", null, PlanLocation.ofPath("test", "$"))).build(), plan2016);
    }

    private static Points publishedTotal(String copy, String... more) throws Exception {
        Path store = RubricMigrateCommandTest.copyOf(shared, dir.resolve(copy));
        String[] base = {"cycle", "publish", "--store", store.toString(), "--plan", plan2016.toString(), "--actor", "王五", "--at", "2016-12-10 10:00"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        MainTest.Run r = new MainTest.Run(args);
        assertEquals(0, r.exit, r.toString());
        try (JournalAssessmentStore s = JournalAssessmentStore.open(store)) {
            return s.scorecard("p2016", HEPU).get().total();
        }
    }

    @Test
    void withThePreviousPlanThe2016ResultReadsThe2015ValueThe2015ResultCounted() throws Exception {
        assertEquals(Points.of(2), publishedTotal("declared", "--previous-plan", "p2015"), "4 → 6 is a rise");
    }

    @Test
    void withoutItEvery2015ValueInTheStoreIsRead() throws Exception {
        assertEquals(Points.ZERO, publishedTotal("undeclared"), "4 + 9 filed later → 6 is no rise");
    }

    @Test
    void aPreviousPlanWithoutAResultInTheStoreIsRefused() throws Exception {
        Path store = RubricMigrateCommandTest.copyOf(shared, dir.resolve("refused"));
        MainTest.Run r = new MainTest.Run("cycle", "status", "--store", store.toString(), "--plan", plan2016.toString(), "--previous-plan", "p2014");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("plan [p2014]"), r.toString());
    }
}

package org.kaoping.plugin.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Rules;
import org.kaoping.core.scoring.ChannelResult;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.runtime.CycleState;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.PreviousCycle;

/**
 * Issue 16, item 6, by cycle in one store: a 2016 plan run on the journal store that holds the 2015 cycle reads the
 * 2015 values its trend rule needs as that cycle counted them ({@link Kaoping.Builder#previousCycle}).
 */
class PreviousCycleTest {
    static final String METRIC = "rule-of-law-leading-group-plenary-meetings";
    static final String HEPU = "beihai/hepu";
    static final String YINHAI = "beihai/yinhai";
    static final String OFFICE = BeihaiSampleCity.OFFICE_ID;
    static final OrgTree TREE = BeihaiSampleCity.tree();

    @TempDir
    Path dir;

    static Rubric rubric(int year) {
        return Rubric.builder("test-years/county").version(year + ".1.0").title("县（区）工作标准（" + year + "年测试）").source("测试用")
                .appliesTo(OrgKind.COUNTY_DISTRICT).points("2")
                .section("（一）", "加强组织领导（2分）。", "2", s -> s
                        .item("1、", "依法治县领导小组全体会议次数逐年提高（2分）。", "2", Rules.rising(METRIC)))
                .build();
    }

    static AssessmentPlan plan(String id, int year) {
        return AssessmentPlan.builder().id(id).year(year)
                .rubrics(Collections.singletonMap(OrgKind.COUNTY_DISTRICT, rubric(year))).build();
    }

    static MetricValue value(String id, String unit, int year, long v) {
        return MetricValue.builder().id(id).unitId(unit).key(METRIC).period(ReportingPeriod.year(year)).source(SourceKind.HOST_SYSTEM)
                .author("测试系统").recordedAt(Instant.parse(year + "-12-01T02:00:00Z")).value(BigDecimal.valueOf(v)).unit("次").build();
    }

    static Kaoping.Builder runtime(JournalAssessmentStore store, AssessmentPlan plan) {
        return Kaoping.builder().orgDirectory(CycleRun.directory(TREE)).store(store).plan(plan).cityOffice(OFFICE)
                .clock(Clock.fixed(Instant.parse(plan.year() + "-12-10T02:00:00Z"), ZoneOffset.UTC)).parallelism(1);
    }

    /** The 2015 cycle: hepu's value 4, published for notice; yinhai has none. */
    @BeforeEach
    void cycle2015() {
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir); Kaoping k = runtime(store, plan("p2015", 2015)).build()) {
            k.submit("测试系统", OFFICE, value("v2015-hepu", HEPU, 2015, 4));
            k.publishForNotice("王五", OFFICE);
        }
    }

    /** The 2016 cycle on the same store: hepu's 2016 value 6 and yinhai's 5; scores hepu and yinhai. */
    private Scorecard[] cycle2016(boolean declared, Evidence... extra) {
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            Kaoping.Builder b = runtime(store, plan("p2016", 2016));
            if (declared) {
                b.previousCycle("p2015");
            }
            try (Kaoping k = b.build()) {
                k.submit("测试系统", OFFICE, value("v2016-hepu", HEPU, 2016, 6));
                k.submit("测试系统", OFFICE, value("v2016-yinhai", YINHAI, 2016, 5));
                for (Evidence e : extra) {
                    k.submit("测试系统", OFFICE, e);
                }
                return new Scorecard[] {k.scoreUnit(HEPU), k.scoreUnit(YINHAI)};
            }
        }
    }

    private static String inputs(Scorecard card) {
        StringBuilder b = new StringBuilder();
        for (ChannelResult c : card.node("1.1").explanation().channels()) {
            b.append(String.join(" | ", c.inputs()));
        }
        for (String n : card.node("1.1").explanation().notes()) {
            b.append(" | ").append(n);
        }
        return b.toString();
    }

    @Test
    void a2016RunReadsThe2015ValueFromTheSameStoreAndNamesBothYears() {
        Scorecard[] cards = cycle2016(true);
        String hepu = inputs(cards[0]);
        assertTrue(hepu.contains(METRIC + " 2015: 4, 2016: 6"), hepu);
        assertEquals(0, cards[0].awarded("1.1").compareTo(org.kaoping.core.points.Points.of(2)), "6 > 4 is a rise: " + hepu);
    }

    @Test
    void aUnitWithoutA2015ValueSaysItIsMissing() {
        String yinhai = inputs(cycle2016(true)[1]);
        assertTrue(yinhai.contains("previous cycle (2015) has no value of " + METRIC), yinhai);
    }

    @Test
    void a2015ValueFiledAfterThe2015ResultIsNotReadWhenThePreviousCycleIsDeclared() {
        // yinhai's 2015 value filed through the 2016 runtime, after the 2015 result was published: not the 2015 cycle's
        Evidence late = value("v2015-yinhai-late", YINHAI, 2015, 1);
        String declared = inputs(cycle2016(true, late)[1]);
        assertTrue(declared.contains("previous cycle (2015) has no value of " + METRIC), declared);
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            PreviousCycle p = PreviousCycle.read(store, "p2015", 2015);
            assertEquals(CycleState.NOTICE, p.state());
            List<Evidence> all = store.allEvidence();
            assertEquals(Collections.singletonList("v2015-yinhai-late"), ids(p.leftOut(all)));
            assertEquals(Collections.singletonList("v2015-hepu"), ids(p.values(all)));
        }
    }

    @Test
    void withoutTheDeclarationEveryPreviousYearValueInTheStoreIsRead() {
        String undeclared = inputs(cycle2016(false, value("v2015-yinhai-late", YINHAI, 2015, 1))[1]);
        assertTrue(undeclared.contains(METRIC + " 2015: 1, 2016: 5"), undeclared);
    }

    @Test
    void aPlanWithoutAResultInTheStoreIsRefusedNamingIt() {
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> runtime(store, plan("p2016", 2016)).previousCycle("p2014").build());
            assertTrue(e.getMessage().contains("plan [p2014]"), e.getMessage());
            ConfigurationException own = assertThrows(ConfigurationException.class,
                    () -> runtime(store, plan("p2016", 2016)).previousCycle("p2016").build());
            assertTrue(own.getMessage().contains("own plan"), own.getMessage());
        }
    }

    private static List<String> ids(List<Evidence> evidence) {
        List<String> out = new java.util.ArrayList<>();
        for (Evidence e : evidence) {
            out.add(e.id());
        }
        return out;
    }
}

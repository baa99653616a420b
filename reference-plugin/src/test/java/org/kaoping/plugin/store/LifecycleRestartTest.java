package org.kaoping.plugin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Rules;
import org.kaoping.runtime.Appeal;
import org.kaoping.runtime.CriterionRef;
import org.kaoping.runtime.CycleState;
import org.kaoping.runtime.EvidenceRefusedException;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.OverrideRequest;
import org.kaoping.runtime.ResultSnapshot;
import org.kaoping.runtime.ResultVerification;
import org.kaoping.runtime.UnitRef;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.OrgDirectory;

/**
 * Issue 15: every state change of the cycle after the scores is an audit event, so the state, the appeals and the result
 * snapshots survive a restart on the journal store and on the JDBC store (H2 always; PostgreSQL and MariaDB when the
 * machine has them, else skipped visibly); verify-result names an evidence row changed in the database.
 */
class LifecycleRestartTest {
    /** Thursday 2015-12-10 10:00 Beijing time; the 5-working-day window ends on Wednesday 16 December 24:00. */
    static final Instant PUBLISHED = Instant.parse("2015-12-10T02:00:00Z");
    static final Instant WINDOW_END = Instant.parse("2015-12-16T16:00:00Z");

    static final List<OrgUnit> UNITS = Arrays.asList(
            OrgUnit.root("city", "北海市", OrgKind.CITY),
            OrgUnit.of("fzb", "市依法治市办", OrgKind.CITY_PARTY_MASS, "city"),
            OrgUnit.of("haicheng", "海城区", OrgKind.COUNTY_DISTRICT, "city"),
            OrgUnit.of("yinhai", "银海区", OrgKind.COUNTY_DISTRICT, "city"),
            OrgUnit.of("hepu", "合浦县", OrgKind.COUNTY_DISTRICT, "city"));

    static AssessmentPlan plan() {
        Rubric r = Rubric.builder("t/county").version("2015.1").title("县（区）工作标准").source("test").points("50")
                .appliesTo(OrgKind.COUNTY_DISTRICT)
                .section("一、", "组织", "50", s -> s.item("1、", "领导", "25", Rules.judgement()).item("2、", "宣传", "25", Rules.judgement()))
                .build();
        Map<OrgKind, Rubric> rubrics = new EnumMap<>(OrgKind.class);
        rubrics.put(OrgKind.COUNTY_DISTRICT, r);
        return AssessmentPlan.builder().id("restart-test").year(2015).rubrics(rubrics).build();
    }

    static final class MovingClock extends Clock {
        volatile Instant now = PUBLISHED;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static Kaoping runtime(AssessmentStore store, Clock clock) {
        OrgDirectory d = new OrgDirectory() {
            @Override
            public String id() {
                return "restart-org";
            }

            @Override
            public List<OrgUnit> units() {
                return UNITS;
            }
        };
        return Kaoping.builder().orgDirectory(d).store(store).plan(plan()).cityOffice("fzb").clock(clock).parallelism(1).build();
    }

    static Judgement judgement(String id, String unit, String key, String level) {
        return Judgement.builder().id(id).unitId(unit).key(key).period(ReportingPeriod.year(2015)).source(SourceKind.PANEL).author("赵六")
                .authorUnitId("fzb").recordedAt(PUBLISHED.minusSeconds(3600)).level(level).build();
    }

    /** Scores, publishes for notice, one upheld and one rejected appeal, finalizes; returns the snapshot. */
    static ResultSnapshot runCycle(AssessmentStore store, MovingClock clock) {
        Kaoping k = runtime(store, clock);
        String[][] levels = {{"haicheng", "好", "好"}, {"yinhai", "较好", "好"}, {"hepu", "一般", "好"}};
        for (String[] l : levels) {
            k.submit("赵六", "fzb", judgement("j-" + l[0] + "-1", l[0], "1.1", l[1]));
            k.submit("赵六", "fzb", judgement("j-" + l[0] + "-2", l[0], "1.2", l[2]));
        }
        k.publishForNotice("王五", "fzb");
        Appeal up = k.fileAppeal("合浦联络员", "hepu", "hepu", Collections.singletonList("1.1"), "评议偏低", Collections.singletonList("j-hepu-1"));
        Appeal down = k.fileAppeal("银海联络员", "yinhai", "yinhai", Collections.singletonList("1.2"), "理由", Collections.<String>emptyList());
        k.upholdAppeal("王五", "fzb", up.id(), "复核后更正",
                Collections.singletonList(OverrideRequest.of(UnitRef.of("hepu"), CriterionRef.of("1.1"), Points.of(25), "复核后更正")));
        k.rejectAppeal("王五", "fzb", down.id(), "材料不足");
        clock.now = WINDOW_END;
        k.finalizeCycle("王五", "fzb");
        return k.resultSnapshot().get();
    }

    /** What a restarted runtime must see: final, both decisions, the same snapshot, a matching verification, evidence refused. */
    static void assertSurvived(AssessmentStore reopened, MovingClock clock, ResultSnapshot before) {
        Kaoping k = runtime(reopened, clock);
        assertEquals(CycleState.FINAL, k.cycleStatus().state());
        List<Appeal.Status> statuses = new ArrayList<>();
        for (Appeal a : k.appeals()) {
            statuses.add(a.status());
        }
        assertEquals(Arrays.asList(Appeal.Status.UPHELD, Appeal.Status.REJECTED), statuses);
        ResultSnapshot after = k.resultSnapshot().get();
        assertEquals(before.units().toString(), after.units().toString());
        assertEquals(1, after.unit("hepu").get().rank());
        assertTrue(k.verifyResult().matches(), k.verifyResult().toString());
        assertThrows(EvidenceRefusedException.class, () -> k.submit("赵六", "fzb", judgement("late", "hepu", "1.2", "一般")));
        List<AuditEvent.Action> actions = new ArrayList<>();
        for (AuditEvent e : reopened.auditEvents(0)) {
            if (e.action().name().startsWith("CYCLE_") || e.action().name().startsWith("APPEAL_")) {
                actions.add(e.action());
            }
        }
        assertEquals(Arrays.asList(AuditEvent.Action.CYCLE_SCORED, AuditEvent.Action.CYCLE_NOTICE_PUBLISHED, AuditEvent.Action.APPEAL_FILED,
                AuditEvent.Action.APPEAL_FILED, AuditEvent.Action.APPEAL_UPHELD, AuditEvent.Action.APPEAL_REJECTED,
                AuditEvent.Action.CYCLE_FINALIZED), actions);
    }

    @Test
    void theJournalStoreKeepsTheCycleAcrossARestart(@TempDir Path dir) {
        MovingClock clock = new MovingClock();
        ResultSnapshot before;
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            before = runCycle(store, clock);
        }
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            assertSurvived(store, clock, before);
        }
    }

    /** The JDBC store on each database: its own tables, dropped afterwards. */
    abstract static class Jdbc {
        private static final Random PREFIXES = new Random();
        final String prefix = String.format(Locale.ROOT, "kpl_%08x_", PREFIXES.nextInt());
        boolean created;

        abstract DataSource dataSource();

        abstract void assumeAvailable();

        JdbcAssessmentStore open() {
            assumeAvailable();
            JdbcAssessmentStore s = JdbcAssessmentStore.open(dataSource(), prefix);
            if (!created) {
                s.createSchema();
                created = true;
            }
            return s;
        }

        @AfterEach
        void drop() throws SQLException {
            if (!created) {
                return;
            }
            try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
                for (String table : Arrays.asList("evidence", "scorecard", "audit", "counter", "meta")) {
                    s.execute("DROP TABLE IF EXISTS " + prefix + table);
                }
            }
        }

        @Test
        void theCycleSurvivesARestart() {
            MovingClock clock = new MovingClock();
            ResultSnapshot before;
            try (JdbcAssessmentStore store = open()) {
                before = runCycle(store, clock);
            }
            try (JdbcAssessmentStore store = open()) {
                assertSurvived(store, clock, before);
            }
        }

        @Test
        void verifyResultNamesAnEvidenceRowChangedInTheDatabase() throws SQLException {
            MovingClock clock = new MovingClock();
            try (JdbcAssessmentStore store = open()) {
                runCycle(store, clock);
            }
            try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement("UPDATE " + prefix
                    + "evidence SET content = REPLACE(content, ?, ?) WHERE id = ?")) {
                ps.setString(1, "较好");
                ps.setString(2, "好");
                ps.setString(3, "j-yinhai-1");
                assertEquals(1, ps.executeUpdate());
            }
            try (JdbcAssessmentStore store = open()) {
                ResultVerification v = runtime(store, clock).verifyResult();
                assertFalse(v.matches());
                List<String> named = new ArrayList<>();
                for (ResultVerification.Difference d : v.differences()) {
                    named.add(d.kind() + " " + d.unitId() + " " + d.subject());
                }
                assertTrue(named.contains("EVIDENCE_CHANGED yinhai j-yinhai-1"), named.toString());
                assertTrue(named.contains("TOTAL_CHANGED yinhai t/county"), named.toString());
                assertFalse(named.toString().contains("EVIDENCE_CHANGED hepu"), named.toString());
            }
        }
    }

    @Nested
    class H2 extends Jdbc {
        private final UrlDataSource h2 = new UrlDataSource("jdbc:h2:mem:kaoping-lifecycle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

        @Override
        DataSource dataSource() {
            return h2;
        }

        @Override
        void assumeAvailable() {
        }
    }

    @Nested
    class Postgres extends Jdbc {
        private final UrlDataSource pg = new UrlDataSource(PostgresJdbcAssessmentStoreTest.URL);

        @Override
        DataSource dataSource() {
            return pg;
        }

        @Override
        void assumeAvailable() {
            String unreachable = pg.unreachable();
            Assumptions.assumeTrue(unreachable == null, "PostgreSQL not reachable at " + PostgresJdbcAssessmentStoreTest.URL + ": skipping ("
                    + unreachable + ")");
        }
    }

    @Nested
    class MariaDb extends Jdbc {
        private final UrlDataSource maria = new UrlDataSource(MariaDbJdbcAssessmentStoreTest.URL);

        @Override
        DataSource dataSource() {
            return maria;
        }

        @Override
        void assumeAvailable() {
            String unreachable = maria.unreachable();
            Assumptions.assumeTrue(unreachable == null, "MariaDB not reachable at " + MariaDbJdbcAssessmentStoreTest.URL + ": skipping ("
                    + unreachable + ")");
        }
    }
}

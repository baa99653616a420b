package org.kaoping.plugin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaoping.core.rectification.Rectification;
import org.kaoping.core.rectification.RectificationStatus;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.runtime.Kaoping;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;

/**
 * Every state change of a rectification item (整改) is an audit event and the items survive closing and reopening the
 * store: on the journal store, on embedded H2, and on PostgreSQL and MariaDB where {@code KAOPING_TEST_POSTGRES_URL} and
 * {@code KAOPING_TEST_MARIADB_URL} name a server (skipped, with the reason, where none answers).
 */
class RectificationStoresTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant OPENED = LocalDate.of(2016, 1, 12).atTime(10, 0).atZone(SHANGHAI).toInstant();
    static final String OFFICE = BeihaiSampleCity.OFFICE_ID;

    final MovableClock clock = new MovableClock(OPENED);

    Kaoping runtime(AssessmentStore store) {
        return Kaoping.builder().orgDirectory(BeihaiSampleCity.directory()).store(store).plan(BeihaiDemo.plan()).cityOffice(OFFICE)
                .clock(clock).parallelism(1).build();
    }

    /** Opens two items, returns and then verifies one, lets the other go overdue; returns the items as the runtime sees them. */
    List<Rectification> lifeOfTwoItems(AssessmentStore store) {
        Kaoping k = runtime(store);
        Rectification a = k.addRectification("示例考评员", OFFICE, "beihai/hepu", "7", "普法宣传月活动台账缺失", LocalDate.of(2016, 2, 11));
        Rectification b = k.addRectification("示例考评员", OFFICE, "beihai/haicheng", "3", "案卷归档不全", LocalDate.of(2016, 1, 20));
        k.submitRectification("合浦县经办人", "beihai/hepu", a.id(), "合整改〔2016〕1号", "已补建台账");
        k.verifyRectification("示例考评员", OFFICE, a.id(), false, "缺少活动照片");
        k.submitRectification("合浦县经办人", "beihai/hepu", a.id(), "合整改〔2016〕2号", null);
        k.verifyRectification("示例考评员", OFFICE, a.id(), true, "材料齐全");
        clock.at = LocalDate.of(2016, 1, 21).atStartOfDay(SHANGHAI).toInstant();
        assertEquals(1, k.checkRectifications().size());
        List<Rectification> items = k.rectifications();
        assertEquals(Arrays.asList(RectificationStatus.VERIFIED, RectificationStatus.OVERDUE),
                Arrays.asList(items.get(0).status(), items.get(1).status()));
        assertEquals(b.id(), items.get(1).id());
        long audited = 0;
        for (AuditEvent e : store.auditEvents(0)) {
            audited += e.action().name().startsWith("RECTIFICATION_") ? 1 : 0;
        }
        assertEquals(7, audited, "2 opened, 2 submitted, 1 returned, 1 verified, 1 overdue");
        return items;
    }

    void survivesReopening(Supplier<AssessmentStore> open) {
        List<Rectification> before;
        try (AssessmentStore s = open.get()) {
            before = lifeOfTwoItems(s);
        }
        try (AssessmentStore s = open.get()) {
            Kaoping again = runtime(s);
            assertEquals(before, again.rectifications());
            assertTrue(again.checkRectifications().isEmpty(), "an item notified overdue is never notified again");
        }
    }

    @Test
    @DisplayName("journal store: the items survive closing and reopening")
    void journal(@TempDir Path dir) {
        survivesReopening(() -> JournalAssessmentStore.open(dir.resolve("store")));
    }

    @Test
    @DisplayName("JDBC store on embedded H2: the items survive closing and reopening")
    void h2() throws SQLException {
        jdbc(new UrlDataSource("jdbc:h2:mem:rect-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KAOPING_TEST_POSTGRES_URL", "KAOPING_TEST_MARIADB_URL"})
    @DisplayName("JDBC store on PostgreSQL and MariaDB (where given and reachable): the items survive closing and reopening")
    void realDatabases(String env) throws SQLException {
        String url = System.getenv(env);
        Assumptions.assumeTrue(url != null && !url.trim().isEmpty(), env + " is not set: no such database to test on");
        UrlDataSource ds = new UrlDataSource(url.trim());
        String unreachable = ds.unreachable();
        Assumptions.assumeTrue(unreachable == null, env + " names " + url + ", which does not answer: " + unreachable);
        jdbc(ds);
    }

    private void jdbc(UrlDataSource ds) throws SQLException {
        String prefix = String.format(Locale.ROOT, "kpr_%08x_", new java.util.Random().nextInt());
        try {
            survivesReopening(() -> {
                JdbcAssessmentStore s = JdbcAssessmentStore.open(ds, prefix);
                s.createSchema();
                return s;
            });
        } finally {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                for (String table : Arrays.asList("evidence", "scorecard", "audit", "counter", "meta")) {
                    st.execute("DROP TABLE IF EXISTS " + prefix + table);
                }
            }
        }
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        volatile Instant at;

        MovableClock(Instant at) {
            this.at = at;
        }

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
            return at;
        }
    }
}

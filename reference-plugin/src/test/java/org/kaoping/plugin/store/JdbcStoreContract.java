package org.kaoping.plugin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.testkit.contract.ContractEvidence.judgement;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kaoping.core.KaopingException;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.plugin.fixtures.SampleEvidence;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.ConcurrentUpdateException;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.testkit.contract.AssessmentStoreContract;

/**
 * The store contract on {@link JdbcAssessmentStore}, plus what is particular to databases, against one
 * database per subclass, in tables of its own per test (dropped afterwards).
 */
abstract class JdbcStoreContract extends AssessmentStoreContract {
    private static final Random PREFIXES = new Random();

    /** Tables of this test only, so that parallel runs and other tests never collide. */
    protected final String prefix = String.format(Locale.ROOT, "kpt_%08x_", PREFIXES.nextInt());
    private boolean created;

    protected abstract DataSource dataSource();

    protected abstract JdbcAssessmentStore.Dialect expectedDialect();

    /** Skips the test, visibly, when the database server is not there. */
    protected void assumeAvailable() {
    }

    @Override
    protected AssessmentStore newStore(Path dir) {
        assumeAvailable();
        JdbcAssessmentStore s = new JdbcAssessmentStore(dataSource(), prefix);
        created = true;
        assertEquals(expectedDialect(), s.createSchema());
        return s;
    }

    @Override
    protected AssessmentStore reopen(AssessmentStore closed, Path dir) {
        return new JdbcAssessmentStore(dataSource(), prefix);
    }

    @AfterEach
    void dropTables() throws SQLException {
        if (!created) {
            return;
        }
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : Arrays.asList("evidence", "scorecard", "audit", "counter")) {
                s.execute("DROP TABLE IF EXISTS " + prefix + table);
            }
        }
    }

    @Test
    void createSchemaIsIdempotentAndKeepsTheCounters() {
        store.submit(judgement("a", "hepu", "好"));
        store.audit(event("a"));
        assertEquals(expectedDialect(), ((JdbcAssessmentStore) store).createSchema());
        store.submit(judgement("b", "hepu", "好"));
        assertEquals(Arrays.asList("a", "b"), Arrays.asList(store.allEvidence().get(0).id(), store.allEvidence().get(1).id()));
        assertEquals(2, store.audit(event("b")).sequence());
    }

    @Test
    void indexedColumnsDescribeTheJsonContent() throws Exception {
        Evidence e = SampleEvidence.everyKind().get(1);
        store.submit(e);
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement("SELECT id, seq, unit_id,"
                + " evidence_key, kind, report_period, recorded_at, content_sha256, content FROM " + prefix + "evidence")) {
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("mv-1", rs.getString("id"));
                assertEquals(1, rs.getLong("seq"));
                assertEquals("hepu", rs.getString("unit_id"));
                assertEquals("training", rs.getString("evidence_key"));
                assertEquals("METRIC_VALUE", rs.getString("kind"));
                assertEquals("2015-03", rs.getString("report_period"));
                Instant at = rs.getTimestamp("recorded_at", Calendar.getInstance(TimeZone.getTimeZone("UTC"))).toInstant();
                assertEquals(Instant.parse("2015-03-20T08:30:00.123456Z"), at, "UTC, truncated to the microsecond");
                String content = rs.getString("content");
                assertEquals(EvidenceJson.toJson(e), content);
                assertEquals(StoredForm.sha256(content), rs.getString("content_sha256"));
            }
        }
    }

    @Test
    void idsAreExactTextCaseAndChineseIncluded() {
        assertEquals(SubmitOutcome.ADDED, store.submit(judgement("A-1", "hepu", "好")));
        assertEquals(SubmitOutcome.ADDED, store.submit(judgement("a-1", "hepu", "好")));
        assertEquals(SubmitOutcome.ADDED, store.submit(judgement("合浦-1", "合浦县", "好😀")));
        assertEquals(3, store.allEvidence().size());
        assertEquals("好😀", ((Judgement) store.findEvidence("合浦-1").get()).level());
        assertEquals(1, store.evidence("合浦县").size());
    }

    @Test
    void twoStoresOnTheSameTablesShareOneIdempotentHistory() {
        try (JdbcAssessmentStore other = new JdbcAssessmentStore(dataSource(), prefix)) {
            assertEquals(SubmitOutcome.ADDED, store.submit(judgement("x", "hepu", "好")));
            assertEquals(SubmitOutcome.DUPLICATE, other.submit(judgement("x", "hepu", "好")));
            assertThrows(EvidenceConflictException.class, () -> other.submit(judgement("x", "hepu", "差")));
            assertEquals(1, other.putScorecard(card("p", "hepu", 90), 0).version());
            assertThrows(ConcurrentUpdateException.class, () -> store.putScorecard(card("p", "hepu", 80), 0));
        }
    }

    @Test
    void twoStoresRacingOnOneIdGetOneAddedAndOneDuplicateOrConflict() throws Exception {
        try (JdbcAssessmentStore other = new JdbcAssessmentStore(dataSource(), prefix)) {
            List<AssessmentStore> stores = Arrays.asList(store, other);
            for (int round = 0; round < 20; round++) {
                String id = "race-" + round;
                boolean differ = round % 2 == 1;
                CyclicBarrier start = new CyclicBarrier(2);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    List<Future<Object>> results = new ArrayList<>();
                    for (int t = 0; t < 2; t++) {
                        Evidence e = judgement(id, "hepu", differ ? "level-" + t : "好");
                        AssessmentStore s = stores.get(t);
                        results.add(pool.submit(() -> {
                            start.await(10, TimeUnit.SECONDS);
                            try {
                                return s.submit(e);
                            } catch (EvidenceConflictException conflict) {
                                return conflict;
                            }
                        }));
                    }
                    List<Object> both = Arrays.asList(results.get(0).get(60, TimeUnit.SECONDS),
                            results.get(1).get(60, TimeUnit.SECONDS));
                    assertTrue(both.contains(SubmitOutcome.ADDED), "round " + round + ": " + both);
                    Object loser = both.get(0) == SubmitOutcome.ADDED ? both.get(1) : both.get(0);
                    if (differ) {
                        assertTrue(loser instanceof EvidenceConflictException, "round " + round + ": " + both);
                    } else {
                        assertEquals(SubmitOutcome.DUPLICATE, loser, "round " + round);
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
            assertEquals(20, store.allEvidence().size());
        }
    }

    @Test
    void aHandEditedRowIsReportedWithTableRowAndField() throws Exception {
        store.submit(judgement("x", "hepu", "好"));
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE " + prefix + "evidence SET content = ? WHERE id = ?")) {
            ps.setString(1, EvidenceJson.toJson(judgement("x", "hepu", "好")).replace("\"level\":\"好\"", "\"level\":5"));
            ps.setString(2, "x");
            assertEquals(1, ps.executeUpdate());
        }
        KaopingException e = assertThrows(KaopingException.class, () -> store.allEvidence());
        assertTrue(e.getMessage().contains(prefix + "evidence row id=x") && e.getMessage().contains("($.level)")
                && e.getMessage().contains("expected a string, got 5"), e.getMessage());
    }

    @Test
    void aTooLongIdIsRefusedBeforeAnythingIsWritten() {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 256; i++) {
            id.append('x');
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.submitAll(Arrays.asList(judgement("fine", "hepu", "好"), judgement(id.toString(), "hepu", "好"))));
        assertTrue(e.getMessage().contains("id has 256 characters"), e.getMessage());
        assertEquals(0, store.allEvidence().size());
    }
}

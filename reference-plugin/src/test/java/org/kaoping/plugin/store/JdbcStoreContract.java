package org.kaoping.plugin.store;

import org.kaoping.core.StoreException;
import org.kaoping.core.RefusedInputException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.testkit.contract.ContractEvidence.judgement;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.function.Function;
import org.kaoping.core.points.Points;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.IntegrityReport;
import org.kaoping.spi.ScorecardRecord;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Optional;
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
        JdbcAssessmentStore s = JdbcAssessmentStore.open(dataSource(), prefix);
        created = true;
        assertEquals(expectedDialect(), s.createSchema());
        return s;
    }

    @Override
    protected AssessmentStore reopen(AssessmentStore closed, Path dir) {
        return JdbcAssessmentStore.open(dataSource(), prefix);
    }

    /** Further table prefixes a test used (its own tables, dropped afterwards). */
    protected final List<String> otherPrefixes = new ArrayList<>();

    @AfterEach
    void dropTables() throws SQLException {
        if (!created) {
            return;
        }
        List<String> prefixes = new ArrayList<>(otherPrefixes);
        prefixes.add(prefix);
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String p : prefixes) {
                for (String table : Arrays.asList("evidence", "scorecard", "audit", "counter", "meta")) {
                    s.execute("DROP TABLE IF EXISTS " + p + table);
                }
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
        try (JdbcAssessmentStore other = JdbcAssessmentStore.open(dataSource(), prefix)) {
            assertEquals(SubmitOutcome.ADDED, store.submit(judgement("x", "hepu", "好")));
            assertEquals(SubmitOutcome.DUPLICATE, other.submit(judgement("x", "hepu", "好")));
            assertThrows(EvidenceConflictException.class, () -> other.submit(judgement("x", "hepu", "差")));
            assertEquals(1, other.putScorecard(card("p", "hepu", 90), 0).version());
            assertThrows(ConcurrentUpdateException.class, () -> store.putScorecard(card("p", "hepu", 80), 0));
        }
    }

    @Test
    void twoStoresRacingOnOneIdGetOneAddedAndOneDuplicateOrConflict() throws Exception {
        try (JdbcAssessmentStore other = JdbcAssessmentStore.open(dataSource(), prefix)) {
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
        StoreException e = assertThrows(StoreException.class, () -> store.allEvidence());
        assertTrue(e.getMessage().contains(prefix + "evidence row id=x") && e.getMessage().contains("($.level)")
                && e.getMessage().contains("expected a string, got 5"), e.getMessage());
    }

    @Test
    void aTooLongIdIsRefusedBeforeAnythingIsWritten() {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 256; i++) {
            id.append('x');
        }
        RefusedInputException e = assertThrows(RefusedInputException.class,
                () -> store.submitAll(Arrays.asList(judgement("fine", "hepu", "好"), judgement(id.toString(), "hepu", "好"))));
        assertTrue(e.getMessage().contains("id has 256 characters"), e.getMessage());
        assertEquals(0, store.allEvidence().size());
    }

    // ---- helpers for the tests below ---------------------------------------------------------------

    /** Runs statements on a connection of its own, in autocommit. */
    protected void sql(String... statements) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    protected int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        }
    }

    protected String text(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** A prefix of this test's own besides {@link #prefix}, dropped afterwards. */
    protected String otherPrefix(String suffix) {
        String p = prefix + suffix + "_";
        otherPrefixes.add(p);
        return p;
    }

    private JdbcAssessmentStore jdbc() {
        return (JdbcAssessmentStore) store;
    }

    private static Judgement withComment(String id, String unitId, String comment) {
        return Judgement.builder().from(judgement(id, unitId, "好")).comment(comment).build();
    }

    /**
     * An annual self-report whose topics hold about {@code utf8Bytes} bytes of UTF-8 in all, each topic within the
     * codec's string bound, so that only the record's total size can be at issue.
     */
    private static Evidence withTopics(String id, String unitId, char c, int utf8Bytes) {
        int bytesPerChar = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int chars = utf8Bytes / bytesPerChar;
        int perTopic = org.kaoping.plugin.json.InputLimits.MAX_STRING_CHARS / 2;
        org.kaoping.core.evidence.SelfReport.Builder b = org.kaoping.core.evidence.SelfReport.builder().id(id).unitId(unitId)
                .period(org.kaoping.core.evidence.ReportingPeriod.year(2015)).source(org.kaoping.core.evidence.SourceKind.SELF)
                .author(unitId).recordedAt(Instant.parse("2015-11-20T01:02:03.456Z"))
                .type(org.kaoping.core.evidence.SelfReport.Type.ANNUAL);
        for (int left = chars; left > 0; left -= perTopic) {
            b.addTopics(repeat(c, Math.min(perTopic, left)));
        }
        return b.build();
    }

    private static String repeat(char c, int n) {
        char[] chars = new char[n];
        Arrays.fill(chars, c);
        return new String(chars);
    }

    private static AuditEvent submitted(String evidenceId, SubmitOutcome outcome) {
        return AuditEvent.builder().at(Instant.parse("2015-12-01T08:00:00.123Z")).actor("张三").actorUnitId("office")
                .action(outcome == SubmitOutcome.ADDED ? AuditEvent.Action.EVIDENCE_SUBMITTED : AuditEvent.Action.EVIDENCE_DUPLICATE)
                .unitId("hepu").subject(evidenceId).detail("submitted " + evidenceId).build();
    }

    private static Function<List<SubmitOutcome>, List<AuditEvent>> auditEach(List<? extends Evidence> batch) {
        return outcomes -> {
            List<AuditEvent> events = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                events.add(submitted(batch.get(i).id(), outcomes.get(i)));
            }
            return events;
        };
    }

    // ---- exact ids (issue 11, item 2) ------------------------------------------------------------------

    @Test
    void evidenceIdsDifferingOnlyByTrailingSpaceOrCaseAreDifferentRecords() {
        assertEquals(SubmitOutcome.ADDED, store.submit(judgement("x", "hepu", "好")));
        assertEquals(SubmitOutcome.ADDED, store.submit(judgement("x ", "hepu", "差")), "[x ] is not [x]");
        assertEquals(SubmitOutcome.ADDED, store.submit(judgement("X", "hepu", "中")), "[X] is not [x]");
        assertEquals(SubmitOutcome.ADDED, store.submit(judgement("x  ", "hepu", "良")), "[x  ] is not [x ]");
        assertEquals(SubmitOutcome.DUPLICATE, store.submit(judgement("x ", "hepu", "差")));
        assertEquals("好", ((Judgement) store.findEvidence("x").get()).level());
        assertEquals("差", ((Judgement) store.findEvidence("x ").get()).level());
        assertEquals("中", ((Judgement) store.findEvidence("X").get()).level());
        assertFalse(store.findEvidence("x   ").isPresent());
        assertEquals(4, store.allEvidence().size());
    }

    @Test
    void unitsDifferingOnlyByTrailingSpaceOrCaseKeepTheirOwnScorecardsAndEvidence() {
        assertEquals(1, store.putScorecard(card("p", "u", 70), 0).version());
        assertEquals(1, store.putScorecard(card("p", "u ", 80), 0).version(), "unit [u ]'s scorecard is not [u]'s");
        assertEquals(1, store.putScorecard(card("p", "U", 90), 0).version());
        assertEquals(Points.of(70), store.scorecard("p", "u").get().total());
        assertEquals(Points.of(80), store.scorecard("p", "u ").get().total());
        assertEquals(Points.of(90), store.scorecard("p", "U").get().total());
        assertEquals(3, store.scorecards("p").size());
        store.submit(judgement("a", "u", "好"));
        store.submit(judgement("b", "u ", "好"));
        assertEquals(Collections.singletonList("a"), ids(store.evidence("u")));
        assertEquals(Collections.singletonList("b"), ids(store.evidence("u ")));
    }

    private static List<String> ids(List<Evidence> evidence) {
        List<String> out = new ArrayList<>();
        for (Evidence e : evidence) {
            out.add(e.id());
        }
        return out;
    }

    // ---- evidence and its audit events in one transaction ----------------------------------------------

    @Test
    void submitAllAuditedStoresEvidenceAndItsEventsTogether() {
        store.submit(judgement("a", "hepu", "好"));
        List<Evidence> batch = Arrays.asList(judgement("a", "hepu", "好"), judgement("b", "hepu", "好"));
        List<List<SubmitOutcome>> seen = new ArrayList<>();
        List<SubmitOutcome> outcomes = store.submitAllAudited(batch, o -> {
            seen.add(o);
            return auditEach(batch).apply(o);
        });
        assertEquals(Arrays.asList(SubmitOutcome.DUPLICATE, SubmitOutcome.ADDED), outcomes);
        assertEquals(Collections.singletonList(outcomes), seen, "auditFor is called once, with the outcomes");
        List<AuditEvent> events = store.auditEvents(0);
        assertEquals(2, events.size());
        assertEquals(Arrays.asList(1L, 2L), Arrays.asList(events.get(0).sequence(), events.get(1).sequence()));
        assertEquals(AuditEvent.Action.EVIDENCE_SUBMITTED, events.get(1).action());
        assertEquals(2, store.allEvidence().size());
    }

    @Test
    void aConflictInSubmitAllAuditedWritesNeitherEvidenceNorEvents() {
        store.submit(judgement("a", "hepu", "好"));
        List<Evidence> batch = Arrays.asList(judgement("b", "hepu", "好"), judgement("a", "hepu", "差"));
        boolean[] called = {false};
        assertThrows(EvidenceConflictException.class, () -> store.submitAllAudited(batch, o -> {
            called[0] = true;
            return auditEach(batch).apply(o);
        }));
        assertFalse(called[0], "no events are made for a refused batch");
        assertEquals(1, store.allEvidence().size());
        assertEquals(0, store.auditEvents(0).size());
    }

    @Test
    void anExceptionFromAuditForWritesNeither() {
        List<Evidence> batch = Arrays.asList(judgement("a", "hepu", "好"), judgement("b", "hepu", "好"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.submitAllAudited(batch, o -> {
            throw new IllegalStateException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals(0, store.allEvidence().size());
        assertEquals(0, store.auditEvents(0).size());
        assertEquals(1, store.audit(event("next")).sequence(), "the audit counter did not move");
        assertEquals(SubmitOutcome.ADDED, store.submit(judgement("a", "hepu", "好")));
        assertEquals(1, ((JdbcAssessmentStore) store).verifyIntegrity().isIntact() ? 1 : 0);
    }

    @Test
    void aDatabaseFailureOnTheAuditRowWritesNeither() throws SQLException {
        sql("ALTER TABLE " + prefix + "audit ADD CONSTRAINT " + prefix + "no_mallory CHECK (actor <> 'mallory')");
        List<Evidence> batch = Arrays.asList(judgement("a", "hepu", "好"), judgement("b", "hepu", "好"));
        StoreException e = assertThrows(StoreException.class, () -> store.submitAllAudited(batch,
                o -> Collections.singletonList(AuditEvent.builder().from(submitted("a", o.get(0))).actor("mallory").build())));
        assertTrue(e.getMessage().contains("audit event 1"), e.getMessage());
        assertEquals(0, store.allEvidence().size(), "the evidence was rolled back with its events");
        assertEquals(0, store.auditEvents(0).size());
        assertTrue(jdbc().verifyIntegrity().isIntact());
    }

    // ---- tamper-evident chain (issue 10, item 6) --------------------------------------------------------

    private void someHistory() {
        List<Evidence> batch = Arrays.asList(judgement("a", "hepu", "好"), judgement("b", "hepu", "好"),
                judgement("c", "合浦县", "较好"));
        store.submitAllAudited(batch, auditEach(batch));
        store.audit(event("scored"));
        store.submit(judgement("d", "hepu", "好"));
    }

    @Test
    void anUntouchedStoreVerifiesIntactOverEveryRow() {
        assertTrue(jdbc().verifyIntegrity().isIntact(), "empty");
        someHistory();
        IntegrityReport r = jdbc().verifyIntegrity();
        assertTrue(r.isIntact(), r.toString());
        assertEquals(8, r.recordsChecked(), "4 evidence rows and 4 audit rows");
        assertEquals(JdbcAssessmentStore.ID, r.storeId());
    }

    @Test
    void anEvidenceRowWhoseJsonWasEditedIsNamed() throws SQLException {
        someHistory();
        String json = text("SELECT content FROM " + prefix + "evidence WHERE id = ?", "b");
        assertEquals(1, update("UPDATE " + prefix + "evidence SET content = ? WHERE id = ?",
                json.replace("\"level\":\"好\"", "\"level\":\"优\""), "b"));
        IntegrityReport r = jdbc().verifyIntegrity();
        assertFalse(r.isIntact(), r.toString());
        assertEquals("table " + prefix + "evidence, row seq 2 (id [b])", r.firstMismatch().get(), r.toString());
        assertEquals(1, r.recordsChecked());
    }

    @Test
    void anEvidenceRowWhoseIndexedUnitWasEditedIsNamed() throws SQLException {
        someHistory();
        assertEquals(1, update("UPDATE " + prefix + "evidence SET unit_id = ? WHERE id = ?", "hepu", "c"));
        IntegrityReport r = jdbc().verifyIntegrity();
        assertEquals("table " + prefix + "evidence, row seq 3 (id [c])", r.firstMismatch().orElse(null), r.toString());
    }

    @Test
    void anAuditRowWhoseDetailWasEditedIsNamed() throws SQLException {
        someHistory();
        String json = text("SELECT content FROM " + prefix + "audit WHERE seq = 4");
        assertTrue(json.contains("scored"), json);
        assertEquals(1, update("UPDATE " + prefix + "audit SET content = ? WHERE seq = 4", json.replace("scored", "not scored")));
        IntegrityReport r = jdbc().verifyIntegrity();
        assertEquals("table " + prefix + "audit, row seq 4", r.firstMismatch().orElse(null), r.toString());
        assertEquals(4 + 3, r.recordsChecked(), "4 evidence rows, then audit rows 1 to 3");
        assertTrue(r.problem().get().contains("does not match its chain hash"), r.toString());
    }

    @Test
    void anEditWhoseHashWasRecomputedIsFoundAtTheNextRow() throws SQLException {
        someHistory();
        String json = text("SELECT content FROM " + prefix + "audit WHERE seq = 2").replace("submitted", "withdrawn");
        String previous = text("SELECT chain_hash FROM " + prefix + "audit WHERE seq = 1").trim();
        // Recompute row 2's hash the way the store does; row 3 still links to the old one.
        String canonical = canonicalAudit(2, json);
        update("UPDATE " + prefix + "audit SET content = ?, chain_hash = ? WHERE seq = 2", json,
                org.kaoping.spi.support.HashChain.link(previous, canonical));
        IntegrityReport r = jdbc().verifyIntegrity();
        assertEquals("table " + prefix + "audit, row seq 3", r.firstMismatch().orElse(null), r.toString());
    }

    private String canonicalAudit(long seq, String content) throws SQLException {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT occurred_at, actor, action, unit_id, subject FROM " + prefix + "audit WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                StringBuilder b = new StringBuilder();
                for (String f : Arrays.asList("audit", Long.toString(seq),
                        rs.getTimestamp(1, Calendar.getInstance(TimeZone.getTimeZone("UTC"))).toInstant().toString(),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), content)) {
                    b.append(f.length()).append(':').append(f).append('\n');
                }
                return b.toString();
            }
        }
    }

    @Test
    void aRowDeletedFromTheMiddleOrTheEndOrAddedByHandIsFound() throws SQLException {
        someHistory();
        update("DELETE FROM " + prefix + "evidence WHERE seq = 4");
        IntegrityReport end = jdbc().verifyIntegrity();
        assertEquals("table " + prefix + "evidence, row seq 4", end.firstMismatch().orElse(null), end.toString());
        update("DELETE FROM " + prefix + "audit WHERE seq = 2");
        update("UPDATE " + prefix + "counter SET next_value = 3, head_hash = (SELECT chain_hash FROM " + prefix
                + "evidence WHERE seq = 3) WHERE name = 'evidence'");
        IntegrityReport middle = jdbc().verifyIntegrity();
        assertEquals("table " + prefix + "audit, row seq 2", middle.firstMismatch().orElse(null), middle.toString());
        assertTrue(middle.problem().get().contains("missing"), middle.toString());
        sql("INSERT INTO " + prefix + "evidence (id, seq, unit_id, evidence_key, kind, report_period, recorded_at,"
                + " content_sha256, content, chain_hash) SELECT 'forged', 9, unit_id, evidence_key, kind, report_period,"
                + " recorded_at, content_sha256, content, chain_hash FROM " + prefix + "evidence WHERE seq = 1");
        IntegrityReport added = jdbc().verifyIntegrity();
        assertEquals("table " + prefix + "evidence, row seq 9", added.firstMismatch().orElse(null), added.toString());
    }

    @Test
    void concurrentWritersKeepOneWellOrderedChain() throws Exception {
        int threads = 4;
        int rounds = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<Object>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try (JdbcAssessmentStore own = JdbcAssessmentStore.open(dataSource(), prefix)) {
                        for (int i = 0; i < rounds; i++) {
                            List<Evidence> batch = Arrays.asList(judgement("t" + thread + "-" + i + "-a", "hepu", "好"),
                                    judgement("t" + thread + "-" + i + "-b", "hepu", "好"));
                            own.submitAllAudited(batch, auditEach(batch));
                            own.audit(event("t" + thread + " round " + i));
                        }
                    }
                    return null;
                }));
            }
            for (Future<Object> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        IntegrityReport r = jdbc().verifyIntegrity();
        assertTrue(r.isIntact(), r.toString());
        assertEquals(threads * rounds * 2 + threads * rounds * 3, r.recordsChecked());
    }

    // ---- schema versions (issue 12, item 7) -------------------------------------------------------------

    /** The schema of Kaoping 0.1 for this database, as its tests' fixture. */
    protected String version01Script(String tablePrefix) throws Exception {
        String file = "schema-0.1-" + (expectedDialect() == JdbcAssessmentStore.Dialect.H2 ? "h2"
                : expectedDialect() == JdbcAssessmentStore.Dialect.POSTGRESQL ? "postgresql" : "mysql") + ".sql";
        try (java.io.InputStream in = getClass().getResourceAsStream(file)) {
            assertTrue(in != null, file);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
            }
            return new String(out.toByteArray(), StandardCharsets.UTF_8).replace("kaoping_", tablePrefix);
        }
    }

    /** Creates the 0.1 tables under {@code p} and writes rows into them exactly as the 0.1 store did. */
    private void version01StoreWith(String p) throws Exception {
        for (String statement : version01Script(p).split(";\\s*\n")) {
            String body = statement.replaceAll("(?m)^--.*$", "").trim();
            if (!body.isEmpty()) {
                sql(body);
            }
        }
        List<Evidence> evidence = Arrays.asList(judgement("e-1", "u", "好"), judgement("e-2", "合浦县", "较好"));
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            String json = EvidenceJson.toJson(e);
            update("INSERT INTO " + p + "evidence (id, seq, unit_id, evidence_key, kind, report_period, recorded_at,"
                    + " content_sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", e.id(), i + 1L, e.unitId(), e.key(),
                    e.kind().name(), e.period().toString(), java.sql.Timestamp.from(e.recordedAt()), StoredForm.sha256(json), json);
        }
        AuditEvent a = AuditEvent.builder().from(event("imported in 0.1")).sequence(1).build();
        update("INSERT INTO " + p + "audit (seq, occurred_at, actor, action, unit_id, subject, content) VALUES (?, ?, ?, ?, ?, ?, ?)",
                1L, java.sql.Timestamp.from(a.at()), a.actor(), a.action().name(), a.unitId().get(), a.subject().get(),
                EvidenceJson.toJson(a));
        ScorecardRecord s = ScorecardRecord.builder().from(card("p", "u", 70)).version(1).build();
        update("INSERT INTO " + p + "scorecard (plan_id, unit_id, version, rubric_id, computed_at, content) VALUES (?, ?, ?, ?, ?, ?)",
                "p", "u", 1L, s.rubricId(), java.sql.Timestamp.from(s.computedAt()), EvidenceJson.toJson(s));
        update("UPDATE " + p + "counter SET next_value = 2 WHERE name = 'evidence'");
        update("UPDATE " + p + "counter SET next_value = 1 WHERE name = 'audit'");
    }

    @Test
    void theVersion01SchemaIsUpgradedInPlaceKeepingEveryRow() throws Exception {
        String p = otherPrefix("v01");
        version01StoreWith(p);
        try (JdbcAssessmentStore old = JdbcAssessmentStore.open(dataSource(), p)) {
            StoreException before = assertThrows(StoreException.class, () -> old.submit(judgement("n", "u", "好")));
            assertTrue(before.getMessage().contains("schema (version 1)") && before.getMessage().contains("createSchema()"),
                    before.getMessage());
            assertEquals(expectedDialect(), old.createSchema());
            assertEquals(expectedDialect(), old.createSchema(), "idempotent after the upgrade");
            assertEquals("2", text("SELECT text_value FROM " + p + "meta WHERE name = 'schema_version'").trim());
            assertEquals(Arrays.asList("e-1", "e-2"), ids(old.allEvidence()));
            assertEquals(judgement("e-2", "合浦县", "较好"), old.findEvidence("e-2").get());
            assertEquals("imported in 0.1", old.auditEvents(0).get(0).detail());
            assertEquals(Points.of(70), old.scorecard("p", "u").get().total());
            IntegrityReport sealed = old.verifyIntegrity();
            assertTrue(sealed.isIntact(), sealed.toString());
            assertEquals(3, sealed.recordsChecked(), "the rows of 0.1 are sealed into the chain");
            assertEquals(SubmitOutcome.ADDED, old.submit(judgement("e-1 ", "u ", "差")), "ids compare exactly after the upgrade");
            assertEquals(2, old.putScorecard(card("p", "u", 75), 1).version());
            assertEquals(1, old.putScorecard(card("p", "u ", 80), 0).version(), "unit [u ] is not unit [u]");
            assertEquals(Points.of(75), old.scorecard("p", "u").get().total());
            assertEquals(2, old.audit(event("after the upgrade")).sequence());
            assertEquals(Arrays.asList("e-1", "e-2", "e-1 "), ids(old.allEvidence()));
            assertTrue(old.verifyIntegrity().isIntact());
        }
    }

    /** Issue 16, item 4: version-2 tables made before the nullable rubric_version column get it from createSchema(). */
    @Test
    void aScorecardTableWithoutTheRubricVersionColumnWorksAndGetsItFromCreateSchema() throws Exception {
        String p = otherPrefix("norv");
        String script = JdbcAssessmentStore.schemaScript(expectedDialect(), p);
        String column = "  rubric_version VARCHAR(255),\n";
        assertTrue(script.contains(column), "the shipped script declares the column");
        for (String statement : script.replace(column, "").split(";\\s*\n")) {
            String body = statement.replaceAll("(?m)^--.*$", "").trim();
            if (!body.isEmpty()) {
                sql(body);
            }
        }
        String count = "SELECT COUNT(*) FROM " + p + "scorecard WHERE rubric_version = ?";
        try (JdbcAssessmentStore old = JdbcAssessmentStore.open(dataSource(), p)) {
            ScorecardRecord unknown = old.putScorecard(card("p", "u", 70), 0);
            ScorecardRecord before = old.putScorecard(ScorecardRecord.builder().from(card("p", "v", 71)).rubricVersion("2015.1").build(), 0);
            assertEquals("2015.1", old.scorecard("p", "v").get().rubricVersion(), "the version is in the content without the column");
            assertEquals(expectedDialect(), old.createSchema());
            assertEquals("0", text(count, "2015.1").trim(), "rows stored before keep null in the new column");
            assertEquals(Optional.of(unknown), old.scorecard("p", "u"));
            assertEquals(Optional.of(before), old.scorecard("p", "v"));
            ScorecardRecord after = old.putScorecard(ScorecardRecord.builder().from(card("p", "u", 80)).rubricVersion("2015.1+临时部署-1")
                    .build(), 1);
            assertEquals("1", text(count, "2015.1+临时部署-1").trim(), "a write after the upgrade fills the column");
            assertEquals(Optional.of(after), old.scorecard("p", "u"));
            assertEquals(expectedDialect(), old.createSchema(), "idempotent");
        }
    }

    @Test
    void aNewerSchemaIsRefusedWithAClearMessage() throws SQLException {
        store.submit(judgement("a", "hepu", "好"));
        assertEquals(1, update("UPDATE " + prefix + "meta SET text_value = '3' WHERE name = 'schema_version'"));
        try (JdbcAssessmentStore newer = JdbcAssessmentStore.open(dataSource(), prefix)) {
            StoreException e = assertThrows(StoreException.class, newer::createSchema);
            assertTrue(e.getMessage().contains("schema version 3, newer than the version 2"), e.getMessage());
            StoreException read = assertThrows(StoreException.class, newer::allEvidence);
            assertTrue(read.getMessage().contains("schema version 3"), read.getMessage());
        }
        assertEquals("3", text("SELECT text_value FROM " + prefix + "meta WHERE name = 'schema_version'").trim(),
                "nothing was changed");
    }

    @Test
    void anIncompatibleOlderTableIsRefusedNotReportedAsSuccess() throws SQLException {
        String p = otherPrefix("alien");
        sql("CREATE TABLE " + p + "evidence (id VARCHAR(64) NOT NULL, payload VARCHAR(255), PRIMARY KEY (id))");
        try (JdbcAssessmentStore s = JdbcAssessmentStore.open(dataSource(), p)) {
            StoreException e = assertThrows(StoreException.class, s::createSchema);
            assertTrue(e.getMessage().contains("table " + p + "evidence lacks column(s) [seq, unit_id"), e.getMessage());
            assertTrue(text("SELECT COUNT(*) FROM " + p + "evidence") != null);
            StoreException write = assertThrows(StoreException.class, () -> s.submit(judgement("a", "hepu", "好")));
            assertTrue(write.getMessage().contains("createSchema()"), write.getMessage());
        }
    }

    @Test
    void aStoreOverNoTablesSaysToCreateThem() {
        try (JdbcAssessmentStore s = JdbcAssessmentStore.open(dataSource(), otherPrefix("none"))) {
            StoreException e = assertThrows(StoreException.class, s::allEvidence);
            assertTrue(e.getMessage().contains("call createSchema()"), e.getMessage());
        }
    }

    // ---- large records, large batches, bounded errors (issue 11, "Unclear") ----------------------------

    @Test
    void aRecordOverTheLimitIsRefusedNamingItAndTheLimit() {
        // every string within the codec's bound (InputLimits.MAX_STRING_CHARS), the record as a whole over the store's
        Evidence big = withTopics("big-one", "hepu", '长', JdbcAssessmentStore.MAX_RECORD_BYTES + 1024); // > 8 MiB of UTF-8
        RefusedInputException e = assertThrows(RefusedInputException.class,
                () -> store.submitAll(Arrays.asList(judgement("small", "hepu", "好"), big)));
        assertTrue(e.getMessage().contains("Evidence [big-one] (record 2 of 2 in the batch)")
                && e.getMessage().contains("holds at most " + JdbcAssessmentStore.MAX_RECORD_BYTES + " bytes"), e.getMessage());
        assertEquals(0, store.allEvidence().size());
    }

    @Test
    void aRecordJustUnderTheLimitIsStored() {
        Evidence large = withTopics("large", "hepu", 'x', JdbcAssessmentStore.MAX_RECORD_BYTES - 64 * 1024);
        assertEquals(SubmitOutcome.ADDED, store.submit(large));
        assertEquals(large, store.findEvidence("large").get());
    }

    @Test
    void fiftyThousandRecordsInOneBatchAreStoredInOneTransaction() {
        List<Evidence> batch = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            batch.add(judgement("bulk-" + i, "unit-" + (i % 100), "好"));
        }
        List<SubmitOutcome> outcomes = store.submitAll(batch);
        assertEquals(50_000, outcomes.size());
        assertTrue(outcomes.stream().allMatch(o -> o == SubmitOutcome.ADDED));
        assertEquals(500, store.evidence("unit-7").size());
        assertEquals(SubmitOutcome.DUPLICATE, store.submitAll(batch).get(49_999));
        assertTrue(jdbc().verifyIntegrity().isIntact());
    }

    @Test
    void aRecordTheDatabaseRefusesLateInAHugeBatchNamesItAndStoresNothing() throws SQLException {
        sql("ALTER TABLE " + prefix + "evidence ADD CONSTRAINT " + prefix + "no_forbidden CHECK (unit_id <> 'forbidden')");
        List<Evidence> batch = new ArrayList<>();
        String bulky = repeat('据', 200);
        for (int i = 0; i < 20_000; i++) {
            batch.add(withComment("row-" + i, i == 19_990 ? "forbidden" : "hepu", bulky));
        }
        StoreException e = assertThrows(StoreException.class, () -> store.submitAll(batch));
        assertTrue(e.getMessage().contains("evidence [row-19990] (row 19991 of 20000)"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing of the batch was stored"), e.getMessage());
        assertTrue(e.getMessage().length() < 1000, "bounded: " + e.getMessage().length() + " characters");
        assertFalse(e.getMessage().contains(bulky.substring(0, 20)), "the data is not repeated");
        assertEquals(0, store.allEvidence().size());
        assertTrue(jdbc().verifyIntegrity().isIntact());
        assertEquals(SubmitOutcome.ADDED, store.submit(judgement("after", "hepu", "好")));
    }

    @Test
    void aLargeBatchKeepsEveryCharacterAndInstantExactly() {
        List<Evidence> batch = new ArrayList<>();
        String[] odd = {"tab\there", "line\nfeed", "back\\slash", "carriage\rreturn", "\\N", "合浦-😀", "trailing "};
        for (int i = 0; i < 300; i++) {
            String id = i < odd.length ? odd[i] : "big-" + i;
            batch.add(Judgement.builder().from(withComment(id, i % 2 == 0 ? "hepu\t" : "合浦县", "备注\\N\t" + id))
                    .recordedAt(Instant.parse("2015-11-20T01:02:03.456789Z").plusSeconds(i * 86_399L).plusNanos(i * 1001L))
                    .build());
        }
        long copiedBefore = PostgresCopy.rowsCopied();
        assertTrue(store.submitAll(batch).stream().allMatch(o -> o == SubmitOutcome.ADDED));
        if (expectedDialect() == JdbcAssessmentStore.Dialect.POSTGRESQL) {
            assertEquals(300, PostgresCopy.rowsCopied() - copiedBefore, "PostgreSQL takes a large batch by COPY");
        }
        List<Evidence> back = store.allEvidence();
        assertEquals(batch, back, "read back equal, in order");
        for (int i = 0; i < odd.length; i++) {
            assertEquals(batch.get(i), store.findEvidence(odd[i]).get(), odd[i]);
        }
        IntegrityReport r = jdbc().verifyIntegrity();
        assertTrue(r.isIntact(), "the indexed columns hold what the chain hashed: " + r);
        assertEquals(150, store.evidence("hepu\t").size());
    }

    // ---- large batches: decided per batch, as item by item (issue 14, goal 3) ----------------------------

    @Test
    void aLargeMixedBatchIsDecidedAsItemByItem() {
        Random random = new Random(14);
        List<Evidence> stored = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            stored.add(judgement("old-" + i, i % 3 == 0 ? "合浦县" : "hepu", "好"));
        }
        store.submitAll(stored);
        List<Evidence> batch = new ArrayList<>();
        List<SubmitOutcome> expected = new ArrayList<>();
        List<Evidence> expectedAll = new ArrayList<>(stored);
        java.util.Set<String> known = new java.util.HashSet<>();
        stored.forEach(e -> known.add(e.id()));
        for (int i = 0; i < 700; i++) {
            int pick = random.nextInt(4);
            Evidence e = pick == 0 ? stored.get(random.nextInt(stored.size()))
                    : pick == 1 && !batch.isEmpty() ? batch.get(random.nextInt(batch.size()))
                    : withComment("new-" + i, i % 2 == 0 ? "hepu" : "合浦县", "批量\t" + random.nextInt());
            boolean added = known.add(e.id());
            expected.add(added ? SubmitOutcome.ADDED : SubmitOutcome.DUPLICATE);
            if (added) {
                expectedAll.add(e);
            }
            batch.add(e);
        }
        long copiedBefore = PostgresCopy.rowsCopied();
        assertEquals(expected, store.submitAll(batch), "the outcome of each item, in order");
        if (expectedDialect() == JdbcAssessmentStore.Dialect.POSTGRESQL) {
            assertEquals(expectedAll.size() - stored.size(), PostgresCopy.rowsCopied() - copiedBefore,
                    "the new records went by COPY");
        }
        assertEquals(expectedAll, store.allEvidence(), "the stored ones, then the new ones in batch order");
        assertTrue(jdbc().verifyIntegrity().isIntact());
        assertTrue(store.submitAll(batch).stream().allMatch(o -> o == SubmitOutcome.DUPLICATE), "the batch again adds nothing");
        assertEquals(SubmitOutcome.ADDED, store.submit(judgement("after", "hepu", "好")));
        assertTrue(jdbc().verifyIntegrity().isIntact(), "the chain goes on after a large batch");
    }

    @Test
    void aConflictLateInALargeAuditedBatchStoresNothing() {
        store.submit(judgement("kept", "hepu", "好"));
        List<Evidence> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add(judgement("bulk-" + i, "hepu", "好"));
        }
        batch.add(judgement("kept", "hepu", "差"));
        boolean[] called = {false};
        EvidenceConflictException e = assertThrows(EvidenceConflictException.class, () -> store.submitAllAudited(batch, o -> {
            called[0] = true;
            return auditEach(batch).apply(o);
        }));
        assertTrue(e.getMessage().contains("kept"), e.getMessage());
        assertFalse(called[0], "no events are made for a refused batch");
        assertEquals(1, store.allEvidence().size());
        assertEquals(0, store.auditEvents(0).size());
        assertTrue(jdbc().verifyIntegrity().isIntact());
        assertEquals(SubmitOutcome.ADDED, store.submit(judgement("next", "hepu", "好")));
    }

    @Test
    void oneIdTwiceWithOtherContentInALargeBatchIsAConflict() {
        List<Evidence> batch = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            batch.add(judgement("bulk-" + i, "hepu", "好"));
        }
        batch.add(judgement("bulk-7", "hepu", "差"));
        EvidenceConflictException e = assertThrows(EvidenceConflictException.class, () -> store.submitAll(batch));
        assertTrue(e.getMessage().contains("bulk-7"), e.getMessage());
        assertEquals(0, store.allEvidence().size());
    }

    @Test
    void aRecordTheCodecCannotReadBackLateInALargeBatchIsRefusedAsAlone() {
        Evidence bad = withComment("bulk-250", "hepu", repeat('x', org.kaoping.plugin.json.InputLimits.MAX_STRING_CHARS + 1));
        String alone = assertThrows(RefusedInputException.class, () -> store.submit(bad)).getMessage();
        List<Evidence> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            batch.add(i == 250 ? bad : judgement("bulk-" + i, "hepu", "好"));
        }
        RefusedInputException e = assertThrows(RefusedInputException.class, () -> store.submitAll(batch));
        assertEquals(alone, e.getMessage(), "the same refusal as the record alone");
        assertTrue(e.getMessage().contains("[bulk-250]"), e.getMessage());
        assertEquals(0, store.allEvidence().size());
        assertTrue(jdbc().verifyIntegrity().isIntact());
    }

    // ---- the bulk executor (issue 14, goal 3) ----------------------------------------------------------------

    @Test
    void aGivenBulkExecutorMakesTheRowsOfALargeBatch() {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.atomic.AtomicInteger tasks = new java.util.concurrent.atomic.AtomicInteger();
        try (JdbcAssessmentStore own = JdbcAssessmentStore.builder(dataSource()).tablePrefix(prefix)
                .bulkExecutor(task -> {
                    tasks.incrementAndGet();
                    pool.execute(task);
                }).open()) {
            List<Evidence> batch = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                batch.add(withComment("bulk-" + i, "unit-" + (i % 7), "批量\t" + i));
            }
            assertTrue(own.submitAll(batch).stream().allMatch(o -> o == SubmitOutcome.ADDED));
            assertEquals(batch, store.allEvidence(), "read back equal, in order, by the other instance");
            assertTrue(own.verifyIntegrity().isIntact());
            if (expectedDialect() == JdbcAssessmentStore.Dialect.POSTGRESQL) {
                assertTrue(tasks.get() > 0, "the COPY's rows were made on the given executor");
            }
            own.close();
            assertFalse(pool.isShutdown(), "the store never shuts a given executor down");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anExecutorThatRunsNothingOrRefusesEverythingNeverStallsAWrite() {
        java.util.concurrent.ExecutorService stopped = java.util.concurrent.Executors.newSingleThreadExecutor();
        stopped.shutdown();
        List<java.util.concurrent.Executor> executors = Arrays.asList(stopped, task -> { }, Runnable::run);
        for (int e = 0; e < executors.size(); e++) {
            try (JdbcAssessmentStore own = JdbcAssessmentStore.builder(dataSource()).tablePrefix(prefix)
                    .bulkExecutor(executors.get(e)).open()) {
                List<Evidence> batch = new ArrayList<>();
                for (int i = 0; i < 1_200; i++) {
                    batch.add(judgement("e" + e + "-" + i, "hepu", "好"));
                }
                batch.add(batch.get(5)); // a duplicate within the batch, skipped from the COPY
                List<SubmitOutcome> outcomes = own.submitAll(batch);
                assertEquals(SubmitOutcome.DUPLICATE, outcomes.get(1_200), "executor " + e);
                assertEquals(1_200, outcomes.stream().filter(o -> o == SubmitOutcome.ADDED).count(), "executor " + e);
            }
        }
        assertEquals(3_600, store.allEvidence().size());
        assertTrue(jdbc().verifyIntegrity().isIntact());
    }

    @Test
    void theBuilderChecksItsArguments() {
        assertThrows(NullPointerException.class, () -> JdbcAssessmentStore.builder(null));
        JdbcAssessmentStore.Builder b = JdbcAssessmentStore.builder(dataSource());
        assertThrows(IllegalArgumentException.class, () -> b.tablePrefix("Bad-Prefix"));
        assertThrows(NullPointerException.class, () -> b.tablePrefix(null));
        assertThrows(NullPointerException.class, () -> b.bulkExecutor(null));
        try (JdbcAssessmentStore s = b.open()) {
            assertEquals(JdbcAssessmentStore.DEFAULT_TABLE_PREFIX, s.tablePrefix());
        }
    }

    @Test
    void closingAStoreEndsItsOwnBulkThreads() throws InterruptedException {
        JdbcAssessmentStore own = JdbcAssessmentStore.builder(dataSource()).tablePrefix(prefix).open();
        List<Evidence> batch = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            batch.add(judgement("own-" + i, "hepu", "好"));
        }
        own.submitAll(batch);
        own.close();
        String name = "kaoping-jdbc-bulk-" + prefix + "-";
        for (int wait = 0; wait < 100 && threadsNamed(name) > 0; wait++) {
            Thread.sleep(20);
        }
        assertEquals(0, threadsNamed(name), "no thread of the closed store's executor is left");
        assertEquals(600, store.allEvidence().size());
    }

    private static long threadsNamed(String start) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(start) && t.isAlive()).count();
    }
}

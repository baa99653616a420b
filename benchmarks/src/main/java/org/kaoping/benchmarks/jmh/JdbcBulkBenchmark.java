package org.kaoping.benchmarks.jmh;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.io.PrintWriter;
import javax.sql.DataSource;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.plugin.store.JdbcAssessmentStore;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.support.HashChain;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;

/**
 * (e) Bulk evidence writes into PostgreSQL (issue 14, goal 3): {@code JdbcAssessmentStore.submitAll} of a batch of
 * new evidence, against the anchor {@code rawCopy}, a plain {@code COPY ... FROM STDIN} of the very rows the store
 * writes (every column, already formatted) into the same table with the same indexes, in the same run. Each
 * invocation starts from an empty table (truncated in an untimed setup). The store gets its connections from a
 * small HikariCP pool, as in an OA system (the anchor's connection is open throughout too);
 * {@code submitAllNewConnection} is the store over a new connection per batch, as this benchmark measured it before. The store's time includes everything a
 * real submission does: the JSON form and its read-back check (left out where it is sure to pass), content hashes,
 * the duplicate lookup under the counter lock, the hash chain and the commit. Report rows per second as
 * {@code rows / time}; the goal is {@code submitAll} at 50 % or more of {@code rawCopy}'s rate.
 * {@code submitAllOneThread} is the same store with {@code bulkExecutor(Runnable::run)}: what the bulk executor adds.
 *
 * <p>Needs a server: {@code KAOPING_BENCH_POSTGRES_URL}, else {@code KAOPING_TEST_POSTGRES_URL}, else
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=root}. Tables {@code kpb_<random>_*}, dropped at the end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(1)
public class JdbcBulkBenchmark {
    @Param({"20000"})
    public int rows;

    String url;
    String prefix;
    com.zaxxer.hikari.HikariDataSource pool;
    JdbcAssessmentStore store;
    /** The same tables over a new connection per write (no pool): what connecting adds to each batch. */
    JdbcAssessmentStore unpooled;
    /** The same tables, every row made on the writing thread (bulkExecutor(Runnable::run)): what the executor adds. */
    JdbcAssessmentStore direct;
    List<Evidence> batch;
    byte[] copyText;
    Connection copyConnection;

    @Setup(Level.Trial)
    public void open() throws Exception {
        url = System.getenv().getOrDefault("KAOPING_BENCH_POSTGRES_URL",
                System.getenv().getOrDefault("KAOPING_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=root"));
        prefix = String.format(Locale.ROOT, "kpb_%08x_", ThreadLocalRandom.current().nextInt());
        pool = pool(url);
        store = JdbcAssessmentStore.open(pool, prefix);
        store.createSchema();
        unpooled = JdbcAssessmentStore.open(new UrlDataSource(url), prefix);
        direct = JdbcAssessmentStore.builder(pool).tablePrefix(prefix).bulkExecutor(Runnable::run).open();
        batch = batch(rows);
        copyText = copyRows(batch);
        copyConnection = DriverManager.getConnection(url);
    }

    /** {@code rows} new judgements, 40 per village, as a city's panel files them. */
    static List<Evidence> batch(int rows) {
        List<Evidence> batch = new ArrayList<>(rows);
        Instant t0 = Instant.parse("2015-11-20T01:02:03.456789Z");
        String[] levels = {"好", "较好", "一般", "差"};
        for (int i = 0; i < rows; i++) {
            batch.add(Judgement.builder().id(String.format(Locale.ROOT, "VL%06d#%04d", i / 40, i % 40))
                    .unitId(String.format(Locale.ROOT, "VL%06d", i / 40)).key((1 + i % 6) + "." + (1 + i % 4))
                    .period(ReportingPeriod.year(2015)).source(SourceKind.PANEL).step(ReviewStep.COMPREHENSIVE_EVALUATION)
                    .author("rater-" + (i % 5)).authorUnitId("office").recordedAt(t0.plusSeconds(i))
                    .level(levels[i % 4]).comment("档案齐全，台账规范").build());
        }
        return batch;
    }

    /** The rows as the store writes them, in COPY's text format. */
    static byte[] copyRows(List<Evidence> batch) throws Exception {
        DateTimeFormatter ts = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String previous = HashChain.GENESIS;
        long seq = 1;
        for (Evidence e : batch) {
            String json = EvidenceJson.toJson(e);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
            previous = HashChain.link(previous, json);
            String line = String.join("\t", e.id(), Long.toString(seq++), e.unitId(), e.key(), e.kind().name(),
                    e.period().toString(), ts.format(LocalDateTime.ofInstant(e.recordedAt().truncatedTo(ChronoUnit.MICROS),
                            ZoneOffset.UTC)), sha, json.replace("\\", "\\\\"), previous) + "\n";
            out.write(line.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Setup(Level.Invocation)
    public void empty() throws SQLException {
        empty(url, prefix, "TRUNCATE ");
    }

    /** Empties the evidence table by {@code clear} ({@code TRUNCATE } or {@code DELETE FROM }) and restarts its chain. */
    static void empty(String url, String prefix, String clear) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(clear + prefix + "evidence");
            s.execute("UPDATE " + prefix + "counter SET next_value = 0, head_hash = '" + HashChain.GENESIS
                    + "' WHERE name = 'evidence'");
        }
    }

    /** Drops the store's tables. */
    static void dropTables(String url, String prefix) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String t : new String[] {"evidence", "scorecard", "audit", "counter", "meta"}) {
                s.execute("DROP TABLE IF EXISTS " + prefix + t);
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        store.close();
        direct.close();
        unpooled.close();
        pool.close();
        copyConnection.close();
        dropTables(url, prefix);
    }

    /** The store: every row new, one transaction. */
    @Benchmark
    public List<SubmitOutcome> submitAll() {
        return store.submitAll(batch);
    }

    /** The store over a new connection for each batch (a new PostgreSQL backend each time), as measured before. */
    @Benchmark
    public List<SubmitOutcome> submitAllNewConnection() {
        return unpooled.submitAll(batch);
    }

    /** A small HikariCP pool over {@code url}, as an OA system hands the store its connections. */
    static com.zaxxer.hikari.HikariDataSource pool(String url) {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(1);
        config.setPoolName("kaoping-bench");
        return new com.zaxxer.hikari.HikariDataSource(config);
    }

    /** The store with no executor: every row made on the writing thread, between the COPY's sends. */
    @Benchmark
    public List<SubmitOutcome> submitAllOneThread() {
        return direct.submitAll(batch);
    }

    /** The anchor: the same rows, preformatted, by COPY in one transaction. */
    @Benchmark
    public long rawCopy() throws Exception {
        copyConnection.setAutoCommit(false);
        long n = copyConnection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + prefix + "evidence (id, seq,"
                + " unit_id, evidence_key, kind, report_period, recorded_at, content_sha256, content, chain_hash)"
                + " FROM STDIN", new java.io.ByteArrayInputStream(copyText));
        copyConnection.commit();
        copyConnection.setAutoCommit(true);
        return n;
    }

    /** A DataSource over a URL: a new connection each time, as the store asks for one per write. */
    static final class UrlDataSource implements DataSource {
        private final String url;

        UrlDataSource(String url) {
            this.url = url;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}

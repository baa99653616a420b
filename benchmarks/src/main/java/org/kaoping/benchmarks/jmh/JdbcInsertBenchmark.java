package org.kaoping.benchmarks.jmh;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.kaoping.core.evidence.Evidence;
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

/**
 * (e') Bulk evidence writes into H2 and MariaDB (issue 14, goal 3), which take multi-row {@code INSERT}s:
 * {@code JdbcAssessmentStore.submitAll} of the batch of {@link JdbcBulkBenchmark} (new evidence, one transaction),
 * against the anchor {@code rawInsert}, the very rows the store writes (every column, already formatted) sent by plain
 * multi-row {@code INSERT}s of 100 rows (the store's statement size) in one transaction, into the same table with the
 * same indexes, in the same run. Each invocation starts from an empty table; the store gets its connections from a
 * small HikariCP pool. H2 runs in memory in this JVM; MariaDB
 * needs a server: {@code KAOPING_BENCH_MARIADB_URL}, else {@code KAOPING_TEST_MARIADB_URL}, else
 * {@code jdbc:mariadb://127.0.0.1:3306/test?user=root}. Tables {@code kpb_<random>_*}, dropped at the end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(1)
public class JdbcInsertBenchmark {
    private static final int STATEMENT_ROWS = 100;

    @Param({"h2", "mariadb"})
    public String db;

    @Param({"20000"})
    public int rows;

    String url;
    String prefix;
    com.zaxxer.hikari.HikariDataSource pool;
    JdbcAssessmentStore store;
    List<Evidence> batch;
    Object[][] formatted;
    Connection insertConnection;

    @Setup(Level.Trial)
    public void open() throws Exception {
        prefix = String.format(Locale.ROOT, "kpb_%08x_", ThreadLocalRandom.current().nextInt());
        url = db.equals("h2") ? "jdbc:h2:mem:" + prefix + ";DB_CLOSE_DELAY=-1"
                : System.getenv().getOrDefault("KAOPING_BENCH_MARIADB_URL",
                        System.getenv().getOrDefault("KAOPING_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root"));
        pool = JdbcBulkBenchmark.pool(url);
        store = JdbcAssessmentStore.open(pool, prefix);
        store.createSchema();
        batch = JdbcBulkBenchmark.batch(rows);
        formatted = new Object[rows][];
        String previous = HashChain.GENESIS;
        long seq = 1;
        for (int i = 0; i < rows; i++) {
            Evidence e = batch.get(i);
            String json = EvidenceJson.toJson(e);
            String sha = HashChain.link("", json).substring(0, 64);
            previous = HashChain.link(previous, json);
            formatted[i] = new Object[] {e.id(), seq++, e.unitId(), e.key(), e.kind().name(), e.period().toString(),
                Timestamp.from(e.recordedAt().truncatedTo(ChronoUnit.MICROS)), sha, json, previous};
        }
        insertConnection = DriverManager.getConnection(url);
    }

    @Setup(Level.Invocation)
    public void empty() throws SQLException {
        JdbcBulkBenchmark.empty(url, prefix, "DELETE FROM ");
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        store.close();
        pool.close();
        insertConnection.close();
        JdbcBulkBenchmark.dropTables(url, prefix);
    }

    /** The store: every row new, one transaction. */
    @Benchmark
    public List<SubmitOutcome> submitAll() {
        return store.submitAll(batch);
    }

    /** The anchor: the same rows, preformatted, by multi-row INSERTs of 100 rows in one transaction. */
    @Benchmark
    public long rawInsert() throws SQLException {
        Connection c = insertConnection;
        c.setAutoCommit(false);
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        long n = 0;
        StringBuilder sql = new StringBuilder("INSERT INTO " + prefix + "evidence (id, seq, unit_id, evidence_key, kind,"
                + " report_period, recorded_at, content_sha256, content, chain_hash) VALUES ");
        for (int i = 0; i < STATEMENT_ROWS; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        try (PreparedStatement full = c.prepareStatement(sql.toString())) {
            for (int from = 0; from < rows; from += STATEMENT_ROWS) {
                int count = Math.min(STATEMENT_ROWS, rows - from);
                PreparedStatement ps = full;
                if (count < STATEMENT_ROWS) {
                    ps = c.prepareStatement(sql.substring(0, sql.indexOf("VALUES ") + 7)
                            + String.join(", ", java.util.Collections.nCopies(count, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
                }
                for (int r = 0; r < count; r++) {
                    Object[] row = formatted[from + r];
                    int at = r * 10;
                    ps.setString(at + 1, (String) row[0]);
                    ps.setLong(at + 2, (Long) row[1]);
                    ps.setString(at + 3, (String) row[2]);
                    ps.setString(at + 4, (String) row[3]);
                    ps.setString(at + 5, (String) row[4]);
                    ps.setString(at + 6, (String) row[5]);
                    ps.setTimestamp(at + 7, (Timestamp) row[6], utc);
                    ps.setString(at + 8, (String) row[7]);
                    ps.setString(at + 9, (String) row[8]);
                    ps.setString(at + 10, (String) row[9]);
                }
                n += ps.executeUpdate();
                if (ps != full) {
                    ps.close();
                }
            }
        }
        c.commit();
        c.setAutoCommit(true);
        return n;
    }
}

package org.kaoping.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.testkit.contract.ContractEvidence.judgement;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.plugin.store.JdbcAssessmentStore;

/** {@code kaoping audit verify --jdbc URL [--prefix P]} on embedded H2: intact, one row edited, a wrong prefix, bad options. */
class AuditVerifyJdbcTest {
    String url = "jdbc:h2:mem:audit-verify-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    /** Three evidence rows (stored straight, without audit rows) in tables with {@code prefix}. */
    void threeRecords(String prefix) {
        try (JdbcAssessmentStore store = JdbcAssessmentStore.open(new AuditCommand.UrlDataSource(url, null), prefix)) {
            store.createSchema();
            store.submit(judgement("a", "hepu", "好"));
            store.submit(judgement("b", "hepu", "好"));
            store.submit(judgement("c", "hepu", "好"));
        }
    }

    int update(String sql, String... args) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }

    String text(String sql, String arg) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getString(1);
            }
        }
    }

    @Test
    @DisplayName("an untouched JDBC store verifies intact with the count, exit 0")
    void intact() {
        threeRecords(JdbcAssessmentStore.DEFAULT_TABLE_PREFIX);
        MainTest.Run r = new MainTest.Run("audit", "verify", "--jdbc", url);
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.startsWith("审计链完整：共校验 3 条记录（数据表 kaoping_* 中的证据、审计事件）") && r.out.contains("（北京时间）"), r.toString());
    }

    @Test
    @DisplayName("one evidence row updated by hand is named (table, sequence, evidence id), exit 1")
    void anEditedRowIsNamed() throws SQLException {
        threeRecords("oa_kp_");
        String json = text("SELECT content FROM oa_kp_evidence WHERE id = ?", "b");
        assertEquals(1, update("UPDATE oa_kp_evidence SET content = ? WHERE id = ?", json.replace("\"level\":\"好\"", "\"level\":\"优\""), "b"));
        MainTest.Run r = new MainTest.Run("audit", "verify", "--jdbc", url, "--prefix", "oa_kp_");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.out.startsWith("审计链在数据表 oa_kp_evidence 序号 2 的行（证据编号 b）处断开：该记录与链不符。")
                && r.out.contains("does not match its chain hash") && r.out.contains("此前共 1 条记录校验一致"), r.toString());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"KAOPING_TEST_POSTGRES_URL", "KAOPING_TEST_MARIADB_URL"})
    @DisplayName("on PostgreSQL and MariaDB (where the test databases are given): intact, then one row updated is named")
    void realDatabases(String env) throws SQLException {
        String real = System.getenv(env);
        org.junit.jupiter.api.Assumptions.assumeTrue(real != null && !real.isEmpty(), env + " is not set: no such database to test on");
        url = real;
        String prefix = "av" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_";
        try {
            threeRecords(prefix);
            MainTest.Run ok = new MainTest.Run("audit", "verify", "--jdbc", url, "--prefix", prefix);
            assertEquals(0, ok.exit, ok.toString());
            assertTrue(ok.out.startsWith("审计链完整：共校验 3 条记录"), ok.toString());
            assertEquals(1, update("UPDATE " + prefix + "evidence SET unit_id = ? WHERE id = ?", "yinhai", "c"));
            MainTest.Run broken = new MainTest.Run("audit", "verify", "--jdbc", url, "--prefix", prefix);
            assertEquals(1, broken.exit, broken.toString());
            assertTrue(broken.out.startsWith("审计链在数据表 " + prefix + "evidence 序号 3 的行（证据编号 c）处断开"), broken.toString());
        } finally {
            for (String table : new String[] {"evidence", "scorecard", "audit", "counter", "meta"}) {
                try (Connection c = DriverManager.getConnection(url); java.sql.Statement st = c.createStatement()) {
                    st.execute("DROP TABLE IF EXISTS " + prefix + table);
                }
            }
        }
    }

    @Test
    @DisplayName("tables that are not there, or options that do not fit, are refused clearly")
    void refusals() {
        threeRecords(JdbcAssessmentStore.DEFAULT_TABLE_PREFIX);
        MainTest.Run wrongPrefix = new MainTest.Run("audit", "verify", "--jdbc", url, "--prefix", "other_");
        assertEquals(1, wrongPrefix.exit, wrongPrefix.toString());
        assertTrue(wrongPrefix.out.startsWith("无法校验数据库中的考评存储（数据表 other_*）") && wrongPrefix.out.contains("No Kaoping tables other_*"),
                wrongPrefix.toString());
        MainTest.Run badPrefix = new MainTest.Run("audit", "verify", "--jdbc", url, "--prefix", "Bad-Prefix");
        assertEquals(1, badPrefix.exit, badPrefix.toString());
        assertTrue(badPrefix.out.contains("tablePrefix must be 1 to 30 characters"), badPrefix.toString());
        MainTest.Run both = new MainTest.Run("audit", "verify", "--jdbc", url, "--store", "x");
        assertEquals(2, both.exit, both.toString());
        assertTrue(both.err.contains("Give exactly one of --store DIR (a journal store) or --jdbc URL (a JDBC store)"), both.toString());
        MainTest.Run neither = new MainTest.Run("audit", "verify");
        assertEquals(2, neither.exit, neither.toString());
        MainTest.Run prefixAlone = new MainTest.Run("audit", "verify", "--store", "x", "--prefix", "p_");
        assertTrue(prefixAlone.exit == 2 && prefixAlone.err.contains("--prefix applies only with --jdbc"), prefixAlone.toString());
    }
}

package org.kaoping.benchmarks.peers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.kaoping.benchmarks.nation.Facts;
import org.kaoping.benchmarks.nation.LeafRule;
import org.kaoping.benchmarks.nation.Nation;
import org.kaoping.benchmarks.nation.NationGenerator;
import org.kaoping.benchmarks.nation.SyntheticRubric;
import org.kaoping.benchmarks.nation.UnitFacts;

/**
 * An embedded SQL engine holding a nation's facts in a {@code facts} table (unit, leaf, src, kind, yr, a, b)
 * beside small {@code units}, {@code leaves} and {@code sections} tables, and the roll-up as one
 * {@code CREATE TABLE ranked AS …} statement. Leaf points follow the engine's rules exactly, in integers:
 * the deciding channel is the first source in the default precedence (panel, spot check, host, public, self)
 * holding a fact for the leaf; the share is the mean judgement level, ticks met of requirements, the
 * metric capped at its minimum, or satisfied of respondents; the award is points × share rounded half-up to
 * 0.01 point (100 units); a no-incident leaf earns its points unless an incident of the year is filed.
 */
public abstract class SqlPeer implements AutoCloseable {
    /** The engines. */
    public enum Engine {
        DUCKDB, H2
    }

    protected final Connection conn;
    private final Engine engine;

    protected SqlPeer(Engine engine, Connection conn) {
        this.engine = engine;
        this.conn = conn;
    }

    /**
     * A database of {@code engine}: in memory, except that DuckDB uses a fresh file when the system property
     * {@code kaoping.duckdb.file} names one (so that a national load is not held in RAM); DuckDB's memory is
     * capped by {@code kaoping.duckdb.memory} (default 4GB), spilling to the file's directory or the temp dir.
     */
    public static SqlPeer open(Engine engine) throws SQLException {
        return engine == Engine.DUCKDB ? new DuckDb(System.getProperty("kaoping.duckdb.file"),
                System.getProperty("kaoping.duckdb.memory", "4GB")) : new H2();
    }

    public Engine engine() {
        return engine;
    }

    /** Integer division of non-negative operands. */
    protected abstract String div();

    protected abstract void loadFacts(Nation nation) throws SQLException;

    /** Loads {@code units (unit, rubric)}; by JDBC batches unless the engine has a faster path. */
    protected void loadUnits(Nation nation) throws SQLException {
        try (PreparedStatement u = conn.prepareStatement("INSERT INTO units VALUES (?, ?)")) {
            for (int i = 0; i < nation.size(); i++) {
                u.setInt(1, i);
                u.setInt(2, nation.rubricOf(i).code);
                u.addBatch();
                if (i % 10_000 == 9_999) {
                    u.executeBatch();
                }
            }
            u.executeBatch();
        }
    }

    /** Creates the tables and loads the nation; returns the rows of {@code facts}. */
    public long load(Nation nation) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE facts (unit INTEGER, leaf INTEGER, src TINYINT, kind TINYINT, yr SMALLINT, a INTEGER, b SMALLINT)");
            s.execute("CREATE TABLE units (unit INTEGER, rubric INTEGER)");
            s.execute("CREATE TABLE leaves (leaf INTEGER PRIMARY KEY, rubric INTEGER, section INTEGER, pts BIGINT, rule INTEGER, param INTEGER)");
            s.execute("CREATE TABLE sections (rubric INTEGER, section INTEGER, base BIGINT, PRIMARY KEY (rubric, section))");
        }
        boolean auto = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try (PreparedStatement l = conn.prepareStatement("INSERT INTO leaves VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement sec = conn.prepareStatement("INSERT INTO sections VALUES (?, ?, ?)")) {
            for (SyntheticRubric r : nation.rubrics) {
                long[] base = new long[r.sections + 1];
                for (int k = 0; k < r.leaves; k++) {
                    l.setInt(1, r.globalLeaf[k]);
                    l.setInt(2, r.code);
                    l.setInt(3, r.section[k]);
                    l.setLong(4, r.pointsUnits[k]);
                    l.setInt(5, r.rule[k].code);
                    l.setInt(6, r.param[k]);
                    l.addBatch();
                    if (r.rule[k] == LeafRule.NO_INCIDENT) {
                        base[r.section[k]] += r.pointsUnits[k];
                    }
                }
                for (int s = 1; s <= r.sections; s++) {
                    sec.setInt(1, r.code);
                    sec.setInt(2, s);
                    sec.setLong(3, base[s]);
                    sec.addBatch();
                }
            }
            l.executeBatch();
            sec.executeBatch();
        }
        loadUnits(nation);
        conn.commit();
        loadFacts(nation);
        conn.commit();
        conn.setAutoCommit(auto);
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM facts")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The roll-up SQL, creating table {@code ranked (unit, rubric, total, rnk)}. */
    public String rollUpSql() {
        String d = div();
        return "CREATE TABLE ranked AS\n"
                + "WITH g AS (\n"
                + "  SELECT unit, leaf, src,\n"
                + "    SUM(CASE WHEN kind = 1 THEN a ELSE 0 END) AS js, SUM(CASE WHEN kind = 1 THEN 1 ELSE 0 END) AS jn,\n"
                + "    SUM(CASE WHEN kind = 2 THEN b ELSE 0 END) AS tm, SUM(CASE WHEN kind = 3 THEN a ELSE 0 END) AS mv,\n"
                + "    SUM(CASE WHEN kind = 4 THEN a ELSE 0 END) AS rs, SUM(CASE WHEN kind = 4 THEN b ELSE 0 END) AS rr,\n"
                + "    SUM(CASE WHEN kind = 5 THEN 1 ELSE 0 END) AS inc\n"
                + "  FROM facts WHERE yr = " + Facts.YEAR + " AND kind <> 6\n"
                + "  GROUP BY unit, leaf, src),\n"
                + "c AS (SELECT g.*, ROW_NUMBER() OVER (PARTITION BY unit, leaf ORDER BY src) AS rn FROM g),\n"
                + "sh AS (\n"
                + "  SELECT c.unit, l.rubric, l.section, l.pts, l.rule, c.inc,\n"
                + "    CASE WHEN l.rule IN (1, 4) THEN (CASE WHEN c.jn > 0 THEN CAST(c.js AS BIGINT) ELSE CAST(c.rs AS BIGINT) END)\n"
                + "         WHEN l.rule = 2 THEN CAST(c.tm AS BIGINT)\n"
                + "         WHEN l.rule = 3 THEN CAST(LEAST(c.mv, l.param) AS BIGINT) ELSE CAST(0 AS BIGINT) END AS num,\n"
                + "    CASE WHEN l.rule IN (1, 4) THEN (CASE WHEN c.jn > 0 THEN CAST(c.jn AS BIGINT) * 1000 ELSE CAST(c.rr AS BIGINT) END)\n"
                + "         WHEN l.rule IN (2, 3) THEN CAST(l.param AS BIGINT) ELSE CAST(1 AS BIGINT) END AS den\n"
                + "  FROM c JOIN leaves l ON l.leaf = c.leaf WHERE c.rn = 1),\n"
                + "la AS (\n"
                + "  SELECT unit, rubric, section,\n"
                + "    CASE WHEN rule = 5 THEN (CASE WHEN inc > 0 THEN -pts ELSE CAST(0 AS BIGINT) END)\n"
                + "         WHEN num >= den THEN pts WHEN num = 0 THEN CAST(0 AS BIGINT)\n"
                + "         ELSE ((pts * num * 2 + den * 100) " + d + " (den * 200)) * 100 END AS award\n"
                + "  FROM sh),\n"
                + "sec AS (\n"
                + "  SELECT unit, rubric, section, SUM(award) AS pts FROM (\n"
                + "    SELECT unit, rubric, section, award FROM la\n"
                + "    UNION ALL SELECT u.unit, u.rubric, s.section, s.base FROM units u JOIN sections s ON s.rubric = u.rubric) x\n"
                + "  GROUP BY unit, rubric, section),\n"
                + "tot AS (SELECT unit, rubric, SUM(pts) AS total FROM sec GROUP BY unit, rubric)\n"
                + "SELECT unit, rubric, CAST(total AS BIGINT) AS total, RANK() OVER (PARTITION BY rubric ORDER BY total DESC) AS rnk FROM tot";
    }

    /** Runs the roll-up (dropping an earlier result); returns the rows of {@code ranked}. */
    public long rollUp() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("DROP TABLE IF EXISTS ranked");
            s.execute(rollUpSql());
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ranked")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Total (units) and rank of unit {@code u} in the last roll-up; {@code null} if absent. */
    public long[] result(int u) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("SELECT total, rnk FROM ranked WHERE unit = ?")) {
            p.setInt(1, u);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
            }
        }
    }

    @Override
    public void close() throws SQLException {
        conn.close();
    }

    /** DuckDB, in memory, loaded through its appender. */
    static final class DuckDb extends SqlPeer {
        DuckDb(String file, String memory) throws SQLException {
            super(Engine.DUCKDB, DriverManager.getConnection("jdbc:duckdb:" + fresh(file)));
            try (Statement s = conn.createStatement()) {
                s.execute("SET threads TO 2");
                s.execute("SET memory_limit = '" + memory + "'");
                s.execute("SET temp_directory = '" + (file == null ? System.getProperty("java.io.tmpdir") + "/kaoping-duckdb-spill"
                        : file + ".spill") + "'");
                s.execute("SET preserve_insertion_order = false");
            }
        }

        private static String fresh(String file) throws SQLException {
            if (file == null) {
                return "";
            }
            try {
                java.nio.file.Files.deleteIfExists(java.nio.file.Paths.get(file));
                java.nio.file.Files.deleteIfExists(java.nio.file.Paths.get(file + ".wal"));
            } catch (java.io.IOException e) {
                throw new SQLException("cannot replace " + file, e);
            }
            return file;
        }

        @Override
        protected String div() {
            return "//";
        }

        /** DuckDB executes a batched prepared statement row by row, each holding memory until commit: use the appender. */
        @Override
        protected void loadUnits(Nation nation) throws SQLException {
            try (DuckDBAppender ap = ((DuckDBConnection) conn).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "units")) {
                for (int i = 0; i < nation.size(); i++) {
                    ap.beginRow();
                    ap.append(i);
                    ap.append(nation.rubricOf(i).code);
                    ap.endRow();
                }
            }
        }

        @Override
        protected void loadFacts(Nation nation) throws SQLException {
            UnitFacts f = new UnitFacts();
            try (DuckDBAppender ap = ((DuckDBConnection) conn).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "facts")) {
                for (int u = 0; u < nation.size(); u++) {
                    NationGenerator.fill(nation, u, f);
                    SyntheticRubric r = f.rubric;
                    for (int i = 0; i < f.size; i++) {
                        ap.beginRow();
                        ap.append(u);
                        ap.append(f.leaf[i] < 0 ? -1 : r.globalLeaf[f.leaf[i]]);
                        ap.append(f.source[i]);
                        ap.append(f.kind[i]);
                        ap.append((short) (f.previousYear[i] ? Facts.YEAR - 1 : Facts.YEAR));
                        ap.append(f.kind[i] == UnitFacts.JUDGEMENT ? UnitFacts.levelPermille(f.a[i]) : f.a[i]);
                        ap.append((short) f.b[i]);
                        ap.endRow();
                    }
                    if (u % 20_000 == 19_999) {
                        ap.flush();
                    }
                }
            }
        }
    }

    /** H2 2.x, in memory, loaded by JDBC batches of 10,000 rows. */
    static final class H2 extends SqlPeer {
        H2() throws SQLException {
            super(Engine.H2, DriverManager.getConnection("jdbc:h2:mem:nation" + System.nanoTime() + ";DB_CLOSE_DELAY=0"));
        }

        @Override
        protected String div() {
            return "/";
        }

        @Override
        protected void loadFacts(Nation nation) throws SQLException {
            UnitFacts f = new UnitFacts();
            int batched = 0;
            try (PreparedStatement p = conn.prepareStatement("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int u = 0; u < nation.size(); u++) {
                    NationGenerator.fill(nation, u, f);
                    SyntheticRubric r = f.rubric;
                    for (int i = 0; i < f.size; i++) {
                        p.setInt(1, u);
                        p.setInt(2, f.leaf[i] < 0 ? -1 : r.globalLeaf[f.leaf[i]]);
                        p.setInt(3, f.source[i]);
                        p.setInt(4, f.kind[i]);
                        p.setInt(5, f.previousYear[i] ? Facts.YEAR - 1 : Facts.YEAR);
                        p.setInt(6, f.kind[i] == UnitFacts.JUDGEMENT ? UnitFacts.levelPermille(f.a[i]) : f.a[i]);
                        p.setInt(7, f.b[i]);
                        p.addBatch();
                        if (++batched == 10_000) {
                            p.executeBatch();
                            batched = 0;
                        }
                    }
                }
                p.executeBatch();
            }
        }
    }
}

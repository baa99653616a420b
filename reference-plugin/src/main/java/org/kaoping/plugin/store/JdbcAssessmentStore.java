package org.kaoping.plugin.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.KaopingException;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.StoreException;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceColumns;
import org.kaoping.plugin.json.EvidenceFormatException;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ConcurrentUpdateException;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.IntegrityReport;
import org.kaoping.spi.ScorecardRecord;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.support.HashChain;

/**
 * An {@link AssessmentStore} in a relational database, over any {@link DataSource} (the OA system's
 * connection pool), in plain portable SQL. Get one with {@link #open(DataSource)} or
 * {@link #open(DataSource, String)}: by Kaoping's naming rule ({@code docs/naming.md}) what holds resources until
 * closed is made by {@code open(...)}, a fixed-shape value by {@code of(...)}, anything with many options by
 * {@code builder()}. A store fails with a {@link org.kaoping.core.StoreException} naming its tables, the
 * {@code SQLException} kept as the cause; evidence beyond a bound is a {@link org.kaoping.core.RefusedInputException}.
 *
 * <p><b>Schema.</b> Five tables, {@code <prefix>evidence}, {@code <prefix>scorecard}, {@code <prefix>audit},
 * {@code <prefix>counter} and {@code <prefix>meta}, with the prefix {@value #DEFAULT_TABLE_PREFIX} unless
 * another is given, at schema version {@value #SCHEMA_VERSION} (recorded in {@code <prefix>meta}). Create them
 * with {@link #createSchema()} (idempotent; detects the database; upgrades an older schema in place and refuses
 * a newer one), or have a DBA run the script for the database, shipped as class-path resources:
 * {@link Dialect#H2}, {@link Dialect#POSTGRESQL} and {@link Dialect#MYSQL} (MariaDB and MySQL 8) name them
 * ({@code docs/jdbc.md} has them too). Evidence rows hold the {@link EvidenceJson} text in {@code content} plus
 * indexed columns {@code id} (primary key), {@code seq} (storage order), {@code unit_id}, {@code evidence_key},
 * {@code kind}, {@code report_period}, {@code recorded_at} (UTC, truncated to the microsecond),
 * {@code content_sha256}, the SHA-256 of the JSON that idempotency compares, and {@code chain_hash}.
 * Scorecards and audit events likewise hold their JSON in {@code content}. Ids compare exactly on every
 * database: case, trailing spaces and every other character count (on MariaDB through the no-pad binary
 * collation {@code utf8mb4_nopad_bin}).
 *
 * <p><b>Transactions and durability.</b> A write returns once its transaction has committed, so it is as
 * durable as the database makes a commit. A batch is one transaction: all or nothing, however large (it is
 * sent in chunks inside that transaction). Writers of evidence (and of audit events) lock their counter row
 * first ({@code SELECT ... FOR UPDATE}) and decide the batch under that lock, so storage order and audit
 * sequence numbers are contiguous and in commit order, and readers never see a gap fill in later. Connections
 * run at {@code READ COMMITTED} while writing and are given back with their previous settings. Each write
 * borrows one connection and returns it before it returns. {@link #submitAllAudited} writes evidence and its
 * audit events in one transaction (evidence counter locked first, then the audit counter).
 *
 * <p><b>Bulk writes.</b> A batch is decided per batch, not per row: one lookup of the content hashes stored under
 * its ids, then every new row in one go. Into PostgreSQL (when its driver is on the plugin's class path) a batch of
 * 200 or more records goes by {@code COPY ... FROM STDIN}; the rows' JSON, hashes and {@code COPY} text are made on
 * the store's bulk executor a few chunks ahead of the thread that chains and sends them, so that the server inserts
 * one chunk while the next is made. Other databases take multi-row {@code INSERT}s of up to 100 rows. The bulk executor is, unless {@link Builder#bulkExecutor} names another, one the store
 * owns: at most {@code min(4, processors - 1)} (at least one) daemon threads, made on the first bulk write, ending
 * when idle for 30 s and at {@link #close()}; it only encodes and hashes (it never holds a connection), and the
 * writing thread does a chunk itself rather than wait for it, so that no executor, however busy, stalls a write.
 *
 * <p><b>Tamper-evident chain.</b> Every evidence row and every audit row carries {@code chain_hash}, the
 * {@link HashChain#link} of the previous row's hash (per table, in {@code seq} order) and a canonical text of
 * all the row's columns; the counter row keeps the hash of the last row. {@link #verifyIntegrity()} walks both
 * chains and names the first row that does not match: a row changed, removed or added by hand is found.
 *
 * <p><b>Idempotency and races.</b> Evidence already stored under an id with the same content hash is a
 * {@link SubmitOutcome#DUPLICATE}; with a different hash, an {@link EvidenceConflictException} and the
 * transaction is rolled back. Two writers (threads, processes or servers) submitting the same id at once are
 * ordered by the counter lock: one adds it, the other then sees it, a duplicate or a conflict.
 *
 * <p><b>Bounds.</b> Ids and the other indexed strings hold at most 255 characters; a record's JSON form at most
 * {@value #MAX_RECORD_BYTES} bytes of UTF-8 (less on a MariaDB or MySQL server whose
 * {@code max_allowed_packet} is smaller). A record beyond a bound is refused before anything is written,
 * naming the record and the bound.
 *
 * <p><b>Optimistic concurrency.</b> {@link #putScorecard} and each record of {@link #putScorecards} (one
 * transaction for the batch, so a conflict writes none of it) inserts version 1 when 0 is expected (a
 * duplicate key means someone came first) and otherwise runs
 * {@code UPDATE … SET version = expected + 1 … WHERE plan_id = ? AND unit_id = ? AND version = expected};
 * no row updated means someone came first: {@link ConcurrentUpdateException}.
 *
 * <p><b>Tested on</b> H2 2.3 (embedded, in every build), PostgreSQL and MariaDB (when the build finds the
 * servers; see the module's tests). MySQL 8 uses the MariaDB script with collation {@code utf8mb4_0900_bin}
 * but was not tested; MySQL 5.7 has no no-pad binary collation and is not supported.
 *
 * <p><b>Thread-safety.</b> Safe for any number of threads, and any number of instances (in one or many
 * processes) may share the tables. {@link #close()} only stops this instance; it never closes the
 * {@code DataSource}, which belongs to the caller.
 */
@API(status = API.Status.STABLE)
public final class JdbcAssessmentStore implements AssessmentStore {
    /** The provider id. */
    public static final String ID = "jdbc";
    /** The table prefix used unless another is given; the schema scripts are written with it. */
    public static final String DEFAULT_TABLE_PREFIX = "kaoping_";
    /**
     * The schema version this store reads and writes. Version 1 is Kaoping 0.1's (no version table, no chain,
     * padding collation on MariaDB); {@link #createSchema()} upgrades it in place.
     */
    public static final int SCHEMA_VERSION = 2;
    /** The largest record this store keeps: its JSON form, in bytes of UTF-8. */
    public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,29}");
    private static final int MAX_ID = 255;
    /** Ids per duplicate lookup, and rows per page when the chain is walked. */
    private static final int CHUNK = 500;
    /** Rows per multi-row INSERT; a batch of any size is sent in statements of this many. */
    private static final int CHUNK_ROWS = 100;
    /** Bytes (at most) of content per multi-row INSERT. */
    private static final int CHUNK_BYTES = 4 * 1024 * 1024;
    /** From this many new rows on, evidence goes to PostgreSQL by COPY when its driver is there. */
    private static final int COPY_THRESHOLD = 200;
    /** Rows per fetch when evidence is read unit by unit. */
    private static final int FETCH_ROWS = 2_000;
    /** Records per task when the rows of a COPY are made ahead of it. */
    private static final int FORM_CHUNK = 256;
    /** Tasks of {@value #FORM_CHUNK} records made ahead of the COPY at most, which bounds the memory a batch takes. */
    private static final int FORM_WINDOW = 8;
    /** How long the threads of a store's own bulk executor wait for work before they end. */
    private static final long BULK_IDLE_SECONDS = 30;
    private static final List<String> EVIDENCE_COLUMNS = Collections.unmodifiableList(Arrays.asList("id", "seq",
            "unit_id", "evidence_key", "kind", "report_period", "recorded_at", "content_sha256", "content", "chain_hash"));
    private static final List<String> AUDIT_COLUMNS = Collections.unmodifiableList(Arrays.asList("seq", "occurred_at",
            "actor", "action", "unit_id", "subject", "content", "chain_hash"));
    /** What a MariaDB packet needs beside the record's JSON (the statement and the other columns). */
    private static final int PACKET_OVERHEAD = 64 * 1024;
    private static final String EVIDENCE = "evidence";
    private static final String AUDIT = "audit";
    private static final String MARIADB_COLLATION = "utf8mb4_nopad_bin";
    private static final String MYSQL_COLLATION = "utf8mb4_0900_bin";

    /** The databases the shipped schema scripts are written for. */
    public enum Dialect {
        /** H2 2.x. */
        H2("schema-h2.sql"),
        /** PostgreSQL 9.5 and later, and databases derived from it. */
        POSTGRESQL("schema-postgresql.sql"),
        /** MariaDB 10.2 and later; MySQL 8 (with collation {@code utf8mb4_0900_bin}, untested). */
        MYSQL("schema-mysql.sql");

        private final String file;

        Dialect(String file) {
            this.file = file;
        }

        /** The class-path resource of the schema script, e.g. {@code /org/kaoping/plugin/store/schema-h2.sql}. */
        public String schemaResource() {
            return "/org/kaoping/plugin/store/" + file;
        }

        /**
         * The dialect of a database product name as JDBC reports it ({@code H2}, {@code PostgreSQL},
         * {@code MySQL}, {@code MariaDB}); empty if none of the shipped scripts fits.
         */
        public static Optional<Dialect> of(String databaseProductName) {
            String name = databaseProductName.toLowerCase(Locale.ROOT);
            if (name.startsWith("h2")) {
                return Optional.of(H2);
            }
            if (name.contains("postgres")) {
                return Optional.of(POSTGRESQL);
            }
            if (name.contains("mysql") || name.contains("mariadb")) {
                return Optional.of(MYSQL);
            }
            return Optional.empty();
        }
    }

    private final DataSource dataSource;
    private final String prefix;
    private final String evidenceTable;
    private final String scorecardTable;
    private final String auditTable;
    private final String counterTable;
    private final String metaTable;
    /** The executor given to the builder, or null for the store's own. */
    private final Executor givenBulkExecutor;
    /** The store's own bulk executor, made on the first bulk write when none was given; shut down by close(). */
    private ExecutorService ownBulkExecutor;
    private volatile boolean closed;
    /** Set once the tables were found at {@link #SCHEMA_VERSION}; null until then. */
    private volatile Ready ready;

    /** What a store learns on first use: the database and the largest record it takes. */
    private static final class Ready {
        final Dialect dialect;
        final long recordLimit;
        final String limitReason;

        Ready(Dialect dialect, long recordLimit, String limitReason) {
            this.dialect = dialect;
            this.recordLimit = recordLimit;
            this.limitReason = limitReason;
        }
    }

    /**
     * Opens a store over the tables with the default prefix {@value #DEFAULT_TABLE_PREFIX}; it connects only when
     * used, and {@link #close()} ends its use of {@code dataSource} (which it never closes).
     *
     * @throws NullPointerException if {@code dataSource} is null
     */
    public static JdbcAssessmentStore open(DataSource dataSource) {
        return JdbcAssessmentStore.open(dataSource, DEFAULT_TABLE_PREFIX);
    }

    /**
     * Opens a store over the tables named with {@code tablePrefix}, e.g. {@code oa_kaoping_}; it connects only when
     * used.
     *
     * @param dataSource the connections to use; never closed by this store
     * @param tablePrefix 1 to 30 characters of {@code [a-z0-9_]}, starting with a letter
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code tablePrefix} is not of that form (a caller's mistake)
     */
    public static JdbcAssessmentStore open(DataSource dataSource, String tablePrefix) {
        return new JdbcAssessmentStore(dataSource, tablePrefix, null);
    }

    /**
     * A builder of a store over {@code dataSource} with more options than {@link #open(DataSource, String)}: the
     * table prefix and the executor of bulk writes. {@link Builder#open()} opens the store.
     *
     * @throws NullPointerException if {@code dataSource} is null
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** The options of a {@link JdbcAssessmentStore}: set them, then {@link #open()}. Not thread-safe. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Builder {
        private final DataSource dataSource;
        private String tablePrefix = DEFAULT_TABLE_PREFIX;
        private Executor bulkExecutor;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
        }

        /**
         * The table prefix, {@value JdbcAssessmentStore#DEFAULT_TABLE_PREFIX} unless set.
         *
         * @throws NullPointerException if {@code tablePrefix} is null
         * @throws IllegalArgumentException if it is not 1 to 30 characters of {@code [a-z0-9_]} starting with a letter
         */
        public Builder tablePrefix(String tablePrefix) {
            Objects.requireNonNull(tablePrefix, "tablePrefix must not be null");
            checkPrefix(tablePrefix);
            this.tablePrefix = tablePrefix;
            return this;
        }

        /**
         * The executor on which bulk writes make their rows (JSON, hashes, {@code COPY} text) ahead of the thread that
         * sends them; the tasks only compute, never block on the database, and the writing thread does any task the
         * executor has not started when it needs it, so a busy or even stopped executor slows a write but never
         * stalls it. Unless set, the store uses an executor of its own (see the class documentation), never the
         * common fork-join pool. {@code Runnable::run} makes every row on the writing thread. The store never shuts
         * down an executor given here.
         *
         * @throws NullPointerException if {@code bulkExecutor} is null
         */
        public Builder bulkExecutor(Executor bulkExecutor) {
            this.bulkExecutor = Objects.requireNonNull(bulkExecutor, "bulkExecutor must not be null");
            return this;
        }

        /** Opens the store; it connects only when used, and {@link JdbcAssessmentStore#close()} ends its use. */
        public JdbcAssessmentStore open() {
            return new JdbcAssessmentStore(dataSource, tablePrefix, bulkExecutor);
        }
    }

    private JdbcAssessmentStore(DataSource dataSource, String tablePrefix, Executor bulkExecutor) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
        this.givenBulkExecutor = bulkExecutor;
        Objects.requireNonNull(tablePrefix, "tablePrefix must not be null");
        checkPrefix(tablePrefix);
        this.prefix = tablePrefix;
        this.evidenceTable = tablePrefix + EVIDENCE;
        this.scorecardTable = tablePrefix + "scorecard";
        this.auditTable = tablePrefix + AUDIT;
        this.counterTable = tablePrefix + "counter";
        this.metaTable = tablePrefix + "meta";
    }

    private static void checkPrefix(String tablePrefix) {
        if (!PREFIX.matcher(tablePrefix).matches()) {
            throw new IllegalArgumentException("tablePrefix must be 1 to 30 characters of [a-z0-9_] starting with a"
                    + " letter; got [" + tablePrefix + "]");
        }
    }

    /** The table prefix. */
    public String tablePrefix() {
        return prefix;
    }

    @Override
    public String id() {
        return ID;
    }

    // ---- schema -----------------------------------------------------------------------------------

    /**
     * Brings the tables to schema version {@value #SCHEMA_VERSION} with the script for the database the
     * {@code DataSource} connects to, and returns the dialect used. Idempotent. Creates what is missing; upgrades
     * the tables of Kaoping 0.1 (version 1) in place, keeping every row: adds the chain columns and seals the
     * rows already stored into the chain, and on MariaDB and MySQL converts the tables to the no-pad binary
     * collation (a table rebuild). Run it from one process at a time (at deployment, say): PostgreSQL, for
     * one, may fail one of two concurrent {@code CREATE TABLE IF NOT EXISTS} of the same table.
     *
     * @throws org.kaoping.core.ConfigurationException if the database is not one the scripts are written for
     * @throws org.kaoping.core.StoreException if the tables hold a newer schema version than this store knows; if a
     *     table of that name exists but lacks columns this store needs (naming the table and the columns); or if a
     *     statement fails (the {@code SQLException} kept as the cause)
     */
    public Dialect createSchema() {
        ensureOpen();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String product = meta.getDatabaseProductName();
            Dialect dialect = Dialect.of(product).orElseThrow(() -> new ConfigurationException("No Kaoping schema script"
                    + " for database [" + product + "]; adapt one of " + Dialect.H2.schemaResource() + ", "
                    + Dialect.POSTGRESQL.schemaResource() + " or " + Dialect.MYSQL.schemaResource()));
            String collation = isMariaDb(meta) ? MARIADB_COLLATION : MYSQL_COLLATION;
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(true);
            try {
                int version = storedVersion(c);
                if (version > SCHEMA_VERSION) {
                    throw newerSchema(version);
                }
                if (version < SCHEMA_VERSION) {
                    Map<String, Set<String>> missing = missingColumns(c, 1);
                    if (!missing.isEmpty()) {
                        throw incompatible(missing, 1);
                    }
                    upgradeFromVersion1(c, dialect, collation);
                }
                String script = schemaScript(dialect, prefix);
                if (dialect == Dialect.MYSQL) {
                    script = script.replace(MARIADB_COLLATION, collation);
                    convertPaddedTables(c, collation);
                }
                try (Statement s = c.createStatement()) {
                    for (String statement : statements(script)) {
                        try {
                            s.execute(statement);
                        } catch (SQLException e) {
                            Map<String, Set<String>> missing = missingColumns(c, SCHEMA_VERSION);
                            if (!missing.isEmpty()) {
                                throw incompatible(missing, SCHEMA_VERSION);
                            }
                            throw new StoreException("Cannot create the Kaoping schema on " + product + ": "
                                    + serverMessage(e) + "; statement: " + bounded(statement, 200), e);
                        }
                    }
                }
                addRubricVersionColumn(c);
                Map<String, Set<String>> missing = missingColumns(c, SCHEMA_VERSION);
                if (!missing.isEmpty()) {
                    throw incompatible(missing, SCHEMA_VERSION);
                }
                version = storedVersion(c);
                if (version != SCHEMA_VERSION) {
                    throw version > SCHEMA_VERSION ? newerSchema(version) : new StoreException("Table " + metaTable
                            + " records schema version " + version + " after createSchema(); expected "
                            + SCHEMA_VERSION + ": is another program writing it?");
                }
            } finally {
                c.setAutoCommit(auto);
            }
            ready = null;
            return dialect;
        } catch (SQLException e) {
            throw failure("create the schema", e);
        }
    }

    /** The schema script of {@code dialect} with tables named with {@code tablePrefix}. */
    public static String schemaScript(Dialect dialect, String tablePrefix) {
        checkPrefix(tablePrefix);
        try (InputStream in = JdbcAssessmentStore.class.getResourceAsStream(dialect.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("Resource " + dialect.schemaResource() + " is missing from the jar");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[4096];
            for (int n; (n = in.read(chunk)) > 0; ) {
                out.write(chunk, 0, n);
            }
            return new String(out.toByteArray(), StandardCharsets.UTF_8).replace(DEFAULT_TABLE_PREFIX, tablePrefix);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + dialect.schemaResource() + ": " + e, e);
        }
    }

    /** The statements of a script: split at {@code ;} ending a line, {@code --} comment lines left out. */
    private static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) {
                String s = current.toString().trim();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (current.toString().trim().length() > 0) {
            out.add(current.toString().trim());
        }
        return out;
    }

    private static boolean isMariaDb(DatabaseMetaData meta) throws SQLException {
        String both = (meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()).toLowerCase(Locale.ROOT);
        return both.contains("mariadb");
    }

    /**
     * The schema version recorded in the meta table; 1 if the meta table is missing but a Kaoping table is
     * there (Kaoping 0.1 recorded none); 0 if there are no tables at all.
     */
    private int storedVersion(Connection c) throws SQLException {
        if (columns(c, metaTable) != null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT text_value FROM " + metaTable + " WHERE name = ?")) {
                ps.setString(1, "schema_version");
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        String v = rs.getString(1).trim();
                        try {
                            return Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw new StoreException("Table " + metaTable + " records schema version [" + v
                                    + "], which is not a number; expected " + SCHEMA_VERSION);
                        }
                    }
                }
            }
        }
        for (String table : Arrays.asList(evidenceTable, scorecardTable, auditTable, counterTable)) {
            if (columns(c, table) != null) {
                return 1;
            }
        }
        return 0;
    }

    /** The lower-case column names of {@code table}, or null if there is no such table. */
    private static Set<String> columns(Connection c, String table) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            Set<String> out = new TreeSet<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                out.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return out;
        } catch (SQLException e) {
            return null;
        }
    }

    /** The columns each table of schema {@code version} needs. */
    private Map<String, List<String>> expectedColumns(int version) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> evidence = new ArrayList<>(Arrays.asList("id", "seq", "unit_id", "evidence_key", "kind",
                "report_period", "recorded_at", "content_sha256", "content"));
        List<String> audit = new ArrayList<>(Arrays.asList("seq", "occurred_at", "actor", "action", "unit_id",
                "subject", "content"));
        List<String> counter = new ArrayList<>(Arrays.asList("name", "next_value"));
        if (version >= 2) {
            evidence.add("chain_hash");
            audit.add("chain_hash");
            counter.add("head_hash");
        }
        out.put(evidenceTable, evidence);
        out.put(scorecardTable, Arrays.asList("plan_id", "unit_id", "version", "rubric_id", "computed_at", "content"));
        out.put(auditTable, audit);
        out.put(counterTable, counter);
        if (version >= 2) {
            out.put(metaTable, Arrays.asList("name", "text_value"));
        }
        return out;
    }

    /** The columns of schema {@code version} missing from tables that exist (missing tables are not listed). */
    private Map<String, Set<String>> missingColumns(Connection c, int version) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> t : expectedColumns(version).entrySet()) {
            Set<String> have = columns(c, t.getKey());
            if (have == null) {
                continue;
            }
            Set<String> missing = new LinkedHashSet<>(t.getValue());
            missing.removeAll(have);
            if (!missing.isEmpty()) {
                out.put(t.getKey(), missing);
            }
        }
        return out;
    }

    private StoreException incompatible(Map<String, Set<String>> missing, int version) {
        StringBuilder b = new StringBuilder("Tables " + prefix + "* exist but are not Kaoping's schema version "
                + version + ": ");
        String sep = "";
        for (Map.Entry<String, Set<String>> t : missing.entrySet()) {
            b.append(sep).append("table ").append(t.getKey()).append(" lacks column(s) ").append(t.getValue());
            sep = "; ";
        }
        return new StoreException(b.append(". Nothing was changed; drop or rename those tables, or give the store"
                + " another table prefix").toString());
    }

    private StoreException newerSchema(int version) {
        return new StoreException("Tables " + prefix + "* hold Kaoping schema version " + version + ", newer than"
                + " the version " + SCHEMA_VERSION + " this Kaoping reads and writes (recorded in " + metaTable
                + "); use the Kaoping release that wrote them, or another table prefix. Nothing was changed");
    }

    /**
     * Adds the nullable {@code rubric_version} column to a version-2 scorecard table created before it existed
     * (idempotent; rows already stored keep null, read as an unknown version). It is additive, so the schema
     * version stays {@value #SCHEMA_VERSION} and a store over a table without it still works, writing no version
     * column until {@link #createSchema()} adds it (the version is in {@code content} either way).
     */
    private void addRubricVersionColumn(Connection c) throws SQLException {
        Set<String> have = columns(c, scorecardTable);
        if (have != null && !have.contains(RUBRIC_VERSION_COLUMN)) {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE " + scorecardTable + " ADD COLUMN " + RUBRIC_VERSION_COLUMN + " VARCHAR(255)");
            }
        }
        rubricVersionColumn = null;
    }

    /**
     * Upgrades the tables of Kaoping 0.1 in place; each step is idempotent, so an upgrade cut short is completed
     * by the next {@link #createSchema()}. The version row is written last, by the script.
     */
    private void upgradeFromVersion1(Connection c, Dialect dialect, String collation) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : Arrays.asList(evidenceTable, auditTable)) {
                Set<String> have = columns(c, table);
                if (have != null && !have.contains("chain_hash")) {
                    s.execute("ALTER TABLE " + table + " ADD COLUMN chain_hash CHAR(64)");
                }
            }
            Set<String> counter = columns(c, counterTable);
            if (counter != null && !counter.contains("head_hash")) {
                s.execute("ALTER TABLE " + counterTable + " ADD COLUMN head_hash CHAR(64) NOT NULL DEFAULT '"
                        + HashChain.GENESIS + "'");
            }
            if (dialect == Dialect.MYSQL) {
                convertPaddedTables(c, collation);
            }
            if (counter != null) {
                seal(c);
            }
            for (String table : Arrays.asList(evidenceTable, auditTable)) {
                if (columns(c, table) != null) {
                    s.execute(dialect == Dialect.MYSQL ? "ALTER TABLE " + table + " MODIFY chain_hash CHAR(64) NOT NULL"
                            : "ALTER TABLE " + table + " ALTER COLUMN chain_hash SET NOT NULL");
                }
            }
        }
    }

    /**
     * On MariaDB and MySQL: converts every table of this store with a text column in another collation than
     * {@code collation} (e.g. 0.1's padding {@code utf8mb4_bin}, under which "u " equals "u") to it.
     */
    private void convertPaddedTables(Connection c, String collation) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT TABLE_NAME FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN (?, ?, ?, ?, ?) AND COLLATION_NAME IS NOT NULL"
                + " AND COLLATION_NAME <> ?")) {
            int i = 1;
            for (String t : Arrays.asList(evidenceTable, scorecardTable, auditTable, counterTable, metaTable)) {
                ps.setString(i++, t);
            }
            ps.setString(i, collation);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String t : tables) {
                s.execute("ALTER TABLE " + t + " CONVERT TO CHARACTER SET utf8mb4 COLLATE " + collation);
            }
        }
    }

    /** Computes the chain over every evidence and audit row already stored, under both counter locks. */
    private void seal(Connection c) throws SQLException {
        List<String> chains = new ArrayList<>();
        for (String chain : Arrays.asList(EVIDENCE, AUDIT)) {
            // Looked up before the transaction: a failed statement would abort a PostgreSQL transaction.
            if (columns(c, chain.equals(EVIDENCE) ? evidenceTable : auditTable) != null) {
                chains.add(chain);
            }
        }
        Transaction tx = new Transaction(c);
        try {
            for (String chain : chains) {
                Head head = lockHead(c, chain);
                if (head == null) {
                    continue;
                }
                String table = chain.equals(EVIDENCE) ? evidenceTable : auditTable;
                String previous = HashChain.GENESIS;
                long after = 0;
                try (PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET chain_hash = ? WHERE seq = ?")) {
                    while (true) {
                        List<ChainRow> rows = chainRows(c, chain, after, Long.MAX_VALUE, CHUNK);
                        if (rows.isEmpty()) {
                            break;
                        }
                        for (ChainRow row : rows) {
                            previous = HashChain.link(previous, row.canonical);
                            update.setString(1, previous);
                            update.setLong(2, row.seq);
                            update.addBatch();
                            after = row.seq;
                        }
                        update.executeBatch();
                    }
                }
                saveHead(c, chain, new Head(head.last, previous));
            }
            tx.commit();
        } catch (SQLException | RuntimeException e) {
            tx.rollback();
            throw e;
        } finally {
            tx.restore();
        }
    }

    /**
     * Checks once per store (and again after {@link #createSchema()}) that the tables are at
     * {@link #SCHEMA_VERSION}, and learns the database and its record limit.
     */
    private Ready ready(Connection c) throws SQLException {
        Ready r = ready;
        if (r != null) {
            return r;
        }
        DatabaseMetaData meta = c.getMetaData();
        String product = meta.getDatabaseProductName();
        Dialect dialect = Dialect.of(product).orElse(Dialect.POSTGRESQL);
        int version = storedVersion(c);
        if (version > SCHEMA_VERSION) {
            throw newerSchema(version);
        }
        if (version == 1) {
            throw new StoreException("Tables " + prefix + "* hold Kaoping 0.1's schema (version 1); this Kaoping"
                    + " needs version " + SCHEMA_VERSION + ": call createSchema() once to upgrade them in place"
                    + " (every row is kept; see docs/jdbc.md)");
        }
        if (version < SCHEMA_VERSION) {
            throw new StoreException("No Kaoping tables " + prefix + "* in this database; call createSchema() or"
                    + " have the script " + dialect.schemaResource() + " run");
        }
        long limit = MAX_RECORD_BYTES;
        String reason = "the JDBC store's limit";
        if (dialect == Dialect.MYSQL) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @@max_allowed_packet")) {
                if (rs.next() && rs.getLong(1) - PACKET_OVERHEAD < limit) {
                    limit = rs.getLong(1) - PACKET_OVERHEAD;
                    reason = "the server's max_allowed_packet of " + rs.getLong(1) + " bytes, less "
                            + PACKET_OVERHEAD + " for the statement";
                }
            }
        }
        r = new Ready(dialect, limit, reason);
        ready = r;
        return r;
    }

    // ---- evidence ---------------------------------------------------------------------------------

    @Override
    public SubmitOutcome submit(Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence must not be null");
        return submitAll(Collections.singletonList(evidence)).get(0);
    }

    @Override
    public List<SubmitOutcome> submitAll(List<? extends Evidence> evidence) {
        return write(evidence, null);
    }

    /**
     * Stores the batch and the audit events {@code auditFor} makes of its outcomes in one transaction: the
     * evidence counter is locked, the batch decided and inserted, {@code auditFor} called once, the audit
     * counter locked and the events appended, then one commit. A conflict, an exception from
     * {@code auditFor} or a failed statement rolls all of it back.
     */
    @Override
    public List<SubmitOutcome> submitAllAudited(List<? extends Evidence> evidence,
            Function<List<SubmitOutcome>, List<AuditEvent>> auditFor) {
        Objects.requireNonNull(auditFor, "auditFor must not be null");
        return write(evidence, auditFor);
    }

    private List<SubmitOutcome> write(List<? extends Evidence> evidence,
            Function<List<SubmitOutcome>, List<AuditEvent>> auditFor) {
        List<SubmitOutcome> copied = copyWrite(evidence, auditFor);
        if (copied != null) {
            return copied;
        }
        List<StoredForm> forms = SubmissionBatch.forms(evidence, e -> {
            length("id", e.id(), e.id());
            length("unitId", e.unitId(), e.id());
            length("key", e.key(), e.id());
        }, StoredForm::encoded);
        ensureOpen();
        if (forms.isEmpty() && auditFor == null) {
            return Collections.emptyList();
        }
        try (Connection c = dataSource.getConnection()) {
            Ready r = ready(c);
            checkSizes(forms, r);
            Transaction tx = new Transaction(c);
            try {
                List<SubmitOutcome> outcomes = new ArrayList<>(forms.size());
                if (!forms.isEmpty()) {
                    Head head = requireHead(c, EVIDENCE);
                    Map<String, StoredForm> added = decide(c, forms, outcomes);
                    if (!added.isEmpty()) {
                        saveHead(c, EVIDENCE, insertEvidence(c, r, added, head));
                    }
                }
                auditDecided(c, outcomes, auditFor);
                tx.commit();
                return Collections.unmodifiableList(outcomes);
            } catch (SQLException | RuntimeException e) {
                tx.rollback();
                throw e;
            } finally {
                tx.restore();
            }
        } catch (SQLException e) {
            throw failure(forms.size() == 1 ? "store evidence [" + bounded(forms.get(0).value.id(), 80) + "]"
                    : "store a batch of " + forms.size() + " evidence records", e);
        }
    }

    /** Appends, in the batch's transaction, the audit events {@code auditFor} makes of the batch's decided outcomes. */
    private void auditDecided(Connection c, List<SubmitOutcome> outcomes, Function<List<SubmitOutcome>, List<AuditEvent>> auditFor)
            throws SQLException {
        if (auditFor == null) {
            return;
        }
        List<SubmitOutcome> decided = Collections.unmodifiableList(new ArrayList<>(outcomes));
        List<AuditEvent> events = Objects.requireNonNull(auditFor.apply(decided), "auditFor returned null; return an empty list for no events");
        checkEvents(events);
        if (!events.isEmpty()) {
            appendAudit(c, events);
        }
    }

    /**
     * The bulk path of a large batch into PostgreSQL (issue 14, goal 3), which makes the same decisions as the path
     * below in fewer steps: the batch is decided per batch from its ids alone (one lookup of the stored hashes; a
     * record's stored form is made before the COPY only when its id is stored or repeated), and each new record's
     * stored form, size check and chain link are made while the COPY streams, so that the server inserts one chunk
     * while the next is made. Returns null, having written nothing, when the path does not apply or when anything
     * fails before the evidence is in the transaction (a record refused, a conflict, a row the server refuses, a
     * lost connection): the statement path then runs and decides, stores or reports exactly as it always did.
     */
    private List<SubmitOutcome> copyWrite(List<? extends Evidence> evidence,
            Function<List<SubmitOutcome>, List<AuditEvent>> auditFor) {
        Ready known = ready;
        if (evidence == null || evidence.size() < COPY_THRESHOLD || closed
                || (known != null && known.dialect != Dialect.POSTGRESQL) || !PostgresCopy.available()) {
            return null;
        }
        List<String> ids = new ArrayList<>(evidence.size());
        for (Evidence e : evidence) {
            if (e == null || e.id().length() > MAX_ID || e.unitId().length() > MAX_ID || e.key().length() > MAX_ID) {
                return null; // the statement path names the first problem of the batch
            }
            ids.add(e.id());
        }
        Connection c = null;
        Transaction tx = null;
        boolean written = false;
        // Every item's row is made ahead, from now on, as if the batch were all new (the usual case), while the
        // connection, the counter lock and the lookup of stored ids take their round trips; duplicates are skipped.
        Ahead<CopyRow[]> rows = new Ahead<>(bulkExecutor(), (evidence.size() + FORM_CHUNK - 1) / FORM_CHUNK, FORM_WINDOW,
                chunk -> () -> {
                    int first = chunk * FORM_CHUNK;
                    CopyRow[] out = new CopyRow[Math.min(evidence.size(), first + FORM_CHUNK) - first];
                    for (int k = 0; k < out.length; k++) {
                        out[k] = CopyRow.of(StoredForm.encoded(evidence.get(first + k)));
                    }
                    return out;
                });
        try {
            rows.start();
            c = dataSource.getConnection();
            Ready r = ready(c);
            if (r.dialect != Dialect.POSTGRESQL || !PostgresCopy.usable(c)) {
                return null;
            }
            tx = new Transaction(c);
            List<SubmitOutcome> outcomes = new ArrayList<>(evidence.size());
            Head head = requireHead(c, EVIDENCE);
            StoredForm[] forms = new StoredForm[evidence.size()];
            Map<String, String> stored = hashesAny(c, ids);
            int[] added = SubmissionBatch.decide(ids, stored::get, i -> form(forms, evidence, i).sha256(), outcomes);
            if (added.length > 0) {
                saveHead(c, EVIDENCE, copyEvidence(c, r, rows, added, head));
            }
            written = true;
            auditDecided(c, outcomes, auditFor);
            tx.commit();
            return Collections.unmodifiableList(outcomes);
        } catch (SQLException | RuntimeException e) {
            if (tx != null) {
                tx.rollback();
            }
            if (!written) {
                return null;
            }
            if (e instanceof SQLException) {
                throw failure("store a batch of " + evidence.size() + " evidence records", (SQLException) e);
            }
            throw (RuntimeException) e;
        } finally {
            rows.cancel();
            if (tx != null) {
                tx.restore();
            }
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // the pool discards a broken connection; the outcome is decided already
                }
            }
        }
    }

    /** The stored form of item {@code i}, made once. */
    private static StoredForm form(StoredForm[] forms, List<? extends Evidence> evidence, int i) {
        StoredForm f = forms[i];
        if (f == null) {
            f = StoredForm.encoded(evidence.get(i));
            forms[i] = f;
        }
        return f;
    }

    /** The content hashes stored under those of {@code ids} that exist, in one PostgreSQL lookup. */
    private Map<String, String> hashesAny(Connection c, List<String> ids) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, content_sha256 FROM " + evidenceTable
                + " WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("varchar", new LinkedHashSet<>(ids).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2).trim());
                }
            }
        }
        return out;
    }

    /**
     * COPYs items {@code added} after {@code head}, chained; returns the new head. Each item's row (its stored form,
     * content hash, {@code COPY} text and the canonical text the chain hashes, all but its {@code seq}) is made ahead
     * on the bulk executor by {@code rows}, in chunks of {@value #FORM_CHUNK} items and at most {@value #FORM_WINDOW}
     * chunks ahead, while this thread checks sizes, numbers, chains and sends; a chunk that fails stops the COPY with
     * its exception.
     */
    private Head copyEvidence(Connection c, Ready r, Ahead<CopyRow[]> rows, int[] added, Head head) throws SQLException {
        String[] previous = {head.hash};
        ChainLinker chain = new ChainLinker();
        PostgresCopy.Bytes seqText = new PostgresCopy.Bytes(64);
        CopyRow[][] current = {null};
        int[] currentChunk = {-1};
        PostgresCopy.copyLines(c, evidenceTable, EVIDENCE_COLUMNS, added.length, (k, out) -> {
            int item = added[k];
            if (item / FORM_CHUNK != currentChunk[0]) {
                currentChunk[0] = item / FORM_CHUNK;
                current[0] = rows.take(currentChunk[0]);
            }
            CopyRow row = current[0][item % FORM_CHUNK];
            if (row.jsonBytes > r.recordLimit) {
                // the statement path, which runs after this one gives up, names the record and the bound
                throw new RefusedInputException("Evidence [" + bounded(row.idText, 80) + "] is " + row.jsonBytes
                        + " bytes in its stored JSON form; the JDBC store holds at most " + r.recordLimit);
            }
            String seq = Long.toString(head.last + 1 + k);
            seqText.clear();
            CopyRow.field(seqText, EVIDENCE);
            CopyRow.field(seqText, seq);
            previous[0] = chain.link(previous[0], seqText.array(), seqText.size(), row.canonical, row.canonical.length);
            out.add(row.id).ascii(seq).add(row.line).ascii(previous[0]).add((byte) '\n');
        });
        return new Head(head.last + added.length, previous[0]);
    }

    /**
     * One row of a COPY made ahead of it, all but its {@code seq}: the {@code COPY} text of its id (with the tab after
     * it) and of the columns after {@code seq} up to the chain hash (each with a tab before it and the last with one
     * after it), and the UTF-8 form of {@link #evidenceCanonical} after its {@code seq} line, which the chain hashes.
     */
    private static final class CopyRow {
        final String idText;
        final long jsonBytes;
        final byte[] id;
        final byte[] line;
        final byte[] canonical;

        private CopyRow(String idText, long jsonBytes, byte[] id, byte[] line, byte[] canonical) {
            this.idText = idText;
            this.jsonBytes = jsonBytes;
            this.id = id;
            this.line = line;
            this.canonical = canonical;
        }

        static CopyRow of(StoredForm f) {
            Evidence e = f.value;
            byte[] json = f.json.getBytes(StandardCharsets.UTF_8);
            String sha = StoredForm.sha256(json);
            String period = e.period().toString();
            byte[] id = new PostgresCopy.Bytes(e.id().length() + 8).escaped(e.id()).add(TAB).toArray();
            PostgresCopy.Bytes line = new PostgresCopy.Bytes(json.length + 192);
            line.add(TAB).escaped(e.unitId()).add(TAB).escaped(e.key()).add(TAB).ascii(e.kind().name()).add(TAB)
                    .escaped(period).add(TAB).ascii(PostgresCopy.timestamp(e.recordedAt())).add(TAB).ascii(sha).add(TAB)
                    .escaped(json).add(TAB);
            // evidenceCanonical(seq, f) after its seq line, field by field, as canonical(...) writes it
            PostgresCopy.Bytes text = new PostgresCopy.Bytes(json.length + 192);
            field(text, e.id());
            field(text, e.unitId());
            field(text, e.key());
            field(text, e.kind().name());
            field(text, period);
            field(text, e.recordedAt().truncatedTo(ChronoUnit.MICROS).toString());
            field(text, sha);
            text.decimal(f.json.length()).add((byte) ':').add(json).add((byte) '\n');
            return new CopyRow(e.id(), json.length, id, line.toArray(), text.toArray());
        }

        /** {@code <length in chars>:<text>\n}, one line of {@link #canonical(String...)}. */
        static void field(PostgresCopy.Bytes text, String value) {
            text.decimal(value.length()).add((byte) ':').add(value.getBytes(StandardCharsets.UTF_8)).add((byte) '\n');
        }

        private static final byte TAB = '\t';
    }

    /**
     * Chunks of work run ahead of the thread that takes them, in order, on an executor: at most {@code window}
     * chunks submitted at once (memory stays bounded however large the batch), and a chunk not yet started when it is
     * taken is run by the taking thread itself, so that a busy, stopped or refusing executor never stalls it.
     */
    private static final class Ahead<T> {
        private final Executor executor;
        private final int count;
        private final int window;
        private final IntFunction<Callable<T>> chunk;
        private final List<FutureTask<T>> tasks;
        private int taken;

        Ahead(Executor executor, int count, int window, IntFunction<Callable<T>> chunk) {
            this.executor = executor;
            this.count = count;
            this.window = window;
            this.chunk = chunk;
            this.tasks = new ArrayList<>(count);
        }

        /** Submits the first chunks, up to the window. */
        void start() {
            submitUpTo(Math.min(count, window));
        }

        private void submitUpTo(int end) {
            while (tasks.size() < end) {
                FutureTask<T> t = new FutureTask<>(chunk.apply(tasks.size()));
                tasks.add(t);
                try {
                    executor.execute(t);
                } catch (RejectedExecutionException refused) {
                    // run by the taking thread when it is taken
                }
            }
        }

        /**
         * The result of chunk {@code index}, at or after the last taken (the chunks skipped are cancelled); its
         * exception, if it failed, is thrown as it was.
         */
        T take(int index) {
            for (; taken < index; taken++) {
                if (taken < tasks.size()) {
                    tasks.get(taken).cancel(false);
                    tasks.set(taken, null);
                }
            }
            submitUpTo(Math.min(count, index + window));
            FutureTask<T> t = tasks.get(index);
            tasks.set(index, null); // taken: held no longer
            taken = index + 1;
            t.run(); // does nothing if the executor has started it already
            try {
                return t.get();
            } catch (ExecutionException failed) {
                Throwable cause = failed.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw new StoreException("A bulk write failed while making its rows: " + cause, cause);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new StoreException("Interrupted while making the rows of a bulk write", interrupted);
            }
        }

        /** Cancels the chunks submitted and not taken (after a failure they are not needed). */
        void cancel() {
            for (FutureTask<T> t : tasks) {
                if (t != null) {
                    t.cancel(false);
                }
            }
        }
    }

    /** The executor of bulk writes: the one given to the builder, else the store's own, made on first use. */
    private Executor bulkExecutor() {
        if (givenBulkExecutor != null) {
            return givenBulkExecutor;
        }
        synchronized (this) {
            if (ownBulkExecutor == null) {
                int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));
                AtomicInteger made = new AtomicInteger();
                ThreadPoolExecutor own = new ThreadPoolExecutor(threads, threads, BULK_IDLE_SECONDS, TimeUnit.SECONDS,
                        new LinkedBlockingQueue<>(), task -> {
                            Thread t = new Thread(task, "kaoping-jdbc-bulk-" + prefix + "-" + made.incrementAndGet());
                            t.setDaemon(true);
                            return t;
                        });
                own.allowCoreThreadTimeOut(true);
                ownBulkExecutor = own;
            }
            return ownBulkExecutor;
        }
    }

    /** Refuses, before anything is written, a record whose JSON form exceeds the limit. */
    private static void checkSizes(List<StoredForm> forms, Ready r) {
        for (int i = 0; i < forms.size(); i++) {
            StoredForm f = forms.get(i);
            if ((long) f.json.length() * 3 <= r.recordLimit) {
                continue; // at most three bytes of UTF-8 per char: cannot be over the limit
            }
            long bytes = f.json.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > r.recordLimit) {
                throw new RefusedInputException("Evidence [" + bounded(f.value.id(), 80) + "]"
                        + (forms.size() > 1 ? " (record " + (i + 1) + " of " + forms.size() + " in the batch)" : "")
                        + " is " + bytes + " bytes in its stored JSON form; the JDBC store holds at most "
                        + r.recordLimit + " bytes per record (" + r.limitReason + "). Nothing of the batch was stored");
            }
        }
    }

    /** Outcomes in order; the forms to add, by id. Throws EvidenceConflictException on a differing id. */
    private Map<String, StoredForm> decide(Connection c, List<StoredForm> forms, List<SubmitOutcome> outcomes)
            throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        for (StoredForm f : forms) {
            ids.add(f.value.id());
        }
        Map<String, String> stored = hashes(c, new ArrayList<>(ids));
        return SubmissionBatch.decide(forms, stored::get, StoredForm::sha256, outcomes);
    }

    /** The content hashes stored under those of {@code ids} that exist, looked up {@value #CHUNK} at a time. */
    private Map<String, String> hashes(Connection c, List<String> ids) throws SQLException {
        Map<String, String> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("SELECT id, content_sha256 FROM " + evidenceTable + " WHERE id IN (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.append(')').toString())) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2).trim());
                    }
                }
            }
        }
        return out;
    }

    /** Inserts the rows after {@code head}, chained; returns the new head. */
    private Head insertEvidence(Connection c, Ready r, Map<String, StoredForm> added, Head head) throws SQLException {
        List<StoredForm> forms = new ArrayList<>(added.values());
        List<String> hashes = new ArrayList<>(forms.size());
        String previous = head.hash;
        ChainLinker chain = new ChainLinker();
        for (int i = 0; i < forms.size(); i++) {
            previous = chain.link(previous, evidenceCanonical(head.last + 1 + i, forms.get(i)));
            hashes.add(previous);
        }
        Binder binder = (ps, at, i) -> {
            Evidence e = forms.get(i).value;
            ps.setString(at + 1, e.id());
            ps.setLong(at + 2, head.last + 1 + i);
            ps.setString(at + 3, e.unitId());
            ps.setString(at + 4, e.key());
            ps.setString(at + 5, e.kind().name());
            ps.setString(at + 6, e.period().toString());
            ps.setTimestamp(at + 7, micros(e.recordedAt()), utc());
            ps.setString(at + 8, forms.get(i).sha256());
            ps.setString(at + 9, forms.get(i).json);
            ps.setString(at + 10, hashes.get(i));
        };
        Function<Integer, String> name = i -> "evidence [" + bounded(forms.get(i).value.id(), 80) + "]";
        if (r.dialect == Dialect.POSTGRESQL && forms.size() >= COPY_THRESHOLD && PostgresCopy.usable(c)) {
            Savepoint before = c.setSavepoint();
            try {
                PostgresCopy.copy(c, evidenceTable, EVIDENCE_COLUMNS, forms.size(), i -> {
                    Evidence e = forms.get(i).value;
                    return new String[] {e.id(), Long.toString(head.last + 1 + i), e.unitId(), e.key(), e.kind().name(),
                        e.period().toString(), PostgresCopy.timestamp(e.recordedAt()), forms.get(i).sha256(),
                        forms.get(i).json, hashes.get(i)};
                });
                releaseQuietly(c, before);
                return new Head(head.last + forms.size(), previous);
            } catch (SQLException | IllegalArgumentException copyFailure) {
                // COPY names no row; the statements below find the one the database refuses.
                c.rollback(before);
            }
        }
        insertRows(c, r, evidenceTable, EVIDENCE_COLUMNS, forms.size(), i -> forms.get(i).json.length(), binder, name);
        return new Head(head.last + forms.size(), previous);
    }

    /** The canonical text of an evidence row that the chain hashes: every column but the hash, length-prefixed. */
    private static String evidenceCanonical(long seq, StoredForm f) {
        Evidence e = f.value;
        return canonical(EVIDENCE, Long.toString(seq), e.id(), e.unitId(), e.key(), e.kind().name(),
                e.period().toString(), e.recordedAt().truncatedTo(ChronoUnit.MICROS).toString(), f.sha256(), f.json);
    }

    /** Fields as {@code <length>:<text>} lines ({@code -} for null), so that no two rows give the same text. */
    private static String canonical(String... fields) {
        int size = 0;
        for (String f : fields) {
            size += (f == null ? 0 : f.length()) + 12;
        }
        StringBuilder b = new StringBuilder(size);
        for (String f : fields) {
            if (f == null) {
                b.append("-\n");
            } else {
                b.append(f.length()).append(':').append(f).append('\n');
            }
        }
        return b.toString();
    }

    /** Binds row {@code index} to the parameters after {@code offset}. */
    private interface Binder {
        void bind(PreparedStatement ps, int offset, int index) throws SQLException;
    }

    private interface Size {
        int of(int index);
    }

    /**
     * Inserts rows {@code 0..count-1} into {@code table} with multi-row {@code INSERT} statements of at most
     * {@value #CHUNK_ROWS} rows and about {@value #CHUNK_BYTES} bytes (never more than one record's limit beyond a
     * single row), inside the caller's transaction. If the database refuses a statement, its rows are tried one by
     * one (under a savepoint) to name the row it refuses; the message is bounded and never repeats the data.
     */
    private void insertRows(Connection c, Ready r, String table, List<String> columns, int count, Size size,
            Binder binder, Function<Integer, String> name) throws SQLException {
        long maxChars = Math.min(CHUNK_BYTES, r.recordLimit) / 3;
        Map<Integer, PreparedStatement> statements = new HashMap<>();
        try {
            int from = 0;
            while (from < count) {
                int to = from;
                long chars = 0;
                while (to < count && to - from < CHUNK_ROWS && (to == from || chars + size.of(to) <= maxChars)) {
                    chars += size.of(to);
                    to++;
                }
                int rows = to - from;
                PreparedStatement ps = statements.get(rows);
                if (ps == null) {
                    ps = c.prepareStatement(insertSql(table, columns, rows));
                    statements.put(rows, ps);
                }
                Savepoint before = c.setSavepoint();
                try {
                    for (int i = from; i < to; i++) {
                        binder.bind(ps, (i - from) * columns.size(), i);
                    }
                    ps.executeUpdate();
                } catch (SQLException statementFailure) {
                    c.rollback(before);
                    try (PreparedStatement one = c.prepareStatement(insertSql(table, columns, 1))) {
                        for (int i = from; i < to; i++) {
                            try {
                                binder.bind(one, 0, i);
                                one.executeUpdate();
                            } catch (SQLException rowFailure) {
                                throw new RefusedRow(name.apply(i), i, count, rowFailure);
                            }
                        }
                    }
                    throw statementFailure; // each row alone was taken: report the statement's own error
                }
                releaseQuietly(c, before);
                from = to;
            }
        } finally {
            for (PreparedStatement ps : statements.values()) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // closing a statement of a transaction that is ending anyway
                }
            }
        }
    }

    private static String insertSql(String table, List<String> columns, int rows) {
        StringBuilder row = new StringBuilder("(");
        for (int i = 0; i < columns.size(); i++) {
            row.append(i == 0 ? "?" : ", ?");
        }
        row.append(')');
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                .append(String.join(", ", columns)).append(") VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }

    private static void releaseQuietly(Connection c, Savepoint s) {
        try {
            c.releaseSavepoint(s);
        } catch (SQLException ignored) {
            // some drivers release savepoints on their own; the transaction is unaffected
        }
    }

    /** A row the database refused inside a batch; turned into a bounded message by {@link #failure}. */
    private static final class RefusedRow extends SQLException {
        private static final long serialVersionUID = 1L;

        RefusedRow(String what, int index, int count, SQLException cause) {
            super("the database refused " + what + (count > 1 ? " (row " + (index + 1) + " of " + count + ")" : "")
                    + ": " + serverMessage(cause) + "; nothing of the batch was stored", cause.getSQLState(), cause);
        }
    }

    /** The last-number-and-hash of a chain's counter row. */
    private static final class Head {
        final long last;
        final String hash;

        Head(long last, String hash) {
            this.last = last;
            this.hash = hash;
        }
    }

    /** Locks counter row {@code name} until the transaction ends and returns it; null if it is missing. */
    private Head lockHead(Connection c, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT next_value, head_hash FROM " + counterTable
                + " WHERE name = ? FOR UPDATE")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? new Head(rs.getLong(1), rs.getString(2).trim()) : null;
            }
        }
    }

    private Head requireHead(Connection c, String name) throws SQLException {
        Head h = lockHead(c, name);
        if (h == null) {
            throw new StoreException("The counter row [" + name + "] is missing from " + counterTable
                    + "; run createSchema() or the schema script");
        }
        return h;
    }

    private void saveHead(Connection c, String name, Head head) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE " + counterTable
                + " SET next_value = ?, head_hash = ? WHERE name = ?")) {
            up.setLong(1, head.last);
            up.setString(2, head.hash);
            up.setString(3, name);
            up.executeUpdate();
        }
    }

    @Override
    public List<Evidence> evidence(String unitId) {
        Objects.requireNonNull(unitId, "unitId must not be null");
        return queryEvidence("SELECT id, content FROM " + evidenceTable + " WHERE unit_id = ? ORDER BY seq", unitId);
    }

    @Override
    public List<Evidence> allEvidence() {
        return queryEvidence("SELECT id, content FROM " + evidenceTable + " ORDER BY seq", null);
    }

    @Override
    public Optional<Evidence> findEvidence(String evidenceId) {
        Objects.requireNonNull(evidenceId, "evidenceId must not be null");
        List<Evidence> found = queryEvidence("SELECT id, content FROM " + evidenceTable + " WHERE id = ?", evidenceId);
        return found.isEmpty() ? Optional.<Evidence>empty() : Optional.of(found.get(0));
    }

    /**
     * Reads the evidence unit by unit from one cursor ({@code ORDER BY unit_id, seq}, {@value #FETCH_ROWS} rows per
     * fetch, in a read-committed transaction of its own so that PostgreSQL keeps the cursor on the server), holding
     * one unit's evidence at a time: units come in the database's collation order of {@code unit_id}. The
     * transaction stays open while {@code action} runs.
     */
    @Override
    @API(status = API.Status.EXPERIMENTAL)
    public void forEachUnit(BiConsumer<String, List<Evidence>> action) {
        Objects.requireNonNull(action, "action must not be null");
        ensureOpen();
        try (Connection c = dataSource.getConnection()) {
            ready(c);
            Transaction tx = new Transaction(c);
            try (PreparedStatement ps = c.prepareStatement("SELECT id, unit_id, content FROM " + evidenceTable
                    + " ORDER BY unit_id, seq", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(FETCH_ROWS);
                try (ResultSet rs = ps.executeQuery()) {
                    String unit = null;
                    List<Evidence> own = new ArrayList<>();
                    while (rs.next()) {
                        String id = rs.getString(1);
                        String unitId = rs.getString(2);
                        if (unit != null && !unit.equals(unitId)) {
                            action.accept(unit, Collections.unmodifiableList(own));
                            own = new ArrayList<>();
                        }
                        unit = unitId;
                        own.add(parse(() -> EvidenceJson.parse(rs.getString(3), where(evidenceTable, "id", id))));
                    }
                    if (unit != null) {
                        action.accept(unit, Collections.unmodifiableList(own));
                    }
                }
                tx.commit();
            } catch (SQLException | RuntimeException e) {
                tx.rollback();
                throw e;
            } finally {
                tx.restore();
            }
        } catch (SQLException e) {
            throw failure("read evidence unit by unit", e);
        }
    }

    private List<Evidence> queryEvidence(String sql, String parameter) {
        ensureOpen();
        try (Connection c = dataSource.getConnection()) {
            ready(c);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (parameter != null) {
                    ps.setString(1, parameter);
                }
                // held as columns (a few dozen bytes a fact rather than the parsed values' several hundred): each
                // parsed value is garbage as soon as its row is added, and the caller reads views
                EvidenceColumns.Builder out = EvidenceColumns.builder();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        out.add(parse(() -> EvidenceJson.parse(rs.getString(2), where(evidenceTable, "id", id))));
                    }
                }
                return out.build().asList();
            }
        } catch (SQLException e) {
            throw failure("read evidence", e);
        }
    }

    // ---- scorecards -------------------------------------------------------------------------------

    @Override
    public ScorecardRecord putScorecard(ScorecardRecord record, long expectedVersion) {
        Objects.requireNonNull(record, "record must not be null");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must be 0 (none stored) or a stored version; got "
                    + expectedVersion);
        }
        return putScorecards(Collections.singletonList(record), Collections.singletonList(expectedVersion)).get(0);
    }

    /**
     * Writes the batch in one transaction: all or nothing. Rows are written in (plan, unit) order, so that two
     * batches over the same scorecards lock their rows in the same order and cannot deadlock; the result is in
     * the batch's order.
     */
    @Override
    public List<ScorecardRecord> putScorecards(List<ScorecardRecord> records, List<Long> expectedVersions) {
        org.kaoping.spi.support.ScorecardBatches.check(records, expectedVersions);
        for (ScorecardRecord record : records) {
            length("planId", record.planId(), record.unitId());
            length("unitId", record.unitId(), record.unitId());
            length("rubricId", record.rubricId(), record.unitId());
            length("rubricVersion", record.rubricVersion(), record.unitId());
        }
        ensureOpen();
        if (records.isEmpty()) {
            return Collections.emptyList();
        }
        final List<ScorecardRecord> stored = new ArrayList<>(records.size());
        List<Integer> order = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            stored.add(ScorecardRecord.builder().from(records.get(i)).version(expectedVersions.get(i) + 1).build());
            order.add(i);
        }
        order.sort((a, b) -> {
            int byPlan = stored.get(a).planId().compareTo(stored.get(b).planId());
            return byPlan != 0 ? byPlan : stored.get(a).unitId().compareTo(stored.get(b).unitId());
        });
        try (Connection c = dataSource.getConnection()) {
            ready(c);
            Transaction tx = new Transaction(c);
            try {
                for (int i : order) {
                    long expectedVersion = expectedVersions.get(i);
                    ScorecardRecord s = stored.get(i);
                    if (writeScorecard(c, s, expectedVersion) == 1) {
                        continue;
                    }
                    tx.rollback();
                    long actual = 0;
                    try (PreparedStatement ps = c.prepareStatement("SELECT version FROM " + scorecardTable
                            + " WHERE plan_id = ? AND unit_id = ?")) {
                        ps.setString(1, s.planId());
                        ps.setString(2, s.unitId());
                        try (ResultSet rs = ps.executeQuery()) {
                            if (rs.next()) {
                                actual = rs.getLong(1);
                            }
                        }
                    }
                    tx.commit();
                    throw new ConcurrentUpdateException("the scorecard of unit [" + s.unitId() + "] under plan ["
                            + s.planId() + "]", expectedVersion, actual);
                }
                tx.commit();
                return Collections.unmodifiableList(stored);
            } catch (SQLException | RuntimeException e) {
                tx.rollback();
                throw e;
            } finally {
                tx.restore();
            }
        } catch (SQLException e) {
            throw failure(records.size() == 1 ? "store a scorecard" : "store " + records.size() + " scorecards", e);
        }
    }

    /** Whether the scorecard table has the {@code rubric_version} column; null until looked up (once per schema check). */
    private volatile Boolean rubricVersionColumn;
    private static final String RUBRIC_VERSION_COLUMN = "rubric_version";

    private boolean hasRubricVersionColumn(Connection c) {
        Boolean has = rubricVersionColumn;
        if (has == null) {
            Set<String> columns = columns(c, scorecardTable);
            has = columns != null && columns.contains(RUBRIC_VERSION_COLUMN);
            rubricVersionColumn = has;
        }
        return has;
    }

    /** Inserts or updates one scorecard row inside the caller's transaction; returns the rows changed, 0 on a conflict. */
    private int writeScorecard(Connection c, ScorecardRecord stored, long expectedVersion) throws SQLException {
        String json = EvidenceJson.toJson(stored);
        boolean withVersion = hasRubricVersionColumn(c);
        String rubricVersion = stored.rubricVersion().isEmpty() ? null : stored.rubricVersion();
        if (expectedVersion == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + scorecardTable
                    + " (plan_id, unit_id, version, rubric_id, computed_at, content" + (withVersion ? ", " + RUBRIC_VERSION_COLUMN
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?)" : ") VALUES (?, ?, ?, ?, ?, ?)"))) {
                ps.setString(1, stored.planId());
                ps.setString(2, stored.unitId());
                ps.setLong(3, 1);
                ps.setString(4, stored.rubricId());
                ps.setTimestamp(5, micros(stored.computedAt()), utc());
                ps.setString(6, json);
                if (withVersion) {
                    ps.setString(7, rubricVersion);
                }
                return ps.executeUpdate();
            } catch (SQLException e) {
                if (!duplicateKey(e)) {
                    throw e;
                }
                return 0;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + scorecardTable + " SET version = ?,"
                + " rubric_id = ?, computed_at = ?, content = ?" + (withVersion ? ", " + RUBRIC_VERSION_COLUMN + " = ?" : "")
                + " WHERE plan_id = ? AND unit_id = ? AND version = ?")) {
            int i = 1;
            ps.setLong(i++, expectedVersion + 1);
            ps.setString(i++, stored.rubricId());
            ps.setTimestamp(i++, micros(stored.computedAt()), utc());
            ps.setString(i++, json);
            if (withVersion) {
                ps.setString(i++, rubricVersion);
            }
            ps.setString(i++, stored.planId());
            ps.setString(i++, stored.unitId());
            ps.setLong(i, expectedVersion);
            return ps.executeUpdate();
        }
    }

    @Override
    public Optional<ScorecardRecord> scorecard(String planId, String unitId) {
        Objects.requireNonNull(planId, "planId must not be null");
        Objects.requireNonNull(unitId, "unitId must not be null");
        List<ScorecardRecord> found = queryScorecards("SELECT unit_id, content FROM " + scorecardTable
                + " WHERE plan_id = ? AND unit_id = ?", planId, unitId);
        return found.isEmpty() ? Optional.<ScorecardRecord>empty() : Optional.of(found.get(0));
    }

    @Override
    public List<ScorecardRecord> scorecards(String planId) {
        Objects.requireNonNull(planId, "planId must not be null");
        List<ScorecardRecord> out = new ArrayList<>(queryScorecards("SELECT unit_id, content FROM " + scorecardTable
                + " WHERE plan_id = ?", planId, null));
        // Sorted here, not by ORDER BY, so that the order is the same (by UTF-16 code unit) on every database.
        out.sort((a, b) -> a.unitId().compareTo(b.unitId()));
        return Collections.unmodifiableList(out);
    }

    private List<ScorecardRecord> queryScorecards(String sql, String planId, String unitId) {
        ensureOpen();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepareReady(c, sql)) {
            ps.setString(1, planId);
            if (unitId != null) {
                ps.setString(2, unitId);
            }
            List<ScorecardRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String unit = rs.getString(1);
                    out.add(parse(() -> EvidenceJson.parseScorecard(rs.getString(2),
                            where(scorecardTable, "plan_id", planId) + " unit_id=" + unit)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read scorecards", e);
        }
    }

    // ---- audit ------------------------------------------------------------------------------------

    @Override
    public AuditEvent audit(AuditEvent event) {
        Objects.requireNonNull(event, "event must not be null");
        return auditAll(Collections.singletonList(event)).get(0);
    }

    /**
     * Appends the batch in one transaction holding the audit counter's row lock, so its sequence numbers are
     * contiguous even with other writers, and a batch is all or nothing.
     */
    @Override
    public List<AuditEvent> auditAll(List<AuditEvent> events) {
        checkEvents(events);
        ensureOpen();
        if (events.isEmpty()) {
            return Collections.emptyList();
        }
        try (Connection c = dataSource.getConnection()) {
            ready(c);
            Transaction tx = new Transaction(c);
            try {
                List<AuditEvent> stored = appendAudit(c, events);
                tx.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                tx.rollback();
                throw e;
            } finally {
                tx.restore();
            }
        } catch (SQLException e) {
            throw failure(events.size() == 1 ? "append an audit event" : "append " + events.size() + " audit events", e);
        }
    }

    private static void checkEvents(List<AuditEvent> events) {
        Objects.requireNonNull(events, "events must not be null");
        for (int i = 0; i < events.size(); i++) {
            AuditEvent event = Objects.requireNonNull(events.get(i), "events must not contain null; index " + i + " is null");
            length("actor", event.actor(), "audit event");
            length("unitId", event.unitId().orElse(""), "audit event");
            length("subject", event.subject().orElse(""), "audit event");
        }
    }

    /** Locks the audit counter, appends the events after it, chained, and moves the counter on. */
    private List<AuditEvent> appendAudit(Connection c, List<AuditEvent> events) throws SQLException {
        Head head = requireHead(c, AUDIT);
        List<AuditEvent> stored = new ArrayList<>(events.size());
        List<String> json = new ArrayList<>(events.size());
        List<String> hashes = new ArrayList<>(events.size());
        String previous = head.hash;
        for (int i = 0; i < events.size(); i++) {
            AuditEvent a = AuditEvent.builder().from(events.get(i)).sequence(head.last + 1 + i).build();
            String text = EvidenceJson.toJson(a);
            previous = HashChain.link(previous, auditCanonical(a.sequence(), a.at(), a.actor(), a.action().name(),
                    a.unitId().orElse(null), a.subject().orElse(null), text));
            stored.add(a);
            json.add(text);
            hashes.add(previous);
        }
        insertRows(c, ready(c), auditTable, AUDIT_COLUMNS, events.size(), i -> json.get(i).length(), (ps, at, i) -> {
            AuditEvent a = stored.get(i);
            ps.setLong(at + 1, a.sequence());
            ps.setTimestamp(at + 2, micros(a.at()), utc());
            ps.setString(at + 3, a.actor());
            ps.setString(at + 4, a.action().name());
            ps.setString(at + 5, a.unitId().orElse(null));
            ps.setString(at + 6, a.subject().orElse(null));
            ps.setString(at + 7, json.get(i));
            ps.setString(at + 8, hashes.get(i));
        }, i -> "audit event " + (head.last + 1 + i));
        saveHead(c, AUDIT, new Head(head.last + events.size(), previous));
        return Collections.unmodifiableList(stored);
    }

    private static String auditCanonical(long seq, Instant at, String actor, String action, String unitId,
            String subject, String content) {
        return canonical(AUDIT, Long.toString(seq), at.truncatedTo(ChronoUnit.MICROS).toString(), actor, action,
                unitId, subject, content);
    }

    @Override
    public List<AuditEvent> auditEvents(long afterSequence) {
        if (afterSequence < 0) {
            throw new IllegalArgumentException("afterSequence must not be negative; got " + afterSequence);
        }
        ensureOpen();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepareReady(c,
                "SELECT seq, content FROM " + auditTable + " WHERE seq > ? ORDER BY seq")) {
            ps.setLong(1, afterSequence);
            List<AuditEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    out.add(parse(() -> EvidenceJson.parseAuditEvent(rs.getString(2), where(auditTable, "seq",
                            Long.toString(seq)))));
                }
            }
            return Collections.unmodifiableList(out);
        } catch (SQLException e) {
            throw failure("read audit events", e);
        }
    }

    // ---- integrity --------------------------------------------------------------------------------

    /**
     * Walks the evidence chain, then the audit chain, in {@code seq} order, recomputing each row's
     * {@code chain_hash} from the previous row's and the row's columns, and reports the first row that does not
     * match: a changed column (the JSON content included), a row missing from the sequence, a chain head in
     * the counter row that is not the last row's hash (rows cut off the end), or a row beyond the counter (added
     * by hand). Does not block writers: it checks the rows up to the counters as read when it starts.
     */
    @Override
    public IntegrityReport verifyIntegrity() {
        ensureOpen();
        try (Connection c = dataSource.getConnection()) {
            ready(c);
            long[] checked = {0};
            for (String chain : Arrays.asList(EVIDENCE, AUDIT)) {
                IntegrityReport broken = walk(c, chain, checked);
                if (broken != null) {
                    return broken;
                }
            }
            return IntegrityReport.intact(ID, checked[0]);
        } catch (SQLException e) {
            throw failure("verify the chain", e);
        }
    }

    private IntegrityReport walk(Connection c, String chain, long[] checked) throws SQLException {
        String table = chain.equals(EVIDENCE) ? evidenceTable : auditTable;
        Head head = readHead(c, chain);
        if (head == null) {
            return IntegrityReport.broken(ID, checked[0], "table " + counterTable + ", row [" + chain + "]",
                    "the counter row of the " + chain + " chain is missing");
        }
        String previous = HashChain.GENESIS;
        long expected = 1;
        while (expected <= head.last) {
            List<ChainRow> rows = chainRows(c, chain, expected - 1, head.last, CHUNK);
            if (rows.isEmpty()) {
                break;
            }
            for (ChainRow row : rows) {
                if (row.seq != expected) {
                    return IntegrityReport.broken(ID, checked[0], "table " + table + ", row seq " + expected,
                            "the row is missing (the next row is seq " + row.seq + ")");
                }
                if (!HashChain.link(previous, row.canonical).equals(row.hash)) {
                    return IntegrityReport.broken(ID, checked[0], row.place, "the row does not match its chain hash:"
                            + " a column of it was changed, or its hash or the previous row's was rewritten");
                }
                previous = row.hash;
                expected++;
                checked[0]++;
            }
        }
        if (expected <= head.last) {
            return IntegrityReport.broken(ID, checked[0], "table " + table + ", row seq " + expected, "the row is"
                    + " missing: the counter says the " + chain + " chain has " + head.last + " row(s)");
        }
        if (!previous.equals(head.hash)) {
            return IntegrityReport.broken(ID, checked[0], "table " + counterTable + ", row [" + chain + "]",
                    "the chain head is not the hash of row seq " + head.last + " of " + table
                            + ": rows were cut off the end, or the chain was rewritten");
        }
        // Rows beyond the counter: committed writers always move the counter with their rows, so a row past
        // the counter as read after the query was added by hand (one within it may be a writer's, checked next time).
        Head now = readHead(c, chain);
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(seq) FROM " + table + " WHERE seq > ?")) {
            ps.setLong(1, now.last);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long beyond = rs.getLong(1);
                    if (!rs.wasNull() && beyond > readHead(c, chain).last) {
                        return IntegrityReport.broken(ID, checked[0], "table " + table + ", row seq " + beyond,
                                "the row is beyond the " + chain + " counter (" + now.last + "): it was added by hand");
                    }
                }
            }
        }
        return null;
    }

    private Head readHead(Connection c, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT next_value, head_hash FROM " + counterTable
                + " WHERE name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? new Head(rs.getLong(1), rs.getString(2).trim()) : null;
            }
        }
    }

    /** One row of a chain: its sequence, the canonical text of its columns, its stored hash and where it is. */
    private static final class ChainRow {
        final long seq;
        final String canonical;
        final String hash;
        final String place;

        ChainRow(long seq, String canonical, String hash, String place) {
            this.seq = seq;
            this.canonical = canonical;
            this.hash = hash;
            this.place = place;
        }
    }

    /** Up to {@code limit} rows of the chain with {@code after < seq <= upTo}, in order. */
    private List<ChainRow> chainRows(Connection c, String chain, long after, long upTo, int limit) throws SQLException {
        boolean evidence = chain.equals(EVIDENCE);
        String sql = evidence
                ? "SELECT seq, id, unit_id, evidence_key, kind, report_period, recorded_at, content_sha256, content,"
                        + " chain_hash FROM " + evidenceTable + " WHERE seq > ? AND seq <= ? ORDER BY seq"
                : "SELECT seq, occurred_at, actor, action, unit_id, subject, content, chain_hash FROM " + auditTable
                        + " WHERE seq > ? AND seq <= ? ORDER BY seq";
        List<ChainRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setMaxRows(limit);
            ps.setLong(1, after);
            ps.setLong(2, upTo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    if (evidence) {
                        String id = rs.getString(2);
                        String canonical = canonical(EVIDENCE, Long.toString(seq), id, rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7, utc())),
                                trim(rs.getString(8)), rs.getString(9));
                        out.add(new ChainRow(seq, canonical, trim(rs.getString(10)), "table " + evidenceTable
                                + ", row seq " + seq + " (id [" + bounded(id, 80) + "])"));
                    } else {
                        String canonical = canonical(AUDIT, Long.toString(seq), instant(rs.getTimestamp(2, utc())),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
                        out.add(new ChainRow(seq, canonical, trim(rs.getString(8)), "table " + auditTable
                                + ", row seq " + seq));
                    }
                }
            }
        }
        return out;
    }

    private static String instant(Timestamp t) {
        return t == null ? null : t.toInstant().toString();
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    // ---- lifecycle and helpers --------------------------------------------------------------------

    /**
     * Stops this instance; reads and writes afterwards throw. Shuts down the store's own bulk executor (never one given
     * to the builder). Does not close the {@code DataSource}. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            if (ownBulkExecutor != null) {
                ownBulkExecutor.shutdown(); // a write still running makes its rows on its own thread
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("This JdbcAssessmentStore (tables " + prefix + "*) is closed");
        }
    }

    private PreparedStatement prepareReady(Connection c, String sql) throws SQLException {
        ready(c);
        return c.prepareStatement(sql);
    }

    /** A connection switched to a READ COMMITTED transaction, restored to its previous settings afterwards. */
    private static final class Transaction {
        private final Connection c;
        private final boolean autoCommit;
        private final int isolation;

        Transaction(Connection c) throws SQLException {
            this.c = c;
            this.autoCommit = c.getAutoCommit();
            this.isolation = c.getTransactionIsolation();
            if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            c.setAutoCommit(false);
        }

        void commit() throws SQLException {
            c.commit();
        }

        void rollback() {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is failing; the original error is reported
            }
        }

        void restore() {
            try {
                c.setAutoCommit(autoCommit);
                if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                    c.setTransactionIsolation(isolation);
                }
            } catch (SQLException ignored) {
                // the pool will discard a broken connection
            }
        }
    }

    private interface Parse<T> {
        T run() throws SQLException;
    }

    private static <T> T parse(Parse<T> parse) throws SQLException {
        try {
            return parse.run();
        } catch (EvidenceFormatException e) {
            throw new StoreException("A stored row is not what this store writes (was it edited by hand?): "
                    + e.getMessage(), e);
        }
    }

    private static String where(String table, String column, String value) {
        return "table " + table + " row " + column + "=" + value + " column content";
    }

    /** Is this (or a chained exception) an integrity-constraint violation, SQLSTATE class 23? */
    private static boolean duplicateKey(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                for (SQLException s = (SQLException) t; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && s.getSQLState().startsWith("23")) {
                        return true;
                    }
                    if (s.getNextException() == s) {
                        break;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void length(String field, String value, String owner) {
        if (value.length() > MAX_ID) {
            throw new RefusedInputException("[" + bounded(owner, 80) + "]: " + field + " has " + value.length()
                    + " characters; the JDBC store holds at most " + MAX_ID);
        }
    }

    /** Index columns hold microseconds, what every supported database keeps; the JSON keeps the exact instant. */
    private static Timestamp micros(Instant at) {
        return Timestamp.from(at.truncatedTo(ChronoUnit.MICROS));
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    }

    /**
     * The database's own account of a failure, bounded: the first line of the most specific exception (a batch
     * failure's next exception on PostgreSQL, whose own message repeats the statement with all its data).
     */
    static String serverMessage(SQLException e) {
        SQLException specific = e;
        if (e instanceof BatchUpdateException && e.getNextException() != null) {
            specific = e.getNextException();
        } else if (e.getCause() instanceof SQLException && e.getMessage() != null
                && e.getMessage().startsWith("Batch entry")) {
            specific = (SQLException) e.getCause();
        }
        String m = specific.getMessage() == null ? specific.getClass().getName() : specific.getMessage();
        int line = m.indexOf('\n');
        return bounded(line < 0 ? m : m.substring(0, line), 300);
    }

    /** {@code text} cut to {@code max} characters, with how many were left out. */
    static String bounded(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "… (" + (text.length() - max) + " more characters)";
    }

    private StoreException failure(String what, SQLException e) {
        String message = e instanceof RefusedRow ? e.getMessage() : serverMessage(e);
        return new StoreException("Cannot " + what + " (tables " + prefix + "*): " + message
                + " [SQLState " + e.getSQLState() + "]", e);
    }

    @Override
    public String toString() {
        return "JdbcAssessmentStore{tables " + prefix + "*}";
    }
}

package org.kaoping.plugin.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.kaoping.core.KaopingException;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.plugin.json.EvidenceFormatException;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ConcurrentUpdateException;
import org.kaoping.spi.EvidenceConflictException;
import org.kaoping.spi.ScorecardRecord;
import org.kaoping.spi.SubmitOutcome;

/**
 * An {@link AssessmentStore} in a relational database, over any {@link DataSource} (the OA system's
 * connection pool), in plain portable SQL.
 *
 * <p><b>Schema.</b> Four tables, {@code <prefix>evidence}, {@code <prefix>scorecard},
 * {@code <prefix>audit} and {@code <prefix>counter}, with the prefix {@value #DEFAULT_TABLE_PREFIX} unless
 * another is given. Create them with {@link #createSchema()} (idempotent; detects the database), or have
 * a DBA run the script for the database, shipped as class-path resources: {@link Dialect#H2},
 * {@link Dialect#POSTGRESQL} and {@link Dialect#MYSQL} (MySQL and MariaDB) name them; the statements
 * differ only in column types and in how the two counter rows are seeded. Evidence rows hold the
 * {@link EvidenceJson} text in {@code content} plus indexed columns {@code id} (primary key),
 * {@code seq} (storage order), {@code unit_id}, {@code evidence_key}, {@code kind},
 * {@code report_period}, {@code recorded_at} (UTC, truncated to the microsecond) and {@code content_sha256}, the SHA-256 of the JSON
 * that idempotency compares. Scorecards and audit events likewise hold their JSON in {@code content}.
 *
 * <p><b>Transactions and durability.</b> A write returns once its transaction has committed, so it is as
 * durable as the database makes a commit. A batch is one transaction: all or nothing. Writers of
 * evidence (and of audit events) take the row lock of their counter row first, so storage order and
 * audit sequence numbers are contiguous and in commit order, and readers never see a gap fill in later.
 * Connections run at {@code READ COMMITTED} while writing and are given back with their previous
 * settings. Each write borrows one connection and returns it before it returns.
 *
 * <p><b>Idempotency and races.</b> Evidence already stored under an id with the same content hash is a
 * {@link SubmitOutcome#DUPLICATE}; with a different hash, an {@link EvidenceConflictException} and the
 * transaction is rolled back. If two writers (threads, processes or servers) submit the same id at
 * once, one adds it and the other, after the first commits, sees it: a duplicate or a conflict, never
 * two rows and never a raw duplicate-key error (a duplicate-key failure is rolled back and the batch
 * decided again).
 *
 * <p><b>Optimistic concurrency.</b> {@link #putScorecard} and each record of {@link #putScorecards} (one
 * transaction for the batch, so a conflict writes none of it) inserts version 1 when 0 is expected (a
 * duplicate key means someone came first) and otherwise runs
 * {@code UPDATE … SET version = expected + 1 … WHERE plan_id = ? AND unit_id = ? AND version = expected};
 * no row updated means someone came first: {@link ConcurrentUpdateException}.
 *
 * <p><b>Tested on</b> H2 2.3 (embedded, in every build), PostgreSQL and MariaDB (when the build finds the
 * servers; see the module's tests). MySQL 5.7+ uses the same script as MariaDB but was not tested.
 *
 * <p><b>Thread-safety.</b> Safe for any number of threads, and any number of instances (in one or many
 * processes) may share the tables. {@link #close()} only stops this instance; it never closes the
 * {@code DataSource}, which belongs to the caller.
 */
public final class JdbcAssessmentStore implements AssessmentStore {
    /** The provider id. */
    public static final String ID = "jdbc";
    /** The table prefix used unless another is given; the schema scripts are written with it. */
    public static final String DEFAULT_TABLE_PREFIX = "kaoping_";

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,29}");
    private static final int MAX_ID = 255;
    private static final int ATTEMPTS = 10;

    /** The databases the shipped schema scripts are written for. */
    public enum Dialect {
        /** H2 2.x. */
        H2("schema-h2.sql"),
        /** PostgreSQL 9.5 and later, and databases derived from it. */
        POSTGRESQL("schema-postgresql.sql"),
        /** MySQL 5.7 and later, MariaDB 10.2 and later. */
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
    private volatile boolean closed;

    /** A store over the tables with the default prefix {@value #DEFAULT_TABLE_PREFIX}; connects only when used. */
    public JdbcAssessmentStore(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE_PREFIX);
    }

    /**
     * A store over the tables named with {@code tablePrefix}, e.g. {@code oa_kaoping_}; connects only when used.
     *
     * @param tablePrefix 1 to 30 characters of {@code [a-z0-9_]}, starting with a letter
     */
    public JdbcAssessmentStore(DataSource dataSource, String tablePrefix) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
        Objects.requireNonNull(tablePrefix, "tablePrefix must not be null");
        if (!PREFIX.matcher(tablePrefix).matches()) {
            throw new IllegalArgumentException("tablePrefix must be 1 to 30 characters of [a-z0-9_] starting with a"
                    + " letter; got [" + tablePrefix + "]");
        }
        this.prefix = tablePrefix;
        this.evidenceTable = tablePrefix + "evidence";
        this.scorecardTable = tablePrefix + "scorecard";
        this.auditTable = tablePrefix + "audit";
        this.counterTable = tablePrefix + "counter";
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
     * Creates the tables, indexes and counter rows if they do not exist, with the script for the
     * database the {@code DataSource} connects to. Idempotent; returns the dialect used.
     *
     * @throws KaopingException if the database is not one the scripts are written for, or a statement fails
     */
    public Dialect createSchema() {
        ensureOpen();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String product = meta.getDatabaseProductName();
            Dialect dialect = Dialect.of(product).orElseThrow(() -> new KaopingException("No Kaoping schema script"
                    + " for database [" + product + "]; adapt one of " + Dialect.H2.schemaResource() + ", "
                    + Dialect.POSTGRESQL.schemaResource() + " or " + Dialect.MYSQL.schemaResource()));
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String statement : statements(schemaScript(dialect, prefix))) {
                    try {
                        s.execute(statement);
                    } catch (SQLException e) {
                        throw new KaopingException("Cannot create the Kaoping schema on " + product + ": " + e.getMessage()
                                + "; statement: " + statement, e);
                    }
                }
            } finally {
                c.setAutoCommit(auto);
            }
            return dialect;
        } catch (SQLException e) {
            throw failure("create the schema", e);
        }
    }

    /** The schema script of {@code dialect} with tables named with {@code tablePrefix}. */
    public static String schemaScript(Dialect dialect, String tablePrefix) {
        if (!PREFIX.matcher(tablePrefix).matches()) {
            throw new IllegalArgumentException("tablePrefix must be 1 to 30 characters of [a-z0-9_] starting with a"
                    + " letter; got [" + tablePrefix + "]");
        }
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
            throw new KaopingException("Cannot read " + dialect.schemaResource() + ": " + e, e);
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

    // ---- evidence ---------------------------------------------------------------------------------

    @Override
    public SubmitOutcome submit(Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence must not be null");
        return submitAll(Collections.singletonList(evidence)).get(0);
    }

    @Override
    public List<SubmitOutcome> submitAll(List<? extends Evidence> evidence) {
        List<StoredForm> forms = SubmissionBatch.forms(evidence, e -> {
            length("id", e.id(), e.id());
            length("unitId", e.unitId(), e.id());
            length("key", e.key(), e.id());
        });
        ensureOpen();
        if (forms.isEmpty()) {
            return Collections.emptyList();
        }
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                Transaction tx = new Transaction(c);
                try {
                    List<SubmitOutcome> outcomes = new ArrayList<>(forms.size());
                    Map<String, StoredForm> added = decide(c, forms, outcomes);
                    if (!added.isEmpty()) {
                        long lastSeq = reserve(c, "evidence", added.size());
                        // Another writer may have committed one of these ids while we waited for the lock.
                        if (!hashes(c, new ArrayList<>(added.keySet())).isEmpty()) {
                            tx.rollback();
                            continue;
                        }
                        insert(c, added, lastSeq - added.size() + 1);
                    }
                    tx.commit();
                    return outcomes;
                } catch (SQLException e) {
                    tx.rollback();
                    if (!duplicateKey(e)) {
                        throw e;
                    }
                    last = e;
                } catch (RuntimeException e) {
                    tx.rollback();
                    throw e;
                } finally {
                    tx.restore();
                }
            } catch (SQLException e) {
                throw failure("store evidence", e);
            }
        }
        throw new KaopingException("Could not store evidence in " + evidenceTable + " after " + ATTEMPTS
                + " attempts that each met a duplicate key; is another program writing the table?", last);
    }

    /** Outcomes in order; the forms to add, by id. Throws EvidenceConflictException on a differing id. */
    private Map<String, StoredForm> decide(Connection c, List<StoredForm> forms, List<SubmitOutcome> outcomes)
            throws SQLException {
        List<String> ids = new ArrayList<>(forms.size());
        for (StoredForm f : forms) {
            ids.add(f.value.id());
        }
        Map<String, String> stored = hashes(c, ids);
        return SubmissionBatch.decide(forms, stored::get, StoredForm::sha256, outcomes);
    }

    /** The content hashes stored under those of {@code ids} that exist. */
    private Map<String, String> hashes(Connection c, List<String> ids) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT content_sha256 FROM " + evidenceTable + " WHERE id = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.put(id, rs.getString(1).trim());
                    }
                }
            }
        }
        return out;
    }

    private void insert(Connection c, Map<String, StoredForm> added, long firstSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + evidenceTable + " (id, seq, unit_id, evidence_key,"
                + " kind, report_period, recorded_at, content_sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long seq = firstSeq;
            for (StoredForm f : added.values()) {
                Evidence e = f.value;
                ps.setString(1, e.id());
                ps.setLong(2, seq++);
                ps.setString(3, e.unitId());
                ps.setString(4, e.key());
                ps.setString(5, e.kind().name());
                ps.setString(6, e.period().toString());
                ps.setTimestamp(7, micros(e.recordedAt()), utc());
                ps.setString(8, f.sha256());
                ps.setString(9, f.json);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Locks the counter row {@code name} (until the transaction ends), advances it by {@code count} and
     * returns the last number reserved.
     */
    private long reserve(Connection c, String name, int count) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE " + counterTable
                + " SET next_value = next_value + ? WHERE name = ?")) {
            up.setLong(1, count);
            up.setString(2, name);
            if (up.executeUpdate() != 1) {
                throw new KaopingException("The counter row [" + name + "] is missing from " + counterTable
                        + "; run createSchema() or the schema script");
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT next_value FROM " + counterTable + " WHERE name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
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

    private List<Evidence> queryEvidence(String sql, String parameter) {
        ensureOpen();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            List<Evidence> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    out.add(parse(() -> EvidenceJson.parse(rs.getString(2), where(evidenceTable, "id", id))));
                }
            }
            return Collections.unmodifiableList(out);
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
        AssessmentStore.checkBatch(records, expectedVersions);
        for (ScorecardRecord record : records) {
            length("planId", record.planId(), record.unitId());
            length("unitId", record.unitId(), record.unitId());
            length("rubricId", record.rubricId(), record.unitId());
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

    /** Inserts or updates one scorecard row inside the caller's transaction; returns the rows changed, 0 on a conflict. */
    private int writeScorecard(Connection c, ScorecardRecord stored, long expectedVersion) throws SQLException {
        String json = EvidenceJson.toJson(stored);
        if (expectedVersion == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + scorecardTable
                    + " (plan_id, unit_id, version, rubric_id, computed_at, content) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, stored.planId());
                ps.setString(2, stored.unitId());
                ps.setLong(3, 1);
                ps.setString(4, stored.rubricId());
                ps.setTimestamp(5, micros(stored.computedAt()), utc());
                ps.setString(6, json);
                return ps.executeUpdate();
            } catch (SQLException e) {
                if (!duplicateKey(e)) {
                    throw e;
                }
                return 0;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + scorecardTable + " SET version = ?,"
                + " rubric_id = ?, computed_at = ?, content = ? WHERE plan_id = ? AND unit_id = ? AND version = ?")) {
            ps.setLong(1, expectedVersion + 1);
            ps.setString(2, stored.rubricId());
            ps.setTimestamp(3, micros(stored.computedAt()), utc());
            ps.setString(4, json);
            ps.setString(5, stored.planId());
            ps.setString(6, stored.unitId());
            ps.setLong(7, expectedVersion);
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
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
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
        Objects.requireNonNull(events, "events must not be null");
        for (int i = 0; i < events.size(); i++) {
            AuditEvent event = Objects.requireNonNull(events.get(i), "events must not contain null; index " + i + " is null");
            length("actor", event.actor(), "audit event");
            length("unitId", event.unitId().orElse(""), "audit event");
            length("subject", event.subject().orElse(""), "audit event");
        }
        ensureOpen();
        if (events.isEmpty()) {
            return Collections.emptyList();
        }
        try (Connection c = dataSource.getConnection()) {
            Transaction tx = new Transaction(c);
            try {
                long first = reserve(c, "audit", events.size()) - events.size() + 1;
                List<AuditEvent> stored = new ArrayList<>(events.size());
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + auditTable
                        + " (seq, occurred_at, actor, action, unit_id, subject, content) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < events.size(); i++) {
                        AuditEvent a = AuditEvent.builder().from(events.get(i)).sequence(first + i).build();
                        stored.add(a);
                        ps.setLong(1, a.sequence());
                        ps.setTimestamp(2, micros(a.at()), utc());
                        ps.setString(3, a.actor());
                        ps.setString(4, a.action().name());
                        ps.setString(5, a.unitId().orElse(null));
                        ps.setString(6, a.subject().orElse(null));
                        ps.setString(7, EvidenceJson.toJson(a));
                        ps.executeUpdate();
                    }
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
            throw failure(events.size() == 1 ? "append an audit event" : "append " + events.size() + " audit events", e);
        }
    }

    @Override
    public List<AuditEvent> auditEvents(long afterSequence) {
        if (afterSequence < 0) {
            throw new IllegalArgumentException("afterSequence must not be negative; got " + afterSequence);
        }
        ensureOpen();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
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

    // ---- lifecycle and helpers --------------------------------------------------------------------

    /** Stops this instance; reads and writes afterwards throw. Does not close the {@code DataSource}. Idempotent. */
    @Override
    public void close() {
        closed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new KaopingException("This JdbcAssessmentStore (tables " + prefix + "*) is closed");
        }
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
            throw new KaopingException("A stored row is not what this store writes (was it edited by hand?): "
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
            throw new IllegalArgumentException("[" + owner + "]: " + field + " has " + value.length()
                    + " characters; the JDBC store holds at most " + MAX_ID);
        }
    }

    /** Index columns hold microseconds, what every supported database keeps; the JSON keeps the exact instant. */
    private static Timestamp micros(java.time.Instant at) {
        return Timestamp.from(at.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    }

    private KaopingException failure(String what, SQLException e) {
        return new KaopingException("Cannot " + what + " (tables " + prefix + "*): " + e.getMessage()
                + " [SQLState " + e.getSQLState() + "]", e);
    }

    @Override
    public String toString() {
        return "JdbcAssessmentStore{tables " + prefix + "*}";
    }
}

package org.kaoping.plugin.store;

import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The JDBC store on a real PostgreSQL server: {@code KAOPING_TEST_POSTGRES_URL}, by default
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=root} ({@code .ci/run} sets it). Skipped, with the
 * reason in the report, when no server answers there.
 */
class PostgresJdbcAssessmentStoreTest extends JdbcStoreContract {
    static final String URL = env("KAOPING_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=root");
    private static final UrlDataSource PG = new UrlDataSource(URL);

    private static String unreachable;

    @BeforeAll
    static void serverIsThere() {
        unreachable = PG.unreachable();
        if (unreachable != null) {
            System.out.println("PostgreSQL not reachable at " + URL + ": skipping its tests (" + unreachable + ")");
        }
    }

    @Override
    protected void assumeAvailable() {
        Assumptions.assumeTrue(unreachable == null, "PostgreSQL not reachable at " + URL + ": skipping (" + unreachable + ")");
    }

    @Override
    protected DataSource dataSource() {
        return PG;
    }

    @Override
    protected JdbcAssessmentStore.Dialect expectedDialect() {
        return JdbcAssessmentStore.Dialect.POSTGRESQL;
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.trim().isEmpty() ? fallback : v.trim();
    }
}

package org.kaoping.plugin.store;

import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The JDBC store on a real MariaDB (MySQL-family) server: {@code KAOPING_TEST_MARIADB_URL}, by default
 * {@code jdbc:mariadb://127.0.0.1:3306/test?user=root} ({@code .ci/run} sets it). Skipped, with the
 * reason in the report, when no server answers there.
 */
class MariaDbJdbcAssessmentStoreTest extends JdbcStoreContract {
    static final String URL = PostgresJdbcAssessmentStoreTest.env("KAOPING_TEST_MARIADB_URL",
            "jdbc:mariadb://127.0.0.1:3306/test?user=root");
    private static final UrlDataSource MARIADB = new UrlDataSource(URL);

    private static String unreachable;

    @BeforeAll
    static void serverIsThere() {
        unreachable = MARIADB.unreachable();
        if (unreachable != null) {
            System.out.println("MariaDB not reachable at " + URL + ": skipping its tests (" + unreachable + ")");
        }
    }

    @Override
    protected void assumeAvailable() {
        Assumptions.assumeTrue(unreachable == null, "MariaDB not reachable at " + URL + ": skipping (" + unreachable + ")");
    }

    @Override
    protected DataSource dataSource() {
        return MARIADB;
    }

    @Override
    protected JdbcAssessmentStore.Dialect expectedDialect() {
        return JdbcAssessmentStore.Dialect.MYSQL;
    }
}

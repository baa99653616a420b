package org.kaoping.plugin.store;

import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The JDBC store on a real MariaDB (MySQL-family) server: {@code KAOPING_TEST_MARIADB_URL}, by default
 * {@code jdbc:mariadb://127.0.0.1:3306/test?user=root} ({@code .ci/run} sets it). Skipped, with the
 * reason in the report, when no server answers there.
 */
class MariaDbJdbcAssessmentStoreTest extends JdbcStoreBehaviour {
    static final String URL = PostgresJdbcAssessmentStoreTest.env("KAOPING_TEST_MARIADB_URL",
            "jdbc:mariadb://127.0.0.1:3306/test?user=root");
    private static final UrlDataSource MARIADB = new UrlDataSource(URL);

    @BeforeAll
    static void serverIsThere() {
        String why = MARIADB.unreachable();
        if (why != null) {
            System.out.println("MariaDB not reachable at " + URL + ": skipping (" + why + ")");
        }
        Assumptions.assumeTrue(why == null, "MariaDB not reachable at " + URL + ": skipping (" + why + ")");
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

package org.kaoping.plugin.store;

import java.util.UUID;
import javax.sql.DataSource;

/** The JDBC store on embedded H2, in every build. */
class H2JdbcAssessmentStoreTest extends JdbcStoreContract {
    private static final UrlDataSource H2 = new UrlDataSource("jdbc:h2:mem:kaoping-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

    @Override
    protected DataSource dataSource() {
        return H2;
    }

    @Override
    protected JdbcAssessmentStore.Dialect expectedDialect() {
        return JdbcAssessmentStore.Dialect.H2;
    }
}

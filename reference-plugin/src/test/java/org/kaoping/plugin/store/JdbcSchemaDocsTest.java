package org.kaoping.plugin.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The DBA's DDL in {@code docs/jdbc.md} is the shipped schema script of each dialect, verbatim. */
class JdbcSchemaDocsTest {
    @ParameterizedTest
    @EnumSource(JdbcAssessmentStore.Dialect.class)
    void theDocsRepeatTheShippedScriptVerbatim(JdbcAssessmentStore.Dialect dialect) throws IOException {
        Path doc = Paths.get("..", "docs", "jdbc.md");
        String text = new String(Files.readAllBytes(doc), StandardCharsets.UTF_8);
        String script = JdbcAssessmentStore.schemaScript(dialect, JdbcAssessmentStore.DEFAULT_TABLE_PREFIX);
        assertTrue(text.contains("```sql\n" + script + "```"), "docs/jdbc.md must hold " + dialect.schemaResource()
                + " verbatim in a ```sql block; regenerate that section from the script");
        assertTrue(script.contains("'schema_version', '" + JdbcAssessmentStore.SCHEMA_VERSION + "'"),
                "the script records the version the store reads and writes");
    }
}

package org.kaoping.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.store.JdbcAssessmentStore;
import org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.ObligationCheck;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.Publication;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/** The embedding guides' Java snippets are {@link GuideSnippets}' code, and that code runs and does what the guides say. */
class EmbeddingGuideTest {
    private static final Path SNIPPETS = Paths.get("src/test/java/org/kaoping/examples/guide/GuideSnippets.java");
    private static final Pattern REGION = Pattern.compile("// snippet:([a-z-]+)\\n(.*?)\\n\\s*// end:\\1", Pattern.DOTALL);
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);

    /** The sample city's runtime on an in-memory store, the demo's evidence imported. */
    private static Kaoping sampleCity(InMemoryAssessmentStore store) {
        Kaoping kaoping = Kaoping.builder().rubricProvider(new Beihai2015RubricProvider())
                .orgDirectory(BeihaiSampleCity.directory()).store(store)
                // the demo's plan declares the categories its adjustments and vetoes use; a rubric-only plan does not, and
                // the runtime would (rightly) report those units as not scorable
                .cityOffice(BeihaiSampleCity.OFFICE_ID).plan(BeihaiDemo.plan())
                .notAssessed(BeihaiSampleCity.OFFICE_ID, "the city office assesses").build();
        store.submitAll(BeihaiDemo.evidence());
        return kaoping;
    }

    @Nested
    class TheGuidesShowTheCompiledSnippets {
        @ParameterizedTest
        @ValueSource(strings = {"../docs/embedding.md", "../docs/embedding.zh-CN.md"})
        void everyJavaBlockIsASnippetAndEverySnippetIsShown(String guide) throws IOException {
            Map<String, String> snippets = snippets();
            String text = read(Paths.get(guide));
            List<String> blocks = new ArrayList<>();
            Matcher m = JAVA_BLOCK.matcher(text);
            while (m.find()) {
                blocks.add(m.group(1));
            }
            for (String block : blocks) {
                assertTrue(snippets.containsValue(block), guide + ": a Java block that is not in GuideSnippets.java:\n" + block);
            }
            for (Map.Entry<String, String> s : snippets.entrySet()) {
                assertTrue(blocks.contains(s.getValue()), guide + " lacks snippet [" + s.getKey() + "]:\n" + s.getValue());
            }
        }

        @Test
        void theSnippetsFileHasTheRegionsTheGuidesUse() throws IOException {
            assertEquals(Arrays.asList("imports", "wire-by-hand", "jdbc-store", "dba-ddl", "submit", "evidence", "override",
                    "deadlines", "score", "reports"), new ArrayList<>(snippets().keySet()));
        }
    }

    @Nested
    class TheSnippetsRun {
        @Test
        void wiringByHandRanksEveryRubric(@TempDir Path dir) {
            Map<String, RankingTable> rankings = GuideSnippets.wireByHand(dir, BeihaiSampleCity.directory());
            assertEquals(5, rankings.size(), rankings.keySet().toString());
            assertTrue(Files.isDirectory(dir.resolve("kaoping")), "the journal store's directory");
        }

        @Test
        void theJdbcStoreCreatesItsTablesOnH2() throws Exception {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:guide;DB_CLOSE_DELAY=-1");
            JdbcAssessmentStore store = GuideSnippets.jdbcStore(h2);
            try (Connection c = h2.getConnection();
                    ResultSet tables = c.getMetaData().getTables(null, null, "OA_KAOPING_%", null)) {
                int n = 0;
                while (tables.next()) {
                    n++;
                }
                assertEquals(5, n, "evidence, scorecard, audit, counter and schema-version (meta) tables");
            }
            assertEquals(0, store.allEvidence().size());
            GuideSnippets.jdbcStore(h2); // idempotent
        }

        @Test
        void theDbasDdlNamesThePrefixedTables() {
            String ddl = GuideSnippets.ddlForTheDba();
            assertTrue(ddl.contains("oa_kaoping_evidence"), ddl);
            assertTrue(ddl.endsWith("/org/kaoping/plugin/store/schema-postgresql.sql"), ddl);
        }

        @Test
        void submitStoresOnceAndAudits() {
            InMemoryAssessmentStore store = new InMemoryAssessmentStore();
            Kaoping kaoping = sampleCity(store);
            assertEquals(SubmitOutcome.ADDED, GuideSnippets.submitJudgement(kaoping));
            assertEquals(SubmitOutcome.DUPLICATE, GuideSnippets.submitJudgement(kaoping));
            assertTrue(store.auditEvents(0).stream().anyMatch(e -> e.action() == AuditEvent.Action.EVIDENCE_DUPLICATE
                    && "示例评委06".equals(e.actor())));
        }

        @Test
        void otherEvidenceIsAcceptedFromWhoMayFileIt() {
            Kaoping kaoping = sampleCity(new InMemoryAssessmentStore());
            assertEquals(Arrays.asList(SubmitOutcome.ADDED, SubmitOutcome.ADDED, SubmitOutcome.ADDED),
                    GuideSnippets.otherEvidence(kaoping));
        }

        @Test
        void overrideIsRecordedAndScored() {
            Kaoping kaoping = sampleCity(new InMemoryAssessmentStore());
            ScoreOverride o = GuideSnippets.override(kaoping);
            assertEquals(Points.parse("0.5"), o.newPoints());
            assertTrue(kaoping.store().findEvidence(o.id()).isPresent(), "the override is stored as evidence");
        }

        @Test
        void declaredEffectsFileDeductions() {
            InMemoryAssessmentStore store = new InMemoryAssessmentStore();
            store.submitAll(BeihaiDemo.evidence());
            ObligationCheck check = GuideSnippets.deadlines(BeihaiSampleCity.directory(), store);
            assertFalse(check.deductionsAdded().isEmpty(), "the demo city has late and missing reports");
            assertTrue(check.deductionsAdded().stream().allMatch(d -> d.key().equals("1.2") || d.key().equals("1.1")));
        }

        @Test
        void scoringRankingAndPublishingCoverEveryAssessedUnit() {
            Kaoping kaoping = sampleCity(new InMemoryAssessmentStore());
            Publication p = GuideSnippets.scoreRankPublish(kaoping);
            assertEquals(kaoping.assessedUnits().size(), p.results().size());
        }

        @Test
        void reportsAreWritten(@TempDir Path out) throws IOException {
            Kaoping kaoping = sampleCity(new InMemoryAssessmentStore());
            List<Path> files = GuideSnippets.reports(kaoping, out);
            assertEquals(4, files.size(), files.toString());
            assertTrue(read(out.resolve("report.html")).contains("示例数据，非真实考评结果"));
        }
    }

    static Map<String, String> snippets() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = REGION.matcher(read(SNIPPETS));
        while (m.find()) {
            out.put(m.group(1), dedent(m.group(2)));
        }
        return out;
    }

    private static String dedent(String region) {
        List<String> lines = Arrays.asList(region.split("\n", -1));
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.trim().isEmpty()) {
                indent = Math.min(indent, line.length() - line.replaceAll("^ +", "").length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            b.append(line.length() >= indent ? line.substring(indent) : line.trim()).append('\n');
        }
        return b.substring(0, b.length() - 1);
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}

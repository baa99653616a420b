package org.kaoping.examples.beihai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.rubrics.beihai2015.Beihai2015;

class EmbeddingExampleTest {
    @Test
    void theQuickStartImportsSubmitsScoresAndRanksOnTheJournalStore(@TempDir Path dir) throws Exception {
        BeihaiDemo.writeEvidence(dir.resolve("evidence"), BeihaiDemo.evidence());
        Map<String, RankingTable> rankings = EmbeddingExample.run(dir);
        assertEquals(5, rankings.size(), rankings.keySet().toString());
        RankingTable counties = rankings.get(Beihai2015.COUNTY_ID);
        assertEquals(4, counties.entries().size());
        assertTrue(counties.entries().stream().anyMatch(u -> u.unitId().equals("beihai/hepu")));
        // The city office runs the assessment and is not ranked, though its kind has a rubric.
        assertTrue(rankings.get(Beihai2015.PARTY_MASS_ID).entries().stream().noneMatch(
                u -> u.unitId().equals(BeihaiSampleCity.OFFICE_ID)));
        for (RankingTable t : rankings.values()) {
            assertFalse(t.entries().stream().anyMatch(u -> u.unitId().equals(BeihaiSampleCity.OFFICE_ID)), t.toString());
        }
        assertTrue(Files.list(dir.resolve("store")).findAny().isPresent(), "the journal store holds what was imported");

        // Run again on the same store: the import cursor and idempotent submission make it harmless.
        Map<String, RankingTable> again = EmbeddingExample.run(dir);
        assertEquals(rankings, again);
    }

    @Test
    void mainWritesTheEvidenceAndPrintsTheRankings(@TempDir Path dir) {
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(out, true));
            EmbeddingExample.main(new String[] {dir.toString()});
        } finally {
            System.setOut(saved);
        }
        String text = out.toString();
        assertTrue(text.contains(Beihai2015.COUNTY_ID) && text.contains("beihai/haicheng"), text);
        assertFalse(text.contains(BeihaiSampleCity.OFFICE_ID), text);
    }
}

package org.kaoping.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaoping.benchmarks.nation.Nation;
import org.kaoping.benchmarks.nation.NationGenerator;
import org.kaoping.benchmarks.nation.NationGenerator.Style;
import org.kaoping.benchmarks.nation.UnitFacts;
import org.kaoping.benchmarks.peers.SqlPeer;
import org.kaoping.benchmarks.scoring.IncrementalRanking;
import org.kaoping.benchmarks.scoring.NationalScoring;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.ranking.Rankings;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;

/** The CI smoke pass: the 0.1 % nation generated, scored, ranked and rolled up by both SQL peers, in agreement. No timings. */
class NationSmokeTest {
    static final long SEED = 20_151_201L;
    static Nation nation;
    static EvidenceIndex index;
    static Scorer scorer;
    static Scorecard[] cards;
    static Map<String, Integer> rank = new HashMap<>();

    @BeforeAll
    static void scoreTheNation() {
        nation = NationGenerator.nation(0.001, SEED);
        index = NationGenerator.index(nation, Style.COMPACT);
        scorer = Scorer.of(nation.plan);
        cards = NationalScoring.scoreAll(scorer, nation, index, 2);
        for (RankingTable t : Rankings.rank(Arrays.asList(cards), nation.plan).values()) {
            for (RankedUnit u : t.entries()) {
                rank.put(u.unitId(), u.rank());
            }
        }
    }

    @Test
    void unitCountsPerKindAreWithinBounds() {
        assertEquals(1, nation.count(OrgKind.CITY));
        assertEquals(3, nation.count(OrgKind.COUNTY_DISTRICT));
        assertEquals(40, nation.count(OrgKind.TOWNSHIP));
        assertEquals(650, nation.count(OrgKind.VILLAGE_COMMUNITY));
        assertTrue(nation.count(OrgKind.CITY_ADMINISTRATIVE) >= 5 && nation.count(OrgKind.CITY_ADMINISTRATIVE) <= 9);
        assertTrue(nation.size() >= 690 && nation.size() <= 720, "units: " + nation.size());
        assertEquals(nation.size(), nation.tree().units().size());
        NationGenerator.nation(1.0, SEED); // the full nation's units build too (no evidence)
        assertEquals(706_453, NationGenerator.nation(1.0, SEED).size());
    }

    @Test
    void everyRubricHasSixtyToHundredLeavesAndValidates() {
        nation.rubricList().forEach(r -> {
            assertTrue(r.leaves >= 60 && r.leaves <= 100, r.toString());
            assertEquals(r.leaves, r.rubric.leaves().size());
            assertTrue(!org.kaoping.core.validation.RubricValidator.validate(r.rubric).hasErrors(), r.toString());
        });
    }

    @Test
    void evidenceIsPlentifulAndPerUnitAsDesigned() {
        assertTrue(index.size() > 0);
        double perUnit = (double) index.size() / nation.size();
        assertTrue(perUnit > 120 && perUnit < 200, "facts per unit: " + perUnit);
        assertEquals(nation.size(), index.unitIds().size());
    }

    @Test
    void generationIsDeterministicForTheSeed() {
        Nation again = NationGenerator.nation(0.001, SEED);
        Nation other = NationGenerator.nation(0.001, SEED + 1);
        long h1 = 0;
        long h2 = 0;
        long h3 = 0;
        UnitFacts a = new UnitFacts();
        UnitFacts b = new UnitFacts();
        for (int u = nation.size() - 1; u >= 0; u--) { // reverse order: a unit's facts do not depend on generation order
            NationGenerator.fill(nation, u, a);
            NationGenerator.fill(again, u, b);
            assertEquals(a.size, b.size);
            assertArrayEquals(Arrays.copyOf(a.a, a.size), Arrays.copyOf(b.a, b.size));
            h1 = h1 * 31 + hash(a);
            h2 = h2 * 31 + hash(b);
            NationGenerator.fill(other, u, b);
            h3 = h3 * 31 + hash(b);
        }
        assertEquals(h1, h2);
        assertNotEquals(h1, h3);
        assertEquals(index, NationGenerator.index(again, Style.COMPACT));
    }

    private static long hash(UnitFacts f) {
        long h = f.size;
        for (int i = 0; i < f.size; i++) {
            h = h * 1_000_003 + f.kind[i] * 7919 + f.leaf[i] * 131 + f.source[i] * 17 + f.a[i] * 3 + f.b[i] + (f.previousYear[i] ? 1 : 0);
        }
        return h;
    }

    @Test
    void compactEvidenceScoresExactlyLikeTheSdkValues() {
        EvidenceIndex sdk = NationGenerator.index(nation, Style.IMMUTABLES);
        assertEquals(index.size(), sdk.size());
        Scorecard[] viaSdk = NationalScoring.scoreAll(scorer, nation, sdk, 1);
        for (int u = 0; u < cards.length; u++) {
            assertEquals(viaSdk[u].finalTotal(), cards[u].finalTotal(), nation.units[u].id());
            assertEquals(viaSdk[u].sections().toString(), cards[u].sections().toString());
        }
    }

    @Test
    void theSdksColumnsScoreExactlyLikeTheCompactViews() {
        EvidenceIndex columns = NationGenerator.index(nation, Style.COLUMNS);
        assertEquals(index, columns);
        Scorecard[] viaColumns = NationalScoring.scoreAll(scorer, nation, columns, 2);
        for (int u = 0; u < cards.length; u++) {
            assertEquals(cards[u].finalTotal(), viaColumns[u].finalTotal(), nation.units[u].id());
            assertEquals(cards[u].sections().toString(), viaColumns[u].sections().toString());
            assertEquals(cards[u].usedEvidenceIds(), viaColumns[u].usedEvidenceIds());
        }
    }

    @Test
    void scoresSpreadAndEveryUnitIsRanked() {
        assertEquals(nation.size(), rank.size());
        long distinct = Arrays.stream(cards).map(Scorecard::finalTotal).distinct().count();
        assertTrue(distinct > 100, "distinct totals: " + distinct);
        assertTrue(Arrays.stream(cards).anyMatch(c -> !c.missingEvidence().isEmpty()));
        assertTrue(Arrays.stream(cards).allMatch(c -> c.finalTotal().units() % 100 == 0));
    }

    @Test
    void duckDbAndH2AgreeWithKaopingOnASample() throws Exception {
        for (SqlPeer.Engine engine : SqlPeer.Engine.values()) {
            try (SqlPeer peer = SqlPeer.open(engine)) {
                assertEquals(index.size(), peer.load(nation), engine + " facts");
                assertEquals(nation.size(), peer.rollUp(), engine + " ranked rows");
                int checked = 0;
                for (int u = 0; u < nation.size(); u += 7) {
                    long[] r = peer.result(u);
                    assertNotNull(r, engine + " has no row for " + nation.units[u].id());
                    assertEquals(cards[u].finalTotal().units(), r[0], engine + " total of " + nation.units[u].id());
                    assertEquals((long) rank.get(nation.units[u].id()), r[1], engine + " rank of " + nation.units[u].id());
                    checked++;
                }
                assertTrue(checked >= 100);
            }
        }
    }

    @Test
    void incrementalRankingFollowsAFullReRank() {
        Scorecard[] live = cards.clone();
        IncrementalRanking ranking = new IncrementalRanking(live, 100 * 10_000L);
        for (int u = 0; u < live.length; u += 50) {
            assertEquals((long) rank.get(nation.units[u].id()), ranking.rank(u));
        }
        // a village loses points: its sole public-rating evidence on one leaf is joined by a poor rating
        int u = nation.size() / 2;
        List<Evidence> facts = new ArrayList<>(NationGenerator.unitEvidence(nation, u, Style.COMPACT));
        facts.add(org.kaoping.core.evidence.Judgement.builder().id(nation.units[u].id() + "#9999").unitId(nation.units[u].id())
                .key(nation.rubricOf(u).rubric.leaves().get(0).id()).period(org.kaoping.core.evidence.ReportingPeriod.year(2025))
                .source(org.kaoping.core.evidence.SourceKind.PANEL).author("rater-new").recordedAt(java.time.Instant.EPOCH).level("差").build());
        Scorecard updated = scorer.score(nation.units[u], EvidenceIndex.of(facts).unit(nation.units[u].id()));
        assertTrue(updated.finalTotal().compareTo(live[u].finalTotal()) <= 0);
        int newRank = ranking.update(u, updated);
        live[u] = updated;
        Map<String, RankingTable> full = Rankings.rank(Arrays.asList(live), nation.plan);
        assertEquals(full.get(updated.rubric().id()).entry(nation.units[u].id()).rank(), newRank);
    }
}

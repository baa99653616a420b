package org.kaoping.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaoping.benchmarks.nation.Nation;
import org.kaoping.benchmarks.nation.NationGenerator;
import org.kaoping.benchmarks.nation.NationGenerator.Style;
import org.kaoping.benchmarks.scoring.NationalScoring;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceColumns;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;
import org.kaoping.core.scoring.ScoreNode;

/**
 * Issue 14, goal 2: the 0.1 % nation scored from the SDK's immutable values and from {@link EvidenceColumns} views of the
 * same facts gives the same scorecards, node by node.
 */
class ColumnsScoringAgreementTest {
    @Test
    void viewsScoreExactlyAsTheImmutableValues() {
        Nation nation = NationGenerator.nation(0.001, NationSmokeTest.SEED);
        List<Evidence> values = new ArrayList<>();
        for (Evidence e : NationGenerator.evidence(nation, Style.IMMUTABLES, 0, nation.size())) {
            values.add(e);
        }
        EvidenceColumns columns = EvidenceColumns.of(values);
        Scorer scorer = Scorer.of(nation.plan);
        Scorecard[] expected = NationalScoring.scoreAll(scorer, nation, EvidenceIndex.of(values), 2);
        Scorecard[] actual = NationalScoring.scoreAll(scorer, nation, EvidenceIndex.of(columns.asList()), 2);
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            Scorecard a = expected[i];
            Scorecard b = actual[i];
            assertEquals(a.unitId(), b.unitId());
            assertEquals(a.finalTotal(), b.finalTotal(), a.unitId());
            assertEquals(a.grade(), b.grade(), a.unitId());
            assertEquals(a.missingEvidence(), b.missingEvidence(), a.unitId());
            assertEquals(a.usedEvidenceIds(), b.usedEvidenceIds(), a.unitId());
            assertEquals(a.nodes().size(), b.nodes().size(), a.unitId());
            for (int n = 0; n < a.nodes().size(); n++) {
                ScoreNode x = a.nodes().get(n);
                ScoreNode y = b.nodes().get(n);
                assertEquals(x.toString(), y.toString(), a.unitId());
            }
        }
    }
}

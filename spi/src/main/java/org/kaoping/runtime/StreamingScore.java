package org.kaoping.runtime;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.UnitEvidence;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.spi.AssessmentStore;

/**
 * Scores a cycle from {@link AssessmentStore#forEachUnit} (issue 14, goal 4): each assessed unit's counted evidence
 * is indexed and scored as soon as the store hands it over and then let go, so that a store which reads from a cursor
 * holds one unit's evidence at a time; the assessed units without evidence are scored last, from no evidence. A stored
 * document a unit cites is looked for in the unit's own evidence, then in the store. Stateless.
 */
final class StreamingScore {
    /** How one unit is scored: the card, or null with the reason in {@code why[0]}. */
    interface UnitScorer {
        Scorecard score(OrgUnit unit, UnitEvidence own, Predicate<String> documents, String[] why);
    }

    private StreamingScore() {
    }

    /** Hands {@code each} the card of every assessed unit; returns the units not scorable, with the reason. */
    static Map<String, String> run(AssessmentStore store, AssessmentScope scope, SubmissionGate gate, UnitScorer scorer,
            Consumer<Scorecard> each) {
        Map<String, OrgUnit> assessed = new LinkedHashMap<>();
        for (OrgUnit u : scope.assessedUnits()) {
            assessed.put(u.id(), u);
        }
        Set<String> done = new HashSet<>();
        Map<String, String> failed = new TreeMap<>();
        store.forEachUnit((unitId, evidence) -> {
            OrgUnit u = assessed.get(unitId);
            if (u == null || !done.add(unitId)) {
                return; // not assessed by this plan
            }
            List<Evidence> counted = gate.counted(evidence);
            Set<String> documents = new HashSet<>();
            for (Evidence e : counted) {
                if (e instanceof DocumentRef) {
                    documents.add(e.id());
                }
            }
            Predicate<String> isDocument = id -> documents.contains(id)
                    || store.findEvidence(id).map(e -> e instanceof DocumentRef).orElse(false);
            score(scorer, u, EvidenceIndex.of(counted).unit(unitId), isDocument, each, failed);
        });
        for (OrgUnit u : assessed.values()) {
            if (!done.contains(u.id())) {
                score(scorer, u, UnitEvidence.empty(u.id()), null, each, failed);
            }
        }
        return failed;
    }

    private static void score(UnitScorer scorer, OrgUnit u, UnitEvidence own, Predicate<String> documents,
            Consumer<Scorecard> each, Map<String, String> failed) {
        String[] why = new String[1];
        Scorecard card = scorer.score(u, own, documents, why);
        if (card == null) {
            failed.put(u.id(), why[0]);
        } else {
            each.accept(card);
        }
    }
}

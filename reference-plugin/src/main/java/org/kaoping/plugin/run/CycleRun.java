package org.kaoping.plugin.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.cycle.Obligation;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.cycle.Obligations;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.ranking.Rankings;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;

/**
 * Scores one cycle on core alone, without a store or runtime: every unit of the tree whose kind the plan
 * covers and that the setup does not exclude is scored from its evidence plus the deductions its late or
 * missing self-reports earn (by the setup's obligation effects for its rubric), then ranked per rubric.
 * Stateless; deterministic for equal inputs.
 */
public final class CycleRun {
    /** The author recorded on derived obligation deductions. */
    public static final String DERIVED_AUTHOR = "kaoping/obligations";

    private CycleRun() {}

    public static CycleResult score(CycleSetup setup, OrgTree tree, Collection<? extends Evidence> evidence) {
        EvidenceIndex given = EvidenceIndex.of(evidence);
        Scorer scorer = Scorer.of(setup.plan());
        Map<String, String> excluded = new LinkedHashMap<>();
        List<OrgUnit> scope = new ArrayList<>();
        for (OrgUnit u : tree.units()) {
            String reason = setup.excludedUnits().get(u.id());
            if (reason == null) {
                reason = setup.excludedKinds().get(u.kind());
            }
            if (reason == null && !setup.plan().rubrics().containsKey(u.kind())) {
                reason = "the plan has no rubric for " + u.kind().chineseName();
            }
            if (reason != null) {
                excluded.put(u.id(), reason);
            } else {
                scope.add(u);
            }
        }
        Map<String, List<Obligation>> obligations = new LinkedHashMap<>();
        List<Deduction> derived = new ArrayList<>();
        for (OrgUnit u : scope) {
            List<Obligation> o = Obligations.of(setup.cycle(), given.unit(u.id()), setup.asOf());
            obligations.put(u.id(), o);
            for (ObligationEffect effect : setup.effects(setup.plan().rubricFor(u.kind()).id())) {
                derived.addAll(effect.deductions(o, DERIVED_AUTHOR, setup.asOf()));
            }
        }
        EvidenceIndex index = given;
        if (!derived.isEmpty()) {
            List<Evidence> all = new ArrayList<>(evidence);
            all.addAll(derived);
            index = EvidenceIndex.of(all);
        }
        List<Scorecard> cards = new ArrayList<>(scope.size());
        for (OrgUnit u : scope) {
            cards.add(scorer.score(u, index));
        }
        return new CycleResult(setup, tree, cards, Rankings.rank(cards, setup.plan()), obligations, derived, excluded, evidence.size());
    }
}

package org.kaoping.plugin.run;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.kaoping.core.cycle.Obligation;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.plugin.report.ReportData;

/** The outcome of scoring one cycle: scorecards, rankings, obligations and the deductions derived from them, and the units left out. Immutable. */
public final class CycleResult {
    private final CycleSetup setup;
    private final OrgTree tree;
    private final List<Scorecard> scorecards;
    private final Map<String, RankingTable> rankings;
    private final Map<String, List<Obligation>> obligations;
    private final List<Deduction> derived;
    private final Map<String, String> excluded;
    private final int evidenceCount;

    CycleResult(CycleSetup setup, OrgTree tree, List<Scorecard> scorecards, Map<String, RankingTable> rankings,
            Map<String, List<Obligation>> obligations, List<Deduction> derived, Map<String, String> excluded, int evidenceCount) {
        this.setup = setup;
        this.tree = tree;
        this.scorecards = Collections.unmodifiableList(scorecards);
        this.rankings = Collections.unmodifiableMap(rankings);
        this.obligations = Collections.unmodifiableMap(obligations);
        this.derived = Collections.unmodifiableList(derived);
        this.excluded = Collections.unmodifiableMap(excluded);
        this.evidenceCount = evidenceCount;
    }

    public CycleSetup setup() {
        return setup;
    }

    public OrgTree tree() {
        return tree;
    }

    /** One scorecard per unit in scope, in the tree's order. */
    public List<Scorecard> scorecards() {
        return scorecards;
    }

    /** @throws IllegalArgumentException if the unit was not scored */
    public Scorecard scorecard(String unitId) {
        for (Scorecard c : scorecards) {
            if (c.unitId().equals(unitId)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unit [" + unitId + "] was not scored" + (excluded.containsKey(unitId)
                ? ": " + excluded.get(unitId) : tree.contains(unitId) ? "" : "; the org tree has no such unit"));
    }

    /** Ranking tables by rubric id. */
    public Map<String, RankingTable> rankings() {
        return rankings;
    }

    /** Each scored unit's reporting obligations as of the setup's date. */
    public Map<String, List<Obligation>> obligations() {
        return obligations;
    }

    /** The deductions derived from late and missing self-reports, which the scorecards include. */
    public List<Deduction> derivedDeductions() {
        return derived;
    }

    /** Units not scored, with the reason, in the tree's order. */
    public Map<String, String> excluded() {
        return excluded;
    }

    /** How many pieces of evidence were given (before derived deductions). */
    public int evidenceCount() {
        return evidenceCount;
    }

    /** Report data with {@code title}, then {@code notices}, then a notice per kind or unit left out. */
    public ReportData reportData(String title, List<String> notices) {
        ReportData.Builder b = ReportData.builder().title(title).tree(tree).plan(setup.plan()).scorecards(scorecards).rankings(rankings);
        for (String n : notices) {
            b.notice(n);
        }
        for (Map.Entry<org.kaoping.core.org.OrgKind, String> e : setup.excludedKinds().entrySet()) {
            b.notice(e.getKey().chineseName() + "未单独计分：" + e.getValue());
        }
        for (Map.Entry<String, String> e : setup.excludedUnits().entrySet()) {
            b.notice(tree.find(e.getKey()).map(u -> u.name()).orElse(e.getKey()) + "未计分：" + e.getValue());
        }
        return b.build();
    }
}

package org.kaoping.plugin.run;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.kaoping.core.UnitNotAssessedException;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.Obligation;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.plugin.report.ReportData;

/** The outcome of running one cycle through the runtime: scorecards, rankings, obligations and the deductions filed for them, and the units not assessed. Immutable. */
@API(status = API.Status.EXPERIMENTAL)
public final class CycleResult {
    private final CycleSetup setup;
    private final OrgTree tree;
    private final List<Scorecard> scorecards;
    private final Map<String, RankingTable> rankings;
    private final Map<String, List<Obligation>> obligations;
    private final List<Deduction> derived;
    private final Map<String, String> excluded;
    private final int evidenceCount;
    private final String runtimeSummary;
    private final List<Evidence> pendingClaims;

    CycleResult(CycleSetup setup, OrgTree tree, List<Scorecard> scorecards, Map<String, RankingTable> rankings,
            Map<String, List<Obligation>> obligations, List<Deduction> derived, Map<String, String> excluded, int evidenceCount,
            String runtimeSummary, List<Evidence> pendingClaims) {
        this.pendingClaims = Collections.unmodifiableList(pendingClaims);
        this.setup = setup;
        this.tree = tree;
        this.scorecards = Collections.unmodifiableList(scorecards);
        this.rankings = Collections.unmodifiableMap(rankings);
        this.obligations = Collections.unmodifiableMap(obligations);
        this.derived = Collections.unmodifiableList(derived);
        this.excluded = Collections.unmodifiableMap(excluded);
        this.evidenceCount = evidenceCount;
        this.runtimeSummary = runtimeSummary;
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

    /** @throws UnitNotAssessedException if the unit was not scored: not assessed under the plan, or not in the org tree */
    public Scorecard scorecard(String unitId) {
        for (Scorecard c : scorecards) {
            if (c.unitId().equals(unitId)) {
                return c;
            }
        }
        throw new UnitNotAssessedException(unitId, excluded.containsKey(unitId) ? excluded.get(unitId)
                : tree.contains(unitId) ? "it was not scored in this run" : "the org tree has no such unit");
    }

    /** Ranking tables by rubric id. */
    public Map<String, RankingTable> rankings() {
        return rankings;
    }

    /** Each scored unit's reporting obligations as of the setup's date. */
    public Map<String, List<Obligation>> obligations() {
        return obligations;
    }

    /** What the runtime was wired with ({@code Kaoping.summary()}): plan, providers, units assessed and not assessed with the reasons. */
    public String runtimeSummary() {
        return runtimeSummary;
    }

    /** The deductions the runtime filed for late and missing self-reports, which the scorecards include. */
    public List<Deduction> derivedDeductions() {
        return derived;
    }

    /** Units not scored, with the reason, in the tree's order (the runtime's {@code notAssessed()}). */
    public Map<String, String> excluded() {
        return excluded;
    }

    /** The claims waiting for an assessor (待审核) after the run, in storage order: their evidence (the runtime's {@code pendingClaims()}). */
    public List<Evidence> pendingClaims() {
        return pendingClaims;
    }

    /** How many pieces of evidence the source gave (before derived deductions). */
    public int evidenceCount() {
        return evidenceCount;
    }

    /** Report data with {@code title}, then {@code notices}, then a notice per kind or unit left out. */
    public ReportData reportData(String title, List<String> notices) {
        return reportData(title, notices, Collections.<String, String>emptyMap());
    }

    /** {@link #reportData(String, List)} with display names of bonus, penalty, veto and incident categories (key → label). */
    public ReportData reportData(String title, List<String> notices, Map<String, String> categoryLabels) {
        ReportData.Builder b = ReportData.builder().title(title).tree(tree).plan(setup.plan()).scorecards(scorecards).rankings(rankings)
                .categoryLabels(categoryLabels).pendingClaims(pendingClaims);
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

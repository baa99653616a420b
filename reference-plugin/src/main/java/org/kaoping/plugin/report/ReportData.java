package org.kaoping.plugin.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.ranking.Rankings;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.scoring.Scorecard;

/**
 * What every report shows: a title, notices printed at the top (e.g. 示例数据，非真实考评结果, or which units
 * were left out and why), the org tree, the plan, the scorecards and the ranking tables. Immutable.
 *
 * <p>Points are shown exactly, with at least the plan's leaf scale of decimals ({@code 94.70}; a full-credit item
 * with derived points keeps them, {@code 1.3333}): nothing is rounded for display, so every shown total is exactly
 * the sum of its shown parts, and the final total shown is the one ranked.
 */
public final class ReportData {
    private final String title;
    private final List<String> notices;
    private final OrgTree tree;
    private final AssessmentPlan plan;
    private final Map<String, Scorecard> cards;
    private final Map<String, RankingTable> rankings;
    private final Map<String, String> categoryLabels;
    private final java.util.concurrent.ConcurrentHashMap<String, org.kaoping.core.scoring.Explanation> explanations =
            new java.util.concurrent.ConcurrentHashMap<>();

    private ReportData(Builder b) {
        this.title = Objects.requireNonNull(b.title, "title must be set");
        this.notices = Collections.unmodifiableList(new ArrayList<>(b.notices));
        this.tree = Objects.requireNonNull(b.tree, "tree must be set");
        this.plan = Objects.requireNonNull(b.plan, "plan must be set");
        Map<String, Scorecard> byUnit = new LinkedHashMap<>();
        for (Scorecard c : b.scorecards) {
            if (byUnit.put(c.unitId(), c) != null) {
                throw new IllegalArgumentException("two scorecards for unit [" + c.unitId() + "]");
            }
        }
        this.cards = Collections.unmodifiableMap(byUnit);
        this.categoryLabels = Collections.unmodifiableMap(new LinkedHashMap<>(b.categoryLabels));
        this.rankings = Collections.unmodifiableMap(new LinkedHashMap<>(b.rankings == null ? Rankings.rank(b.scorecards, plan) : b.rankings));
        for (RankingTable t : rankings.values()) {
            for (RankedUnit u : t.entries()) {
                if (!cards.containsKey(u.unitId())) {
                    throw new IllegalArgumentException("ranking [" + t.rubricId() + "] lists unit [" + u.unitId() + "], which has no scorecard");
                }
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public String title() {
        return title;
    }

    /** Lines shown at the top of every report, in order. */
    public List<String> notices() {
        return notices;
    }

    public OrgTree tree() {
        return tree;
    }

    public AssessmentPlan plan() {
        return plan;
    }

    /** The display names of bonus, penalty, veto and incident categories, by category key; see {@link #categoryName(String)}. */
    public Map<String, String> categoryLabels() {
        return categoryLabels;
    }

    /** The display name of a bonus, penalty, veto or incident category: its label (e.g. 上级机关表彰), or the key itself if none is given. */
    public String categoryName(String category) {
        String label = categoryLabels.get(category);
        return label == null ? category : label;
    }

    /** The least number of decimal places points are shown with: the plan's leaf scale. */
    public int scale() {
        return plan.leafScale();
    }

    /** The scorecards, in the order given. */
    public List<Scorecard> scorecards() {
        return new ArrayList<>(cards.values());
    }

    public Scorecard scorecard(String unitId) {
        Scorecard c = cards.get(unitId);
        if (c == null) {
            throw new IllegalArgumentException("no scorecard for unit [" + unitId + "]");
        }
        return c;
    }

    /**
     * The ranking tables in the plan's order of kinds (counties, judicial, administrative, party and mass,
     * enterprises), then any others by rubric id.
     */
    public List<RankingTable> rankings() {
        List<RankingTable> out = new ArrayList<>(rankings.values());
        out.sort(Comparator.comparingInt((RankingTable t) -> kindOrder(t.rubricId())).thenComparing(RankingTable::rubricId));
        return out;
    }

    private int kindOrder(String rubricId) {
        int best = Integer.MAX_VALUE;
        for (Map.Entry<org.kaoping.core.org.OrgKind, Rubric> e : plan.rubrics().entrySet()) {
            if (e.getValue().id().equals(rubricId)) {
                best = Math.min(best, e.getKey().ordinal());
            }
        }
        return best;
    }

    /** The rubric a ranking table ranks by. */
    public Rubric rubric(RankingTable table) {
        return scorecard(table.entries().get(0).unitId()).rubric();
    }

    /** The text of {@code node}'s explanation, computed once per report data and shared by the formats. */
    public String explanation(org.kaoping.core.scoring.ScoreNode node, String unitId) {
        return explanationOf(node, unitId).text();
    }

    /** {@code node}'s explanation, computed once per report data and shared by the formats. */
    public org.kaoping.core.scoring.Explanation explanationOf(org.kaoping.core.scoring.ScoreNode node, String unitId) {
        return explanations.computeIfAbsent(unitId + '\u0000' + node.id(), k -> node.explanation());
    }

    /** The unit's name, or its id if the tree does not know it. */
    public String unitName(String unitId) {
        return tree.find(unitId).map(OrgUnit::name).orElse(unitId);
    }

    /** Builds {@link ReportData}; rankings default to {@code Rankings.rank(scorecards, plan)}. */
    public static final class Builder {
        private String title;
        private final List<String> notices = new ArrayList<>();
        private OrgTree tree;
        private AssessmentPlan plan;
        private List<Scorecard> scorecards = new ArrayList<>();
        private Map<String, RankingTable> rankings;
        private final Map<String, String> categoryLabels = new LinkedHashMap<>();

        /** The display name of a bonus, penalty, veto or incident category key, e.g. {@code superior-commendation} → 上级机关表彰. */
        public Builder categoryLabel(String category, String label) {
            Objects.requireNonNull(category, "category must not be null");
            Objects.requireNonNull(label, "label must not be null");
            if (label.trim().isEmpty()) {
                throw new IllegalArgumentException("the label of category [" + category + "] must not be blank");
            }
            categoryLabels.put(category, label);
            return this;
        }

        /** {@link #categoryLabel(String, String)} for each entry. */
        public Builder categoryLabels(Map<String, String> labels) {
            for (Map.Entry<String, String> e : labels.entrySet()) {
                categoryLabel(e.getKey(), e.getValue());
            }
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder notice(String notice) {
            notices.add(Objects.requireNonNull(notice, "notice must not be null"));
            return this;
        }

        public Builder tree(OrgTree tree) {
            this.tree = tree;
            return this;
        }

        public Builder plan(AssessmentPlan plan) {
            this.plan = plan;
            return this;
        }

        public Builder scorecards(List<Scorecard> cards) {
            this.scorecards = new ArrayList<>(cards);
            return this;
        }

        public Builder rankings(Map<String, RankingTable> rankings) {
            this.rankings = rankings;
            return this;
        }

        public ReportData build() {
            return new ReportData(this);
        }
    }
}

package org.kaoping.plugin.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kaoping.core.api.API;
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
 *
 * <p><b>Synthetic data.</b> Evidence is synthetic when its id starts with {@value #SYNTHETIC_ID_PREFIX} (the demo's
 * generator gives every piece of evidence such an id, and so must any other generator of sample data). Report data
 * whose scorecards rest on any synthetic evidence is {@link #isSynthetic() synthetic}, whichever command made it
 * ({@code demo}, or {@code report}/{@code rank}/{@code score} over the demo's exported evidence): its first notice is
 * {@value #SYNTHETIC_NOTICE} (added if the caller gave none saying so), and every format says so where a reader
 * looks first: the HTML and console title, a column of results.csv, the title row of every sheet of results.xlsx,
 * a {@code synthetic} field of results.json. {@link Builder#synthetic(boolean)} can declare it for data the prefix
 * does not mark.
 *
 * <p><b>Language.</b> The reports render in {@link #wording()}: Chinese by default, English on request
 * ({@link Builder#locale(java.util.Locale)}). The engine's own trace (English free text) is left out unless
 * {@link Builder#technicalTrace(boolean)} asks for it.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReportData {
    /** The prefix of every synthetic evidence id. */
    public static final String SYNTHETIC_ID_PREFIX = "demo-synthetic/";

    /** The marker every report of synthetic data carries. */
    public static final String SYNTHETIC_MARKER = "示例数据";

    /** The notice at the top of every report of synthetic data. */
    public static final String SYNTHETIC_NOTICE = "示例数据，非真实考评结果";

    private final String title;
    private final boolean synthetic;
    private final Wording wording;
    private final boolean technicalTrace;
    private final List<String> notices;
    private final OrgTree tree;
    private final AssessmentPlan plan;
    private final Map<String, Scorecard> cards;
    private final Map<String, RankingTable> rankings;
    private final Map<String, String> categoryLabels;
    private final List<org.kaoping.core.evidence.Evidence> pendingClaims;
    private volatile RollUps rollUps;
    /** 属地逐级 (issue 16): the unit id of the office that assessed (考评机构), or null if not told. */
    private final String assessingOffice;
    /** Sections further features add to the reports (e.g. 整改 items); in order. */
    private final List<ReportSection> sections;
    /** Each explained node's explanation and its Chinese terms, by unit and node id: worked out once, shared by the formats. */
    private final java.util.concurrent.ConcurrentHashMap<String, Explained> explained = new java.util.concurrent.ConcurrentHashMap<>();

    private ReportData(Builder b) {
        Objects.requireNonNull(b.title, "title must be set");
        this.synthetic = b.synthetic != null ? b.synthetic : restsOnSyntheticEvidence(b.scorecards);
        this.title = synthetic && !b.title.contains(SYNTHETIC_MARKER) && !b.title.contains("示例") ? b.title + "（" + SYNTHETIC_MARKER + "）" : b.title;
        List<String> notices = new ArrayList<>(b.notices);
        if (synthetic) {
            boolean said = false;
            for (String n : notices) {
                said |= n.startsWith(SYNTHETIC_NOTICE);
            }
            if (!said) {
                notices.add(0, SYNTHETIC_NOTICE + "：本报告所依据的考评证据为示例数据（证据编号以 " + SYNTHETIC_ID_PREFIX + " 开头）。");
            }
        }
        this.notices = Collections.unmodifiableList(notices);
        this.wording = b.wording;
        this.technicalTrace = b.technicalTrace;
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
        this.pendingClaims = Collections.unmodifiableList(new ArrayList<>(b.pendingClaims));
        this.assessingOffice = b.assessingOffice;
        this.sections = Collections.unmodifiableList(new ArrayList<>(b.sections));
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

    private static boolean restsOnSyntheticEvidence(List<Scorecard> cards) {
        for (Scorecard c : cards) {
            for (org.kaoping.core.evidence.Evidence e : c.evidence().all()) {
                if (e.id().startsWith(SYNTHETIC_ID_PREFIX)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the data is synthetic (示例数据): see the class comment. */
    public boolean isSynthetic() {
        return synthetic;
    }

    /** The language the reports are written in; Chinese by default. */
    public Wording wording() {
        return wording;
    }

    /** Whether the reports add the engine's own (English) trace of each item, collapsed; off by default. */
    public boolean technicalTrace() {
        return technicalTrace;
    }

    /** The roll-ups of the scorecards: section averages, plan tasks and safeguards, areas; computed once. */
    public RollUps rollUps() {
        RollUps r = rollUps;
        if (r == null) {
            r = RollUps.of(this);
            rollUps = r;
        }
        return r;
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
        return Shown.name(categoryLabels, category);
    }

    /**
     * The claims waiting for an assessor (待审核): what units asserted in their own favour (their own not-applicable
     * mark, their own bonus), stored but not counted until approved; in storage order. Every report lists them.
     */
    public List<org.kaoping.core.evidence.Evidence> pendingClaims() {
        return pendingClaims;
    }

    /** The pending claims of one unit, in storage order. */
    public List<org.kaoping.core.evidence.Evidence> pendingClaims(String unitId) {
        List<org.kaoping.core.evidence.Evidence> out = new ArrayList<>();
        for (org.kaoping.core.evidence.Evidence e : pendingClaims) {
            if (e.unitId().equals(unitId)) {
                out.add(e);
            }
        }
        return out;
    }

    /** What a pending claim asks, in the report's wording, e.g. {@code 申报条目 [2.1] 不适用：本地无港口} or {@code 申报加分 上级机关表彰 2 分：…}. */
    public String claimText(org.kaoping.core.evidence.Evidence claim) {
        boolean zh = wording.isChinese();
        if (claim instanceof org.kaoping.core.evidence.NotApplicableMark) {
            String reason = ((org.kaoping.core.evidence.NotApplicableMark) claim).reason();
            return zh ? "申报条目 [" + claim.key() + "] 不适用：" + reason : "criterion [" + claim.key() + "] not applicable: " + reason;
        }
        if (claim instanceof org.kaoping.core.evidence.Adjustment) {
            org.kaoping.core.evidence.Adjustment a = (org.kaoping.core.evidence.Adjustment) claim;
            boolean bonus = a.points().signum() >= 0;
            return zh ? "申报" + (bonus ? "加分" : "减分") + " " + categoryName(a.key()) + " " + (bonus ? a.points() : a.points().negate()) + " 分：" + a.reason()
                    : (bonus ? "bonus " : "penalty ") + categoryName(a.key()) + " " + (bonus ? a.points() : a.points().negate()) + ": " + a.reason();
        }
        return wording.evidenceKind(claim.kind()) + " [" + claim.key() + "]";
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
        return explained(node, unitId).explanation;
    }

    private Explained explained(org.kaoping.core.scoring.ScoreNode node, String unitId) {
        return explained.computeIfAbsent(unitId + '\u0000' + node.id(), k -> new Explained(node.explanation()));
    }

    /**
     * The Chinese explanation's terms of leaf {@code node} ({@link ChineseExplanation#entries}), worked out once per report
     * data and shared by the formats: the HTML and JSON reports, written on two threads, each worked them out for every
     * leaf of every scorecard (issue 14).
     */
    List<ChineseExplanation.Entry> explanationEntries(org.kaoping.core.scoring.ScoreNode node, String unitId) {
        Explained x = explained(node, unitId);
        synchronized (x) { // the formats' threads ask for the same leaves: the first works the terms out, the others wait
            if (x.entries == null) {
                x.entries = ChineseExplanation.entries(x.explanation, node.criterion().rule().orElse(null), plan().blendFor(node.id()),
                        node.points(), scale(), this::categoryName, wording());
            }
            return x.entries;
        }
    }

    /** A node's explanation and, once a format has asked for them, its Chinese terms. */
    private static final class Explained {
        final org.kaoping.core.scoring.Explanation explanation;
        List<ChineseExplanation.Entry> entries; // guarded by this

        Explained(org.kaoping.core.scoring.Explanation explanation) {
            this.explanation = explanation;
        }
    }

    /** The unit's name, or its id if the tree does not know it. */
    public String unitName(String unitId) {
        return tree.find(unitId).map(OrgUnit::name).orElse(unitId);
    }

    /** The further sections the reports show after the rankings (e.g. {@link RectificationSection}), in order. */
    public List<ReportSection> sections() {
        return sections;
    }

    /** A new builder holding this data's title, notices, tree, plan, scorecards, rankings, labels and options. */
    public Builder toBuilder() {
        Builder b = builder().title(title).tree(tree).plan(plan).scorecards(scorecards()).rankings(rankings).categoryLabels(categoryLabels);
        b.notices.addAll(notices);
        b.synthetic = synthetic;
        b.wording = wording;
        b.technicalTrace = technicalTrace;
        b.pendingClaims.addAll(pendingClaims);
        b.assessingOffice = assessingOffice;
        b.sections.addAll(sections);
        return b;
    }

    /** The name of the office that assessed (考评机构) every row of these results; empty if not told. */
    @org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
    public String assessingOfficeName() {
        return assessingOffice == null ? "" : unitName(assessingOffice);
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
        private Boolean synthetic;
        private Wording wording = Wording.ZH_CN;
        private boolean technicalTrace;
        private final List<org.kaoping.core.evidence.Evidence> pendingClaims = new ArrayList<>();
        private String assessingOffice;

        /** The unit id of the office that assessed (考评机构), named on every results row; null for none. */
        @org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
        public Builder assessingOffice(String unitId) {
            this.assessingOffice = unitId;
            return this;
        }

        private final List<ReportSection> sections = new ArrayList<>();

        /** Adds a section the reports show after the rankings (e.g. {@link RectificationSection}). */
        public Builder section(ReportSection section) {
            sections.add(Objects.requireNonNull(section, "section must not be null"));
            return this;
        }

        /** Adds claims waiting for an assessor (待审核, e.g. {@code Kaoping.pendingClaims()}' evidence); every report lists them. */
        public Builder pendingClaims(java.util.Collection<? extends org.kaoping.core.evidence.Evidence> claims) {
            for (org.kaoping.core.evidence.Evidence e : claims) {
                pendingClaims.add(Objects.requireNonNull(e, "claim must not be null"));
            }
            return this;
        }

        /** Declares the data synthetic (or not), overriding the detection by evidence id prefix. */
        public Builder synthetic(boolean synthetic) {
            this.synthetic = synthetic;
            return this;
        }

        /** The reports' language: Chinese ({@code zh}, the default) or English (any other language). */
        public Builder locale(java.util.Locale locale) {
            this.wording = Wording.forLocale(Objects.requireNonNull(locale, "locale must not be null"));
            return this;
        }

        /** Whether to add the engine's own English trace of each item (collapsed in HTML); off by default. */
        public Builder technicalTrace(boolean on) {
            this.technicalTrace = on;
            return this;
        }

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

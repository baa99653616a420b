package org.kaoping.plugin.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.GradeBands;
import org.kaoping.core.plan.GradeQuota;
import org.kaoping.core.plan.RaterCombination;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.plan.TieBreak;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.points.Points;

/**
 * An assessment plan as an office writes it in a plan file (考评方案): the rubric per kind of unit (by id or file),
 * who is not assessed and why, the source blend and rater combination, grade bands and quotas, tie-breaks,
 * rounding, the reporting deadlines with their reading and the deductions for late and missing self-reports,
 * bonus and penalty categories with caps, vetoes, the city office and the Chinese names of categories.
 *
 * <p>It names rubrics rather than holding them: {@link PlanResolver} turns it into the runtime's setup, finding
 * the rubrics and checking every reference, with errors located in the file. Read and written by
 * {@code org.kaoping.plugin.json.PlanJson}. Immutable; equality ignores where declarations were read.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class PlanDocument {
    private final String id;
    private final String title;
    private final int year;
    private final String cityOffice;
    private final List<RubricChoice> rubrics;
    private final Map<OrgKind, String> notAssessedKinds;
    private final Map<String, String> notAssessedUnits;
    private final SourceBlend blend;
    private final Map<String, SourceBlend> criterionBlends;
    private final RaterCombination raters;
    private final GradeBands gradeBands;
    private final List<GradeQuota> quotas;
    private final List<TieBreak> tieBreaks;
    private final int leafScale;
    private final int totalScale;
    private final AssessmentCycle cycle;
    private final LocalDateTime judgedAt;
    private final Points monthlyLate;
    private final Points monthlyMissing;
    private final Points annualLate;
    private final Points annualMissing;
    private final List<AdjustmentRule> adjustments;
    private final Points bonusCap;
    private final Points penaltyCap;
    private final List<VetoRule> vetoRules;
    private final Map<String, String> categoryNames;
    /** Issue 17: targets from above, stage targets, self-report sections (the team comes from the office's CSV files). */
    private final org.kaoping.core.review.ReviewSettings review;
    private final Map<String, PlanLocation> locations;
    /** The owning office (属地逐级, issue 16), or null for a plan without one. */
    private final PlanOffice office;
    /** The notice period (公示期) of the results and whether open appeals block finalizing (issue 15). */
    private final org.kaoping.core.plan.NoticePeriod noticePeriod;
    // after the scores (issue 15): 整改, 评先评优, 绩效考评
    private final org.kaoping.core.plan.RectificationPolicy rectification;
    private final org.kaoping.core.plan.CommendationRule commendation;
    private final org.kaoping.core.plan.AppraisalRule appraisal;

    private PlanDocument(Builder b) {
        this.office = b.office;
        this.id = Objects.requireNonNull(b.id, "id must be set");
        if (id.trim().isEmpty()) {
            throw new IllegalArgumentException("plan id must not be blank");
        }
        this.title = b.title == null ? "" : b.title;
        if (b.year == null) {
            throw new IllegalArgumentException("plan year must be set");
        }
        this.year = b.year;
        this.cityOffice = b.cityOffice;
        this.rubrics = Collections.unmodifiableList(new ArrayList<>(b.rubrics));
        EnumMap<OrgKind, Boolean> seen = new EnumMap<>(OrgKind.class);
        for (RubricChoice c : rubrics) {
            if (seen.put(c.kind(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("plan [" + id + "] assigns a rubric to " + c.kind() + " twice");
            }
        }
        this.notAssessedKinds = Collections.unmodifiableMap(new EnumMap<>(b.notAssessedKinds));
        this.notAssessedUnits = Collections.unmodifiableMap(new LinkedHashMap<>(b.notAssessedUnits));
        this.blend = b.blend == null ? SourceBlend.defaultBlend() : b.blend;
        this.criterionBlends = Collections.unmodifiableMap(new LinkedHashMap<>(b.criterionBlends));
        this.raters = b.raters == null ? RaterCombination.mean() : b.raters;
        this.gradeBands = b.gradeBands == null ? GradeBands.defaults() : b.gradeBands;
        this.quotas = Collections.unmodifiableList(new ArrayList<>(b.quotas));
        this.tieBreaks = Collections.unmodifiableList(new ArrayList<>(b.tieBreaks));
        this.leafScale = b.leafScale;
        this.totalScale = b.totalScale;
        this.noticePeriod = b.noticePeriod == null ? org.kaoping.core.plan.NoticePeriod.defaults() : b.noticePeriod;
        this.cycle = b.cycle == null ? AssessmentCycle.of(year) : b.cycle;
        if (cycle.year() != year) {
            throw new IllegalArgumentException("plan [" + id + "]: the cycle's year " + cycle.year() + " differs from the plan's " + year);
        }
        this.judgedAt = b.judgedAt;
        this.monthlyLate = b.monthlyLate;
        this.monthlyMissing = b.monthlyMissing;
        this.annualLate = b.annualLate;
        this.annualMissing = b.annualMissing;
        for (Points p : new Points[] {monthlyLate, monthlyMissing, annualLate, annualMissing}) {
            if (p.isNegative()) {
                throw new IllegalArgumentException("plan [" + id + "]: a self-report deduction must not be negative; got " + p);
            }
        }
        this.adjustments = Collections.unmodifiableList(new ArrayList<>(b.adjustments));
        this.bonusCap = b.bonusCap;
        this.penaltyCap = b.penaltyCap;
        this.vetoRules = Collections.unmodifiableList(new ArrayList<>(b.vetoRules));
        this.categoryNames = Collections.unmodifiableMap(new LinkedHashMap<>(b.categoryNames));
        this.review = b.review;
        this.locations = Collections.unmodifiableMap(new LinkedHashMap<>(b.locations));
        this.rectification = b.rectification == null ? org.kaoping.core.plan.RectificationPolicy.defaults() : b.rectification;
        // by default the plan's best grade (优秀 under the default bands), so that a plan with bands of its own is valid as written
        this.commendation = b.commendation != null ? b.commendation : org.kaoping.core.plan.CommendationRule.of(
                gradeBands.bands().get(0).grade().name(), true, true, null);
        this.appraisal = b.appraisal;
    }

    /** Which findings become rectification items (整改), the days for a fix, the next cycle's cost of an unresolved item. */
    public org.kaoping.core.plan.RectificationPolicy rectification() {
        return rectification;
    }

    /** The rule of the 评先评优 list. */
    public org.kaoping.core.plan.CommendationRule commendation() {
        return commendation;
    }

    /** How a result counts in the 绩效考评, if the plan declares it. */
    public Optional<org.kaoping.core.plan.AppraisalRule> appraisal() {
        return Optional.ofNullable(appraisal);
    }

    public static Builder builder(String id, int year) {
        return new Builder().id(id).year(year);
    }

    /** E.g. {@code beihai-2015}. */
    public String id() {
        return id;
    }

    /** The plan's title, e.g. 北海市争创全国法治城市2015年度考评方案; may be empty. */
    public String title() {
        return title;
    }

    public int year() {
        return year;
    }

    /** The unit id of the city office (依法治市办), the top assessor, if the plan names it. */
    public Optional<String> cityOffice() {
        return Optional.ofNullable(cityOffice);
    }

    /** The rubric per kind of unit, in the file's order. */
    public List<RubricChoice> rubrics() {
        return rubrics;
    }

    /** The choice for {@code kind}, if any. */
    public Optional<RubricChoice> rubricFor(OrgKind kind) {
        for (RubricChoice c : rubrics) {
            if (c.kind() == kind) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Kinds of unit not assessed, with the reason. */
    public Map<OrgKind, String> notAssessedKinds() {
        return notAssessedKinds;
    }

    /** Units not assessed, by unit id, with the reason. */
    public Map<String, String> notAssessedUnits() {
        return notAssessedUnits;
    }

    /** The blend of sources for every item not in {@link #criterionBlends()}. */
    public SourceBlend blend() {
        return blend;
    }

    /** Blends for particular criterion ids (in any rubric of the plan). */
    public Map<String, SourceBlend> criterionBlends() {
        return criterionBlends;
    }

    public RaterCombination raters() {
        return raters;
    }

    public GradeBands gradeBands() {
        return gradeBands;
    }

    public List<GradeQuota> quotas() {
        return quotas;
    }

    public List<TieBreak> tieBreaks() {
        return tieBreaks;
    }

    /** Decimal places a leaf's result is rounded to, half-up. */
    public int leafScale() {
        return leafScale;
    }

    /** Decimal places a rescaled total is rounded to, half-up. */
    public int totalScale() {
        return totalScale;
    }

    /** The notice period (公示期) of the results: days, how they are counted, whether open appeals block finalizing. */
    public org.kaoping.core.plan.NoticePeriod noticePeriod() {
        return noticePeriod;
    }

    /** The reporting cycle: due days, their reading, the months that need a monthly report. */
    public AssessmentCycle cycle() {
        return cycle;
    }

    /** When obligations are judged (the annual review), local time of the cycle's zone; default: the annual deadline. */
    public Optional<LocalDateTime> judgedAt() {
        return Optional.ofNullable(judgedAt);
    }

    /** Deducted per late monthly self-report. */
    public Points monthlyLate() {
        return monthlyLate;
    }

    /** Deducted per missing monthly self-report. */
    public Points monthlyMissing() {
        return monthlyMissing;
    }

    /** Deducted for a late annual self-report. */
    public Points annualLate() {
        return annualLate;
    }

    /** Deducted for a missing annual self-report. */
    public Points annualMissing() {
        return annualMissing;
    }

    public List<AdjustmentRule> adjustments() {
        return adjustments;
    }

    public Optional<Points> bonusCap() {
        return Optional.ofNullable(bonusCap);
    }

    public Optional<Points> penaltyCap() {
        return Optional.ofNullable(penaltyCap);
    }

    public List<VetoRule> vetoRules() {
        return vetoRules;
    }

    /** How the office runs the review (issue 17): targets from above, stage targets, self-report sections. */
    public org.kaoping.core.review.ReviewSettings review() {
        return review;
    }

    /** Chinese names of bonus, penalty, veto and incident categories (key → name), for what the office reads. */
    public Map<String, String> categoryNames() {
        return categoryNames;
    }

    /**
     * Where a declaration was read, by JSON path ({@code $.tieBreaks[0]}, {@code $.sources.byCriterion[0]}), for
     * errors found on resolution; a path not recorded falls back to the plan as a whole.
     */
    public PlanLocation locationOf(String path) {
        PlanLocation l = locations.get(path);
        if (l != null) {
            return l;
        }
        PlanLocation root = locations.get("$");
        return root != null ? PlanLocation.of(root.source(), root.line(), root.column(), path) : PlanLocation.ofPath("plan [" + id + "]", path);
    }

    /** Where the declaration at {@code path} was read, if recorded. */
    public Optional<PlanLocation> findLocation(String path) {
        return Optional.ofNullable(locations.get(path));
    }

    /** The assessing office that owns the plan and the plans below it (the {@code "office"} block), if declared. */
    @org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
    public Optional<PlanOffice> office() {
        return Optional.ofNullable(office);
    }

    /** A builder holding this plan's declarations, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder().office(office).id(id).title(title).year(year).cityOffice(cityOffice).blend(blend).raters(raters).gradeBands(gradeBands)
                .leafScale(leafScale).totalScale(totalScale).noticePeriod(noticePeriod).cycle(cycle).judgedAt(judgedAt)
                .selfReportDeductions(monthlyLate, monthlyMissing, annualLate, annualMissing).bonusCap(bonusCap).penaltyCap(penaltyCap);
        b.rubrics.addAll(rubrics);
        b.notAssessedKinds.putAll(notAssessedKinds);
        b.notAssessedUnits.putAll(notAssessedUnits);
        b.criterionBlends.putAll(criterionBlends);
        b.quotas.addAll(quotas);
        b.tieBreaks.addAll(tieBreaks);
        b.adjustments.addAll(adjustments);
        b.vetoRules.addAll(vetoRules);
        b.categoryNames.putAll(categoryNames);
        b.review = review;
        b.locations.putAll(locations);
        b.rectification(rectification).commendation(commendation).appraisal(appraisal);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PlanDocument)) {
            return false;
        }
        PlanDocument p = (PlanDocument) o;
        return p.id.equals(id) && p.title.equals(title) && p.year == year && Objects.equals(p.cityOffice, cityOffice)
                && p.rubrics.equals(rubrics) && p.notAssessedKinds.equals(notAssessedKinds) && p.notAssessedUnits.equals(notAssessedUnits)
                && p.blend.equals(blend) && p.criterionBlends.equals(criterionBlends) && p.raters.equals(raters)
                && p.gradeBands.equals(gradeBands) && p.quotas.equals(quotas) && p.tieBreaks.equals(tieBreaks)
                && p.leafScale == leafScale && p.totalScale == totalScale && p.noticePeriod.equals(noticePeriod) && p.cycle.equals(cycle) && Objects.equals(p.judgedAt, judgedAt)
                && p.monthlyLate.equals(monthlyLate) && p.monthlyMissing.equals(monthlyMissing) && p.annualLate.equals(annualLate)
                && p.annualMissing.equals(annualMissing) && p.adjustments.equals(adjustments) && Objects.equals(p.bonusCap, bonusCap)
                && Objects.equals(p.penaltyCap, penaltyCap) && p.vetoRules.equals(vetoRules) && p.categoryNames.equals(categoryNames)
                && Objects.equals(p.office, office)
                && p.rectification.equals(rectification) && p.commendation.equals(commendation) && Objects.equals(p.appraisal, appraisal)
                && p.review.equals(review);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, year, rubrics, gradeBands, cycle);
    }

    @Override
    public String toString() {
        return "plan [" + id + "] " + year + ": " + rubrics;
    }

    /** Builds a {@link PlanDocument}; every list and map starts empty, every setting at its default. */
    public static final class Builder {
        private String id;
        private String title;
        private Integer year;
        private String cityOffice;
        private final List<RubricChoice> rubrics = new ArrayList<>();
        private final Map<OrgKind, String> notAssessedKinds = new EnumMap<>(OrgKind.class);
        private final Map<String, String> notAssessedUnits = new LinkedHashMap<>();
        private SourceBlend blend;
        private final Map<String, SourceBlend> criterionBlends = new LinkedHashMap<>();
        private RaterCombination raters;
        private GradeBands gradeBands;
        private final List<GradeQuota> quotas = new ArrayList<>();
        private final List<TieBreak> tieBreaks = new ArrayList<>();
        private int leafScale = 2;
        private int totalScale = 2;
        private org.kaoping.core.plan.NoticePeriod noticePeriod;
        private AssessmentCycle cycle;
        private LocalDateTime judgedAt;
        private Points monthlyLate = Points.ZERO;
        private Points monthlyMissing = Points.ZERO;
        private Points annualLate = Points.ZERO;
        private Points annualMissing = Points.ZERO;
        private final List<AdjustmentRule> adjustments = new ArrayList<>();
        private Points bonusCap;
        private Points penaltyCap;
        private final List<VetoRule> vetoRules = new ArrayList<>();
        private final Map<String, String> categoryNames = new LinkedHashMap<>();
        private org.kaoping.core.review.ReviewSettings review = org.kaoping.core.review.ReviewSettings.none();
        private final Map<String, PlanLocation> locations = new LinkedHashMap<>();
        private org.kaoping.core.plan.RectificationPolicy rectification;
        private org.kaoping.core.plan.CommendationRule commendation;
        private org.kaoping.core.plan.AppraisalRule appraisal;

        Builder() {}

        /** Rectification (整改) settings; default {@link org.kaoping.core.plan.RectificationPolicy#defaults()}. */
        public Builder rectification(org.kaoping.core.plan.RectificationPolicy policy) {
            this.rectification = policy;
            return this;
        }

        /** The 评先评优 rule; default: the plan's best grade, no veto, no overdue 整改, no quota. */
        public Builder commendation(org.kaoping.core.plan.CommendationRule rule) {
            this.commendation = rule;
            return this;
        }

        /** The 绩效考评 rule, or null for none (the default). */
        public Builder appraisal(org.kaoping.core.plan.AppraisalRule rule) {
            this.appraisal = rule;
            return this;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder year(int year) {
            this.year = year;
            return this;
        }

        /** Null for none. */
        public Builder cityOffice(String unitId) {
            this.cityOffice = unitId;
            return this;
        }

        public Builder rubric(RubricChoice choice) {
            rubrics.add(Objects.requireNonNull(choice, "choice must not be null"));
            return this;
        }

        /** Replaces every rubric choice. */
        public Builder rubrics(List<RubricChoice> choices) {
            rubrics.clear();
            rubrics.addAll(choices);
            return this;
        }

        public Builder notAssessed(OrgKind kind, String reason) {
            notAssessedKinds.put(kind, Objects.requireNonNull(reason, "reason must not be null"));
            return this;
        }

        public Builder notAssessed(String unitId, String reason) {
            notAssessedUnits.put(unitId, Objects.requireNonNull(reason, "reason must not be null"));
            return this;
        }

        public Builder blend(SourceBlend blend) {
            this.blend = blend;
            return this;
        }

        public Builder criterionBlend(String criterionId, SourceBlend blend) {
            criterionBlends.put(criterionId, blend);
            return this;
        }

        public Builder raters(RaterCombination raters) {
            this.raters = raters;
            return this;
        }

        public Builder gradeBands(GradeBands bands) {
            this.gradeBands = bands;
            return this;
        }

        public Builder quota(GradeQuota quota) {
            quotas.add(quota);
            return this;
        }

        public Builder tieBreak(TieBreak tieBreak) {
            tieBreaks.add(tieBreak);
            return this;
        }

        public Builder leafScale(int scale) {
            this.leafScale = scale;
            return this;
        }

        public Builder totalScale(int scale) {
            this.totalScale = scale;
            return this;
        }

        /** The notice period (公示期); {@link org.kaoping.core.plan.NoticePeriod#defaults()} if not set. */
        public Builder noticePeriod(org.kaoping.core.plan.NoticePeriod noticePeriod) {
            this.noticePeriod = noticePeriod;
            return this;
        }

        public Builder cycle(AssessmentCycle cycle) {
            this.cycle = cycle;
            return this;
        }

        /** Null for the default (the annual deadline). */
        public Builder judgedAt(LocalDateTime at) {
            this.judgedAt = at;
            return this;
        }

        /** Points deducted per late and per missing monthly report, and for a late and a missing annual report. */
        public Builder selfReportDeductions(Points monthlyLate, Points monthlyMissing, Points annualLate, Points annualMissing) {
            this.monthlyLate = Objects.requireNonNull(monthlyLate, "monthlyLate must not be null");
            this.monthlyMissing = Objects.requireNonNull(monthlyMissing, "monthlyMissing must not be null");
            this.annualLate = Objects.requireNonNull(annualLate, "annualLate must not be null");
            this.annualMissing = Objects.requireNonNull(annualMissing, "annualMissing must not be null");
            return this;
        }

        public Builder adjustment(AdjustmentRule rule) {
            adjustments.add(rule);
            return this;
        }

        /** Null for no cap. */
        public Builder bonusCap(Points cap) {
            this.bonusCap = cap;
            return this;
        }

        /** Null for no cap. */
        public Builder penaltyCap(Points cap) {
            this.penaltyCap = cap;
            return this;
        }

        public Builder veto(VetoRule rule) {
            vetoRules.add(rule);
            return this;
        }

        public Builder categoryName(String category, String name) {
            categoryNames.put(category, name);
            return this;
        }

        private PlanOffice office;

        /** The assessing office that owns the plan (the {@code "office"} block); null for none. */
        @org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
        public Builder office(PlanOffice office) {
            this.office = office;
            return this;
        }

        /** How the office runs the review (issue 17); {@code ReviewSettings.none()} by default. */
        public Builder review(org.kaoping.core.review.ReviewSettings settings) {
            this.review = Objects.requireNonNull(settings, "settings must not be null");
            return this;
        }

        /** Records where the declaration at {@code path} was read. */
        public Builder location(String path, PlanLocation location) {
            locations.put(path, location);
            return this;
        }

        /** @throws IllegalArgumentException naming the plan and the rule broken (a kind given two rubrics, a negative deduction, …) */
        public PlanDocument build() {
            return new PlanDocument(this);
        }
    }
}

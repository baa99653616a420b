package org.kaoping.plugin.json;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.cycle.DeadlineReading;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.GradeBand;
import org.kaoping.core.plan.GradeBands;
import org.kaoping.core.plan.GradeQuota;
import org.kaoping.core.plan.MissingSourcePolicy;
import org.kaoping.core.plan.RaterCombination;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.plan.TieBreak;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.plan.VetoEffect;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.plugin.plan.PlanDocument;
import org.kaoping.plugin.plan.PlanLocation;
import org.kaoping.plugin.plan.RubricChoice;

/**
 * Maps a {@link Located} JSON tree to a {@link PlanDocument}, strictly: a missing required key, an unknown key, a
 * value of the wrong type or out of range, or a grade not among the bands is a {@link PlanFormatException} naming
 * where it is and what was expected. References to rubrics and criteria are checked when the plan is resolved.
 */
final class PlanReader extends JsonInput {
    private static final Set<String> PLAN_KEYS = keys("$schema", "id", "title", "year", "cityOffice", "rubrics", "notAssessed",
            "sources", "raters", "grades", "quotas", "tieBreaks", "rounding", "deadlines", "selfReportDeductions", "adjustments",
            "bonusCap", "penaltyCap", "vetoes", "categoryNames", "office", "noticePeriod",
            "rectification", "commendation", "appraisal", "review"); // the last four: after the scores (issue 15)
    private static final Set<String> CHOICE_KEYS = keys("kind", "rubric", "file", "selfReportCriterion");
    private static final Set<String> NOT_ASSESSED_KEYS = keys("kind", "unit", "reason");
    private static final Set<String> SOURCES_KEYS = keys("default", "byCriterion");
    private static final Set<String> BLEND_KEYS = keys("precedence", "weighted", "missing");
    private static final Set<String> CRITERION_BLEND_KEYS = keys("criteria", "precedence", "weighted", "missing");
    private static final Set<String> RATERS_KEYS = keys("combination", "minRaters");
    private static final Set<String> BAND_KEYS = keys("grade", "minimum");
    private static final Set<String> QUOTA_KEYS = keys("grade", "maxShare");
    private static final Set<String> TIE_BREAK_KEYS = keys("kind", "criterion");
    private static final Set<String> ROUNDING_KEYS = keys("leafScale", "totalScale");
    private static final Set<String> NOTICE_KEYS = keys("days", "counting", "appealsBlockFinal");
    private static final Set<String> DEADLINE_KEYS = keys("reading", "monthlyDueDay", "annualDueBy", "firstMonth", "lastMonth", "judgedAt");
    private static final Set<String> DEDUCTIONS_KEYS = keys("monthly", "annual");
    private static final Set<String> LATE_MISSING_KEYS = keys("late", "missing");
    private static final Set<String> ADJUSTMENT_KEYS = keys("category", "direction", "cap", "name");
    private static final Set<String> VETO_KEYS = keys("incidentCategory", "effect", "cappedGrade", "severities", "name");

    /** The tie-break kinds as written. */
    private static final String LOWER_PENALTY = "lower-penalty";
    private static final String HIGHER_ON_CRITERION = "higher-on-criterion";

    PlanReader(String source) {
        super(source, PlanFormatException::new);
    }

    /**
     * A veto's {@code severities}: a non-empty array of distinct severities ({@code "general"} 一般, {@code "serious"}
     * 较大, {@code "major"} 重大, {@code "extraordinary"} 特别重大); absent, the veto applies to incidents of any severity
     * (an empty array is returned, which the {@code VetoRule} factories read so).
     */
    private IncidentSeverity[] severities(Located n) {
        if (n == null) {
            return new IncidentSeverity[0];
        }
        List<Located> items = array(n, "an array of incident severities");
        if (items.isEmpty()) {
            throw error(n, "expected at least one incident severity (leave \"severities\" out for a veto on incidents of any severity)");
        }
        java.util.EnumSet<IncidentSeverity> seen = java.util.EnumSet.noneOf(IncidentSeverity.class);
        for (Located item : items) {
            IncidentSeverity s = enumValue(item, IncidentSeverity.class, "an incident severity");
            if (!seen.add(s)) {
                throw error(item, "incident severity \"" + item.text + "\" is listed twice");
            }
        }
        return seen.toArray(new IncidentSeverity[0]);
    }

    PlanDocument plan(Located n) {
        object(n, "a plan object", PLAN_KEYS);
        PlanDocument.Builder b = PlanDocument.builder(nonBlank(required(n, "id")), integer(required(n, "year"), 1900, 9999));
        b.location("$", where(n));
        Located title = n.fields.get("title");
        if (title != null) {
            b.title(string(title));
        }
        Located office = n.fields.get("cityOffice");
        if (office != null) {
            b.cityOffice(nonBlank(office));
        }
        rubrics(required(n, "rubrics"), b);
        Located owner = n.fields.get("office");
        if (owner != null) { // 属地逐级 (issue 16): the assessing office and the plans below it
            object(owner, "an office object", keys("unit", "subordinatePlans"));
            List<String> below = new ArrayList<>();
            Located plans = owner.fields.get("subordinatePlans");
            for (Located p : plans == null ? java.util.Collections.<Located>emptyList() : array(plans, "an array of plan ids")) {
                if (below.contains(nonBlank(p))) {
                    throw error(p, "plan \"" + p.text + "\" is listed twice");
                }
                below.add(nonBlank(p));
            }
            b.office(org.kaoping.plugin.plan.PlanOffice.of(nonBlank(required(owner, "unit")), below));
        }
        Located notAssessed = n.fields.get("notAssessed");
        if (notAssessed != null) {
            notAssessed(notAssessed, b);
        }
        Located sources = n.fields.get("sources");
        if (sources != null) {
            sources(sources, b);
        }
        Located raters = n.fields.get("raters");
        if (raters != null) {
            b.raters(raters(raters));
        }
        GradeBands bands = GradeBands.defaults();
        Located grades = n.fields.get("grades");
        if (grades != null) {
            bands = bands(grades);
            b.gradeBands(bands);
        }
        Located quotas = n.fields.get("quotas");
        if (quotas != null) {
            for (Located q : array(quotas, "an array of grade quotas")) {
                object(q, "a grade quota object", QUOTA_KEYS);
                Grade g = grade(required(q, "grade"), bands);
                Ratio share = ratio(required(q, "maxShare"));
                try {
                    b.quota(GradeQuota.of(g, share));
                } catch (IllegalArgumentException e) {
                    throw error(q.fields.get("maxShare"), e.getMessage());
                }
            }
        }
        Located tieBreaks = n.fields.get("tieBreaks");
        if (tieBreaks != null) {
            tieBreaks(tieBreaks, b);
        }
        Located rounding = n.fields.get("rounding");
        if (rounding != null) {
            object(rounding, "a rounding object", ROUNDING_KEYS);
            Located leaf = rounding.fields.get("leafScale");
            if (leaf != null) {
                b.leafScale(integer(leaf, 0, Points.SCALE));
            }
            Located total = rounding.fields.get("totalScale");
            if (total != null) {
                b.totalScale(integer(total, 0, Points.SCALE));
            }
        }
        Located notice = n.fields.get("noticePeriod");
        if (notice != null) {
            b.noticePeriod(noticePeriod(notice));
        }
        int year = integer(required(n, "year"), 1900, 9999);
        Located deadlines = n.fields.get("deadlines");
        b.cycle(deadlines == null ? AssessmentCycle.of(year) : deadlines(deadlines, year, b));
        Located deductions = n.fields.get("selfReportDeductions");
        if (deductions != null) {
            object(deductions, "a selfReportDeductions object", DEDUCTIONS_KEYS);
            Points[] monthly = lateMissing(deductions.fields.get("monthly"));
            Points[] annual = lateMissing(deductions.fields.get("annual"));
            b.selfReportDeductions(monthly[0], monthly[1], annual[0], annual[1]);
        }
        Set<String> categories = new HashSet<>();
        Located adjustments = n.fields.get("adjustments");
        if (adjustments != null) {
            for (Located a : array(adjustments, "an array of adjustment categories")) {
                object(a, "an adjustment category object", ADJUSTMENT_KEYS);
                String category = nonBlank(required(a, "category"));
                if (!categories.add(category)) {
                    throw error(a.fields.get("category"), "adjustment category \"" + category + "\" is declared twice");
                }
                AdjustmentRule.Direction direction = enumValue(required(a, "direction"), AdjustmentRule.Direction.class, "a direction");
                Points cap = positive(required(a, "cap"));
                b.adjustment(direction == AdjustmentRule.Direction.BONUS ? AdjustmentRule.bonus(category, cap) : AdjustmentRule.penalty(category, cap));
                Located name = a.fields.get("name");
                if (name != null) {
                    b.categoryName(category, nonBlank(name));
                }
            }
        }
        Located bonusCap = n.fields.get("bonusCap");
        if (bonusCap != null) {
            b.bonusCap(positive(bonusCap));
        }
        Located penaltyCap = n.fields.get("penaltyCap");
        if (penaltyCap != null) {
            b.penaltyCap(positive(penaltyCap));
        }
        Located vetoes = n.fields.get("vetoes");
        if (vetoes != null) {
            for (Located v : array(vetoes, "an array of veto rules")) {
                object(v, "a veto rule object", VETO_KEYS);
                String category = nonBlank(required(v, "incidentCategory"));
                VetoEffect effect = enumValue(required(v, "effect"), VetoEffect.class, "a veto effect");
                Located capped = v.fields.get("cappedGrade");
                if ((effect == VetoEffect.CAP_GRADE) != (capped != null)) {
                    throw error(capped != null ? capped : v, effect == VetoEffect.CAP_GRADE
                            ? "missing required key \"cappedGrade\" (the best grade a vetoed unit keeps) for effect \"cap-grade\""
                            : "\"cappedGrade\" is given only with effect \"cap-grade\"");
                }
                IncidentSeverity[] severities = severities(v.fields.get("severities"));
                b.veto(effect == VetoEffect.ZERO_TOTAL ? VetoRule.zeroTotal(category, severities)
                        : effect == VetoEffect.CAP_GRADE ? VetoRule.capGrade(category, grade(capped, bands), severities)
                        : VetoRule.excludeFromCommendation(category, severities));
                Located name = v.fields.get("name");
                if (name != null) {
                    b.categoryName(category, nonBlank(name));
                }
            }
        }
        Located names = n.fields.get("categoryNames");
        if (names != null) {
            if (names.type != Located.Type.OBJECT) {
                throw error(names, "expected an object of category → Chinese name, got " + names.describe());
            }
            for (Map.Entry<String, Located> e : names.fields.entrySet()) {
                b.categoryName(e.getKey(), nonBlank(e.getValue()));
            }
        }
        afterTheScores(n, bands, b);
        Located review = n.fields.get("review");
        if (review != null) {
            b.review(review(review));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw error(n, e.getMessage());
        }
    }

    // ---- after the scores (issue 15): 整改, 评先评优 and 绩效考评

    private static final Set<String> RECTIFICATION_KEYS = keys("from", "lostPointsAtLeast", "deadlineDays", "unresolvedCost");
    private static final Set<String> COMMENDATION_KEYS = keys("minimumGrade", "excludeVetoed", "excludeOverdueRectification", "quotaPerCategory");
    private static final Set<String> APPRAISAL_KEYS = keys("method", "weight", "pointsPerGrade", "scale");

    /** {@code rectification}, {@code commendation} and {@code appraisal}; grades named must be bands of the plan. */
    private void afterTheScores(Located n, GradeBands bands, PlanDocument.Builder b) {
        Located rect = n.fields.get("rectification");
        if (rect != null) {
            object(rect, "a rectification object", RECTIFICATION_KEYS);
            java.util.Set<org.kaoping.core.rectification.RectificationOrigin> from = java.util.EnumSet.noneOf(
                    org.kaoping.core.rectification.RectificationOrigin.class);
            Located f = rect.fields.get("from");
            if (f == null) {
                from.addAll(org.kaoping.core.plan.RectificationPolicy.defaults().origins());
            } else {
                for (Located o : array(f, "an array of findings (spot-check, lost-points, veto, incident)")) {
                    org.kaoping.core.rectification.RectificationOrigin origin;
                    try {
                        origin = org.kaoping.core.rectification.RectificationOrigin.ofCode(string(o));
                    } catch (IllegalArgumentException e) {
                        throw error(o, e.getMessage());
                    }
                    if (!from.add(origin)) {
                        throw error(o, "finding \"" + o.text + "\" is named twice");
                    }
                }
            }
            Located threshold = rect.fields.get("lostPointsAtLeast");
            Located days = rect.fields.get("deadlineDays");
            Located cost = rect.fields.get("unresolvedCost");
            try {
                b.rectification(org.kaoping.core.plan.RectificationPolicy.of(from, threshold == null ? null : positive(threshold),
                        days == null ? org.kaoping.core.plan.RectificationPolicy.DEFAULT_DEADLINE_DAYS : integer(days, 1, 366),
                        cost == null ? Points.ZERO : nonNegative(cost)));
            } catch (IllegalArgumentException e) {
                throw error(rect, e.getMessage());
            }
            b.location("$.rectification", where(rect));
        }
        Located comm = n.fields.get("commendation");
        if (comm != null) {
            object(comm, "a commendation object", COMMENDATION_KEYS);
            org.kaoping.core.plan.CommendationRule d = org.kaoping.core.plan.CommendationRule.defaults();
            Located g = comm.fields.get("minimumGrade");
            Located quota = comm.fields.get("quotaPerCategory");
            b.commendation(org.kaoping.core.plan.CommendationRule.of(g == null ? grade(d.minimumGrade(), comm, bands) : grade(g, bands).name(),
                    bool(comm.fields.get("excludeVetoed"), d.excludeVetoed()),
                    bool(comm.fields.get("excludeOverdueRectification"), d.excludeOverdueRectification()),
                    quota == null ? null : integer(quota, 1, 1_000_000)));
            b.location("$.commendation", where(comm));
        }
        Located appr = n.fields.get("appraisal");
        if (appr != null) {
            object(appr, "an appraisal object", APPRAISAL_KEYS);
            Located method = required(appr, "method");
            Located scale = appr.fields.get("scale");
            int places = scale == null ? 2 : integer(scale, 0, Points.SCALE);
            String m = string(method);
            Located weight = appr.fields.get("weight");
            Located perGrade = appr.fields.get("pointsPerGrade");
            if ("weighted-total".equals(m)) {
                if (perGrade != null) {
                    throw error(perGrade, "\"pointsPerGrade\" is given only with method \"points-per-grade\"");
                }
                Points w = positive(required(appr, "weight"));
                if (w.isGreaterThan(Points.HUNDRED)) {
                    throw error(weight, "expected a weight from 0 (exclusive) to 100 (the campaign's points in the appraisal), got " + weight.describe());
                }
                b.appraisal(org.kaoping.core.plan.AppraisalRule.weightedTotal(w, places));
            } else if ("points-per-grade".equals(m)) {
                if (weight != null) {
                    throw error(weight, "\"weight\" is given only with method \"weighted-total\"");
                }
                Located per = required(appr, "pointsPerGrade");
                if (per.type != Located.Type.OBJECT || per.fields.isEmpty()) {
                    throw error(per, "expected an object of grade → points, e.g. {\"优秀\": 10, \"良好\": 8}, got " + per.describe());
                }
                Map<String, Points> points = new java.util.LinkedHashMap<>();
                for (Map.Entry<String, Located> e : per.fields.entrySet()) {
                    grade(e.getKey(), e.getValue(), bands);
                    points.put(e.getKey(), nonNegative(e.getValue()));
                }
                b.appraisal(org.kaoping.core.plan.AppraisalRule.pointsPerGrade(points, places));
            } else {
                throw error(method, "expected \"weighted-total\" (total × weight ÷ 100) or \"points-per-grade\", got " + method.describe());
            }
            b.location("$.appraisal", where(appr));
        }
    }

    /** {@code name} if it is a grade of {@code bands}; the error is placed at {@code at}. */
    private String grade(String name, Located at, GradeBands bands) {
        for (GradeBand g : bands.bands()) {
            if (g.grade().name().equals(name)) {
                return name;
            }
        }
        throw error(at, "grade \"" + name + "\" is not one of the plan's grades " + bands);
    }

    private boolean bool(Located n, boolean absent) {
        if (n == null) {
            return absent;
        }
        if (n.type != Located.Type.BOOLEAN) {
            throw error(n, "expected true or false, got " + n.describe());
        }
        return n.bool;
    }

    private void rubrics(Located n, PlanDocument.Builder b) {
        List<Located> items = array(n, "an array of rubric choices (one per kind of unit)");
        if (items.isEmpty()) {
            throw error(n, "expected at least one rubric choice: a plan that assesses no kind of unit scores nobody");
        }
        Map<OrgKind, Located> seen = new LinkedHashMap<>();
        for (Located c : items) {
            object(c, "a rubric choice object", CHOICE_KEYS);
            Located kindNode = required(c, "kind");
            OrgKind kind = kind(kindNode);
            Located earlier = seen.put(kind, c);
            if (earlier != null) {
                throw error(kindNode, "kind \"" + JsonNames.of(kind) + "\" is given a rubric twice (also at line " + earlier.line + ")");
            }
            Located id = c.fields.get("rubric");
            Located file = c.fields.get("file");
            if ((id == null) == (file == null)) {
                throw error(c, "expected exactly one of \"rubric\" (a rubric id) and \"file\" (a rubric JSON file, relative to the plan)");
            }
            Located criterion = c.fields.get("selfReportCriterion");
            String crit = criterion == null ? null : nonBlank(criterion);
            if (criterion != null) {
                b.location(criterion.path, where(criterion));
            }
            PlanLocation at = where(c);
            b.rubric(id != null ? RubricChoice.byId(kind, nonBlank(id), crit, at) : RubricChoice.byFile(kind, nonBlank(file), crit, at));
        }
    }

    private void notAssessed(Located n, PlanDocument.Builder b) {
        for (Located x : array(n, "an array of units or kinds not assessed")) {
            object(x, "a not-assessed object", NOT_ASSESSED_KEYS);
            Located kind = x.fields.get("kind");
            Located unit = x.fields.get("unit");
            if ((kind == null) == (unit == null)) {
                throw error(x, "expected exactly one of \"kind\" and \"unit\"");
            }
            String reason = nonBlank(required(x, "reason"));
            if (kind != null) {
                b.notAssessed(kind(kind), reason);
            } else {
                b.notAssessed(nonBlank(unit), reason);
            }
        }
    }

    private void sources(Located n, PlanDocument.Builder b) {
        object(n, "a sources object", SOURCES_KEYS);
        Located d = n.fields.get("default");
        if (d != null) {
            object(d, "a blend object", BLEND_KEYS);
            b.blend(blend(d));
        }
        Located by = n.fields.get("byCriterion");
        if (by != null) {
            Map<String, Located> seen = new LinkedHashMap<>();
            for (Located x : array(by, "an array of criterion blends")) {
                object(x, "a criterion blend object", CRITERION_BLEND_KEYS);
                SourceBlend blend = blend(x);
                List<Located> criteria = array(required(x, "criteria"), "an array of criterion ids");
                if (criteria.isEmpty()) {
                    throw error(x.fields.get("criteria"), "expected at least one criterion id");
                }
                for (Located c : criteria) {
                    String id = nonBlank(c);
                    Located earlier = seen.put(id, c);
                    if (earlier != null) {
                        throw error(c, "criterion \"" + id + "\" is given a blend twice (also at line " + earlier.line + ")");
                    }
                    b.criterionBlend(id, blend);
                    b.location("blend:" + id, where(c));
                }
            }
        }
    }

    private SourceBlend blend(Located n) {
        Located precedence = n.fields.get("precedence");
        Located weighted = n.fields.get("weighted");
        Located missing = n.fields.get("missing");
        if ((precedence == null) == (weighted == null)) {
            throw error(n, "expected exactly one of \"precedence\" (an array of sources, the first with evidence decides) and \"weighted\" (source → weight)");
        }
        if (precedence != null) {
            if (missing != null) {
                throw error(missing, "\"missing\" applies to a weighted blend only");
            }
            List<Channel> order = new ArrayList<>();
            for (Located c : array(precedence, "an array of sources")) {
                Channel ch = channel(c, c.text);
                if (order.contains(ch)) {
                    throw error(c, "source \"" + c.text + "\" is named twice");
                }
                order.add(ch);
            }
            if (order.isEmpty()) {
                throw error(precedence, "expected at least one source");
            }
            return SourceBlend.precedence(order.toArray(new Channel[0]));
        }
        if (weighted.type != Located.Type.OBJECT) {
            throw error(weighted, "expected an object of source → weight, e.g. {\"panel\": 4, \"public\": 1}, got " + weighted.describe());
        }
        Map<Channel, Ratio> weights = new LinkedHashMap<>();
        for (Map.Entry<String, Located> e : weighted.fields.entrySet()) {
            int[] at = weighted.keyPositions.get(e.getKey());
            Channel ch = channel(e.getValue(), e.getKey(), at);
            BigDecimal w = decimal(e.getValue(), "a positive weight");
            if (w.signum() <= 0) {
                throw error(e.getValue(), "expected a positive weight, got " + e.getValue().describe());
            }
            weights.put(ch, Ratio.of(w));
        }
        if (weights.isEmpty()) {
            throw error(weighted, "expected at least one source with a weight");
        }
        return SourceBlend.weighted(weights, missing == null ? MissingSourcePolicy.RENORMALIZE
                : enumValue(missing, MissingSourcePolicy.class, "a missing-source policy"));
    }

    /** {@code panel} or {@code panel/inspect-on-site}, as a string value. */
    private Channel channel(Located n, String text) {
        if (n.type != Located.Type.STRING) {
            throw error(n, "expected a source such as \"panel\" or \"panel/inspect-on-site\", got " + n.describe());
        }
        return channel(n, text, null);
    }

    private Channel channel(Located n, String text, int[] keyAt) {
        int slash = text.indexOf('/');
        SourceKind source = JsonNames.parse(SourceKind.class, slash < 0 ? text : text.substring(0, slash));
        ReviewStep step = slash < 0 ? null : JsonNames.parse(ReviewStep.class, text.substring(slash + 1));
        if (source == null || (slash >= 0 && step == null)) {
            String problem = "expected a source (one of " + JsonNames.choices(SourceKind.class) + "), optionally with a review step after a slash (one of "
                    + JsonNames.choices(ReviewStep.class) + "), got \"" + text + "\"";
            if (keyAt != null) {
                throw new PlanFormatException(source(), keyAt[0], keyAt[1], n.path, problem);
            }
            throw error(n, problem);
        }
        return step == null ? Channel.of(source) : Channel.of(source, step);
    }

    private String source() {
        return super.source;
    }

    private RaterCombination raters(Located n) {
        object(n, "a raters object", RATERS_KEYS);
        Located c = required(n, "combination");
        String kind = string(c);
        Located min = n.fields.get("minRaters");
        if ("mean".equals(kind)) {
            if (min != null) {
                throw error(min, "\"minRaters\" applies to \"trimmed-mean\" only");
            }
            return RaterCombination.mean();
        }
        if ("trimmed-mean".equals(kind)) {
            return RaterCombination.trimmedMean(integer(required(n, "minRaters"), 3, 1000));
        }
        throw error(c, "expected a rater combination (one of \"mean\", \"trimmed-mean\"), got " + c.describe());
    }

    private GradeBands bands(Located n) {
        List<Located> items = array(n, "an array of grade bands, best first");
        List<GradeBand> bands = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Located x = items.get(i);
            object(x, "a grade band object", BAND_KEYS);
            String name = nonBlank(required(x, "grade"));
            if (!names.add(name)) {
                throw error(x.fields.get("grade"), "grade \"" + name + "\" is given twice");
            }
            Located min = required(x, "minimum");
            Points minimum = points(min);
            if (minimum.isNegative()) {
                throw error(min, "expected a minimum of at least 0, got " + min.describe());
            }
            bands.add(GradeBand.of(Grade.of(name, i), minimum));
        }
        if (bands.isEmpty()) {
            throw error(n, "expected at least one grade band");
        }
        try {
            return GradeBands.of(bands);
        } catch (IllegalArgumentException e) {
            throw error(n, e.getMessage());
        }
    }

    private Grade grade(Located n, GradeBands bands) {
        String name = string(n);
        List<String> names = new ArrayList<>();
        for (GradeBand b : bands.bands()) {
            if (b.grade().name().equals(name)) {
                return b.grade();
            }
            names.add('"' + b.grade().name() + '"');
        }
        throw error(n, "expected a grade of the plan's bands (one of " + String.join(", ", names) + "), got " + n.describe());
    }

    private void tieBreaks(Located n, PlanDocument.Builder b) {
        List<Located> items = array(n, "an array of tie-breaks, applied in order");
        for (int i = 0; i < items.size(); i++) {
            Located x = items.get(i);
            object(x, "a tie-break object", TIE_BREAK_KEYS);
            Located kind = required(x, "kind");
            String k = string(kind);
            Located criterion = x.fields.get("criterion");
            if (LOWER_PENALTY.equals(k)) {
                if (criterion != null) {
                    throw error(criterion, "\"criterion\" applies to \"" + HIGHER_ON_CRITERION + "\" only");
                }
                b.tieBreak(TieBreak.lowerPenalty());
            } else if (HIGHER_ON_CRITERION.equals(k)) {
                Located c = required(x, "criterion");
                b.tieBreak(TieBreak.higherOn(nonBlank(c)));
                b.location("tieBreak:" + i, where(c));
            } else {
                throw error(kind, "expected a tie-break kind (one of \"" + LOWER_PENALTY + "\", \"" + HIGHER_ON_CRITERION + "\"), got " + kind.describe());
            }
        }
    }

    private AssessmentCycle deadlines(Located n, int year, PlanDocument.Builder b) {
        object(n, "a deadlines object", DEADLINE_KEYS);
        org.kaoping.core.cycle.AssessmentCycle.Builder c = AssessmentCycle.builder().year(year);
        Located reading = n.fields.get("reading");
        if (reading != null) {
            c.deadlineReading(enumValue(reading, DeadlineReading.class, "a deadline reading"));
        }
        Located due = n.fields.get("monthlyDueDay");
        if (due != null) {
            c.monthlyDueDay(integer(due, 1, 28));
        }
        Located annual = n.fields.get("annualDueBy");
        if (annual != null) {
            try {
                c.annualDueBy(MonthDay.parse("--" + string(annual)));
            } catch (DateTimeParseException e) {
                throw error(annual, "expected a month and day such as \"11-30\", got " + annual.describe());
            }
        }
        Located first = n.fields.get("firstMonth");
        int firstMonth = first == null ? 1 : integer(first, 1, 12);
        Located last = n.fields.get("lastMonth");
        int lastMonth = last == null ? 12 : integer(last, 1, 12);
        if (firstMonth > lastMonth) {
            throw error(last != null ? last : first, "expected firstMonth ≤ lastMonth, got " + firstMonth + " and " + lastMonth);
        }
        c.firstMonth(firstMonth).lastMonth(lastMonth);
        Located judged = n.fields.get("judgedAt");
        if (judged != null) {
            try {
                b.judgedAt(LocalDateTime.parse(string(judged).trim().replace(' ', 'T')));
            } catch (DateTimeParseException e) {
                throw error(judged, "expected a local date and time (Asia/Shanghai) such as \"2016-01-10T09:00\", got " + judged.describe());
            }
        }
        return c.build();
    }

    private Points[] lateMissing(Located n) {
        if (n == null) {
            return new Points[] {Points.ZERO, Points.ZERO};
        }
        object(n, "a late/missing object", LATE_MISSING_KEYS);
        return new Points[] {nonNegative(n.fields.get("late")), nonNegative(n.fields.get("missing"))};
    }

    private Points nonNegative(Located n) {
        if (n == null) {
            return Points.ZERO;
        }
        Points p = points(n);
        if (p.isNegative()) {
            throw error(n, "expected points of at least 0, got " + n.describe());
        }
        return p;
    }

    private Points positive(Located n) {
        Points p = points(n);
        if (!p.isPositive()) {
            throw error(n, "expected a positive number of points, got " + n.describe());
        }
        return p;
    }

    private OrgKind kind(Located n) {
        if (n.type == Located.Type.STRING) {
            OrgKind k = JsonNames.parse(OrgKind.class, n.text);
            if (k != null) {
                return k;
            }
            for (OrgKind c : OrgKind.values()) {
                if (c.chineseName().equals(n.text.trim())) {
                    return c;
                }
            }
        }
        throw error(n, "expected a kind of unit (one of " + JsonNames.choices(OrgKind.class) + ", or its Chinese name such as \"县（区）\"), got "
                + n.describe());
    }

    private int integer(Located n, int min, int max) {
        BigDecimal d = decimal(n, "a whole number from " + min + " to " + max);
        try {
            int v = d.intValueExact();
            if (v >= min && v <= max) {
                return v;
            }
        } catch (ArithmeticException notWhole) {
            // reported below
        }
        throw error(n, "expected a whole number from " + min + " to " + max + ", got " + n.describe());
    }

    private String nonBlank(Located n) {
        String s = string(n);
        if (s.trim().isEmpty()) {
            throw error(n, "expected a non-blank string, got " + n.describe());
        }
        return s;
    }

    private Ratio ratio(Located n) {
        Ratio r = n.type == Located.Type.STRING ? JsonNames.parseRatio(n.text) : null;
        if (r == null) {
            throw error(n, "expected a share as a string such as \"20%\" or \"1/3\", got " + n.describe());
        }
        return r;
    }

    private PlanLocation where(Located n) {
        return PlanLocation.of(super.source, n.line, n.column, n.path);
    }

    // ---- issue 17 (review): targets from above, stage targets, self-report sections ----

    private org.kaoping.core.review.ReviewSettings review(Located n) {
        object(n, "a review object", keys("targets", "stageTargets", "annualSections", "sectionUses"));
        org.kaoping.core.review.ReviewSettings.Builder b = org.kaoping.core.review.ReviewSettings.builder();
        try {
            Located targets = n.fields.get("targets");
            for (Located t : targets == null ? Collections.<Located>emptyList() : array(targets, "an array of targets set by the higher level")) {
                object(t, "a target object", keys("key", "year", "rate", "setBy", "setOn", "document"));
                Located doc = t.fields.get("document");
                b.target(org.kaoping.core.review.UpperTarget.of(nonBlank(required(t, "key")), integer(required(t, "year"), 1900, 9999),
                        ratio(required(t, "rate")), nonBlank(required(t, "setBy")), day(required(t, "setOn")), doc == null ? "" : nonBlank(doc)));
            }
            Located stages = n.fields.get("stageTargets");
            for (Located t : stages == null ? Collections.<Located>emptyList() : array(stages, "an array of stage targets")) {
                object(t, "a stage target object", keys("id", "rubricId", "due", "criteria", "description"));
                List<String> criteria = new ArrayList<>();
                for (Located c : array(required(t, "criteria"), "an array of criterion ids")) {
                    criteria.add(nonBlank(c));
                }
                b.stageTarget(org.kaoping.core.review.StageTarget.of(nonBlank(required(t, "id")), nonBlank(required(t, "rubricId")), day(required(t, "due")), criteria,
                        nonBlank(required(t, "description"))));
            }
            Located sections = n.fields.get("annualSections");
            if (sections != null) {
                List<String> titles = new ArrayList<>();
                for (Located s : array(sections, "an array of section titles")) {
                    titles.add(nonBlank(s));
                }
                b.annualSections(titles);
            }
            Located uses = n.fields.get("sectionUses");
            for (Located u : uses == null ? Collections.<Located>emptyList() : array(uses, "an array of section uses")) {
                object(u, "a section use object", keys("section", "rubricId", "criterion", "requirement"));
                b.sectionUse(org.kaoping.core.review.SectionUse.of(nonBlank(required(u, "section")), nonBlank(required(u, "rubricId")),
                        nonBlank(required(u, "criterion")), integer(required(u, "requirement"), 1, 1000)));
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw error(n, e.getMessage());
        }
    }

    private java.time.LocalDate day(Located n) {
        try {
            return java.time.LocalDate.parse(nonBlank(n));
        } catch (java.time.format.DateTimeParseException e) {
            throw error(n, "expected a date such as \"2015-06-30\", got " + n.describe());
        }
    }

    private static Set<String> keys(String... keys) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(keys)));
    }

    /** {@code "noticePeriod": {"days": 5, "counting": "working-days", "appealsBlockFinal": true}}: the 公示期 (issue 15). */
    private org.kaoping.core.plan.NoticePeriod noticePeriod(Located n) {
        object(n, "a notice period object", NOTICE_KEYS);
        int days = (int) integer(required(n, "days"), 1, org.kaoping.core.plan.NoticePeriod.MAX_DAYS);
        Located counting = n.fields.get("counting");
        org.kaoping.core.plan.NoticePeriod.Counting c = counting == null ? org.kaoping.core.plan.NoticePeriod.Counting.WORKING_DAYS
                : enumValue(counting, org.kaoping.core.plan.NoticePeriod.Counting.class, "how the days are counted");
        Located block = n.fields.get("appealsBlockFinal");
        if (block != null && block.type != Located.Type.BOOLEAN) {
            throw error(block, "expected true or false (whether open appeals block finalizing), got " + block.describe());
        }
        return org.kaoping.core.plan.NoticePeriod.of(days, c, block == null || block.bool);
    }
}

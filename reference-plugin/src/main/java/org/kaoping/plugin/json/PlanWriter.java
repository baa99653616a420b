package org.kaoping.plugin.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.GradeBand;
import org.kaoping.core.plan.GradeQuota;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.plan.TieBreak;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.plan.VetoEffect;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.plugin.plan.PlanDocument;
import org.kaoping.plugin.plan.RubricChoice;

/**
 * Writes a {@link PlanDocument} as a plan file: every setting spelled out (defaults included), so that an office
 * sees everything it can change; keys in the order the format documents.
 */
final class PlanWriter {
    private final JsonGenerator g;

    PlanWriter(JsonGenerator g) {
        this.g = g;
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        g.setPrettyPrinter(printer);
    }

    void write(PlanDocument p) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", PlanJson.SCHEMA_ID);
        g.writeStringField("id", p.id());
        if (!p.title().isEmpty()) {
            g.writeStringField("title", p.title());
        }
        g.writeNumberField("year", p.year());
        if (p.cityOffice().isPresent()) {
            g.writeStringField("cityOffice", p.cityOffice().get());
        }
        if (p.office().isPresent()) { // 属地逐级 (issue 16)
            g.writeObjectFieldStart("office");
            g.writeStringField("unit", p.office().get().unitId());
            if (!p.office().get().subordinatePlans().isEmpty()) {
                g.writeArrayFieldStart("subordinatePlans");
                for (String below : p.office().get().subordinatePlans()) {
                    g.writeString(below);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("rubrics");
        for (RubricChoice c : p.rubrics()) {
            g.writeStartObject();
            g.writeStringField("kind", JsonNames.of(c.kind()));
            if (c.rubricId().isPresent()) {
                g.writeStringField("rubric", c.rubricId().get());
            } else {
                g.writeStringField("file", c.file().get());
            }
            if (c.selfReportCriterion().isPresent()) {
                g.writeStringField("selfReportCriterion", c.selfReportCriterion().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notAssessed");
        for (Map.Entry<OrgKind, String> e : p.notAssessedKinds().entrySet()) {
            g.writeStartObject();
            g.writeStringField("kind", JsonNames.of(e.getKey()));
            g.writeStringField("reason", e.getValue());
            g.writeEndObject();
        }
        for (Map.Entry<String, String> e : p.notAssessedUnits().entrySet()) {
            g.writeStartObject();
            g.writeStringField("unit", e.getKey());
            g.writeStringField("reason", e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        sources(p);
        g.writeObjectFieldStart("raters");
        g.writeStringField("combination", p.raters().isTrimmed() ? "trimmed-mean" : "mean");
        if (p.raters().isTrimmed()) {
            g.writeNumberField("minRaters", p.raters().minRaters());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("grades");
        for (GradeBand b : p.gradeBands().bands()) {
            g.writeStartObject();
            g.writeStringField("grade", b.grade().name());
            points("minimum", b.minimum());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotas");
        for (GradeQuota q : p.quotas()) {
            g.writeStartObject();
            g.writeStringField("grade", q.grade().name());
            g.writeStringField("maxShare", JsonNames.ratio(q.maxShare()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tieBreaks");
        for (TieBreak t : p.tieBreaks()) {
            g.writeStartObject();
            if (t.kind() == TieBreak.Kind.LOWER_PENALTY) {
                g.writeStringField("kind", "lower-penalty");
            } else {
                g.writeStringField("kind", "higher-on-criterion");
                g.writeStringField("criterion", t.criterionId());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("rounding");
        g.writeNumberField("leafScale", p.leafScale());
        g.writeNumberField("totalScale", p.totalScale());
        g.writeEndObject();
        g.writeObjectFieldStart("noticePeriod");
        g.writeNumberField("days", p.noticePeriod().days());
        g.writeStringField("counting", JsonNames.of(p.noticePeriod().counting()));
        g.writeBooleanField("appealsBlockFinal", p.noticePeriod().appealsBlockFinal());
        g.writeEndObject();
        AssessmentCycle c = p.cycle();
        g.writeObjectFieldStart("deadlines");
        g.writeStringField("reading", JsonNames.of(c.deadlineReading()));
        g.writeNumberField("monthlyDueDay", c.monthlyDueDay());
        g.writeStringField("annualDueBy", String.format("%02d-%02d", c.annualDueBy().getMonthValue(), c.annualDueBy().getDayOfMonth()));
        g.writeNumberField("firstMonth", c.firstMonth());
        g.writeNumberField("lastMonth", c.lastMonth());
        if (p.judgedAt().isPresent()) {
            g.writeStringField("judgedAt", p.judgedAt().get().toString());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("selfReportDeductions");
        g.writeObjectFieldStart("monthly");
        points("late", p.monthlyLate());
        points("missing", p.monthlyMissing());
        g.writeEndObject();
        g.writeObjectFieldStart("annual");
        points("late", p.annualLate());
        points("missing", p.annualMissing());
        g.writeEndObject();
        g.writeEndObject();
        Set<String> named = new LinkedHashSet<>();
        g.writeArrayFieldStart("adjustments");
        for (AdjustmentRule a : p.adjustments()) {
            g.writeStartObject();
            g.writeStringField("category", a.category());
            g.writeStringField("direction", JsonNames.of(a.direction()));
            points("cap", a.cap());
            name(p, a.category(), named);
            g.writeEndObject();
        }
        g.writeEndArray();
        if (p.bonusCap().isPresent()) {
            points("bonusCap", p.bonusCap().get());
        }
        if (p.penaltyCap().isPresent()) {
            points("penaltyCap", p.penaltyCap().get());
        }
        g.writeArrayFieldStart("vetoes");
        for (VetoRule v : p.vetoRules()) {
            g.writeStartObject();
            g.writeStringField("incidentCategory", v.incidentCategory());
            g.writeStringField("effect", JsonNames.of(v.effect()));
            if (v.effect() == VetoEffect.CAP_GRADE) {
                Grade capped = v.cappedGrade().get();
                g.writeStringField("cappedGrade", capped.name());
            }
            // written always, even for all four, so that the exported plan states what triggers the veto
            g.writeArrayFieldStart("severities");
            for (IncidentSeverity severity : IncidentSeverity.values()) {
                if (v.severities().contains(severity)) {
                    g.writeString(JsonNames.of(severity));
                }
            }
            g.writeEndArray();
            name(p, v.incidentCategory(), named);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("categoryNames");
        for (Map.Entry<String, String> e : p.categoryNames().entrySet()) {
            if (!named.contains(e.getKey())) {
                g.writeStringField(e.getKey(), e.getValue());
            }
        }
        g.writeEndObject();
        afterTheScores(p);
        review(p.review());
        g.writeEndObject();
        g.flush();
    }

    /** After the scores (issue 15): {@code rectification}, {@code commendation} and, if declared, {@code appraisal}. */
    private void afterTheScores(PlanDocument p) throws IOException {
        org.kaoping.core.plan.RectificationPolicy r = p.rectification();
        g.writeObjectFieldStart("rectification");
        g.writeArrayFieldStart("from");
        for (org.kaoping.core.rectification.RectificationOrigin o : r.origins()) {
            g.writeString(o.code());
        }
        g.writeEndArray();
        if (r.lostPointsThreshold().isPresent()) {
            points("lostPointsAtLeast", r.lostPointsThreshold().get());
        }
        g.writeNumberField("deadlineDays", r.deadlineDays());
        points("unresolvedCost", r.unresolvedCost());
        g.writeEndObject();
        org.kaoping.core.plan.CommendationRule c = p.commendation();
        g.writeObjectFieldStart("commendation");
        g.writeStringField("minimumGrade", c.minimumGrade());
        g.writeBooleanField("excludeVetoed", c.excludeVetoed());
        g.writeBooleanField("excludeOverdueRectification", c.excludeOverdueRectification());
        if (c.quotaPerCategory().isPresent()) {
            g.writeNumberField("quotaPerCategory", c.quotaPerCategory().get());
        }
        g.writeEndObject();
        if (p.appraisal().isPresent()) {
            org.kaoping.core.plan.AppraisalRule a = p.appraisal().get();
            g.writeObjectFieldStart("appraisal");
            if (a.method() == org.kaoping.core.plan.AppraisalRule.Method.WEIGHTED_TOTAL) {
                g.writeStringField("method", "weighted-total");
                points("weight", a.weight());
            } else {
                g.writeStringField("method", "points-per-grade");
                g.writeObjectFieldStart("pointsPerGrade");
                for (Map.Entry<String, Points> e : a.perGrade().entrySet()) {
                    points(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeNumberField("scale", a.scale());
            g.writeEndObject();
        }
    }

    /** Issue 17: the review block, left out when the plan declares none of it. */
    private void review(org.kaoping.core.review.ReviewSettings r) throws IOException {
        if (r.equals(org.kaoping.core.review.ReviewSettings.none())) {
            return;
        }
        g.writeObjectFieldStart("review");
        g.writeArrayFieldStart("targets");
        for (org.kaoping.core.review.UpperTarget t : r.targets()) {
            g.writeStartObject();
            g.writeStringField("key", t.key());
            g.writeNumberField("year", t.year());
            g.writeStringField("rate", JsonNames.ratio(t.rate()));
            g.writeStringField("setBy", t.setBy());
            g.writeStringField("setOn", t.setOn().toString());
            if (!t.document().isEmpty()) {
                g.writeStringField("document", t.document());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("stageTargets");
        for (org.kaoping.core.review.StageTarget t : r.stageTargets()) {
            g.writeStartObject();
            g.writeStringField("id", t.id());
            g.writeStringField("rubricId", t.rubricId());
            g.writeStringField("due", t.due().toString());
            g.writeArrayFieldStart("criteria");
            for (String c : t.criterionIds()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeStringField("description", t.description());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("annualSections");
        for (String s : r.annualSections()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sectionUses");
        for (org.kaoping.core.review.SectionUse u : r.sectionUses()) {
            g.writeStartObject();
            g.writeStringField("section", u.section());
            g.writeStringField("rubricId", u.rubricId());
            g.writeStringField("criterion", u.criterionId());
            g.writeNumberField("requirement", u.requirement());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void name(PlanDocument p, String category, Set<String> named) throws IOException {
        String name = p.categoryNames().get(category);
        if (name != null && named.add(category)) {
            g.writeStringField("name", name);
        }
    }

    /** The default blend, then criterion blends grouped by equal blend, in the order each blend first appears. */
    private void sources(PlanDocument p) throws IOException {
        g.writeObjectFieldStart("sources");
        g.writeFieldName("default");
        g.writeStartObject();
        blendFields(p.blend());
        g.writeEndObject();
        Map<SourceBlend, List<String>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, SourceBlend> e : p.criterionBlends().entrySet()) {
            groups.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        g.writeArrayFieldStart("byCriterion");
        for (Map.Entry<SourceBlend, List<String>> e : groups.entrySet()) {
            g.writeStartObject();
            g.writeArrayFieldStart("criteria");
            for (String id : e.getValue()) {
                g.writeString(id);
            }
            g.writeEndArray();
            blendFields(e.getKey());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void blendFields(SourceBlend b) throws IOException {
        if (b.kind() == SourceBlend.Kind.PRECEDENCE) {
            g.writeArrayFieldStart("precedence");
            for (Channel c : b.order()) {
                g.writeString(channel(c));
            }
            g.writeEndArray();
            return;
        }
        g.writeObjectFieldStart("weighted");
        for (Map.Entry<Channel, Ratio> e : b.weights().entrySet()) {
            g.writeFieldName(channel(e.getKey()));
            g.writeNumber(decimal(e.getValue()));
        }
        g.writeEndObject();
        g.writeStringField("missing", JsonNames.of(b.missing()));
    }

    private static String channel(Channel c) {
        return JsonNames.of(c.source()) + (c.step().isPresent() ? "/" + JsonNames.of(c.step().get()) : "");
    }

    /** A weight as a plain decimal; a weight such as 1/3 that has no finite decimal is refused rather than rounded. */
    private static BigDecimal decimal(Ratio r) {
        BigDecimal d = new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()), java.math.MathContext.DECIMAL128);
        if (Ratio.of(d).equals(r)) {
            BigDecimal s = d.stripTrailingZeros();
            return s.scale() < 0 ? s.setScale(0) : s;
        }
        throw new IllegalArgumentException("weight " + r + " has no finite decimal form; write the weights as whole numbers (e.g. 1 and 2 for 1/3 and 2/3)");
    }

    private void points(String field, Points p) throws IOException {
        BigDecimal d = p.toBigDecimal().stripTrailingZeros();
        g.writeFieldName(field);
        g.writeNumber(d.scale() < 0 ? d.setScale(0) : d);
    }
}

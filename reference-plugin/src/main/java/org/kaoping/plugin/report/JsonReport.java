package org.kaoping.plugin.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.scoring.AppliedAdjustment;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.ScoreNode;
import org.kaoping.core.scoring.TriggeredVeto;

/**
 * The results as JSON (UTF-8, pretty-printed) for other tools: {@code title}, {@code notices}, {@code plan},
 * {@code rankings} (per rubric, entries in rank order) and {@code scorecards} (per unit: totals, adjustments,
 * vetoes and the node tree with each leaf's explanation). Points are exact JSON numbers with at least the plan's
 * leaf scale of decimals, as shown in the other reports; absent values are omitted, never {@code null}.
 * {@code synthetic} is true for synthetic data (示例数据, {@link ReportData#isSynthetic()}); {@code rollUps} holds the
 * section averages per rubric, the plan's tasks and safeguards ({@code byTag}) and the areas ({@code byArea}); each
 * leaf has, besides the engine's English {@code explanation}, {@code explanationLines} in the report's wording.
 */
final class JsonReport {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonReport() {}

    public static byte[] toBytes(ReportData data) {
        // sized for the usual 64 KiB or so a scorecard takes with its explanations: not grown by doubling through megabytes
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(64L << 20, (data.scorecards().size() + 1L) * (72 << 10)));
        try (JsonGenerator g = JSON.createGenerator(bytes)) {
            g.useDefaultPrettyPrinter();
            int scale = data.scale();
            g.writeStartObject();
            g.writeStringField("title", data.title());
            g.writeBooleanField("synthetic", data.isSynthetic());
            g.writeArrayFieldStart("notices");
            for (String n : data.notices()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("plan");
            g.writeStringField("id", data.plan().id());
            g.writeNumberField("year", data.plan().year());
            g.writeNumberField("scale", scale);
            g.writeStringField("raters", data.plan().raters().toString());
            g.writeStringField("gradeBands", data.plan().gradeBands().toString());
            g.writeEndObject();

            g.writeArrayFieldStart("rankings");
            for (RankingTable t : data.rankings()) {
                Rubric r = data.rubric(t);
                g.writeStartObject();
                g.writeStringField("rubricId", r.id());
                g.writeStringField("rubricVersion", r.version());
                g.writeStringField("rubricTitle", r.title());
                g.writeObjectFieldStart("gradeDistribution");
                for (Map.Entry<Grade, Integer> e : t.gradeDistribution().entrySet()) {
                    g.writeNumberField(e.getKey().name(), e.getValue());
                }
                g.writeEndObject();
                g.writeArrayFieldStart("entries");
                for (RankedUnit u : t.entries()) {
                    g.writeStartObject();
                    g.writeNumberField("rank", u.rank());
                    g.writeStringField("unitId", u.unitId());
                    g.writeStringField("unitName", data.unitName(u.unitId()));
                    number(g, "finalTotal", u.finalTotal(), scale);
                    g.writeStringField("grade", u.grade().name());
                    g.writeStringField("gradeBeforeQuota", u.gradeBeforeQuota().name());
                    g.writeBooleanField("commendable", u.commendable());
                    g.writeBooleanField("complete", u.complete());
                    g.writeStringField("planId", data.plan().id()); // 属地逐级 (issue 16): every row names its plan and 考评机构
                    g.writeStringField("assessingOffice", data.assessingOfficeName());
                    g.writeStringField("rubricVersion", data.scorecard(u.unitId()).rubric().version()); // the version scored with (临时部署)
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("scorecards");
            for (RankingTable t : data.rankings()) {
                for (RankedUnit u : t.entries()) {
                    scorecard(g, data, data.scorecard(u.unitId()), scale);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("pendingClaims");
            for (org.kaoping.core.evidence.Evidence e : data.pendingClaims()) {
                g.writeStartObject();
                g.writeStringField("evidenceId", e.id());
                g.writeStringField("unitId", e.unitId());
                g.writeStringField("unitName", data.unitName(e.unitId()));
                g.writeStringField("kind", e.kind().name());
                g.writeStringField("key", e.key());
                g.writeStringField("author", e.author());
                g.writeStringField("claim", data.claimText(e));
                g.writeStringField("status", "PENDING");
                g.writeStringField("statusText", data.wording().word("待审核"));
                g.writeEndObject();
            }
            g.writeEndArray();
            rollUps(g, data, scale);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void scorecard(JsonGenerator g, ReportData data, Scorecard c, int scale) throws IOException {
        OrgUnit unit = c.unit();
        g.writeStartObject();
        g.writeStringField("unitId", unit.id());
        g.writeStringField("unitName", unit.name());
        g.writeStringField("unitKind", unit.kind().name());
        if (unit.parentId().isPresent()) {
            g.writeStringField("parentId", unit.parentId().get());
        }
        g.writeStringField("rubricId", c.rubric().id());
        g.writeStringField("rubricVersion", c.rubric().version());
        number(g, "sectionsTotal", c.rawTotal(), scale);
        exact(g, "applicableMaximum", c.applicableMaximum());
        g.writeBooleanField("rescaled", c.isRescaled());
        number(g, "itemTotal", Shown.itemTotal(c, scale), scale);
        number(g, "bonus", c.bonus(), scale);
        number(g, "penalty", c.penalty(), scale);
        number(g, "deductionsTaken", c.deductionsTaken(), scale);
        number(g, "finalTotal", c.finalTotal(), scale);
        g.writeStringField("grade", c.grade().name());
        g.writeBooleanField("commendable", c.isCommendable());
        g.writeBooleanField("complete", c.isComplete());
        g.writeArrayFieldStart("missingEvidence");
        for (String id : c.missingEvidence()) {
            g.writeString(id);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("itemsWithMissingInputs");
        for (String id : c.itemsWithMissingInputs()) {
            g.writeString(id);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unusedEvidence");
        for (org.kaoping.core.scoring.UnusedEvidence u : c.unusedEvidence()) {
            g.writeStartObject();
            g.writeStringField("evidenceId", u.evidenceId());
            g.writeStringField("kind", u.kind().name());
            g.writeStringField("key", u.key());
            g.writeStringField("reason", data.wording().unusedReason(u.reason()));
            g.writeStringField("engineReason", u.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("adjustments");
        for (AppliedAdjustment a : c.adjustments()) {
            g.writeStartObject();
            g.writeStringField("category", a.category());
            g.writeStringField("label", data.categoryName(a.category()));
            g.writeStringField("direction", a.direction().name());
            number(g, "claimed", a.claimed(), scale);
            number(g, "cap", a.cap(), scale);
            number(g, "granted", a.granted(), scale);
            g.writeArrayFieldStart("evidenceIds");
            for (String id : a.evidenceIds()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("vetoes");
        for (TriggeredVeto v : c.vetoes()) {
            g.writeStartObject();
            g.writeStringField("incidentCategory", v.rule().incidentCategory());
            g.writeStringField("label", data.categoryName(v.rule().incidentCategory()));
            g.writeStringField("effect", v.rule().effect().name());
            if (v.rule().cappedGrade().isPresent()) {
                g.writeStringField("cappedGrade", v.rule().cappedGrade().get().name());
            }
            g.writeArrayFieldStart("incidentIds");
            for (String id : v.incidentIds()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sections");
        for (ScoreNode n : c.sections()) {
            node(g, data, c.unitId(), n, scale);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void node(JsonGenerator g, ReportData data, String unitId, ScoreNode n, int scale) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", n.id());
        g.writeStringField("label", n.criterion().label());
        g.writeStringField("text", n.criterion().text());
        exact(g, "points", n.points());
        exact(g, "maximum", n.maximum());
        number(g, "awarded", n.awarded(), scale);
        g.writeStringField("state", n.state().name());
        if (n.hasMissingInputs()) {
            g.writeBooleanField("missingInputs", true);
        }
        if (n.isLeaf()) {
            g.writeStringField("explanation", data.explanation(n, unitId));
            g.writeArrayFieldStart("explanationLines");
            for (String line : ChineseExplanation.lines(data.explanationEntries(n, unitId), data.explanationOf(n, unitId), data.wording(), false)) {
                g.writeString(line);
            }
            g.writeEndArray();
        } else {
            if (!n.sectionDeductions().isZero()) { // 扣分 filed against the section itself, taken from its children's sum
                number(g, "sectionDeductions", n.sectionDeductions(), scale);
            }
            g.writeArrayFieldStart("children");
            for (ScoreNode k : n.children()) {
                node(g, data, unitId, k, scale);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void rollUps(JsonGenerator g, ReportData data, int scale) throws IOException {
        RollUps r = data.rollUps();
        g.writeObjectFieldStart("rollUps");
        g.writeObjectFieldStart("sectionAverages");
        for (Map.Entry<String, java.util.List<RollUps.Row>> e : r.sectionAverages().entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (RollUps.Row row : e.getValue()) {
                g.writeStartObject();
                g.writeStringField("criterionId", row.key);
                g.writeStringField("title", row.title);
                g.writeNumberField("units", row.units);
                number(g, "meanAwarded", row.awarded, scale);
                exact(g, "maximum", row.maximum);
                g.writeStringField("share", row.share.toPercentString());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("byTag");
        for (RollUps.Row row : r.byTag()) {
            g.writeStartObject();
            g.writeStringField("tag", row.key);
            g.writeStringField("title", HtmlReport.tagName(row));
            g.writeNumberField("units", row.units);
            number(g, "awarded", row.awarded, scale);
            exact(g, "maximum", row.maximum);
            g.writeStringField("share", row.share.toPercentString());
            g.writeObjectFieldStart("shareByRubric");
            for (Map.Entry<String, org.kaoping.core.points.Ratio> e : r.tagShareByRubric().get(row.key).entrySet()) {
                g.writeStringField(e.getKey(), e.getValue().toPercentString());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("byArea");
        for (RollUps.Row row : r.byArea()) {
            g.writeStartObject();
            g.writeStringField("unitId", row.key);
            g.writeStringField("name", row.title);
            g.writeNumberField("units", row.units);
            number(g, "finalTotal", row.awarded, scale);
            number(g, "meanFinalTotal", RollUps.mean(row), scale);
            g.writeStringField("share", row.share.toPercentString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Declared points and maximums, exact (they may carry more places than the display scale). */
    private static void exact(JsonGenerator g, String field, Points p) throws IOException {
        g.writeNumberField(field, new java.math.BigDecimal(p.toString()));
    }

    private static void number(JsonGenerator g, String field, Points p, int scale) throws IOException {
        g.writeNumberField(field, new java.math.BigDecimal(Shown.points(p, scale)));
    }
}

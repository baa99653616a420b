package org.kaoping.plugin.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.cycle.DeadlineReading;
import org.kaoping.core.evidence.IncidentSeverity;
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
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.plugin.plan.BeihaiPlans;
import org.kaoping.plugin.plan.PlanDocument;
import org.kaoping.plugin.plan.PlanLocation;
import org.kaoping.plugin.plan.RubricChoice;

class PlanJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final PlanLocation HERE = PlanLocation.ofPath("test", "$");

    /** A plan using every option the format has that the default plan does not. */
    static PlanDocument everyOption() {
        Grade a = Grade.of("好", 0);
        Grade b = Grade.of("较好", 1);
        Grade c = Grade.of("一般", 2);
        Map<Channel, Ratio> weights = new LinkedHashMap<>();
        weights.put(Channel.of(SourceKind.PANEL, ReviewStep.INSPECT_ON_SITE), Ratio.of(3, 10));
        weights.put(Channel.of(SourceKind.PANEL, ReviewStep.REVIEW_ARCHIVES), Ratio.of(1, 2));
        weights.put(Channel.of(SourceKind.PUBLIC), Ratio.of(1, 5));
        return PlanDocument.builder("office-2016", 2016)
                .rubric(RubricChoice.byFile(OrgKind.COUNTY_DISTRICT, "rubrics/county-2016.json", "1.2", HERE))
                .rubric(RubricChoice.byId(OrgKind.ENTERPRISE_INSTITUTION, "beihai-2015/enterprise", null, HERE))
                .notAssessed("office-2016/secret", "保密单位")
                .blend(SourceBlend.weighted(weights, MissingSourcePolicy.MARK_INCOMPLETE))
                .criterionBlend("1.1", SourceBlend.precedence(Channel.of(SourceKind.SELF)))
                .raters(RaterCombination.mean())
                .gradeBands(GradeBands.of(Arrays.asList(GradeBand.of(a, Points.parse("92.5")), GradeBand.of(b, Points.of(75)), GradeBand.of(c, Points.ZERO))))
                .quota(GradeQuota.of(a, Ratio.percent(20)))
                .tieBreak(TieBreak.higherOn("1")).tieBreak(TieBreak.lowerPenalty())
                .leafScale(1).totalScale(0)
                .cycle(AssessmentCycle.builder().year(2016).deadlineReading(DeadlineReading.BEFORE_THE_DAY).monthlyDueDay(20)
                        .annualDueBy(MonthDay.of(12, 15)).firstMonth(3).lastMonth(11).build())
                .judgedAt(LocalDateTime.of(2017, 1, 5, 14, 30))
                .selfReportDeductions(Points.parse("0.25"), Points.of(1), Points.ZERO, Points.parse("3.5"))
                .adjustment(AdjustmentRule.penalty("late-rectification", Points.of(2)))
                .veto(VetoRule.zeroTotal("corruption-case")).veto(VetoRule.excludeFromCommendation("mass-incident", IncidentSeverity.SERIOUS,
                        IncidentSeverity.MAJOR, IncidentSeverity.EXTRAORDINARY))
                .veto(VetoRule.capGrade("major-accident", b))
                .categoryName("corruption-case", "腐败案件").categoryName("other-incident", "其他事件")
                .build();
    }

    @Test
    @DisplayName("A veto's severities survive export and import; left out, the veto applies to any severity")
    void vetoSeverities() {
        String exported = PlanJson.toJson(BeihaiPlans.default2015());
        String declared = "\"severities\": [\n        \"major\",\n        \"extraordinary\"\n      ],";
        assertTrue(exported.contains(declared), exported);
        VetoRule veto = PlanJson.parse(exported, "plan.json").vetoRules().get(0);
        assertEquals(java.util.EnumSet.of(IncidentSeverity.MAJOR, IncidentSeverity.EXTRAORDINARY), veto.severities());
        assertFalse(veto.appliesTo(IncidentSeverity.GENERAL));
        VetoRule any = PlanJson.parse(exported.replace(declared, ""), "plan.json").vetoRules().get(0);
        assertEquals(java.util.EnumSet.allOf(IncidentSeverity.class), any.severities());
    }

    @Nested
    class RoundTrip {
        @Test
        @DisplayName("Export then parse gives an equal plan: the Beihai default and a plan using every option")
        void exportThenParseIsIdentity() {
            for (PlanDocument p : new PlanDocument[] {BeihaiPlans.default2015(), everyOption()}) {
                String json = PlanJson.toJson(p);
                assertEquals(p, PlanJson.parse(json, "p.json"), json);
                assertEquals(json, PlanJson.toJson(PlanJson.parse(json, "p.json")), "export is stable");
            }
        }

        @Test
        @DisplayName("A byte-order mark is allowed; Chinese kind names are read; only id, year and rubrics are required")
        void minimalPlanWithDefaults() {
            PlanDocument p = PlanJson.parse(("\uFEFF{\"id\": \"m\", \"year\": 2015, \"rubrics\": [{\"kind\": \"县（区）\", \"rubric\": \"beihai-2015/county\"}]}")
                    .getBytes(StandardCharsets.UTF_8), "m.json");
            assertEquals(OrgKind.COUNTY_DISTRICT, p.rubrics().get(0).kind());
            assertEquals(GradeBands.defaults(), p.gradeBands());
            assertEquals(DeadlineReading.ON_OR_BEFORE_THE_DAY, p.cycle().deadlineReading(), "on or before the day unless the plan says otherwise");
            assertEquals(Points.ZERO, p.monthlyLate());
            assertFalse(p.rubrics().get(0).selfReportCriterion().isPresent());
        }
    }

    @Nested
    class Schema {
        MiniSchema schema() throws Exception {
            JsonNode schema = MAPPER.readTree(PlanJson.schema());
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
            assertEquals(PlanJson.SCHEMA_ID, schema.get("$id").asText(), "exported plans name this schema");
            return new MiniSchema(schema);
        }

        @Test
        @DisplayName("Every exported plan conforms to the schema")
        void exportsConform() throws Exception {
            for (PlanDocument p : new PlanDocument[] {BeihaiPlans.default2015(), everyOption()}) {
                List<String> problems = schema().validate(MAPPER.readTree(PlanJson.toJson(p)));
                assertTrue(problems.isEmpty(), p.id() + ": " + problems);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.kaoping.plugin.json.PlanJsonTest#refusals")
        @DisplayName("The schema rejects what the reader rejects (where the schema can say it)")
        void schemaRejects(String name, String from, String to, String path, String problem, boolean schemaCanTell) throws Exception {
            if (!schemaCanTell) {
                return;
            }
            String text = PlanJson.toJson(BeihaiPlans.default2015()).replace(from, to);
            assertFalse(schema().validate(MAPPER.readTree(text)).isEmpty(), name);
        }
    }

    /** Name, text replaced in the default plan's export, replacement, JSON path and problem expected, whether the schema can tell. */
    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("unknown key", "\"year\": 2015", "\"year\": 2015, \"yaer\": 2015", "$.yaer", "unexpected key \"yaer\" in a plan object", true),
                Arguments.of("missing rubrics", "\"rubrics\": [", "\"rubricz\": [", "$.rubricz", "unexpected key \"rubricz\"", true),
                Arguments.of("reading misspelt", "\"on-or-before-the-day\"", "\"inclusive\"", "$.deadlines.reading",
                        "expected a deadline reading (one of \"on-or-before-the-day\", \"before-the-day\"), got \"inclusive\"", true),
                Arguments.of("due day 29", "\"monthlyDueDay\": 25", "\"monthlyDueDay\": 29", "$.deadlines.monthlyDueDay",
                        "expected a whole number from 1 to 28, got 29", true),
                Arguments.of("annual due day", "\"annualDueBy\": \"11-30\"", "\"annualDueBy\": \"11-31\"", "$.deadlines.annualDueBy",
                        "expected a month and day such as \"11-30\"", false),
                Arguments.of("source misspelt", "\"panel\",", "\"panle\",", "$.sources.default.precedence[0]", "got \"panle\"", true),
                Arguments.of("negative weight", "\"public\": 1", "\"public\": -1", "$.sources.byCriterion[0].weighted.public",
                        "expected a positive weight, got -1", false),
                Arguments.of("quota grade not a band", "\"grade\": \"优秀\",\n      \"maxShare\"", "\"grade\": \"优等\",\n      \"maxShare\"",
                        "$.quotas[0].grade", "expected a grade of the plan's bands (one of \"优秀\", \"良好\", \"合格\", \"不合格\"), got \"优等\"", false),
                Arguments.of("bands not falling", "\"minimum\": 80", "\"minimum\": 95", "$.grades",
                        "grade band 良好 ≥ 95 must start below 优秀 ≥ 90", false),
                Arguments.of("kind twice", "\"kind\": \"city-judicial\"", "\"kind\": \"county-district\"", "$.rubrics[1].kind",
                        "kind \"county-district\" is given a rubric twice", false),
                Arguments.of("rubric and file", "\"rubric\": \"beihai-2015/county\"", "\"rubric\": \"beihai-2015/county\", \"file\": \"c.json\"",
                        "$.rubrics[0]", "expected exactly one of \"rubric\"", true),
                Arguments.of("cap-grade without a grade", "\"cappedGrade\": \"不合格\",", "", "$.vetoes[0]",
                        "missing required key \"cappedGrade\"", true),
                Arguments.of("veto severity misspelt", "\"major\"", "\"grave\"", "$.vetoes[0].severities[0]",
                        "expected an incident severity (one of \"general\", \"serious\", \"major\", \"extraordinary\"), got \"grave\"", true),
                Arguments.of("veto severity twice", "\"major\"", "\"extraordinary\"", "$.vetoes[0].severities[1]",
                        "incident severity \"extraordinary\" is listed twice", true),
                Arguments.of("veto severities empty", "\"severities\": [\n        \"major\",\n        \"extraordinary\"\n      ]", "\"severities\": []", "$.vetoes[0].severities",
                        "expected at least one incident severity", true),
                Arguments.of("trimmed mean from 2", "\"minRaters\": 5", "\"minRaters\": 2", "$.raters.minRaters",
                        "expected a whole number from 3 to 1000, got 2", false),
                Arguments.of("negative deduction", "\"late\": 0.2", "\"late\": -0.2", "$.selfReportDeductions.monthly.late",
                        "expected points of at least 0, got -0.2", false),
                Arguments.of("judgedAt", "\"judgedAt\": \"2016-01-10T09:00\"", "\"judgedAt\": \"2016年1月10日\"", "$.deadlines.judgedAt",
                        "expected a local date and time (Asia/Shanghai) such as \"2016-01-10T09:00\"", true),
                Arguments.of("syntax", "\"year\": 2015,", "\"year\": 2015,,", "$", "invalid JSON", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    @DisplayName("A bad plan is refused naming the file, line, column, JSON path and what was expected")
    void refusedWithLocation(String name, String from, String to, String path, String problem, boolean schemaCanTell) {
        String good = PlanJson.toJson(BeihaiPlans.default2015());
        assertTrue(good.contains(from), name + ": fixture text not found: " + from);
        String text = good.replace(from, to);
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanJson.parse(text, "plan.json"), name);
        assertEquals("plan.json", e.source());
        assertTrue(e.path().startsWith(path) || path.equals("$"), name + ": " + e.getMessage());
        assertTrue(e.problem().contains(problem), name + ": " + e.getMessage());
        assertTrue(e.line() > 1 && e.column() > 0, name + ": located " + e.getMessage());
        assertTrue(e.getMessage().startsWith("plan.json line " + e.line() + " column " + e.column() + " (" + e.path() + "): "), e.getMessage());
    }
}

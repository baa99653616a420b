package org.kaoping.plugin.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.RollUpRule;
import org.kaoping.core.rule.Rules;
import org.kaoping.plugin.plan.BeihaiPlans;
import org.kaoping.plugin.plan.PlanDocument;
import org.kaoping.plugin.plan.PlanOffice;

/** The plan file's {@code "office"} block and roll-up rules in rubric JSON (属地逐级, issue 16). */
class LevelsJsonTest {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static Rubric countyWithRollUps() {
        return Rubric.builder("t/county").version("1").title("县（区）").source("test").points("100").appliesTo(OrgKind.COUNTY_DISTRICT)
                .section("一、", "基层", "100", s -> s
                        .item("1、", "覆盖率", "40", RollUpRule.shareAtLeast(OrgKind.VILLAGE_COMMUNITY, Grade.PASS, Ratio.ONE, CreditPolicy.allOrNothing()))
                        .item("2、", "平均", "30", RollUpRule.averageAtLeast(OrgKind.TOWNSHIP, Points.parse("80.5"), CreditPolicy.proportional()))
                        .item("3、", "不合格", "30", Rules.allOf(Rules.judgement(),
                                RollUpRule.countBelowAtMost(OrgKind.VILLAGE_COMMUNITY, Grade.GOOD, 2, CreditPolicy.deductEach(Points.of(5))))))
                .build();
    }

    @Nested
    @DisplayName("Roll-up rules in rubric JSON")
    class RollUps {
        @Test
        @DisplayName("each aggregate survives export and reading back, and the export conforms to the schema")
        void roundTrip() throws Exception {
            String json = RubricJson.toJson(countyWithRollUps());
            assertEquals(countyWithRollUps(), RubricJson.parse(json, "county.json"));
            assertTrue(new MiniSchema(MAPPER.readTree(RubricJson.schema())).validate(MAPPER.readTree(json)).isEmpty(), json);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "a share takes no maximum|\"aggregate\": \"share-at-least\", \"grade\": \"合格\", \"minimum\": \"100%\", \"maximum\": 1|takes no \"maximum\"",
            "a grade must be one of the four|\"aggregate\": \"share-at-least\", \"grade\": \"及格\", \"minimum\": \"100%\"|expected a grade",
            "a count needs a whole number|\"aggregate\": \"count-below-at-most\", \"grade\": \"合格\", \"maximum\": 1.5|whole number",
            "an average takes no grade|\"aggregate\": \"average-at-least\", \"grade\": \"合格\", \"minimum\": 80|takes no \"grade\"",
            "an unknown aggregate|\"aggregate\": \"median\", \"minimum\": 80|roll-up aggregate"})
        @DisplayName("a malformed roll-up is refused naming where and what was expected")
        void refused(String why, String fields, String expected) {
            String json = RubricJson.toJson(countyWithRollUps());
            int at = json.indexOf("\"aggregate\"");
            int end = json.indexOf("\"policy\"", at);
            String broken = json.substring(0, at) + fields + ", " + json.substring(end);
            RuntimeException e = assertThrows(RuntimeException.class, () -> RubricJson.parse(broken, "county.json"));
            assertTrue(e.getMessage().contains(expected) && e.getMessage().contains("county.json"), why + ": " + e.getMessage());
        }
    }

    @Nested
    @DisplayName("The plan file's office block")
    class Office {
        PlanDocument owned() {
            return BeihaiPlans.default2015().toBuilder().office(PlanOffice.of("beihai/haicheng", "villages-t1", "villages-t2")).build();
        }

        @Test
        @DisplayName("the office and its subordinate plans survive export and reading back, and conform to the schema")
        void roundTrip() throws Exception {
            String json = PlanJson.toJson(owned());
            PlanDocument back = PlanJson.parse(json, "plan.json");
            assertEquals(owned(), back);
            assertEquals("beihai/haicheng", back.office().get().unitId());
            assertTrue(new MiniSchema(MAPPER.readTree(PlanJson.schema())).validate(MAPPER.readTree(json)).isEmpty(), json);
        }

        @Test
        @DisplayName("a resolved plan with an office sets up a cycle owned by that office, reading roll-ups from the plans below")
        void theSetupCarriesTheOffice() {
            org.kaoping.plugin.run.CycleSetup setup = org.kaoping.plugin.plan.PlanResolver.resolve(PlanJson.parse(PlanJson.toJson(owned()), "plan.json"),
                    org.kaoping.spi.RubricRegistry.of(new org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider()), null)
                    .setup(org.kaoping.plugin.demo.BeihaiSampleCity.tree(), null);
            assertEquals(java.util.Optional.of("beihai/haicheng"), setup.assessingOffice());
            assertEquals(java.util.Arrays.asList("villages-t1", "villages-t2"), setup.subordinatePlans());
        }

        @Test
        @DisplayName("a plan without an office stays without one")
        void noOffice() {
            assertTrue(!PlanJson.parse(PlanJson.toJson(BeihaiPlans.default2015()), "plan.json").office().isPresent());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "no unit|{\"subordinatePlans\": []}|unit",
            "a blank unit|{\"unit\": \" \"}|blank",
            "a plan listed twice|{\"unit\": \"beihai/haicheng\", \"subordinatePlans\": [\"a\", \"a\"]}|listed twice",
            "an unknown key|{\"unit\": \"beihai/haicheng\", \"owner\": \"x\"}|owner"})
        @DisplayName("a malformed office block is refused naming where")
        void refused(String why, String block, String expected) {
            String json = PlanJson.toJson(BeihaiPlans.default2015());
            String broken = json.replaceFirst("\"year\"", "\"office\": " + java.util.regex.Matcher.quoteReplacement(block) + ", \"year\"");
            PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanJson.parse(broken, "plan.json"));
            assertTrue(e.getMessage().contains(expected) && e.getMessage().contains("plan.json"), why + ": " + e.getMessage());
        }
    }
}

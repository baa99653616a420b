package org.kaoping.plugin.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.JudgementLevel;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.validation.RubricValidator;
import org.kaoping.plugin.fixtures.SampleRubrics;

class RubricJsonTest {

    @Test
    void roundTripGivesAnEqualRubric() {
        Rubric original = SampleRubrics.full();
        Rubric back = RubricJson.parse(RubricJson.toJson(original), "sample.json");

        assertEquals(original, back);
        // Immutables equality covers every attribute; spot-check the ones a codec forgets.
        Criterion erratumItem = back.criterion("1.6");
        assertEquals(PointsOrigin.ERRATUM, erratumItem.pointsOrigin());
        assertEquals("section declares 8 and the other items sum to 7", erratumItem.pointsNote().get());
        assertEquals(Collections.singletonList("task:3").get(0), erratumItem.tags().get(0));
        assertEquals(PointsOrigin.DERIVED, back.criterion("2.2.1").pointsOrigin());
        assertEquals(original.errata(), back.errata());
        assertEquals(2, back.appliesTo().size());
        assertFalse(RubricValidator.validate(back).hasErrors(), RubricValidator.validate(back).summary());
    }

    @Test
    void roundTripKeepsABrokenRubricAsItIs() {
        Rubric broken = SampleRubrics.broken();
        Rubric back = RubricJson.parse(RubricJson.toJson(broken), "broken.json");
        assertEquals(broken, back);
        assertEquals(PointsOrigin.NONE, back.criterion("1.2").pointsOrigin());
    }

    @Test
    void exportHasTheDocumentedShapeWithVerbatimUtf8() {
        String json = RubricJson.toJson(SampleRubrics.full());

        assertTrue(json.startsWith("{\n  \"id\": \"sample-2016/county\",\n  \"version\": \"2016.1.0\",\n"
                + "  \"title\": \"县（区）工作标准（样例）\",\n  \"points\": 20,\n"), json);
        assertTrue(json.contains("\"title\": \"成立领导小组，每年召开会议不少于2次（2分）。\""), json);
        assertTrue(json.contains("\"points\": 1.5,"), "points as plain JSON numbers");
        assertTrue(json.contains("\"deduction\": 0.0001"), json);
        assertTrue(json.contains("\"minimum\": 2.50,"), "a minimum keeps its scale");
        assertTrue(json.contains("\"minimum\": \"98%\""), json);
        assertTrue(json.contains("\"share\": \"1/3\""), json);
        assertTrue(json.contains("\"appliesTo\": [\n    \"county-district\",\n    \"township\"\n  ]"), json);
        assertFalse(json.contains("\\u"), "no \\u escapes");
        assertTrue(json.contains("\n          \"criteria\": []\n"), "an empty array is written []");
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void anyPointsAndRatesSurviveTheRoundTrip() {
        qt().withExamples(300).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                integers().between(-5000, 5000), integers().between(1, 5000))
                .checkAssert((units, num, den) -> {
                    Points p = Points.ofUnits(units);
                    Ratio share = Ratio.of(num, den);
                    Rubric r = tiny(p, share);
                    Rubric back = RubricJson.parse(RubricJson.toJson(r), "prop.json");
                    assertEquals(r, back);
                });
    }

    @Test
    void wrongTypeNamesFileLineColumnPathAndExpectation() {
        String json = "{\n"
                + "  \"id\": \"x\", \"version\": \"1\", \"title\": \"t\", \"points\": 10, \"source\": \"s\",\n"
                + "  \"criteria\": [\n"
                + "    {\"label\": \"1、\", \"title\": \"甲\", \"points\": 5},\n"
                + "    {\"label\": \"2、\", \"title\": \"乙乙乙\",\n"
                + "      \"points\": \"abc\"}\n"
                + "  ]\n"
                + "}\n";
        RubricFormatException e = assertThrows(RubricFormatException.class, () -> RubricJson.parse(json, "rubric.json"));

        assertEquals("rubric.json line 6 column 17 ($.criteria[1].points): expected a number of points, got \"abc\"",
                e.getMessage());
        assertEquals(6, e.line());
        assertEquals("$.criteria[1].points", e.path());
    }

    @Test
    void columnsCountCharactersNotBytes() {
        // Byte-based columns would say 35: each of the four characters is three bytes in UTF-8.
        String json = "{\"id\": \"中文中文\", \"version\": 1}";
        RubricFormatException e = assertThrows(RubricFormatException.class,
                () -> RubricJson.parse(json.getBytes(StandardCharsets.UTF_8), "r.json"));
        assertEquals("r.json line 1 column 27 ($.version): expected a string, got 1", e.getMessage());
    }

    @Test
    void missingAndUnknownKeysAreNamed() {
        RubricFormatException missing = assertThrows(RubricFormatException.class, () -> RubricJson.parse(
                "{\"id\": \"x\", \"version\": \"1\", \"title\": \"t\", \"source\": \"s\", \"criteria\": []}", "m.json"));
        assertEquals("m.json line 1 column 1 ($): missing required key \"points\"", missing.getMessage());

        RubricFormatException unknown = assertThrows(RubricFormatException.class, () -> RubricJson.parse(
                "{\"id\": \"x\", \"version\": \"1\", \"title\": \"t\", \"points\": 1, \"source\": \"s\",\n"
                        + " \"criteria\": [{\"label\": \"1\", \"title\": \"t\", \"pionts\": 1}]}", "u.json"));
        assertTrue(unknown.getMessage().startsWith("u.json line 2 column 44 ($.criteria[0].pionts): unexpected key "
                + "\"pionts\" in a criterion object; expected one of: id, label,"), unknown.getMessage());
    }

    @Test
    void badEnumsRatesAndPrecisionSayWhatIsExpected() {
        String base = "{\"id\": \"x\", \"version\": \"1\", \"title\": \"t\", \"points\": 1, \"source\": \"s\", "
                + "\"criteria\": [{\"label\": \"1\", \"title\": \"t\", \"points\": 1, \"rule\": %s}]}";
        assertProblem(String.format(base, "{\"kind\": \"at-most\"}"),
                "expected a rule kind (one of \"judgement\", \"checklist\", \"at-least\", \"rate-at-least\", \"trend\", "
                        + "\"no-incident\", \"composite\", \"custom\"), got \"at-most\"");
        assertProblem(String.format(base, "{\"kind\": \"rate-at-least\", \"metric\": \"m\", \"minimum\": 0.98, "
                + "\"policy\": {\"kind\": \"proportional\"}}"),
                "expected a rate as a string such as \"98%\" or \"1/3\", got 0.98");
        assertProblem(String.format(base, "{\"kind\": \"no-incident\", \"incidentCategory\": \"c\", "
                + "\"policy\": {\"kind\": \"proportional\", \"deduction\": 1}}"),
                "a \"proportional\" policy takes no deduction; only \"deduct-per-shortfall\" does");
        assertProblem("{\"id\": \"x\", \"version\": \"1\", \"title\": \"t\", \"points\": 1.23456, \"source\": \"s\", "
                + "\"criteria\": []}", "expected a number of points with at most 4 decimal places, got 1.23456");
    }

    @Test
    void syntaxErrorsAndForeignEncodingsAreLocated() {
        RubricFormatException syntax = assertThrows(RubricFormatException.class,
                () -> RubricJson.parse("{\"id\": \"x\",\n  \"criteria\": [1,,]}", "s.json"));
        assertTrue(syntax.getMessage().startsWith("s.json line 2 column 18 ($.criteria[1]): invalid JSON: "),
                syntax.getMessage());

        byte[] gbk = "{\n \"id\": \"县区\"}".getBytes(Charset.forName("GB18030"));
        RubricFormatException encoding = assertThrows(RubricFormatException.class, () -> RubricJson.parse(gbk, "g.json"));
        assertTrue(encoding.getMessage().startsWith("g.json line 2 column 9 ($): expected UTF-8 text, got byte 0x"),
                encoding.getMessage());

        RubricFormatException empty = assertThrows(RubricFormatException.class, () -> RubricJson.parse("  ", "e.json"));
        assertEquals("e.json line 1 column 1 ($): expected a rubric object, got an empty file", empty.getMessage());
    }

    @Test
    void duplicateKeysAreRefused() {
        RubricFormatException e = assertThrows(RubricFormatException.class,
                () -> RubricJson.parse("{\"id\": \"x\", \"id\": \"y\"}", "d.json"));
        assertEquals("d.json line 1 column 13 ($.id): duplicate key \"id\"", e.getMessage());
    }

    @Test
    void aCompositesConditionCreditIsExportedAndImported() {
        java.util.function.Function<org.kaoping.core.rule.Rule, Rubric> rubric = rule -> Rubric.builder("c").version("1").title("t")
                .source("s").points("2").section("一、", "t", "2", s -> s.item("1、", "u", "2", rule)).build();
        Rubric share = rubric.apply(org.kaoping.core.rule.Rules.allOf(CreditPolicy.proportional(),
                org.kaoping.core.rule.ConditionCredit.SHARE, org.kaoping.core.rule.Rules.noIncident("x")));
        String json = RubricJson.toJson(share);
        assertTrue(json.contains("\"conditionCredit\": \"share\"") || json.contains("\"conditionCredit\":\"share\""), json);
        assertEquals(share, RubricJson.parse(json, "c.json"));
        Rubric byDefault = rubric.apply(org.kaoping.core.rule.Rules.allOf(org.kaoping.core.rule.Rules.noIncident("x")));
        String exported = RubricJson.toJson(byDefault);
        assertTrue(exported.contains("met-in-full"), "the default is declared in the export too: " + exported);
        String absent = exported.replaceAll(",\\s*\"conditionCredit\"\\s*:\\s*\"met-in-full\"", "");
        assertFalse(absent.contains("conditionCredit"), absent);
        assertEquals(byDefault, RubricJson.parse(absent, "c.json"), "absent means met-in-full");
        assertProblem(exported.replace("\"met-in-full\"", "\"half\""), "expected a condition credit (one of \"met-in-full\", \"share\"), got \"half\"");
    }

    @Test
    void importDefaultsIdsToTheDottedPositionAndAcceptsBomAndSchemaKey() {
        String json = "\uFEFF{\"$schema\": \"urn:kaoping:schema:rubric:1\", \"id\": \"x\", \"version\": \"1\", "
                + "\"title\": \"t\", \"points\": 3, \"source\": \"s\", \"criteria\": [{\"label\": \"一\", \"title\": \"t\", "
                + "\"points\": 3, \"criteria\": [{\"label\": \"1、\", \"title\": \"u\", \"points\": 3}]}]}";
        Rubric r = RubricJson.parse(json.getBytes(StandardCharsets.UTF_8), "b.json");
        assertEquals("1.1", r.criteria().get(0).children().get(0).id());
        assertTrue(r.appliesTo().isEmpty());
    }

    @Test
    void exportToAFileIsAtomicAndReadable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("county.json");
        Files.write(file, "old".getBytes(StandardCharsets.UTF_8));
        RubricJson.export(SampleRubrics.full(), file);

        assertEquals(SampleRubrics.full(), RubricJson.read(file));
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void errorsFromAFileNameTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rubric.json");
        Files.write(file, "{\"id\": 1}".getBytes(StandardCharsets.UTF_8));
        RubricFormatException e = assertThrows(RubricFormatException.class, () -> RubricJson.read(file));
        assertEquals(file.toString() + " line 1 column 8 ($.id): expected a string, got 1", e.getMessage());
    }

    private static void assertProblem(String json, String problem) {
        RubricFormatException e = assertThrows(RubricFormatException.class, () -> RubricJson.parse(json, "p.json"));
        assertEquals(problem, e.problem(), e.getMessage());
    }

    private static Rubric tiny(Points points, Ratio share) {
        return Rubric.builder().id("p").version("1").title("t").source("s").points(points)
                .addAppliesTo(OrgKind.CITY)
                .addCriteria(Criterion.builder().id("1").label("1、").text("t").points(points)
                        .pointsOrigin(PointsOrigin.SOURCE)
                        .rule(JudgementRule.of(Collections.singletonList(JudgementLevel.of("好", share))))
                        .build())
                .addCriteria(Criterion.builder().id("2").label("2、").text("u").points(points)
                        .pointsOrigin(PointsOrigin.SOURCE)
                        .rule(RateAtLeastRule.of("m", share, CreditPolicy.deductEach(points)))
                        .build())
                .build();
    }
}

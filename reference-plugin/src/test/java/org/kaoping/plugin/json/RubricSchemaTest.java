package org.kaoping.plugin.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaoping.plugin.fixtures.SampleRubrics;

class RubricSchemaTest {
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private MiniSchema schema() throws Exception {
        JsonNode schema = mapper.readTree(RubricJson.schema());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        return new MiniSchema(schema);
    }

    @Test
    void exportOfEveryRuleKindConformsToTheSchema() throws Exception {
        for (org.kaoping.core.rubric.Rubric r : new org.kaoping.core.rubric.Rubric[] {SampleRubrics.full(),
                SampleRubrics.broken()}) {
            JsonNode exported = mapper.readTree(RubricJson.toJson(r));
            List<String> problems = schema().validate(exported);
            assertTrue(problems.isEmpty(), r.id() + ": " + problems);
        }
    }

    @Test
    void schemaRejectsWhatTheCodecRejects() throws Exception {
        MiniSchema schema = schema();
        ObjectNode doc = (ObjectNode) mapper.readTree(RubricJson.toJson(SampleRubrics.full()));

        ObjectNode noPoints = doc.deepCopy();
        ((ObjectNode) noPoints.get("criteria").get(1)).remove("points");
        assertEquals("[$.criteria[1]: missing required key points]", schema.validate(noPoints).toString());

        ObjectNode extraKey = doc.deepCopy();
        ((ObjectNode) extraKey.get("criteria").get(0).get("criteria").get(0)).put("pionts", 1);
        assertEquals("[$.criteria[0].criteria[0].pionts: key not allowed]", schema.validate(extraKey).toString());

        ObjectNode badRule = doc.deepCopy();
        ((ObjectNode) badRule.get("criteria").get(0).get("criteria").get(1).get("rule")).put("minimum", 0.98);
        assertTrue(schema.validate(badRule).get(0).startsWith("$.criteria[0].criteria[1].rule: matches 0 of oneOf"),
                schema.validate(badRule).toString());

        ObjectNode noErratumReason = doc.deepCopy();
        ((ObjectNode) ((ArrayNode) noErratumReason.get("errata")).get(0)).remove("reason");
        assertEquals("[$.errata[0]: missing required key reason]", schema.validate(noErratumReason).toString());

        // And the codec agrees on each of them.
        for (ObjectNode bad : new ObjectNode[] {noPoints, extraKey, badRule, noErratumReason}) {
            org.junit.jupiter.api.Assertions.assertThrows(RubricFormatException.class,
                    () -> RubricJson.parse(mapper.writeValueAsString(bad), "bad.json"));
        }
    }
}

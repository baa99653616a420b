package org.kaoping.plugin.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.points.Points;
import org.kaoping.plugin.fixtures.SampleEvidence;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ScorecardRecord;

class EvidenceJsonTest {

    @Test
    void everyKindRoundTripsToAnEqualValue() {
        for (Evidence e : SampleEvidence.everyKind()) {
            String json = EvidenceJson.toJson(e);
            assertTrue(!json.contains("\n"), "single line: " + json);
            Evidence back = EvidenceJson.parse(json, "test");
            assertEquals(e, back, json);
            assertEquals(e.getClass(), back.getClass());
            assertEquals(json, EvidenceJson.toJson(back), "equal values give identical text");
        }
        List<Evidence> all = SampleEvidence.everyKind();
        assertEquals(all, EvidenceJson.parseArray(EvidenceJson.toJsonArray(all), "all"));
    }

    @Test
    void seededRandomEvidenceRoundTrips() {
        Random random = new Random(20150320L);
        for (int i = 0; i < 3000; i++) {
            Evidence e = SampleEvidence.random(random, "id-" + i, "unit-" + (i % 7));
            String json = EvidenceJson.toJson(e);
            assertEquals(e, EvidenceJson.parse(json, "random #" + i), json);
        }
    }

    @Test
    void decimalsAreExactAndKeepTheirScale() {
        String json = "{\"kind\":\"metric-value\",\"id\":\"m\",\"unitId\":\"u\",\"key\":\"k\",\"period\":\"2015\","
                + "\"source\":\"self\",\"author\":\"a\",\"recordedAt\":\"2015-01-01T00:00:00Z\","
                + "\"value\":0.300000,\"unit\":\"次\",\"outOf\":1234567890123.5}";
        MetricValue m = (MetricValue) EvidenceJson.parse(json, "exact.json");
        assertEquals(new BigDecimal("0.300000"), m.value());
        assertEquals(6, m.value().scale());
        assertEquals(new BigDecimal("1234567890123.5"), m.outOf().get());
        String out = EvidenceJson.toJson(m);
        assertTrue(out.contains("\"value\":0.300000,"), out);
        assertTrue(out.contains("\"outOf\":1234567890123.5"), out);
        PublicRating r = (PublicRating) EvidenceJson.parse(EvidenceJson.toJson(SampleEvidence.everyKind().get(9)), "r");
        assertEquals(Points.of(new BigDecimal("87.25")), r.score().get());
        assertTrue(EvidenceJson.toJson(r).contains("\"score\":87.25,\"maxScore\":100"), EvidenceJson.toJson(r));
    }

    @Test
    void exportHasTheDocumentedShape() {
        String json = EvidenceJson.toJson(SampleEvidence.everyKind().get(1));
        assertEquals("{\"kind\":\"metric-value\",\"id\":\"mv-1\",\"unitId\":\"hepu\",\"key\":\"training\",\"period\":\"2015-03\","
                + "\"source\":\"self\",\"author\":\"李明\",\"recordedAt\":\"2015-03-20T08:30:00.123456789Z\",\"value\":3.50,"
                + "\"unit\":\"次\",\"outOf\":5}", json);
    }

    @Test
    void offsetInstantsAndAnOmittedSelfReportKeyAreAccepted() {
        String json = "{\"kind\":\"self-report\",\"id\":\"s\",\"unitId\":\"u\",\"period\":\"2015-03\",\"source\":\"self\","
                + "\"author\":\"a\",\"recordedAt\":\"2015-03-20T16:30:00+08:00\",\"type\":\"monthly\"}";
        Evidence e = EvidenceJson.parse(json, "s.json");
        assertEquals(Instant.parse("2015-03-20T08:30:00Z"), e.recordedAt());
        assertEquals("self-report", e.key());
    }

    @Test
    void scorecardAndAuditRoundTrip() {
        Map<String, Points> sections = new LinkedHashMap<>();
        sections.put("1", Points.of(new BigDecimal("9.5")));
        sections.put("2", Points.of(20));
        sections.put("10", Points.ZERO);
        ScorecardRecord r = ScorecardRecord.builder().planId("beihai-2015").unitId("hepu").rubricId("beihai-2015/county")
                .total(Points.of(new BigDecimal("92.1234"))).grade("优秀").complete(true).commendable(false)
                .sectionTotals(sections).computedAt(Instant.parse("2015-12-01T02:00:00Z")).version(3).build();
        ScorecardRecord back = EvidenceJson.parseScorecard(EvidenceJson.toJson(r), "sc");
        assertEquals(r, back);
        assertEquals(3, back.version());
        assertEquals(List.of("1", "2", "10"), List.copyOf(back.sectionTotals().keySet()), "section order kept");

        AuditEvent a = AuditEvent.builder().sequence(17).at(Instant.parse("2015-12-01T02:00:00Z")).actor("张三")
                .actorUnitId("city-office").action(AuditEvent.Action.EVIDENCE_REFUSED).unitId("hepu").subject("mv-1")
                .detail("outside the delegation \"县级\"").build();
        assertEquals(a, EvidenceJson.parseAuditEvent(EvidenceJson.toJson(a), "audit"));
        AuditEvent bare = AuditEvent.builder().at(Instant.EPOCH).actor("system").action(AuditEvent.Action.RANKED)
                .detail("").build();
        assertEquals(bare, EvidenceJson.parseAuditEvent(EvidenceJson.toJson(bare), "audit"));
    }

    @Test
    void errorsNameSourceLineColumnPathAndWhatWasExpected() {
        String good = EvidenceJson.toJson(SampleEvidence.everyKind().get(1));
        // A wrong type, on line 3 of a pretty file, inside an array.
        String text = "[\n" + good + ",\n" + good.replace("\"value\":3.50", "\"value\":\"三\"").replace("mv-1", "mv-2") + "\n]";
        EvidenceFormatException e = assertThrows(EvidenceFormatException.class,
                () -> EvidenceJson.parseArray(text, "exports/2015-03.json"));
        assertEquals("exports/2015-03.json", e.source());
        assertEquals(3, e.line());
        assertEquals("$[1].value", e.path());
        assertEquals(good.indexOf("\"value\"") + 9, e.column());
        assertTrue(e.problem().contains("expected a decimal number, got \"三\""), e.getMessage());
        assertTrue(e.getMessage().startsWith("exports/2015-03.json line 3 column "), e.getMessage());

        EvidenceFormatException unknown = assertThrows(EvidenceFormatException.class,
                () -> EvidenceJson.parse(good.replace("\"unit\":", "\"units\":"), "u.json"));
        assertEquals("$.units", unknown.path());
        assertTrue(unknown.problem().contains("unexpected key \"units\" in a \"metric-value\" evidence object"),
                unknown.getMessage());

        EvidenceFormatException missing = assertThrows(EvidenceFormatException.class,
                () -> EvidenceJson.parse(good.replace("\"author\":\"李明\",", ""), "m.json"));
        assertEquals("$", missing.path());
        assertTrue(missing.problem().contains("missing required key \"author\""), missing.getMessage());

        EvidenceFormatException kind = assertThrows(EvidenceFormatException.class,
                () -> EvidenceJson.parse(good.replace("metric-value", "metric"), "k.json"));
        assertEquals("$.kind", kind.path());
        assertTrue(kind.problem().contains("\"metric-value\""), kind.getMessage());

        EvidenceFormatException period = assertThrows(EvidenceFormatException.class,
                () -> EvidenceJson.parse(good.replace("2015-03\"", "2015-13\""), "p.json"));
        assertEquals("$.period", period.path());

        EvidenceFormatException points = assertThrows(EvidenceFormatException.class,
                () -> EvidenceJson.parse(EvidenceJson.toJson(SampleEvidence.everyKind().get(12))
                        .replace("\"points\":0.5", "\"points\":0.00001"), "d.json"));
        assertEquals("$.points", points.path());
        assertTrue(points.problem().contains("at most 4 decimal places"), points.getMessage());

        EvidenceFormatException check = assertThrows(EvidenceFormatException.class,
                () -> EvidenceJson.parse(EvidenceJson.toJson(SampleEvidence.everyKind().get(0))
                        .replace("9f86d0", "9F86D0"), "doc.json"));
        assertTrue(check.problem().contains("sha256 must be lowercase hexadecimal"), check.getMessage());
        assertEquals("$.sha256", check.path(), "the type's own check points at the field");

        EvidenceFormatException tooFine = assertThrows(EvidenceFormatException.class,
                () -> EvidenceJson.parse(good.replace("\"value\":3.50", "\"value\":3.0000001"), "fine.json"));
        assertEquals("$.value", tooFine.path());
        assertTrue(tooFine.problem().contains("at most 6 decimal places"), tooFine.getMessage());

        EvidenceFormatException dup = assertThrows(EvidenceFormatException.class,
                () -> EvidenceJson.parse(good.replace("\"unit\":\"次\"", "\"unit\":\"次\",\"unit\":\"件\""), "dup.json"));
        assertTrue(dup.problem().contains("duplicate key \"unit\""), dup.getMessage());

        EvidenceFormatException syntax = assertThrows(EvidenceFormatException.class,
                () -> EvidenceJson.parse("{\"kind\":\n\"judgement\",,}", "syntax.json"));
        assertEquals(2, syntax.line());
        assertTrue(syntax.problem().startsWith("invalid JSON"), syntax.getMessage());

        EvidenceFormatException whole = assertThrows(EvidenceFormatException.class,
                () -> EvidenceJson.parse(good.replace("\"value\":3.50", "\"value\":3.50").replace(
                        "\"source\":\"self\"", "\"source\":\"self\",\"step\":\"step-6\""), "s.json"));
        assertTrue(whole.problem().contains("a review step"), whole.getMessage());

        EvidenceFormatException tick = assertThrows(EvidenceFormatException.class,
                () -> EvidenceJson.parse(EvidenceJson.toJson(SampleEvidence.everyKind().get(4))
                        .replace("\"requirement\":2", "\"requirement\":2.5"), "t.json"));
        assertTrue(tick.problem().contains("expected a whole number"), tick.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsPosition(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("gbk.json");
        String good = EvidenceJson.toJsonArray(SampleEvidence.everyKind().subList(0, 2));
        Files.write(file, ("\uFEFF" + good).getBytes(StandardCharsets.UTF_8));
        assertEquals(SampleEvidence.everyKind().subList(0, 2), EvidenceJson.readArray(file), "BOM allowed");
        Files.write(file, ("[\n" + good.substring(1)).getBytes("GB18030"));
        EvidenceFormatException e = assertThrows(EvidenceFormatException.class, () -> EvidenceJson.readArray(file));
        assertEquals(file.toString(), e.source());
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("expected UTF-8 text"), e.getMessage());
    }
}

package org.kaoping.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaoping.core.points.Points;

/**
 * A view of the evidence columns writes exactly the text its built value's {@code toString} writes (the lifecycle hashes
 * that text, so it must never differ): every kind, with each optional present and absent, lists and sections empty
 * and full, texts with Chinese, quotes, braces and line breaks; seeded.
 */
class ValueTextTest {
    private static final String[] TEXTS = {"a", "北海", "x=y, z", "{}", "[1, 2]", "line\nbreak", "\"q\"", "a b", "评议/7"};

    @Test
    void viewsWriteTheBuiltValuesText() {
        Random random = new Random(20261206L);
        List<Evidence> values = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            values.add(random(random, i));
        }
        EvidenceColumns columns = EvidenceColumns.of(values);
        Set<Class<?>> kinds = new HashSet<>();
        for (int row = 0; row < columns.size(); row++) {
            Evidence view = columns.get(row);
            kinds.add(view.getClass());
            assertEquals(EvidenceColumns.toImmutable(view).toString(), view.toString(), view.id());
            assertEquals(values.get(row).toString(), ValueText.of(values.get(row)), "the built value itself");
        }
        assertEquals(11, kinds.size(), "every kind's view: " + kinds);
    }

    private static String text(Random r) {
        return TEXTS[r.nextInt(TEXTS.length)];
    }

    private static Evidence random(Random r, int i) {
        String id = "e-" + i + (r.nextBoolean() ? "-" + text(r).replaceAll("[^a-z北海评议0-9]", "") : "");
        ReportingPeriod period = r.nextBoolean() ? ReportingPeriod.year(2015) : ReportingPeriod.month(2015, 1 + r.nextInt(12));
        Instant at = Instant.ofEpochSecond(1_420_000_000L + r.nextInt(40_000_000), r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
        SourceKind source = SourceKind.values()[r.nextInt(SourceKind.values().length)];
        String unit = "u" + r.nextInt(5);
        String key = "k" + r.nextInt(4);
        String author = "评委" + text(r);
        switch (i % 11) {
            case 0: {
                Judgement.Builder b = Judgement.builder().id(id).unitId(unit).key(key).period(period).source(source).author(author)
                        .recordedAt(at).level(text(r));
                if (r.nextBoolean()) {
                    b.comment(text(r));
                }
                if (r.nextBoolean()) {
                    b.authorUnitId("a" + r.nextInt(3));
                }
                if (r.nextBoolean()) {
                    b.step(ReviewStep.values()[r.nextInt(ReviewStep.values().length)]);
                }
                return b.build();
            }
            case 1:
                return ChecklistTick.builder().id(id).unitId(unit).key(key).period(period).source(source).author(author).recordedAt(at)
                        .requirement(1 + r.nextInt(9)).met(r.nextBoolean()).documentIds(r.nextBoolean() ? Arrays.asList("d1", "d2")
                                : new ArrayList<String>()).build();
            case 2: {
                MetricValue.Builder b = MetricValue.builder().id(id).unitId(unit).key(key).period(period).source(source).author(author)
                        .recordedAt(at).value(new BigDecimal(r.nextInt(100000)).movePointLeft(r.nextInt(4))).unit(text(r));
                if (r.nextBoolean()) {
                    b.outOf(java.util.Optional.of(BigDecimal.valueOf(100000 + r.nextInt(5))));
                }
                return b.build();
            }
            case 3: {
                PublicRating.Builder b = PublicRating.builder().id(id).unitId(unit).key(key).period(period).source(source).author(author)
                        .recordedAt(at);
                if (r.nextBoolean()) {
                    long n = 1 + r.nextInt(500);
                    b.respondents(n).satisfied(r.nextInt((int) n + 1));
                } else {
                    b.score(Points.of(r.nextInt(90))).maxScore(Points.of(90 + r.nextInt(10)));
                }
                return b.build();
            }
            case 4:
                return Incident.builder().id(id).unitId(unit).key(key).period(period).source(source).author(author).recordedAt(at)
                        .date(LocalDate.of(2015, 1 + r.nextInt(12), 1 + r.nextInt(28)))
                        .severity(IncidentSeverity.values()[r.nextInt(IncidentSeverity.values().length)]).description(text(r)).build();
            case 5: {
                Map<String, String> sections = new LinkedHashMap<>();
                for (int s = r.nextInt(3); s > 0; s--) {
                    sections.put("节" + s + text(r), text(r));
                }
                SelfReport.Type type = SelfReport.Type.values()[r.nextInt(2)];
                return SelfReport.builder().id(id).unitId(unit).key("self-report")
                        .period(type == SelfReport.Type.ANNUAL ? ReportingPeriod.year(2015) : ReportingPeriod.month(2015, 1 + r.nextInt(12)))
                        .source(source).author(author).recordedAt(at).type(type).topics(r.nextBoolean() ? Arrays.asList("t1", "普法") : new ArrayList<String>())
                        .documentIds(r.nextBoolean() ? Arrays.asList("d9") : new ArrayList<String>()).sections(sections).build();
            }
            case 6: {
                DocumentRef.Builder b = DocumentRef.builder().id(id).unitId(unit).key(key).period(period).source(source).author(author)
                        .recordedAt(at).title(text(r)).media(DocumentRef.Media.values()[r.nextInt(DocumentRef.Media.values().length)])
                        .uri("file:///d/" + i).sha256(String.format("%064x", i));
                if (r.nextBoolean()) {
                    b.mediaType("application/pdf");
                }
                return b.build();
            }
            case 7:
                return Deduction.builder().id(id).unitId(unit).key(key).period(period).source(source).author(author).recordedAt(at)
                        .points(Points.parse("0." + (1 + r.nextInt(9)))).reason(text(r)).build();
            case 8:
                return Adjustment.builder().id(id).unitId(unit).key(key).period(period).source(source).author(author).recordedAt(at)
                        .points(Points.of(1 + r.nextInt(3))).reason(text(r)).build();
            case 9:
                return NotApplicableMark.builder().id(id).unitId(unit).key(key).period(period).source(source).author(author)
                        .recordedAt(at).reason(text(r)).build();
            default:
                return ScoreOverride.builder().id(id).unitId(unit).key(key).period(period).source(source).author(author).recordedAt(at)
                        .newPoints(Points.parse(r.nextInt(3) + ".5")).reason(text(r)).build();
        }
    }
}

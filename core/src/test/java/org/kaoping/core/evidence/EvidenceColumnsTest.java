package org.kaoping.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kaoping.core.points.Points;

class EvidenceColumnsTest {
    private static final Instant AT = Instant.parse("2015-12-01T08:00:00Z");
    private static final ReportingPeriod YEAR = ReportingPeriod.year(2015);

    /** One of every kind, with optional attributes both present and absent, and values that need the fallbacks. */
    static List<Evidence> everyKind() {
        List<Evidence> out = new ArrayList<>();
        out.add(Judgement.builder().id("j-1").unitId("u1").key("c1").period(YEAR).source(SourceKind.PANEL).author("rater-1")
                .recordedAt(AT).level("较好").build());
        out.add(Judgement.builder().id("评议-2").unitId("u1").key("c1").period(ReportingPeriod.month(2015, 3))
                .source(SourceKind.PANEL).step(ReviewStep.COMPREHENSIVE_EVALUATION).author("rater-2").authorUnitId("u9")
                .recordedAt(Instant.ofEpochSecond(1_449_000_000L, 123_456_789)).level("好").comment("仔细").build());
        out.add(ChecklistTick.builder().id("t-1").unitId("u2").key("c2").period(YEAR).source(SourceKind.SELF).author("u2")
                .recordedAt(AT).requirement(3).met(true).addDocumentId("d-1").addDocumentId("d-2").build());
        out.add(ChecklistTick.builder().id("t-2").unitId("u2").key("c2").period(YEAR).source(SourceKind.SELF).author("u2")
                .recordedAt(AT).requirement(1).met(false).build());
        out.add(MetricValue.builder().id("m-1").unitId("u1").key("training").period(YEAR).source(SourceKind.HOST_SYSTEM)
                .author("oa").recordedAt(AT).value(new BigDecimal("3.50")).unit("次").build());
        out.add(MetricValue.builder().id("m-2").unitId("u1").key("exam").period(YEAR).source(SourceKind.HOST_SYSTEM)
                .author("oa").recordedAt(AT).value(new BigDecimal("490")).outOf(new BigDecimal("500.0")).unit("人").build());
        out.add(MetricValue.builder().id("m-3").unitId("u1").key("huge").period(YEAR).source(SourceKind.HOST_SYSTEM)
                .author("oa").recordedAt(AT).value(new BigDecimal("1.000000000000000000000000"))
                .outOf(new BigDecimal("5.00000000000000000000000000")).unit("元").build());
        out.add(PublicRating.builder().id("r-1").unitId("u3").key("c3").period(YEAR).source(SourceKind.PUBLIC).author("public")
                .recordedAt(AT).respondents(500).satisfied(430).build());
        out.add(PublicRating.builder().id("r-2").unitId("u3").key("c3").period(YEAR).source(SourceKind.PUBLIC).author("public")
                .recordedAt(AT).score(Points.parse("8.5")).maxScore(Points.of(10)).build());
        out.add(PublicRating.builder().id("r-3").unitId("u3").key("c3").period(YEAR).source(SourceKind.PUBLIC).author("public")
                .recordedAt(AT).respondents(5_000_000_000L).satisfied(4_000_000_000L).build());
        out.add(Incident.builder().id("i-1").unitId("u1").key("fire").period(YEAR).source(SourceKind.HOST_SYSTEM).author("oa")
                .recordedAt(AT).date(LocalDate.of(2015, 7, 1)).severity(IncidentSeverity.MAJOR).description("仓库起火").build());
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("组织建设", "成立了领导小组");
        sections.put("经费保障", "专款专用");
        out.add(SelfReport.builder().id("s-1").unitId("u1").period(YEAR).source(SourceKind.SELF).author("u1").recordedAt(AT)
                .type(SelfReport.Type.ANNUAL).addTopic("组织建设").addDocumentId("d-9").sections(sections).build());
        out.add(SelfReport.builder().id("s-2").unitId("u1").period(ReportingPeriod.month(2015, 4)).source(SourceKind.SELF)
                .author("u1").recordedAt(AT).type(SelfReport.Type.MONTHLY).build());
        out.add(DocumentRef.builder().id("d-1").unitId("u2").key("c2").period(YEAR).source(SourceKind.SELF).author("u2")
                .recordedAt(AT).title("制度汇编").media(DocumentRef.Media.TEXT).uri("oa://archive/1")
                .sha256("00a1b2c3d4e5f60718293a4b5c6d7e8f00a1b2c3d4e5f60718293a4b5c6d7e8f").mediaType("application/pdf").build());
        out.add(DocumentRef.builder().id("d-2").unitId("u2").key("c2").period(YEAR).source(SourceKind.SELF).author("u2")
                .recordedAt(AT).title("照片").media(DocumentRef.Media.IMAGE).uri("oa://archive/2")
                .sha256("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff").build());
        out.add(Deduction.builder().id("x-1").unitId("u1").key("c1").period(YEAR).source(SourceKind.SPOT_CHECK).author("office")
                .recordedAt(AT).points(Points.parse("0.25")).reason("抽查未达标").build());
        out.add(Adjustment.builder().id("a-1").unitId("u1").key("national-commendation").period(YEAR).source(SourceKind.PANEL)
                .author("office").recordedAt(AT).points(Points.of(2)).reason("国家级表彰").build());
        out.add(NotApplicableMark.builder().id("n-1").unitId("u1").key("c9").period(YEAR).source(SourceKind.PANEL)
                .author("office").recordedAt(AT).reason("无此业务").build());
        out.add(ScoreOverride.builder().id("o-1").unitId("u1").key("c1").period(YEAR).source(SourceKind.PANEL)
                .author("office").recordedAt(AT).newPoints(Points.parse("3.5")).reason("复核").build());
        return out;
    }

    @Test
    void everyKindReadsBackEqualBothWaysWithTheSameHash() {
        List<Evidence> values = everyKind();
        EvidenceColumns columns = EvidenceColumns.of(values);
        assertEquals(values.size(), columns.size());
        for (int row = 0; row < values.size(); row++) {
            Evidence original = values.get(row);
            Evidence view = columns.get(row);
            assertNotSame(original.getClass(), view.getClass());
            assertEquals(original, view, "immutable equals view");
            assertEquals(view, original, "view equals immutable");
            assertEquals(original.hashCode(), view.hashCode());
            assertEquals(original.toString(), view.toString());
            assertEquals(original.kind(), view.kind());
            assertEquals(original.id(), columns.id(row));
            assertEquals(original.unitId(), columns.unitId(row));
            assertEquals(original.key(), columns.key(row));
            assertEquals(original, EvidenceColumns.toImmutable(view));
            assertEquals(row, columns.indexOf(original.id()));
        }
        assertEquals(values, columns.asList());
        assertEquals(columns.asList(), values);
    }

    @Test
    void metricScaledValuesMatchTheImmutables() {
        for (Evidence e : everyKind()) {
            if (e instanceof MetricValue) {
                MetricValue m = (MetricValue) e;
                MetricValue view = (MetricValue) EvidenceColumns.of(Collections.singletonList(e)).get(0);
                assertEquals(m.value(), view.value());
                assertEquals(m.outOf(), view.outOf());
                assertEquals(m.scaledValue(), view.scaledValue());
                assertEquals(m.scaledOutOf(), view.scaledOutOf());
            }
        }
    }

    @Test
    void differentValuesAreNotEqual() {
        Judgement a = Judgement.builder().id("j").unitId("u").key("k").period(YEAR).source(SourceKind.PANEL).author("r")
                .recordedAt(AT).level("好").build();
        Judgement b = Judgement.builder().from(a).level("较好").build();
        Evidence va = EvidenceColumns.of(Collections.singletonList(a)).get(0);
        assertNotEquals(va, b);
        assertNotEquals(b, va);
        MetricValue m1 = MetricValue.builder().id("m").unitId("u").key("k").period(YEAR).source(SourceKind.PANEL).author("r")
                .recordedAt(AT).value(new BigDecimal("1.0")).unit("次").build();
        MetricValue m2 = MetricValue.builder().from(m1).value(new BigDecimal("1.00")).build();
        assertNotEquals(m1, m2, "decimals compare with their scale, as the generated values did");
        assertNotEquals(EvidenceColumns.of(Collections.singletonList(m1)).get(0), m2);
    }

    @Test
    void rowsGroupByUnitInRowOrderAndSnapshotsKeepTheirRows() {
        EvidenceColumns.Builder b = EvidenceColumns.builder();
        List<Evidence> values = everyKind();
        for (int i = 0; i < 5; i++) {
            b.add(values.get(i));
        }
        EvidenceColumns first = b.build();
        for (int i = 5; i < values.size(); i++) {
            b.add(values.get(i));
        }
        EvidenceColumns all = b.build();
        assertEquals(5, first.size());
        assertEquals(-1, first.indexOf(values.get(7).id()));
        assertEquals(7, all.indexOf(values.get(7).id()));
        List<Evidence> u1 = new ArrayList<>();
        for (Evidence e : values) {
            if (e.unitId().equals("u1")) {
                u1.add(e);
            }
        }
        assertEquals(u1, all.unit("u1"));
        assertEquals(Arrays.asList(values.get(0), values.get(1), values.get(4)), first.unit("u1"));
        assertEquals(Collections.emptyList(), first.unit("u3"));
        assertEquals(Arrays.asList("u1", "u2", "u3"), all.unitIds());
        assertEquals(-1, all.indexOf("nope"));
    }

    /**
     * {@code keyIndex} remembers the key strings last looked up, by identity: whatever the order and however many keys
     * share a slot (2,000 keys in 512 slots), the very same String object, an equal copy and the key read back from
     * the columns all answer the same number, that number's string is the key, and a key the snapshot does not have
     * answers -1 every time, also in an older snapshot of the builder that later gained it.
     */
    @Test
    void keyLookupsAnswerTheSameNumberWhateverTheStringObject() {
        SplittableRandom rnd = new SplittableRandom(2026);
        EvidenceColumns.Builder b = EvidenceColumns.builder();
        String[] keys = new String[2_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (i % 5 == 0 ? "指标-" : "c-") + i;
        }
        for (int i = 0; i < 1_500; i++) {
            b.add(Judgement.builder().id("j-" + i).unitId("u" + i % 40).key(keys[i]).period(YEAR).source(SourceKind.PANEL)
                    .author("r").recordedAt(AT).level("好").build());
        }
        EvidenceColumns older = b.build();
        for (int i = 1_500; i < keys.length; i++) {
            b.add(Judgement.builder().id("j-" + i).unitId("u" + i % 40).key(keys[i]).period(YEAR).source(SourceKind.PANEL)
                    .author("r").recordedAt(AT).level("好").build());
        }
        EvidenceColumns all = b.build();
        int[] expected = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            expected[i] = all.keyIndex(new String(keys[i]));
            assertTrue(expected[i] >= 0, keys[i]);
            assertEquals(keys[i], all.string(expected[i]));
        }
        for (int round = 0; round < 20_000; round++) {
            int i = rnd.nextInt(keys.length);
            String asked = rnd.nextInt(3) == 0 ? new String(keys[i]) : rnd.nextBoolean() ? keys[i] : all.key(i);
            assertEquals(expected[i], all.keyIndex(asked), keys[i]);
            assertEquals(i < 1_500 ? expected[i] : -1, older.keyIndex(asked), keys[i]);
            String absent = rnd.nextBoolean() ? "absent-" + i : keys[i] + "x";
            assertEquals(-1, all.keyIndex(absent));
        }
    }

    /**
     * The id table is made on the first lookup (columns only read never hold one): whether it is made over finished
     * columns, kept up by a builder from then on, or dropped by a truncation and made again, every id answers its first
     * row, as a map of first rows does (ids repeated, some of them not Latin-1).
     */
    @Test
    void idsAnswerTheirFirstRowHoweverTheTableWasMade() {
        SplittableRandom rnd = new SplittableRandom(1414);
        List<Evidence> values = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            int n = rnd.nextInt(4_000);
            String id = (n % 7 == 0 ? "评议-" : "id-") + n;
            values.add(Judgement.builder().id(id).unitId("u" + n % 50).key("k").period(YEAR).source(SourceKind.PANEL)
                    .author("r").recordedAt(AT).level(i % 2 == 0 ? "好" : "差").build());
        }
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            first.putIfAbsent(values.get(i).id(), i);
        }
        EvidenceColumns built = EvidenceColumns.of(values);
        EvidenceColumns.Builder b = EvidenceColumns.builder();
        for (int i = 0; i < values.size(); i++) {
            b.add(values.get(i));
            if (i == 2_500) {
                assertEquals(first.get(values.get(0).id()).intValue(), b.indexOf(values.get(0).id()));
            }
        }
        for (int n = 0; n < 4_100; n++) {
            for (String id : Arrays.asList("id-" + n, "评议-" + n)) {
                int expected = first.containsKey(id) ? first.get(id) : -1;
                assertEquals(expected, built.indexOf(id), id);
                assertEquals(expected, b.indexOf(id), id);
            }
        }
        b.truncate(3_000);
        b.add(values.get(5_999));
        for (int i = 0; i < values.size(); i++) {
            String id = values.get(i).id();
            int expected = first.get(id) < 3_000 ? first.get(id) : id.equals(values.get(5_999).id()) ? 3_000 : -1;
            assertEquals(expected, b.indexOf(id), id);
        }
    }

    @Test
    void manyRowsWithSeededValuesReadBack() {
        SplittableRandom rnd = new SplittableRandom(14);
        EvidenceColumns.Builder b = EvidenceColumns.builder();
        List<Evidence> values = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String unit = "unit-" + rnd.nextInt(300);
            Evidence e = rnd.nextBoolean()
                    ? Judgement.builder().id(unit + "#" + i).unitId(unit).key("c" + rnd.nextInt(40)).period(YEAR)
                            .source(SourceKind.PANEL).author("rater-" + rnd.nextInt(16))
                            .recordedAt(AT.plusMillis(rnd.nextInt(1_000_000))).level(rnd.nextBoolean() ? "好" : "差").build()
                    : MetricValue.builder().id(unit + "#" + i).unitId(unit).key("m" + rnd.nextInt(40)).period(YEAR)
                            .source(SourceKind.HOST_SYSTEM).author("oa").recordedAt(AT.plusNanos(rnd.nextInt(1_000_000)))
                            .value(BigDecimal.valueOf(rnd.nextInt(1_000_000), rnd.nextInt(4))).unit("次").build();
            values.add(e);
            assertEquals(i, b.add(e));
        }
        EvidenceColumns c = b.build();
        for (int i = 0; i < values.size(); i++) {
            assertEquals(values.get(i), c.get(i));
            assertEquals(i, c.indexOf(values.get(i).id()));
        }
        int total = 0;
        for (String u : c.unitIds()) {
            List<Evidence> rows = c.unit(u);
            for (Evidence e : rows) {
                assertEquals(u, e.unitId());
            }
            total += rows.size();
        }
        assertEquals(values.size(), total);
        assertTrue(c.toString().contains("20000"));
    }

    @Test
    void viewsOfOneColumnsSortByIdAsTheirStringsDo() {
        SplittableRandom rnd = new SplittableRandom(7);
        String alphabet = "aAz09#-é评议达标\u00ff\u0100";
        List<Evidence> values = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder id = new StringBuilder();
            for (int n = 1 + rnd.nextInt(6); n > 0; n--) {
                id.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            values.add(Judgement.builder().id(id.toString() + "/" + i).unitId("u").key("k").period(YEAR)
                    .source(SourceKind.PANEL).author("r").recordedAt(AT).level("好").build());
        }
        List<Evidence> views = new ArrayList<>(EvidenceColumns.of(values).asList());
        views.sort(EvidenceIndex.BY_ID);
        List<String> ids = new ArrayList<>();
        for (Evidence e : values) {
            ids.add(e.id());
        }
        Collections.sort(ids);
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(ids.get(i), views.get(i).id());
        }
        assertEquals(0, EvidenceIndex.BY_ID.compare(views.get(3), values.get(values.indexOf(views.get(3)))));
    }

    @Test
    void aRefusedRowLeavesNothing() {
        EvidenceColumns.Builder b = EvidenceColumns.builder();
        assertThrows(NullPointerException.class, () -> b.add(null));
        assertEquals(0, b.size());
    }

    @Test
    void unitEvidenceOverViewsDropsExactDuplicatesAndRefusesConflicts() {
        Judgement a = Judgement.builder().id("j").unitId("u").key("k").period(YEAR).source(SourceKind.PANEL).author("r")
                .recordedAt(AT).level("好").build();
        Evidence view = EvidenceColumns.of(Collections.singletonList(a)).get(0);
        assertEquals(1, EvidenceIndex.of(Arrays.asList(a, view)).size());
        Judgement other = Judgement.builder().from(a).level("差").build();
        assertThrows(DuplicateEvidenceException.class, () -> EvidenceIndex.of(Arrays.asList(view, other)));
        assertEquals(Optional.of(view), Optional.of(a));
    }

    /**
     * {@link UnitEvidence#byKeys} answers what {@link UnitEvidence#byKey} answers for each key, over columns (one merge
     * in pool-number order, the order remembered per array) and over values: keys repeated, absent, of no row of the
     * unit, strings that are not keys (levels), the same array asked again by every unit, changed in place between
     * asks, and arrays enough to evict each other's remembered order; also in an older snapshot without the later keys.
     */
    @Test
    @SuppressWarnings("unchecked")
    void keysFoundTogetherAreTheKeysFoundOneByOne() {
        SplittableRandom rnd = new SplittableRandom(4242);
        EvidenceColumns.Builder b = EvidenceColumns.builder();
        List<Evidence> values = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            Evidence e = Judgement.builder().id(String.format("j-%05d", i)).unitId("u" + rnd.nextInt(30))
                    .key("k" + rnd.nextInt(i < 3_000 ? 60 : 80)).period(YEAR).source(SourceKind.PANEL).author("r").recordedAt(AT)
                    .level(rnd.nextBoolean() ? "好" : "差").build();
            values.add(e);
            b.add(e);
            if (i == 2_999) {
                b.build(); // an older snapshot is checked below through its own index
            }
        }
        EvidenceColumns columns = b.build();
        EvidenceIndex rows = EvidenceIndex.of(columns.asList());
        EvidenceIndex older = EvidenceIndex.of(EvidenceColumns.of(values.subList(0, 3_000)).asList());
        EvidenceIndex plain = EvidenceIndex.of(values);
        List<String[]> arrays = new ArrayList<>();
        for (int a = 0; a < 20; a++) {
            String[] keys = new String[1 + rnd.nextInt(100)];
            for (int i = 0; i < keys.length; i++) {
                int pick = rnd.nextInt(10);
                keys[i] = pick == 0 ? "好" : pick == 1 ? "absent-" + i : "k" + rnd.nextInt(85);
            }
            arrays.add(keys);
        }
        for (int round = 0; round < 400; round++) {
            String[] keys = arrays.get(rnd.nextInt(arrays.size()));
            if (rnd.nextInt(10) == 0) {
                keys[rnd.nextInt(keys.length)] = "k" + rnd.nextInt(85); // changed in place: the order must be found anew
            }
            String unit = "u" + rnd.nextInt(32);
            for (EvidenceIndex index : Arrays.asList(rows, older, plain)) {
                UnitEvidence ue = index.unit(unit);
                List<Evidence>[] into = new List[keys.length + 1];
                ue.byKeys(keys, into);
                for (int i = 0; i < keys.length; i++) {
                    assertEquals(ue.byKey(keys[i]), into[i], keys[i]);
                }
                assertEquals(null, into[keys.length]);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> rows.unit("u1").byKeys(new String[] {"k1", "k2"}, new List[1]));
    }

    @Test
    void anIndexOfAWholeColumnsEqualsTheIndexOfItsValues() {
        // rows out of id order, units interleaved, an exact duplicate: the columns' own grouping must agree
        SplittableRandom rnd = new SplittableRandom(11);
        List<Evidence> values = new ArrayList<>(everyKind());
        for (int i = 0; i < 3_000; i++) {
            values.add(Judgement.builder().id("g-" + rnd.nextInt(100_000)).unitId("u" + rnd.nextInt(7)).key("k" + rnd.nextInt(5))
                    .period(YEAR).source(SourceKind.PANEL).author("r").recordedAt(AT).level("好").build());
        }
        // ids drawn at random may repeat within a unit: keep only the first so that the values themselves index
        Map<String, Evidence> firstById = new LinkedHashMap<>();
        for (Evidence e : values) {
            firstById.putIfAbsent(e.unitId() + "/" + e.id(), e);
        }
        values = new ArrayList<>(firstById.values());
        values.add(values.get(5));
        EvidenceIndex expected = EvidenceIndex.of(values);
        EvidenceIndex actual = EvidenceIndex.of(EvidenceColumns.of(values).asList());
        assertEquals(expected.size(), actual.size());
        assertEquals(expected.unitIds(), actual.unitIds());
        for (String u : expected.unitIds()) {
            assertEquals(expected.unit(u).all(), actual.unit(u).all());
            for (int k = 0; k < 10; k++) {
                assertEquals(expected.find(u, "k" + k), actual.find(u, "k" + k));
                assertEquals(expected.find(u, "c" + k), actual.find(u, "c" + k));
            }
        }
        // one unit's rows, as a store answers evidence(unit)
        EvidenceColumns columns = EvidenceColumns.of(values);
        for (String u : expected.unitIds()) {
            EvidenceIndex one = EvidenceIndex.of(columns.unit(u));
            assertEquals(Collections.singleton(u), one.unitIds());
            assertEquals(expected.unit(u).all(), one.unit(u).all());
            assertEquals(expected.find(u, "k1"), one.find(u, "k1"));
        }
        assertEquals(0, EvidenceIndex.of(columns.unit("nobody")).size());
        // and in id order, as a store appends its own rows: nothing to sort
        List<Evidence> ordered = new ArrayList<>(values.subList(0, values.size() - 1));
        ordered.sort(EvidenceIndex.BY_ID);
        EvidenceIndex sorted = EvidenceIndex.of(EvidenceColumns.of(ordered).asList());
        for (String u : expected.unitIds()) {
            assertEquals(expected.unit(u).all(), sorted.unit(u).all());
        }
    }

    @Test
    void anIndexOfAWholeColumnsRefusesConflicts() {
        Judgement a = Judgement.builder().id("j").unitId("u").key("k").period(YEAR).source(SourceKind.PANEL).author("r")
                .recordedAt(AT).level("好").build();
        Judgement other = Judgement.builder().from(a).level("差").build();
        List<Evidence> rows = EvidenceColumns.of(Arrays.<Evidence>asList(a, other)).asList();
        assertThrows(DuplicateEvidenceException.class, () -> EvidenceIndex.of(rows));
    }

    @Test
    void anIndexOfAUnitSpreadOverManyRowsEqualsTheIndexOfItsValues() {
        // unit "a" has rows 0 and 70,001, further apart than its index's 16-bit offsets reach: the int[] layout
        List<Evidence> values = new ArrayList<>();
        values.add(Judgement.builder().id("a-2").unitId("a").key("k1").period(YEAR).source(SourceKind.PANEL).author("r")
                .recordedAt(AT).level("好").build());
        for (int i = 0; i < 70_000; i++) {
            values.add(Judgement.builder().id(String.format("b-%06d", i)).unitId("b").key("k" + i % 3).period(YEAR)
                    .source(SourceKind.PANEL).author("r").recordedAt(AT).level("好").build());
        }
        values.add(Judgement.builder().id("a-1").unitId("a").key("k2").period(YEAR).source(SourceKind.PANEL).author("r")
                .recordedAt(AT).level("较好").build());
        values.add(Judgement.builder().id("a-3").unitId("a").key("k1").period(YEAR).source(SourceKind.PANEL).author("r")
                .recordedAt(AT).level("差").build());
        EvidenceIndex expected = EvidenceIndex.of(values);
        EvidenceIndex actual = EvidenceIndex.of(EvidenceColumns.of(values).asList());
        assertEquals(expected, actual);
        for (String u : Arrays.asList("a", "b")) {
            assertEquals(expected.unit(u).all(), actual.unit(u).all());
            assertEquals(expected.unit(u).keys(), actual.unit(u).keys());
            for (String k : Arrays.asList("k0", "k1", "k2", "k3")) {
                assertEquals(expected.find(u, k), actual.find(u, k));
            }
        }
        assertEquals(Arrays.asList("a-1", "a-2", "a-3"), ids(actual.unit("a").all()));
        assertEquals(Arrays.asList("a-2", "a-3"), ids(actual.find("a", "k1")));
    }

    private static List<String> ids(List<Evidence> evidence) {
        List<String> out = new ArrayList<>();
        for (Evidence e : evidence) {
            out.add(e.id());
        }
        return out;
    }
}

package org.kaoping.plugin.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.points.Points;
import org.kaoping.plugin.fixtures.SampleEvidence;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.plugin.json.InputLimits;
import org.kaoping.spi.support.HashChain;

/**
 * The JDBC store's fast stored form (issue 14, goal 3) is the codec's, exactly: the same text as
 * {@link EvidenceJson#toJson} for every kind and every character, the read-back left out only where the parse would
 * give the evidence back, and otherwise the same result as {@link StoredForm#of}, refusals and messages included.
 */
class EvidenceTextTest {
    private static final Instant T0 = Instant.parse("2015-03-20T08:30:00Z");

    @Test
    void everyKindIsWrittenAsTheCodecWritesIt() {
        for (Evidence e : SampleEvidence.everyKind()) {
            assertSameForm(e);
            assertTrue(EvidenceText.readsBack(e), e.id());
        }
    }

    @Test
    void seededRandomEvidenceIsWrittenAsTheCodecWritesIt() {
        Random random = new Random(20261206L);
        for (int i = 0; i < 20_000; i++) {
            assertSameForm(SampleEvidence.random(random, "r-" + i + text(random), "u-" + text(random)));
        }
    }

    /**
     * The views the evidence columns answer (a store's reads, its snapshot) are written as the codec writes them, without
     * Jackson: every kind, and seeded random evidence with ids, texts and values of every sort, read back from columns.
     */
    @Test
    void columnViewsAreWrittenAsTheCodecWritesThem() {
        List<Evidence> values = new ArrayList<>(SampleEvidence.everyKind());
        Random random = new Random(20261208L);
        for (int i = 0; i < 20_000; i++) {
            values.add(SampleEvidence.random(random, "v-" + i + text(random), "u-" + text(random)));
        }
        org.kaoping.core.evidence.EvidenceColumns columns = org.kaoping.core.evidence.EvidenceColumns.of(values);
        java.util.Set<Class<?>> kinds = new java.util.HashSet<>();
        for (int row = 0; row < columns.size(); row++) {
            Evidence view = columns.get(row);
            kinds.add(view.getClass());
            String fast = EvidenceText.encode(view);
            assertTrue(fast != null, "a view is written without Jackson: " + view.getClass().getName());
            assertEquals(EvidenceJson.toJson(view), fast, view.id());
        }
        assertEquals(11, kinds.size(), "every kind's view was written: " + kinds);
    }

    /**
     * The journal store's audit records (issue 14) are the codec's text for any event: every action, optional fields
     * present or not, any sequence number and instant, texts drawn from every character class (controls, quotes,
     * backslashes, Chinese, surrogate pairs and lone surrogates, which both write as they are) and long details.
     */
    @Test
    void seededRandomAuditEventsAreWrittenAsTheCodecWritesThem() {
        Random random = new Random(20261207L);
        org.kaoping.spi.AuditEvent.Action[] actions = org.kaoping.spi.AuditEvent.Action.values();
        for (int i = 0; i < 20_000; i++) {
            org.kaoping.spi.AuditEvent.Builder b = org.kaoping.spi.AuditEvent.builder()
                    .sequence(random.nextInt(3) == 0 ? random.nextLong() & Long.MAX_VALUE : random.nextInt(100_000))
                    .at(Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextBoolean() ? 0 : random.nextInt(1_000_000_000)))
                    .actor(anyText(random, 12)).action(actions[random.nextInt(actions.length)])
                    .detail(random.nextInt(50) == 0 ? anyText(random, 20_000) : anyText(random, 60));
            if (random.nextBoolean()) {
                b.actorUnitId(anyText(random, 8));
            }
            if (random.nextBoolean()) {
                b.unitId(anyText(random, 8));
            }
            if (random.nextBoolean()) {
                b.subject(anyText(random, 8));
            }
            org.kaoping.spi.AuditEvent event = b.build();
            assertEquals(EvidenceJson.toJson(event), EvidenceText.audit(event), "event " + i);
        }
    }

    /** Up to {@code max} characters, each from a class drawn at random: ASCII, controls, quotes, CJK, pairs, lone halves. */
    private static String anyText(Random random, int max) {
        int n = random.nextInt(max + 1);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(8)) {
                case 0: s.append((char) random.nextInt(0x20)); break;
                case 1: s.append(random.nextBoolean() ? '"' : '\\'); break;
                case 2: s.append((char) (0x4E00 + random.nextInt(0x5000))); break;
                case 3: s.appendCodePoint(0x10000 + random.nextInt(0x100000)); break;
                case 4: s.append((char) (0xD800 + random.nextInt(0x800))); break;
                case 5: s.append((char) (0x7F + random.nextInt(0x80))); break;
                default: s.append((char) (0x20 + random.nextInt(0x5F)));
            }
        }
        return s.toString();
    }

    @Test
    void everyCharacterIsEscapedAsJacksonEscapesIt() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xD800; c++) {
            all.append(c);
        }
        for (int c = 0xE000; c <= 0xFFFF; c++) {
            all.append((char) c);
        }
        all.appendCodePoint(0x1F600).appendCodePoint(0x10FFFF).appendCodePoint(0x10000);
        String text = all.toString();
        for (int from = 0; from < text.length(); from += 997) {
            String piece = "x" + text.substring(from, Math.min(text.length(), from + 997));
            assertSameForm(judgement("c-" + from, piece));
        }
        for (char c = 0; c < 0x80; c++) {
            assertSameForm(judgement("one-" + (int) c, "x" + c + c));
        }
    }

    @Test
    void whatMayNotReadBackTakesTheFullWayWithTheSameResult() {
        String tooLong = repeat('x', InputLimits.MAX_STRING_CHARS + 1);
        List<Evidence> edges = new ArrayList<>();
        edges.add(judgement("long", tooLong));
        edges.add(judgement("just-long-enough", repeat('y', InputLimits.MAX_STRING_CHARS)));
        edges.add(judgement("high-\uD83D", "x"));
        edges.add(judgement("low", "x\uDE00y"));
        edges.add(judgement("pair", "x\uD83D\uDE00"));
        edges.add(Judgement.builder().from(judgement("year-10000", "x")).recordedAt(Instant.parse("+10000-01-01T00:00:00Z")).build());
        edges.add(Judgement.builder().from(judgement("year-0", "x")).recordedAt(Instant.parse("0000-12-31T23:59:59Z")).build());
        edges.add(Judgement.builder().from(judgement("year-9999", "x")).recordedAt(Instant.parse("9999-12-31T23:59:59.999999999Z")).build());
        edges.add(Judgement.builder().from(judgement("year-1", "x")).recordedAt(Instant.parse("0001-01-01T00:00:00Z")).build());
        edges.add(Judgement.builder().from(judgement("period-1900", "x")).period(ReportingPeriod.year(1900)).build());
        edges.add(Judgement.builder().from(judgement("period-9999", "x")).period(ReportingPeriod.month(9999, 12)).build());
        edges.add(Incident.builder().id("date-far").unitId("u").key("k").period(ReportingPeriod.year(2015))
                .source(SourceKind.HOST_SYSTEM).author("a").recordedAt(T0).date(LocalDate.of(12_345, 1, 1))
                .severity(IncidentSeverity.SERIOUS).description("d").build());
        for (String v : new String[] {"123456789012345678", "1234567890123456789", "0.000001", "0.0000001", "1E+3",
            "1E-7", "9223372036854.775807", "9223372036854.775808", "0", "0.000000", "12345678901234567890123456789012345678901"}) {
            try {
                edges.add(MetricValue.builder().id("metric-" + v).unitId("u").key("k").period(ReportingPeriod.year(2015))
                        .source(SourceKind.SELF).author("a").recordedAt(T0).value(new BigDecimal(v)).unit("次").build());
            } catch (IllegalArgumentException refusedByTheBuilder) {
                // not evidence at all
            }
        }
        for (String p : new String[] {"999999999", "1000000000", "1000000000.0001", "0.0001", "123.4567"}) {
            try {
                edges.add(PublicRating.builder().id("points-" + p).unitId("u").key("k").period(ReportingPeriod.year(2015))
                        .source(SourceKind.PUBLIC).author("a").recordedAt(T0).score(Points.of(new BigDecimal(p)))
                        .maxScore(Points.of(new BigDecimal(p))).build());
            } catch (RuntimeException refusedByTheBuilder) {
                // not evidence at all
            }
        }
        edges.add(SelfReport.builder().id("sections").unitId("u").period(ReportingPeriod.year(2015)).source(SourceKind.SELF)
                .author("a").recordedAt(T0).type(SelfReport.Type.ANNUAL).sections(Collections.singletonMap("组织建设\t\"", "…\n")).build());
        edges.add(SelfReport.builder().id("long-title").unitId("u").period(ReportingPeriod.year(2015)).source(SourceKind.SELF)
                .author("a").recordedAt(T0).type(SelfReport.Type.ANNUAL).sections(Collections.singletonMap(repeat('题', 60_000), "…")).build());
        for (Evidence e : edges) {
            assertSameOutcome(e);
        }
        assertFalse(EvidenceText.readsBack(edges.get(0)), "text over the reader's bound");
        assertFalse(EvidenceText.readsBack(edges.get(2)), "an unpaired surrogate");
    }

    @Test
    void aHostsOwnEvidenceClassGoesTheFullWay() {
        Evidence own = new OwnJudgement();
        assertNull(EvidenceText.encode(own));
        assertFalse(EvidenceText.readsBack(own));
        assertSameOutcome(own);
    }

    @Test
    void copyTextBytesAreEscapedAsCopyEscapesText() {
        Random random = new Random(7);
        String[] pieces = {"a", "\\", "\t", "\n", "\r", "合浦", "😀", "\\N", " ", "N"};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            StringBuilder expected = new StringBuilder();
            PostgresCopy.escape(s.toString(), expected);
            PostgresCopy.Bytes out = new PostgresCopy.Bytes(1);
            out.escaped(s.toString());
            assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), out.toArray(), s.toString());
        }
        StringBuilder nul = new StringBuilder();
        PostgresCopy.escape(null, nul);
        assertArrayEquals(nul.toString().getBytes(StandardCharsets.UTF_8), new PostgresCopy.Bytes(1).escaped((byte[]) null).toArray());
    }

    @Test
    void theByteLinkIsHashChainLink() {
        ChainLinker linker = new ChainLinker();
        String previous = HashChain.GENESIS;
        for (String text : new String[] {"", "8:evidence\n", "合浦\t😀\n", repeat('据', 5000)}) {
            byte[] utf8 = (text + "padding").getBytes(StandardCharsets.UTF_8);
            int length = text.getBytes(StandardCharsets.UTF_8).length;
            assertEquals(HashChain.link(previous, text), linker.link(previous, utf8, length), text.length() + " characters");
        }
    }

    @Test
    void theHashOfBytesIsTheHashOfTheText() {
        String json = EvidenceJson.toJson(SampleEvidence.everyKind().get(3));
        assertEquals(StoredForm.sha256(json), StoredForm.sha256(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", StoredForm.sha256(""));
    }

    /** The fast form has the codec's text and hash; where it leaves the parse out, the parse gives the value back. */
    private static void assertSameForm(Evidence e) {
        String json = EvidenceJson.toJson(e);
        assertEquals(json, EvidenceText.encode(e), e.id());
        assertSameOutcome(e);
        if (EvidenceText.readsBack(e)) {
            assertEquals(e, EvidenceJson.parse(json, "test"), e.id());
            assertSame(e, StoredForm.encoded(e).value, "held as given");
        }
    }

    /** {@link StoredForm#encoded} gives what {@link StoredForm#of} gives: the same text, hash and value, or the same refusal. */
    private static void assertSameOutcome(Evidence e) {
        Object slow;
        Object fast;
        try {
            StoredForm f = StoredForm.of(e);
            slow = Collections.unmodifiableList(java.util.Arrays.asList(f.json, f.sha256(), f.value));
        } catch (RuntimeException refused) {
            slow = refused.getClass().getName() + ": " + refused.getMessage();
        }
        try {
            StoredForm f = StoredForm.encoded(e);
            fast = Collections.unmodifiableList(java.util.Arrays.asList(f.json, f.sha256(), f.value));
        } catch (RuntimeException refused) {
            fast = refused.getClass().getName() + ": " + refused.getMessage();
        }
        assertEquals(slow, fast, e.id().length() > 80 ? e.id().substring(0, 80) : e.id());
    }

    private static Judgement judgement(String id, String comment) {
        return Judgement.builder().id(id).unitId("hepu").key("3.2").period(ReportingPeriod.month(2015, 3))
                .source(SourceKind.PANEL).author("rater").recordedAt(T0.plusNanos(1_001)).level("好").comment(comment).build();
    }

    private static String text(Random random) {
        return random.nextInt(3) == 0 ? "\t合浦\\" : "";
    }

    private static String repeat(char c, int n) {
        char[] a = new char[n];
        java.util.Arrays.fill(a, c);
        return new String(a);
    }

    /** A host's own view of a judgement (allowed: "subclasses answer for their own values"). */
    private static final class OwnJudgement extends Judgement {
        @Override
        public String level() {
            return "好";
        }

        @Override
        public Optional<String> comment() {
            return Optional.of("own");
        }

        @Override
        public String id() {
            return "own-1";
        }

        @Override
        public String unitId() {
            return "hepu";
        }

        @Override
        public String key() {
            return "3.2";
        }

        @Override
        public ReportingPeriod period() {
            return ReportingPeriod.year(2015);
        }

        @Override
        public SourceKind source() {
            return SourceKind.PANEL;
        }

        @Override
        public Optional<org.kaoping.core.evidence.ReviewStep> step() {
            return Optional.empty();
        }

        @Override
        public String author() {
            return "rater";
        }

        @Override
        public Optional<String> authorUnitId() {
            return Optional.empty();
        }

        @Override
        public Instant recordedAt() {
            return T0;
        }
    }
}

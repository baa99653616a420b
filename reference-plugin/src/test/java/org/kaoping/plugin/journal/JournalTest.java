package org.kaoping.plugin.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    private static final List<String> PAYLOADS = Arrays.asList(
            "海城区 银海区 铁山港区 合浦县",
            "{\"id\":\"e-1\",\"unit\":\"银海区\",\"score\":12.5,\"tags\":[\"考评\",\"自查\"]}",
            "",
            "line one\nline two\r\n\ttabbed \"quoted\" back\\slash /slash",
            "controls \u0000\u0001\u001f\u007f and separators \u2028\u2029",
            "emoji 😀 and a CJK extension B character 𠀀",
            "{\"nested\":{\"text\":\"a \\\"quoted\\\" word\\nnext line\"}}");

    @Test
    void roundTripsPayloadsIncludingChineseAndJsonAcrossReopen(@TempDir Path dir) {
        try (Journal journal = Journal.open(dir)) {
            assertEquals(0, journal.lastSequence());
            assertEquals(Collections.emptyList(), journal.read(1));
            for (int i = 0; i < PAYLOADS.size(); i++) {
                assertEquals(i + 1, journal.append(PAYLOADS.get(i)));
            }
            assertEquals(expected(1, PAYLOADS), journal.read(1));
        }
        try (Journal journal = Journal.open(dir)) {
            assertEquals(PAYLOADS.size(), journal.lastSequence());
            assertEquals(expected(1, PAYLOADS), journal.read(1));
            assertEquals(PAYLOADS.size() + 1, journal.append("after reopen"));
            assertEquals(new JournalRecord(PAYLOADS.size() + 1, "after reopen"),
                    journal.read(PAYLOADS.size() + 1).get(0));
        }
    }

    @Test
    void writesTheDocumentedLineFormatOneLinePerRecord(@TempDir Path dir) throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.append("考评");
            journal.append("a \"b\"\nc\\");
            journal.append("{\"k\":1}");
        }
        Path file = dir.resolve("journal.jsonl");
        byte[] bytes = Files.readAllBytes(file);
        assertEquals('\n', bytes[bytes.length - 1]);
        String h1 = JournalTestSupport.link(JournalTestSupport.GENESIS, "考评");
        String h2 = JournalTestSupport.link(h1, "a \"b\"\nc\\");
        assertEquals(Arrays.asList(
                JournalTestSupport.line(1, "考评", "考评", JournalTestSupport.GENESIS),
                JournalTestSupport.line(2, "a \\\"b\\\"\\nc\\\\", "a \"b\"\nc\\", h1),
                JournalTestSupport.line(3, "{\\\"k\\\":1}", "{\"k\":1}", h2)),
                JournalTestSupport.lines(file));
        assertTrue(Files.exists(dir.resolve("journal.manifest")), "the manifest beside the data");
        assertFalse(Files.exists(dir.resolve("journal.lock")), "no lock file: the data file itself is locked");
    }

    @Test
    void readsFromASequenceNumberWithAndWithoutALimit(@TempDir Path dir) {
        List<String> payloads = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            payloads.add("记录 " + i);
        }
        try (Journal journal = Journal.open(dir)) {
            assertEquals(50, journal.appendAll(payloads));
            assertEquals(expected(17, payloads.subList(16, 50)), journal.read(17));
            assertEquals(expected(17, payloads.subList(16, 20)), journal.read(17, 4));
            assertEquals(expected(48, payloads.subList(47, 50)), journal.read(48, 10));
            assertEquals(Collections.singletonList(new JournalRecord(50, "记录 50")), journal.read(50));
            assertEquals(Collections.emptyList(), journal.read(51));
            assertEquals(Collections.emptyList(), journal.read(1, 0));
            List<JournalRecord> streamed = new ArrayList<>();
            journal.forEach(30, streamed::add);
            assertEquals(expected(30, payloads.subList(29, 50)), streamed);
            assertThrows(IllegalArgumentException.class, () -> journal.read(0));
            assertThrows(IllegalArgumentException.class, () -> journal.read(1, -1));
        }
    }

    @Test
    void appendAllNumbersContiguouslyAndAnEmptyBatchWritesNothing(@TempDir Path dir) throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.append("first");
            assertEquals(4, journal.appendAll(Arrays.asList("a", "b", "c")));
            long size = Files.size(journal.file());
            assertEquals(4, journal.appendAll(Collections.<String>emptyList()));
            assertEquals(size, Files.size(journal.file()));
            assertEquals(expected(1, Arrays.asList("first", "a", "b", "c")), journal.read(1));
        }
    }

    @Test
    void refusesMalformedTextWithoutWritingAnything(@TempDir Path dir) throws IOException {
        try (Journal journal = Journal.open(dir)) {
            journal.append("ok");
            long size = Files.size(journal.file());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> journal.append("bad \uD83D alone"));
            assertTrue(e.getMessage().contains("unpaired surrogate U+D83D at index 4"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> journal.appendAll(Arrays.asList("fine", "\uDC00")));
            assertThrows(NullPointerException.class, () -> journal.append(null));
            assertThrows(NullPointerException.class, () -> journal.appendAll(Arrays.asList("fine", null)));
            assertEquals(1, journal.lastSequence());
            assertEquals(size, Files.size(journal.file()));
            assertEquals(2, journal.append("still ok"));
        }
    }

    @Test
    void aClosedJournalRefusesAppendsAndReadsAndCloseIsIdempotent(@TempDir Path dir) {
        Journal journal = Journal.open(dir);
        journal.append("x");
        journal.close();
        journal.close();
        JournalException e = assertThrows(JournalException.class, () -> journal.append("y"));
        assertTrue(e.getMessage().contains("is closed") && e.getMessage().contains(journal.file().toString()),
                e.getMessage());
        assertThrows(JournalException.class, () -> journal.read(1));
        try (Journal reopened = Journal.open(dir)) {
            assertEquals(1, reopened.lastSequence());
        }
    }

    @Test
    void anInterruptedAppenderDoesNotCloseTheJournal(@TempDir Path dir) {
        try (Journal journal = Journal.open(dir)) {
            Thread.currentThread().interrupt();
            try {
                assertEquals(1, journal.append("appended while interrupted"));
                assertTrue(Thread.currentThread().isInterrupted(), "the interrupt status is kept");
            } finally {
                Thread.interrupted();
            }
            assertEquals(2, journal.append("next"));
            assertEquals(2, journal.read(1).size());
        }
    }

    @Test
    void createsMissingDirectoriesAndRejectsBadNames(@TempDir Path dir) {
        Path nested = dir.resolve("a").resolve("b");
        try (Journal journal = Journal.open(nested, "evidence")) {
            journal.append("x");
            assertEquals(nested.resolve("evidence.jsonl").toAbsolutePath(), journal.file());
        }
        assertTrue(Files.exists(nested.resolve("evidence.jsonl")));
        for (String bad : Arrays.asList("", "../x", "a/b", "-x", "a.b", "证据")) {
            assertThrows(IllegalArgumentException.class, () -> Journal.open(dir, bad), bad);
        }
    }

    /** Any well-formed text survives encode + decode unchanged; text with an unpaired surrogate is refused. */
    @Test
    void lineCodecRoundTripsAnyTextProperty() {
        qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(s -> {
            if (!JournalTestSupport.wellFormedUtf16(s)) {
                assertThrows(IllegalArgumentException.class, () -> LineCodec.encodeData(s));
                return;
            }
            LineCodec.ByteSink sink = new LineCodec.ByteSink(16);
            String hash = JournalTestSupport.link(JournalTestSupport.GENESIS, s);
            LineCodec.frame(42, LineCodec.encodeData(s), hash, sink);
            byte[] line = sink.toByteArray();
            assertEquals('\n', line[line.length - 1]);
            for (int i = 0; i < line.length - 1; i++) {
                assertFalse(line[i] == '\n' || line[i] == '\r', "raw line break inside a line");
            }
            try {
                JournalRecord back = LineCodec.decode(line, 0, line.length - 1, 7);
                assertEquals(new JournalRecord(42, s), back);
                assertEquals(hash, back.chainHash().get());
                assertEquals(7, back.offset());
            } catch (LineCodec.BadLineException e) {
                throw new AssertionError(e.getMessage() + " for " + new String(line, StandardCharsets.UTF_8), e);
            }
        });
    }

    /**
     * The append's fast path (UTF-8 once, escapes made on the bytes, the chain link from those bytes) writes exactly
     * what the character loop and {@code HashChain.link} define, for any text; and refuses the same texts with the same
     * message. Quotes, backslashes, control characters, '?' (the JDK's replacement for a lone surrogate) and
     * supplementary characters are drawn often, since they are the cases the byte loop treats apart.
     */
    @Test
    void fastEncodingAndLinkAgreeWithTheDefinitionProperty() {
        org.quicktheories.core.Gen<String> tricky = org.quicktheories.generators.SourceDSL.lists()
                .of(org.quicktheories.generators.SourceDSL.integers().between(0, 11).zip(
                        strings().allPossible().ofLengthBetween(1, 3), (k, t) -> {
                            switch (k) {
                                case 0: return "\"";
                                case 1: return "\\";
                                case 2: return "\n";
                                case 3: return "\u0001";
                                case 4: return "?";
                                case 5: return "\ud83d\ude00"; // a surrogate pair
                                case 6: return "\ud83d"; // a lone high surrogate
                                case 7: return "证据";
                                case 8: return "\u001f\t\b\f\r";
                                default: return t;
                            }
                        }))
                .ofSizeBetween(0, 12).map(parts -> String.join("", parts));
        qt().withExamples(3000).forAll(tricky).checkAssert(s -> {
            IllegalArgumentException slow = null;
            byte[] expected = null;
            try {
                expected = LineCodec.encodeDataByChars(s);
            } catch (IllegalArgumentException e) {
                slow = e;
            }
            if (slow != null) {
                IllegalArgumentException fast = assertThrows(IllegalArgumentException.class, () -> LineCodec.encode(s));
                assertEquals(slow.getMessage(), fast.getMessage());
                return;
            }
            LineCodec.Encoded encoded = LineCodec.encode(s);
            assertTrue(Arrays.equals(expected, encoded.data), s);
            assertTrue(Arrays.equals(s.getBytes(StandardCharsets.UTF_8), encoded.utf8), s);
            assertEquals(JournalTestSupport.link(JournalTestSupport.GENESIS, s), Journal.link(JournalTestSupport.GENESIS, encoded.utf8));
            assertEquals(org.kaoping.spi.support.HashChain.link("ab", s), Journal.link("ab", encoded.utf8));
        });
    }

    /** Random text (seeded by QuickTheories) appended through a real journal reads back identical after reopen. */
    @Test
    void journalRoundTripsRandomTextProperty(@TempDir Path dir) {
        List<String> appended = new ArrayList<>();
        try (Journal journal = Journal.open(dir)) {
            qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 200)
                            .map(JournalTestSupport::replaceLoneSurrogates))
                    .checkAssert(s -> {
                        assertEquals(appended.size() + 1, journal.append(s));
                        appended.add(s);
                    });
        }
        assertTrue(appended.size() >= 250, "too few distinct examples: " + appended.size());
        try (Journal journal = Journal.open(dir)) {
            assertEquals(expected(1, appended), journal.read(1));
        }
    }

    static List<JournalRecord> expected(long firstSeq, List<String> payloads) {
        List<JournalRecord> out = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            out.add(new JournalRecord(firstSeq + i, payloads.get(i)));
        }
        return out;
    }
}

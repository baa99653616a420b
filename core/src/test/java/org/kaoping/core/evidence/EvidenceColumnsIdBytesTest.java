package org.kaoping.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The builder writes an id's bytes char by char (Latin-1, or UTF-16 big-endian) instead of through the JDK's charsets,
 * and through the charset only when the id holds a surrogate. Whatever the id, the row must read back and be found
 * exactly as if the bytes had come from {@code getBytes(ISO_8859_1)} / {@code getBytes(UTF_16BE)}, as they did before.
 */
class EvidenceColumnsIdBytesTest {
    private static final Instant AT = Instant.parse("2015-12-01T08:00:00Z");
    private static final char[] ALPHABET = {'a', 'Z', '0', '-', '_', '.', 'é', 'ÿ', '\u00a0', '\u0100', 'Ā', '评', '议', '\uffff',
        '\ufffd', '\ud83d', '\ude00', '\udbff', '\udc00', '\u4e00', '\u07ff', '\u0800'};

    /** What the charset path stored: Latin-1 when every char is below 0x100, else UTF-16BE (a lone surrogate replaced). */
    private static String asStored(String id) {
        boolean latin1 = true;
        for (int i = 0; i < id.length(); i++) {
            latin1 &= id.charAt(i) < 0x100;
        }
        Charset cs = latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16BE;
        return new String(id.getBytes(cs), cs);
    }

    @Test
    void idsOfEveryCharClassReadBackAndAreFoundAsTheCharsetBytesWere() {
        SplittableRandom rnd = new SplittableRandom(20141206);
        List<String> ids = new ArrayList<>();
        EvidenceColumns.Builder b = EvidenceColumns.builder();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder id = new StringBuilder();
            int n = 1 + rnd.nextInt(12);
            // most ids from a small alphabet so that some repeat; a run of the plain-ASCII ones keeps the Latin-1 path busy
            int classes = rnd.nextInt(4) == 0 ? 6 : ALPHABET.length;
            for (int k = 0; k < n; k++) {
                id.append(ALPHABET[rnd.nextInt(classes)]);
            }
            if (rnd.nextInt(50) == 0) {
                id.append(Character.toChars(0x1F600 + rnd.nextInt(64))); // a valid surrogate pair
            }
            String s = id.toString();
            ids.add(s);
            int row = b.add(Judgement.builder().id(s).unitId("u" + i % 7).key("k").period(ReportingPeriod.year(2015))
                    .source(SourceKind.PANEL).author("r").recordedAt(AT).level("好").build());
            assertEquals(i, row);
        }
        EvidenceColumns c = b.build();
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String stored = asStored(ids.get(i));
            assertEquals(stored, c.get(i).id(), "row " + i);
            // a row is found by the hash of the id it was added with and by its stored chars: a lone surrogate's row
            // (stored as U+FFFD) is found by neither its own id nor the replaced one, as with the charset's bytes
            if (stored.equals(ids.get(i))) {
                first.putIfAbsent(stored, i);
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Integer expected = first.get(id);
            assertEquals(expected == null ? -1 : expected.intValue(), c.indexOf(id), id);
            assertEquals(expected == null ? -1 : expected.intValue(), b.indexOf(id), id);
        }
    }
}
